import { formatAmount, parseMoney } from '../../core/money/money.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { ChargeView, DeMinimisView, DeliveryOptionView, ParcelView, TotalsView, WindowView } from './checkout-view.js';
import { foreignText, taxLabel } from './parts.js';
import type { Amount } from './view.js';

/**
 * Landed cost made plain, for the cart, the checkout and the order confirmation: the sums (items,
 * delivery, duties, taxes, fees, total; what is due now and what on delivery), a sentence saying
 * who pays what when, the delivery window, and the "why": every duty, tax and fee line with its
 * rule, source, basis and formula, one disclosure each.
 */

const money = (t: Translator, a: Amount) => t.money(a.amount, a.currency);

function minor(a: Amount): number {
  const m = parseMoney(a.amount, a.currency);
  if (!m.ok) throw new Error(`${a.amount} is not an amount of ${a.currency}`);
  return m.value.amount;
}

const isZero = (a: Amount) => minor(a) === 0;

/** A rate as the rules write it ("19%", "2.5%") in the page's format ("19 %"); other rates ("EUR 3.00 per item") as written. */
export function rateLabel(t: Translator, rate: string): string {
  const m = /^(\d+(?:\.\d+)?)%$/.exec(rate);
  return m ? t.percent(m[1]!) : rate;
}

/**
 * The breakdown as rows that add up to the total: items, less discount, delivery, duties, taxes,
 * less the taxes the item prices already hold (never more than the taxes, so the rows still add up
 * when less tax is due than the prices hold), fees; then what is due now and on delivery.
 * The amount due now carries `data-due-now`, which the place-order button repeats.
 */
export function breakdownTable(t: Translator, totals: TotalsView, id = 'breakdown'): SafeHtml {
  const minus = (a: Amount) => t.money(`-${a.amount}`, a.currency);
  const includedMinor = Math.min(minor(totals.taxesIncluded), minor(totals.taxes));
  const included: Amount = { amount: formatAmount({ amount: includedMinor, currency: totals.taxes.currency }), currency: totals.taxes.currency };
  const rows: Array<[string, string, string]> = [['goods', t.t('order.total.goods'), money(t, totals.goods)]];
  if (!isZero(totals.discount)) rows.push(['discount', t.t('order.total.discount'), minus(totals.discount)]);
  rows.push(['shipping', t.t('order.total.shipping'), money(t, totals.shipping)]);
  rows.push(['duties', t.t('order.total.duties'), money(t, totals.duties)]);
  rows.push(['taxes', t.t('order.total.taxes'), money(t, totals.taxes)]);
  if (includedMinor > 0) rows.push(['taxes-included', t.t('order.total.taxesIncluded'), minus(included)]);
  rows.push(['fees', t.t('order.total.fees'), money(t, totals.fees)]);
  const onDelivery = !isZero(totals.payableOnDelivery);
  return html`<table class="breakdown" id="${id}">
<caption>${t.t('breakdown.title')}</caption>
<tbody>${rows.map(([key, label, value]) => html`<tr data-row="${key}"><th scope="row">${label}</th><td>${value}</td></tr>`)}
<tr class="grand-total" data-row="total"><th scope="row">${t.t('order.total.total')}</th><td>${money(t, totals.total)}</td></tr>
<tr class="due-now" data-row="due-now"><th scope="row">${t.t('breakdown.dueNow')}</th><td data-due-now="${totals.payableAtCheckout.amount}">${money(t, totals.payableAtCheckout)}</td></tr>
${onDelivery ? html`<tr data-row="due-on-delivery"><th scope="row">${t.t('order.total.dueOnDelivery')}</th><td>${money(t, totals.payableOnDelivery)}</td></tr>` : ''}
</tbody>
</table>`;
}

/** Who pays duties and taxes, and when: DDP "included, paid now"; DAP "an estimate, paid on delivery". */
export function statement(t: Translator, incoterm: 'DDP' | 'DAP', totals: TotalsView | null): SafeHtml {
  if (incoterm === 'DDP') return html`<p class="statement statement-ddp"><strong>${t.t('statement.ddp.title')}</strong> ${t.t('statement.ddp.body')}</p>`;
  // Under a low-value scheme the seller collects the tax at checkout even on DAP terms: then nothing is left for the door.
  const body = !totals ? t.t('statement.dap.bodyNoAmount') : isZero(totals.payableOnDelivery) ? t.t('statement.dap.noneDue') : t.t('statement.dap.body', { amount: money(t, totals.payableOnDelivery) });
  return html`<p class="statement statement-dap"><strong>${t.t('statement.dap.title')}</strong> ${body}</p>`;
}

/** "3–6 business days, arrives 15–20 May" (dates only when the quote gave them). */
export function windowText(t: Translator, w: WindowView): string {
  const days = w.minDays === w.maxDays ? t.t('delivery.daysExact', { days: w.minDays }) : t.t('delivery.days', { min: w.minDays, max: w.maxDays });
  return w.earliest && w.latest ? t.t('delivery.window', { days, dates: t.dateRange(w.earliest, w.latest) }) : days;
}

/** The carriers of an option's parcels: "Express courier · International express". */
export function optionCarriers(option: DeliveryOptionView): string {
  return option.shipments.map((s) => `${s.carrier} · ${s.name}`).join(' + ');
}

/** One delivery option in words: carriers, window, delivery price, and duties when there are any. */
export function optionSummary(t: Translator, option: DeliveryOptionView): SafeHtml {
  const duties = isZero(option.totals.duties) ? '' : html`<span class="option-duties">${t.t('delivery.dutiesAmount', { amount: money(t, option.totals.duties) })}</span>`;
  return html`<span class="service">${optionCarriers(option)}</span>
<span class="option-window">${windowText(t, option.deliveryWindow)}</span>
<span class="option-price">${t.t('delivery.priceAmount', { amount: money(t, option.totals.shipping) })}</span>${duties}`;
}

/** The chosen option's delivery window, as its own short section. */
export function deliveryWindowBox(t: Translator, country: string, option: DeliveryOptionView | undefined): SafeHtml {
  if (!option) return html``;
  return html`<section class="delivery" aria-labelledby="window-title">
<h2 id="window-title">${t.t('delivery.title', { country: t.regionName(country) })}</h2>
<p><span class="service">${optionCarriers(option)}</span> <span data-window>${windowText(t, option.deliveryWindow)}</span></p>
</section>`;
}

/**
 * The "why": per parcel, where it ships from and whether it crosses a border, each charge line as a
 * disclosure (rule, source, in force since, basis, formula, note), and the de minimis decisions.
 * The engine writes formulas, sources and notes in English; they are marked as such.
 */
export function whySection(t: Translator, country: string, parcels: readonly ParcelView[], titles: ReadonlyMap<string, string>): SafeHtml {
  if (parcels.length === 0) return html``;
  return html`<section class="why" aria-labelledby="why-title">
<h2 id="why-title">${t.t('why.title')}</h2>
${parcels.map((p, i) => parcelWhy(t, country, p, i, parcels.length, titles))}
</section>`;
}

function parcelWhy(t: Translator, country: string, p: ParcelView, index: number, count: number, titles: ReadonlyMap<string, string>): SafeHtml {
  const en = foreignText(t, 'en');
  const heading = t.t('why.parcel', { n: index + 1, count, carrier: p.carrier, service: p.name, warehouse: p.warehouse.name, from: t.regionName(p.warehouse.country) });
  const border = p.crossesBorder ? t.t('why.crossesBorder', { from: t.regionName(p.warehouse.country), to: t.regionName(country) }) : t.t('why.domestic', { country: t.regionName(country) });
  const untaxed = !p.crossesBorder && !p.charges.some((c) => c.type === 'tax');
  return html`<div class="parcel-why">
<h3>${heading}</h3>
<p>${border}</p>
${untaxed ? html`<p class="notice info" data-taxes-not-calculated>${t.t('why.taxesNotCalculated', { country: t.regionName(country) })}</p>` : ''}
${p.charges.length === 0 && !untaxed ? html`<p>${t.t('why.noCharges')}</p>` : ''}
${p.charges.map((c) => chargeDetails(t, c, titles, en))}
${p.deMinimis.length > 0 ? html`<ul class="de-minimis">${p.deMinimis.map((d) => html`<li data-de-minimis="${d.appliesTo}-${d.outcome}">${deMinimisText(t, d)}</li>`)}</ul>` : ''}
</div>`;
}

/** "Import duty", "Fee", and for a tax its local name when the UI has one ("VAT" -> "MwSt."). */
function chargeLabel(t: Translator, c: ChargeView): string {
  // The engine names taxes "VAT", "Import VAT" or "VAT (IOSS)": the tax itself is the word left.
  const tax = c.name.replace(/\s*\(.*\)$/, '').replace(/^Import /, '');
  if (c.type === 'tax' && t.has(`tax.${tax.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`)) return taxLabel(t, tax);
  return t.t(`why.type.${c.type}`);
}

function chargeDetails(t: Translator, c: ChargeView, titles: ReadonlyMap<string, string>, en: SafeHtml): SafeHtml {
  const what = c.sku === null ? t.t('why.onDelivery') : (titles.get(c.sku) ?? c.sku);
  const amount = t.money(c.amount, c.currency);
  return html`<details class="charge" data-charge="${c.type}">
<summary>${t.t('why.summary', { type: chargeLabel(t, c), what, rate: rateLabel(t, c.rate), amount })}${c.due === 'delivery' ? html` <span class="due-later">${t.t('why.dueOnDelivery')}</span>` : ''}</summary>
<dl>
<dt>${t.t('why.charge')}</dt><dd${en}>${c.name}</dd>
<dt>${t.t('why.rule')}</dt><dd><code>${c.rule.id}</code></dd>
<dt>${t.t('why.source')}</dt><dd${en}>${c.rule.source}</dd>
<dt>${t.t('why.effectiveFrom')}</dt><dd>${t.date(c.rule.effectiveFrom, 'long')}</dd>
<dt>${t.t('why.basis')}</dt><dd><span${en}>${c.basis}</span>: ${t.money(c.baseAmount.amount, c.baseAmount.currency)}</dd>
<dt>${t.t('why.formula')}</dt><dd${en}>${c.formula}</dd>
${c.note ? html`<dt>${t.t('why.note')}</dt><dd${en}>${c.note}</dd>` : ''}
</dl>
</details>`;
}

function deMinimisText(t: Translator, d: DeMinimisView): string {
  const kind = t.t(`why.deMinimis.kind.${d.appliesTo}`);
  if (d.outcome === 'none' || !d.threshold) return t.t('why.deMinimis.none', { kind });
  const threshold = t.money(d.threshold.amount, d.threshold.currency);
  return t.t(d.outcome === 'below' ? 'why.deMinimis.below' : 'why.deMinimis.above', { kind, threshold });
}
