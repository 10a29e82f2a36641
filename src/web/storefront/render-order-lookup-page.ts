import { isZeroAmount } from '../../core/money/money.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { returnsSection, type OrderReturnsSummary, type ReturnFormState } from './render-return-parts.js';
import { paths } from './urls.js';
import type { Amount, PageContext } from './view.js';

/** An order as the buyer may see it (a subset of the order service's view). */
export type OrderSummaryView = {
  number: string;
  status: string;
  incoterm: string;
  createdAt: string;
  lines: ReadonlyArray<{ sku: string; title: string; quantity: number; unitPrice: Amount; goods: Amount }>;
  totals: { goods: Amount; discount: Amount; shipping: Amount; duties: Amount; taxes: Amount; taxesIncluded: Amount; fees: Amount; total: Amount; dueOnDelivery: Amount; refunded: Amount };
  shipments: ReadonlyArray<{
    position: number;
    carrier: string;
    service: string;
    status: string;
    trackingNumber: string | null;
    lines: ReadonlyArray<{ sku: string; quantity: number }>;
    deliveryWindow: { minDays: number; maxDays: number };
    shippedAt: string | null;
    deliveredAt: string | null;
  }>;
};

/** Why the lookup form was refused, per field, as message keys. */
export type LookupErrors = { number?: 'order.error.numberShape' | 'order.error.numberTypo'; email?: 'order.error.email' };

/** What the carriers reported per shipment (src/services/carriers/shipment-tracking.ts), statuses as codes. */
export type OrderTrackingSummary = {
  shipments: ReadonlyArray<{
    position: number;
    latest: string | null;
    awaitingPayment: Amount | null;
    events: ReadonlyArray<{ status: string; at: string; location: string | null }>;
  }>;
};

export type OrderLookupView =
  | { order: OrderSummaryView; tracking?: OrderTrackingSummary; returns?: OrderReturnsSummary; returnForm?: ReturnFormState }
  | { order?: undefined; number?: string; email?: string; errors?: LookupErrors; notFound?: boolean };

/**
 * Order lookup by number and email (a GET form, usable without script): the form, the form again
 * with each refused field marked, or the order's status, lines, totals and shipments with their
 * tracking numbers.
 */
export function renderOrderLookupPage(ctx: PageContext, view: OrderLookupView): string {
  const { t } = ctx;
  if (view.order) {
    const o = view.order;
    const title = t.t('order.title', { number: o.number });
    const main = html`<h1>${title}</h1>
<p>${t.t('order.placedOn', { date: new Date(o.createdAt) })}</p>
<dl class="order-status"><dt>${t.t('order.statusLabel')}</dt><dd><strong>${statusLabel(t, o.status)}</strong></dd></dl>
${orderLines(t, o)}
${orderTotals(t, o)}
${shipments(t, o, view.tracking)}
${returnsSection(t, ctx.segment, o, view.returns, view.returnForm)}
<p><a href="${paths.order(ctx.segment)}">${t.t('order.another')}</a></p>
<p><a href="${paths.help(ctx.segment)}" data-link="help">${t.t('help.orderLink')}</a></p>`;
    return renderStorefrontPage(ctx, { title, main, noindex: true });
  }
  const errors = view.errors ?? {};
  const problems = [errors.number, errors.email].filter((e): e is NonNullable<typeof e> => e !== undefined);
  const field = (name: 'number' | 'email', type: string, autocomplete: string, value: string | undefined) => {
    const error = errors[name];
    const describedBy = [name === 'number' ? 'order-number-hint' : '', error ? `order-${name}-error` : ''].filter(Boolean).join(' ');
    return html`<p class="field"><label for="order-${name}">${t.t(`order.${name}`)}</label>
${name === 'number' ? html`<span class="hint" id="order-number-hint">${t.t('order.numberHint')}</span>` : ''}
${error ? html`<span class="field-error" id="order-${name}-error">${t.t(error)}</span>` : ''}
<input id="order-${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" required maxlength="${name === 'number' ? 40 : 254}" value="${value ?? ''}"${error ? html` aria-invalid="true"` : ''}${
      describedBy ? html` aria-describedby="${describedBy}"` : ''
    }></p>`;
  };
  const main = html`<h1>${t.t('order.lookupTitle')}</h1>
<p>${t.t('order.lookupIntro')}</p>
${problems.length > 0 ? html`<div class="notice error" role="alert"><p>${t.t('order.fixFields')}</p><ul>${problems.map((k) => html`<li>${t.t(k)}</li>`)}</ul></div>` : ''}
${view.notFound ? html`<p class="notice error" role="alert">${t.t('order.notFound')}</p>` : ''}
<form class="lookup" method="get" action="${paths.order(ctx.segment)}">
${field('number', 'text', 'off', view.number)}
${field('email', 'email', 'email', view.email)}
<p><button type="submit" class="primary">${t.t('order.submit')}</button></p>
</form>
<p><a href="${paths.help(ctx.segment)}" data-link="help">${t.t('help.orderLink')}</a></p>`;
  return renderStorefrontPage(ctx, { title: t.t('order.lookupTitle'), main, noindex: true });
}

function statusLabel(t: Translator, status: string): string {
  const key = `order.status.${status}`;
  return t.has(key) ? t.t(key) : status;
}

function money(t: Translator, a: Amount): string {
  return t.money(a.amount, a.currency);
}

function isZero(a: Amount): boolean {
  return isZeroAmount(a.amount);
}

function orderLines(t: Translator, o: OrderSummaryView): SafeHtml {
  return html`<table class="order-lines">
<caption>${t.t('order.items')}</caption>
<thead><tr><th scope="col">${t.t('order.col.item')}</th><th scope="col">${t.t('order.col.quantity')}</th><th scope="col">${t.t('order.col.unitPrice')}</th><th scope="col">${t.t('order.col.total')}</th></tr></thead>
<tbody>${o.lines.map(
    (l) => html`<tr><th scope="row">${l.title} <span class="sku">${l.sku}</span></th><td>${t.number(l.quantity)}</td><td>${money(t, l.unitPrice)}</td><td>${money(t, l.goods)}</td></tr>`,
  )}</tbody>
</table>`;
}

/** The order's sum as it was made: items, less discount, plus delivery, duties, taxes (less taxes already in the prices) and fees. */
function orderTotals(t: Translator, o: OrderSummaryView): SafeHtml {
  const x = o.totals;
  const minus = (a: Amount) => t.money(`-${a.amount}`, a.currency);
  const rows: Array<[string, string]> = [[t.t('order.total.goods'), money(t, x.goods)]];
  if (!isZero(x.discount)) rows.push([t.t('order.total.discount'), minus(x.discount)]);
  rows.push([t.t('order.total.shipping'), money(t, x.shipping)]);
  if (!isZero(x.duties)) rows.push([t.t('order.total.duties'), money(t, x.duties)]);
  if (!isZero(x.taxes)) rows.push([t.t('order.total.taxes'), money(t, x.taxes)]);
  if (!isZero(x.taxesIncluded)) rows.push([t.t('order.total.taxesIncluded'), minus(x.taxesIncluded)]);
  if (!isZero(x.fees)) rows.push([t.t('order.total.fees'), money(t, x.fees)]);
  return html`<table class="order-totals">
<caption>${t.t('order.summary')}</caption>
<tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}
<tr class="grand-total"><th scope="row">${t.t('order.total.total')}</th><td>${money(t, x.total)}</td></tr>
${!isZero(x.dueOnDelivery) ? html`<tr><th scope="row">${t.t('order.total.dueOnDelivery')}</th><td>${money(t, x.dueOnDelivery)}</td></tr>` : ''}
${!isZero(x.refunded) ? html`<tr><th scope="row">${t.t('order.total.refunded')}</th><td>${money(t, x.refunded)}</td></tr>` : ''}
</tbody>
</table>`;
}

/** A shipment's status in the buyer's words (planned, labelled, shipped, delivered, returned; others read as planned). */
function shipmentStatus(t: Translator, status: string): string {
  const key = `order.shipment.${status}`;
  return t.has(key) ? t.t(key) : t.t('order.shipment.planned');
}

/**
 * What the carrier reported, newest first, each status in the buyer's language with its time (UTC:
 * the server does not know the buyer's zone) and place; duties to pay before delivery (DAP) and a
 * customs hold said at the top.
 */
function trackingBlock(t: Translator, tracked: OrderTrackingSummary['shipments'][number] | undefined): SafeHtml {
  if (!tracked) return html``;
  const when = new Intl.DateTimeFormat(t.lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const status = (code: string) => (t.has(`tracking.status.${code}`) ? t.t(`tracking.status.${code}`) : code);
  const notice = tracked.awaitingPayment
    ? html`<p class="notice warning" role="status">${t.t('tracking.dutiesDue', { amount: money(t, tracked.awaitingPayment) })}</p>`
    : tracked.latest === 'customs_hold'
      ? html`<p class="notice warning" role="status">${t.t('tracking.customsHold')}</p>`
      : '';
  const events = [...tracked.events].reverse();
  return html`<dt>${t.t('tracking.title')}</dt><dd>${notice}${
    events.length === 0
      ? t.t('tracking.none')
      : html`<ol class="tracking-events" reversed>${events.map(
          (e) => html`<li data-status="${e.status}"><strong>${status(e.status)}</strong> <time datetime="${e.at}">${when.format(new Date(e.at))} UTC</time>${e.location ? html` · ${e.location}` : ''}</li>`,
        )}</ol>`
  }</dd>`;
}

function shipments(t: Translator, o: OrderSummaryView, tracking?: OrderTrackingSummary): SafeHtml {
  if (o.shipments.length === 0) return html``;
  const titles = new Map(o.lines.map((l) => [l.sku, l.title]));
  return html`<section class="shipments" aria-labelledby="shipments-title">
<h2 id="shipments-title">${t.t('order.shipments')}</h2>
<ol>${o.shipments.map((s) => {
    const w = s.deliveryWindow;
    const days = w.minDays === w.maxDays ? t.t('delivery.daysExact', { days: w.minDays }) : t.t('delivery.days', { min: w.minDays, max: w.maxDays });
    return html`<li class="shipment">
<h3>${t.t('order.parcel', { n: s.position + 1, count: o.shipments.length })}</h3>
<dl>
<dt>${t.t('order.statusLabel')}</dt><dd>${shipmentStatus(t, s.status)}</dd>
<dt>${t.t('order.carrier')}</dt><dd>${s.carrier} · ${s.service}</dd>
<dt>${t.t('order.tracking')}</dt><dd>${s.trackingNumber ? html`<code>${s.trackingNumber}</code>` : t.t('order.trackingPending')}</dd>
<dt>${t.t('order.window')}</dt><dd>${days}</dd>
${s.shippedAt ? html`<dt>${t.t('order.shippedOn')}</dt><dd>${t.date(s.shippedAt)}</dd>` : ''}
${s.deliveredAt ? html`<dt>${t.t('order.deliveredOn')}</dt><dd>${t.date(s.deliveredAt)}</dd>` : ''}
<dt>${t.t('order.contents')}</dt><dd><ul>${s.lines.map((l) => html`<li>${t.t('order.parcelLine', { quantity: l.quantity, title: titles.get(l.sku) ?? l.sku })}</li>`)}</ul></dd>
${s.trackingNumber ? trackingBlock(t, tracking?.shipments.find((x) => x.position === s.position)) : ''}
</dl>
</li>`;
  })}</ol>
</section>`;
}
