import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { CartLineView, CartProblemView, FieldErrors, PricedCartView } from './checkout-view.js';
import { errorSummary, notice } from './form-parts.js';
import { breakdownTable, deliveryWindowBox, rateLabel, statement, whySection } from './landed-cost-parts.js';
import { paymentMethodsBox, taxLabel } from './parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext, PaymentMethodView } from './view.js';

/** Something that happened to the cart, said at the top of the page (message key and its values). */
export type CartNotice = { key: string; values?: Record<string, string>; href?: string };

export type CartPageView = {
  /** The buyer's cart in this market, priced now; null when there is none yet. */
  cart: PricedCartView | null;
  notices: readonly CartNotice[];
  /**
   * Refused input: `quantity:<sku>` for a line's quantity field, `add` for an add-to-cart from a
   * product page (its fields are on that page), `cart` for the cart as a whole.
   */
  errors: FieldErrors;
  /** Quantities as typed, by SKU, shown back next to their error. */
  typed: Readonly<Record<string, string>>;
  /** The market's ways to pay in the buyer's country (shown even for an empty cart). */
  paymentMethods: readonly PaymentMethodView[];
};

/** Problems the checkout page deals with (contact details), not the cart page. */
const CHECKOUT_ONLY = new Set(['EMAIL_MISSING', 'ADDRESS_MISSING', 'CART_EMPTY']);

/**
 * The cart: its lines with a quantity form and a remove button each (plain forms, posted and
 * redirected back), what the buyer pays with every duty, tax and fee explained, the delivery
 * window of the cheapest way, the ways to pay, and the way to checkout.
 */
export function renderCartPage(ctx: PageContext, view: CartPageView): string {
  const { t, segment } = ctx;
  const cart = view.cart;
  const lines = cart?.lines ?? [];
  const title = t.t('cart.title');
  const order = lines.map((l, i) => [`quantity:${l.sku}`, `quantity-${i}`] as const);
  const problems = (cart?.problems ?? []).filter((p) => !CHECKOUT_ONLY.has(p.code));
  const general = problems.filter((p) => lineIndex(p) === undefined);
  const chosen = cart?.deliveryOptions.find((o) => o.chosen);
  const titles = new Map(lines.map((l) => [l.sku, l.title]));
  const ready = cart !== null && lines.length > 0 && problems.length === 0 && cart.totals !== null;

  const main = html`<h1>${title}</h1>
${view.notices.map((n) => (n.href ? html`<p class="notice info" role="status">${t.t(n.key, n.values)} <a href="${n.href}">${t.t('cart.notice.view')}</a></p>` : notice(t.t(n.key, n.values))))}
${errorSummary(t, view.errors, order)}
${general.length > 0 ? html`<div class="notice error" role="alert"><ul>${general.map((p) => html`<li>${problemText(t, ctx.country, p)}</li>`)}</ul></div>` : ''}
${lines.length === 0
    ? html`<p class="empty">${t.t('cart.empty')}</p><p><a href="${paths.home(segment)}">${t.t('cart.continue')}</a></p>`
    : html`${linesTable(ctx, lines, view, problems)}
${cart ? statement(t, cart.incoterm, cart.totals) : ''}
${cart?.totals ? breakdownTable(t, cart.totals) : ''}
${deliveryWindowBox(t, ctx.country, chosen)}
${chosen ? whySection(t, ctx.country, chosen.shipments, titles) : ''}
<p class="actions">${ready ? html`<a class="button primary" href="${paths.checkout(segment)}">${t.t('cart.checkout')}</a>` : html`<span class="hint">${t.t('cart.notReady')}</span>`}
<a href="${paths.home(segment)}">${t.t('cart.continue')}</a></p>`}
${paymentMethodsBox(t, ctx.country, view.paymentMethods)}`;
  return renderStorefrontPage(ctx, { title, main, noindex: true });
}

function lineIndex(p: CartProblemView): number | undefined {
  const m = /^lines\[(\d+)\]/.exec(p.field);
  return m ? Number(m[1]) : undefined;
}

/** A cart problem in the buyer's language (the service's own message is for developers). */
export function problemText(t: Translator, country: string, p: CartProblemView): string {
  if (p.reason) return p.reason;
  const key = `problem.${p.code}`;
  return t.has(key) ? t.t(key, { country: t.regionName(country) }) : t.t('problem.other');
}

function linesTable(ctx: PageContext, lines: readonly CartLineView[], view: CartPageView, problems: readonly CartProblemView[]): SafeHtml {
  const { t, segment } = ctx;
  return html`<table class="cart-lines">
<caption>${t.t('order.items')}</caption>
<thead><tr><th scope="col">${t.t('order.col.item')}</th><th scope="col">${t.t('order.col.quantity')}</th><th scope="col">${t.t('order.col.unitPrice')}</th><th scope="col">${t.t('order.col.total')}</th><th scope="col"><span class="visually-hidden">${t.t('cart.actions')}</span></th></tr></thead>
<tbody>${lines.map((l, i) => {
    const error = view.errors[`quantity:${l.sku}`];
    const lineProblems = problems.filter((p) => lineIndex(p) === i);
    const describedBy = [error ? `quantity-${i}-error` : '', lineProblems.length > 0 ? `line-${i}-problem` : ''].filter(Boolean).join(' ');
    return html`<tr>
<th scope="row">${l.title} <span class="sku">${l.sku}</span>${
      l.taxIncluded ? html`<span class="tax-note">${t.t('price.inclTax', { rate: rateLabel(t, l.taxIncluded.rate), tax: taxLabel(t, l.taxIncluded.name) })}</span>` : ''
    }${l.restrictions?.allowed && l.restrictions.reason ? html`<span class="restriction-note">${l.restrictions.reason}</span>` : ''}${lineProblems.length > 0 ? html`<span class="field-error" id="line-${i}-problem">${lineProblems.map((p) => problemText(t, ctx.country, p)).join(' ')}</span>` : ''}</th>
<td><form class="line-quantity" method="post" action="${paths.cartUpdate(segment)}">
<input type="hidden" name="sku" value="${l.sku}">
<label class="visually-hidden" for="quantity-${i}">${t.t('cart.quantityOf', { title: l.title })}</label>
${error ? html`<span class="field-error" id="quantity-${i}-error">${t.t(error)}</span>` : ''}
<input id="quantity-${i}" name="quantity" type="number" inputmode="numeric" min="0" max="999" required value="${view.typed[l.sku] ?? String(l.quantity)}"${error || lineProblems.length > 0 ? html` aria-invalid="true"` : ''}${
      describedBy ? html` aria-describedby="${describedBy}"` : ''
    }>
<button type="submit">${t.t('cart.update')}<span class="visually-hidden"> ${l.title}</span></button>
</form></td>
<td>${t.money(l.unitPrice.amount, l.unitPrice.currency)}</td>
<td>${t.money(l.lineTotal.amount, l.lineTotal.currency)}</td>
<td><form method="post" action="${paths.cartRemove(segment)}"><input type="hidden" name="sku" value="${l.sku}"><button type="submit">${t.t('cart.remove')}<span class="visually-hidden"> ${l.title}</span></button></form></td>
</tr>`;
  })}</tbody>
</table>`;
}
