import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import { borderWho, citation, deMinimisFact, feeFact, flatDutyFact, listText, schemeFact, sentenceGap, taxFact } from './help-parts.js';
import type { HelpDeliveryView, HelpExampleView, HelpPageView, HelpReturnsView, ImportRulesView, ImportsView } from './help-view.js';
import { breakdownTable, statement } from './landed-cost-parts.js';
import { foreignText, paymentMethodsBox, taxLabel } from './parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext } from './view.js';

export type { HelpPageView } from './help-view.js';

/**
 * The help page of a market for the buyer's country, in the buyer's language: whether anything is
 * paid on delivery and the import rules behind it (tax rates, de minimis, low-value scheme, flat
 * duties, fees, changes already scheduled, each with its source), a worked example priced by the
 * checkout, the shipping services with their transit days and lowest price, the return policy with
 * what is refunded and by which rule, the ways to pay, and where to find an order.
 */
export function renderHelpPage(ctx: PageContext, view: HelpPageView): string {
  const { t, country } = ctx;
  const title = t.t('help.title', { country: t.regionName(country) });
  const sections: Array<[string, string]> = [
    ['import', t.t('help.import.title')],
    ['delivery', t.t('delivery.title', { country: t.regionName(country) })],
    ['returns', t.t('returns.title')],
    ...(view.paymentMethods.length > 0 ? [['help-payments-title', t.t('payments.title', { country: t.regionName(country) })] as [string, string]] : []),
    ['more', t.t('help.more.title')],
  ];
  const main = html`<h1>${title}</h1>
<p>${t.t('help.intro', { date: new Date(`${view.date}T00:00:00Z`) })}</p>
<nav class="on-this-page" aria-label="${t.t('help.onThisPage')}"><ul>${sections.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
${importSection(ctx, view)}
${deliverySection(ctx, view.delivery)}
${returnsSection(ctx, view.returns, view.incoterm)}
${paymentMethodsBox(t, country, view.paymentMethods, 'help-payments')}
<section class="help-more" aria-labelledby="more">
<h2 id="more">${t.t('help.more.title')}</h2>
<p><a href="${paths.order(ctx.segment)}" data-link="order">${t.t('help.more.order')}</a></p>
<p data-contact>${t.t('help.more.contact')} <a href="${paths.contact(ctx.segment)}" data-link="contact">${t.t('contact.footerLink')}</a></p>
</section>`;
  return renderStorefrontPage(ctx, { title, main });
}

function importSection(ctx: PageContext, view: HelpPageView): SafeHtml {
  const { t } = ctx;
  const terms = termsSentence(t, view);
  return html`<section class="help-import" aria-labelledby="import">
<h2 id="import">${t.t('help.import.title')}</h2>
<p class="answer answer-${view.incoterm.toLowerCase()}" data-incoterm="${view.incoterm}"><strong>${t.t('help.import.question')}</strong>${sentenceGap(t)}${view.incoterm === 'DDP' ? t.t('help.import.ddp') : t.t('help.import.dap')}</p>
<p>${terms}</p>
${view.imports ? importRules(ctx, view.imports, view.incoterm) : html`<p>${t.t('help.import.noRules', { country: t.regionName(ctx.country) })}</p>`}
${view.example ? exampleBlock(ctx, view.example) : ''}
</section>`;
}

/** What the shown prices include, in the words the product pages use (terms.*). */
function termsSentence(t: Translator, view: HelpPageView): string {
  if (view.incoterm === 'DAP') return t.t('terms.dap.body');
  if (view.taxInclusive) return view.dutiesIncluded ? t.t('terms.ddp.allIncluded') : t.t('terms.ddp.taxIncluded');
  return t.t('terms.ddpExclusive.body');
}

function importRules(ctx: PageContext, imports: ImportsView, incoterm: 'DDP' | 'DAP'): SafeHtml {
  const { t } = ctx;
  const current = imports.current;
  const standard = current.taxes.find((x) => x.kind === 'standard' && x.region === null) ?? current.taxes[0];
  const taxName = standard ? taxLabel(t, standard.name) : t.t('help.tax.generic');
  const upcoming = upcomingFacts(t, imports.upcoming, taxName, incoterm);
  return html`<h3>${t.t('help.taxes.title')}</h3>
${current.taxes.length > 0 ? html`<ul class="help-facts" data-group="taxes">${current.taxes.map((x) => taxFact(t, x))}</ul>` : html`<p data-group="taxes">${t.t('help.tax.none', { country: t.regionName(ctx.country) })}</p>`}
${current.taxes.some((x) => x.kind === 'reduced') ? html`<p class="hint">${t.t('help.tax.hint')}</p>` : ''}
${current.deMinimis.length > 0 ? html`<h3>${t.t('help.deMinimis.title')}</h3>
<ul class="help-facts" data-group="de-minimis">${current.deMinimis.map((d) => deMinimisFact(t, d))}</ul>` : ''}
${current.schemes.length > 0 ? html`<h3>${t.t('help.scheme.title')}</h3>
<ul class="help-facts" data-group="schemes">${current.schemes.map((s) => schemeFact(t, s, taxName, incoterm))}</ul>` : ''}
${current.flatDuties.length > 0 ? html`<h3>${t.t('help.flat.title')}</h3>
<ul class="help-facts" data-group="flat-duties">${current.flatDuties.map((f) => flatDutyFact(t, f))}</ul>
<p>${borderWho(t, incoterm)}</p>` : ''}
${current.fees.length > 0 ? html`<h3>${t.t('help.fees.title')}</h3>
<p>${t.t('help.fees.who', { incoterm })}</p>
<ul class="help-facts" data-group="fees">${current.fees.map((f) => feeFact(t, f))}</ul>` : ''}
${upcoming.length > 0 ? html`<h3>${t.t('help.upcoming.title')}</h3>
<ul class="help-facts" data-group="upcoming">${upcoming}</ul>` : ''}
${imports.fx ? html`<p class="fx-note" data-fx>${t.t('help.fx', { currency: ctx.currency, date: new Date(`${imports.fx.rateDate}T00:00:00Z`) })}</p>` : ''}`;
}

/** Rules already written that start later, each introduced by its first day. */
function upcomingFacts(t: Translator, r: ImportRulesView, taxName: string, incoterm: 'DDP' | 'DAP'): SafeHtml[] {
  const dated: Array<[string, SafeHtml]> = [
    ...r.taxes.map((x) => [x.rule.effectiveFrom, taxFact(t, x)] as [string, SafeHtml]),
    ...r.deMinimis.map((x) => [x.rule.effectiveFrom, deMinimisFact(t, x)] as [string, SafeHtml]),
    ...r.schemes.map((x) => [x.rule.effectiveFrom, schemeFact(t, x, taxName, incoterm)] as [string, SafeHtml]),
    ...r.flatDuties.map((x) => [x.rule.effectiveFrom, flatDutyFact(t, x)] as [string, SafeHtml]),
    ...r.fees.map((x) => [x.rule.effectiveFrom, feeFact(t, x)] as [string, SafeHtml]),
  ];
  dated.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // The fact's own list item, wrapped with the day it starts.
  return dated.map(([from, item]) => html`<li data-from="${from}"><strong>${t.t('help.upcoming.from', { date: new Date(`${from}T00:00:00Z`) })}</strong><ul>${item}</ul></li>`);
}

function days(t: Translator, min: number, max: number): string {
  return min === max ? t.t('delivery.daysExact', { days: min }) : t.t('delivery.days', { min, max });
}

/** One unit of a product, through the checkout's own pricing: the sums and who pays them when. */
function exampleBlock(ctx: PageContext, e: HelpExampleView): SafeHtml {
  const { t } = ctx;
  const parcel = e.parcels[0]!;
  const service = e.parcels.map((p) => `${p.carrier} · ${p.name}`).join(' + ');
  const intro = t.t('help.example.intro', {
    price: t.money(e.unitPrice.amount, e.unitPrice.currency),
    from: t.regionName(parcel.warehouseCountry),
    service,
    days: days(t, Math.max(...e.parcels.map((p) => p.minDays)), Math.max(...e.parcels.map((p) => p.maxDays))),
  });
  return html`<div class="help-example" data-example>
<h3>${t.t('help.example.title')}</h3>
<p><strong class="example-product"${foreignText(t, e.locale)}>${e.title}</strong></p>
<p>${intro}</p>
${breakdownTable(t, e.totals, 'help-example')}
${statement(t, e.incoterm, e.totals)}
<p class="hint">${t.t('help.example.hint')}</p>
</div>`;
}

function deliverySection(ctx: PageContext, delivery: readonly HelpDeliveryView[] | null): SafeHtml {
  const { t } = ctx;
  const country = t.regionName(ctx.country);
  const fx = delivery?.find((d) => d.fx)?.fx;
  const body =
    !delivery || delivery.length === 0
      ? html`<p>${t.t('delivery.atCheckout')}</p>`
      : html`<table class="help-delivery">
<caption>${t.t('help.delivery.caption', { country })}</caption>
<thead><tr><th scope="col">${t.t('help.delivery.service')}</th><th scope="col">${t.t('help.delivery.from')}</th><th scope="col">${t.t('help.delivery.time')}</th><th scope="col">${t.t('help.delivery.price')}</th></tr></thead>
<tbody>${delivery.map(
          (d) => html`<tr data-service><th scope="row">${d.carrier} · ${d.name}</th><td>${t.regionName(d.shipsFrom)}</td><td>${days(t, d.minDays, d.maxDays)}</td><td>${t.t('price.from', { price: t.money(d.priceFrom.amount, d.priceFrom.currency) })}</td></tr>`,
        )}</tbody>
</table>
<p class="hint">${t.t('help.delivery.hint')}</p>
${fx ? html`<p class="fx-note">${t.t('fx.note', { from: fx.from, date: new Date(`${fx.rateDate}T00:00:00Z`) })}</p>` : ''}`;
  return html`<section class="help-delivery" aria-labelledby="delivery">
<h2 id="delivery">${t.t('delivery.title', { country })}</h2>
${body}
</section>`;
}

function returnsSection(ctx: PageContext, r: HelpReturnsView, incoterm: 'DDP' | 'DAP'): SafeHtml {
  const { t } = ctx;
  const reasons = listText(t, r.shopAtFaultReasons.map((x) => (t.has(`returns.reason.${x}`) ? t.t(`returns.reason.${x}`) : x)));
  const cases = r.cases.map((c) => {
    const kind = c.kind === 'border' && incoterm === 'DAP' ? 'dap' : c.kind;
    const label = t.t('help.returns.case', { kind, countries: listText(t, c.from.map((x) => t.regionName(x))), scheme: c.scheme ?? '' });
    const detail =
      kind === 'dap'
        ? t.t('help.returns.dap')
        : kind === 'domestic' && c.taxRefundable
          ? t.t('help.returns.domestic')
          : [t.t('help.returns.parts', { refunded: c.taxRefundable ? (c.dutyRefundable ? 'both' : 'tax') : c.dutyRefundable ? 'duty' : 'none' }), ...(!c.taxRefundable || !c.dutyRefundable ? [t.t('help.returns.reclaim')] : [])].join(sentenceGap(t));
    return html`<li data-refund="${c.kind}" data-rule="${c.rule.id}"><strong>${label}</strong>${sentenceGap(t)}${detail}${citation(t, { ...c.rule, effectiveTo: null })}</li>`;
  });
  return html`<section class="help-returns" aria-labelledby="returns">
<h2 id="returns">${t.t('returns.title')}</h2>
<p>${t.t('help.returns.how')}</p>
<p>${t.t('help.returns.label')}</p>
<h3>${t.t('help.returns.refundTitle')}</h3>
<ul class="help-facts" data-group="refunds">
<li data-refund="goods">${t.t('help.returns.goods')}</li>
<li data-refund="shipping" data-policy="${r.refundShipping}">${t.t('help.returns.shipping', { policy: r.refundShipping, reasons })}</li>
${cases}
<li data-refund="fees">${t.t('help.returns.fees')}</li>
</ul>
</section>`;
}
