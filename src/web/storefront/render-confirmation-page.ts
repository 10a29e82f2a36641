import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { ParcelView, TotalsView, WindowView } from './checkout-view.js';
import { notice } from './form-parts.js';
import { breakdownTable, statement, whySection, windowText } from './landed-cost-parts.js';
import { paymentLabel } from './parts.js';
import { type InstructionsView, renderInstructions } from './render-payment-page.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { Amount, PageContext, PaymentMethodView } from './view.js';

export type ConfirmationView = {
  number: string;
  status: string;
  email: string;
  createdAt: string;
  incoterm: 'DDP' | 'DAP';
  address: { name: string; lines: readonly string[]; city: string; postalCode: string | null; region: string | null; country: string };
  /** Titles as the order froze them (with the variant's options). */
  lines: ReadonlyArray<{ sku: string; title: string; quantity: number; unitPrice: Amount; goods: Amount }>;
  /** The sums frozen into the order when it was placed. */
  totals: TotalsView;
  /** The parcels frozen with their charge lines and rules; empty when the order kept none. */
  parcels: readonly ParcelView[];
  deliveryWindow: WindowView | null;
  payment: { status: string; method: PaymentMethodView } | null;
  instructions: InstructionsView | null;
  /** The order still waits for a payment the buyer can make on the payment page. */
  needsPayment: boolean;
};

/**
 * After the order: its number, where the order and its payment stand, the landed cost as it was
 * frozen into the order (every charge with its rule), the delivery window, the lines and address.
 */
export function renderConfirmationPage(ctx: PageContext, view: ConfirmationView): string {
  const { t, segment } = ctx;
  const title = t.t('confirm.title', { number: view.number });
  const titles = new Map(view.lines.map((l) => [l.sku, l.title]));
  const a = view.address;
  const main = html`<h1>${title}</h1>
<p>${t.t('confirm.intro', { number: view.number, email: view.email })}</p>
<dl class="order-status">
<dt>${t.t('order.statusLabel')}</dt><dd><strong data-order-status="${view.status}">${statusLabel(t, view.status)}</strong></dd>
<dt>${t.t('confirm.payment')}</dt><dd data-payment-status="${view.payment?.status ?? 'none'}">${view.payment ? t.t('confirm.paymentLine', { status: paymentStatusLabel(t, view.payment.status), method: paymentLabel(t, view.payment.method) }) : t.t('pay.status.none')}</dd>
<dt>${t.t('confirm.placedOn')}</dt><dd>${t.date(view.createdAt, 'long')}</dd>
${view.deliveryWindow ? html`<dt>${t.t('order.window')}</dt><dd data-window>${windowText(t, view.deliveryWindow)}</dd>` : ''}
</dl>
${view.needsPayment ? html`${notice(t.t('confirm.needsPayment'), 'error')}<p><a class="button primary" href="${paths.pay(segment, view.number)}">${t.t('confirm.payNow')}</a></p>` : ''}
${view.instructions ? html`<section class="instructions" aria-labelledby="instructions-title"><h2 id="instructions-title">${t.t('confirm.howToPay')}</h2>${renderInstructions(t, view.instructions)}</section>` : ''}
${statement(t, view.incoterm, view.totals)}
${breakdownTable(t, view.totals)}
<p class="hint">${t.t('confirm.frozen')}</p>
${linesTable(t, view)}
<section aria-labelledby="address-title">
<h2 id="address-title">${t.t('confirm.address')}</h2>
<address>${a.name}<br>${a.lines.map((l) => html`${l}<br>`)}${[a.postalCode, a.city].filter(Boolean).join(' ')}${a.region ? html`<br>${a.region}` : ''}<br>${t.regionName(a.country)}</address>
</section>
${whySection(t, a.country, view.parcels, titles)}
<p><a href="${paths.order(segment)}?number=${encodeURIComponent(view.number)}">${t.t('confirm.lookup')}</a></p>`;
  return renderStorefrontPage(ctx, { title, main, noindex: true });
}

function statusLabel(t: Translator, status: string): string {
  const key = `order.status.${status}`;
  return t.has(key) ? t.t(key) : status;
}

export function paymentStatusLabel(t: Translator, status: string): string {
  const key = `pay.status.${status}`;
  return t.has(key) ? t.t(key) : status;
}

function linesTable(t: Translator, view: ConfirmationView): SafeHtml {
  return html`<table class="order-lines">
<caption>${t.t('order.items')}</caption>
<thead><tr><th scope="col">${t.t('order.col.item')}</th><th scope="col">${t.t('order.col.quantity')}</th><th scope="col">${t.t('order.col.unitPrice')}</th><th scope="col">${t.t('order.col.total')}</th></tr></thead>
<tbody>${view.lines.map(
    (l) => html`<tr><th scope="row">${l.title} <span class="sku">${l.sku}</span></th><td>${t.number(l.quantity)}</td><td>${t.money(l.unitPrice.amount, l.unitPrice.currency)}</td><td>${t.money(l.goods.amount, l.goods.currency)}</td></tr>`,
  )}</tbody>
</table>`;
}

/**
 * An order's payment or confirmation page opened in another browser than the one it was placed in
 * (or after its cookie lapsed): the way to the order lookup, which asks for the email too.
 */
export function renderOrderAccessPage(ctx: PageContext, number: string): string {
  const { t } = ctx;
  const title = t.t('access.title');
  const main = html`<h1>${title}</h1>
<p>${t.t('access.body')}</p>
<p><a class="button primary" href="${paths.order(ctx.segment)}?number=${encodeURIComponent(number)}">${t.t('access.lookup')}</a></p>`;
  return renderStorefrontPage(ctx, { title, main, noindex: true });
}
