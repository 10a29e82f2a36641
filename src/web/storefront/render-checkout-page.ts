import { html, type SafeHtml } from '../html.js';
import type { CheckoutForm, FieldErrors, PricedCartView } from './checkout-view.js';
import { errorSummary, notice, textField } from './form-parts.js';
import { breakdownTable, deliveryWindowBox, optionSummary, statement, whySection } from './landed-cost-parts.js';
import { paymentLabel } from './parts.js';
import { problemText, type CartNotice } from './render-cart-page.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext } from './view.js';

export type CheckoutPageView = {
  cart: PricedCartView;
  form: CheckoutForm;
  errors: FieldErrors;
  notices: readonly CartNotice[];
  /** Whether the buyer's country needs a postal code in an address. */
  postalCodeRequired: boolean;
  /** Whether it needs a state or province (the field is shown only then). */
  regionRequired: boolean;
};

/** The checkout form's fields in page order, with their element ids (the error summary links to them). */
export const CHECKOUT_FIELDS = [
  ['email', 'checkout-email'],
  ['name', 'checkout-name'],
  ['line1', 'checkout-line1'],
  ['line2', 'checkout-line2'],
  ['city', 'checkout-city'],
  ['postalCode', 'checkout-postalCode'],
  ['region', 'checkout-region'],
  ['phone', 'checkout-phone'],
  ['deliveryOption', 'delivery-0'],
  ['paymentMethod', 'payment-0'],
] as const;

/** What stops an order that the form's own fields fix; the rest is listed at the top. */
const FORM_PROBLEMS = new Set(['EMAIL_MISSING', 'ADDRESS_MISSING']);

/**
 * Checkout, in one plain form: email and delivery address (the country is the page's), the delivery
 * options and the ways to pay as radio buttons, what the buyer pays with every charge explained,
 * and two buttons: "update" saves the details and prices again; "place order" also sends the
 * amount shown as due now, so an order is never placed for another amount than the one seen.
 */
export function renderCheckoutPage(ctx: PageContext, view: CheckoutPageView): string {
  const { t, segment } = ctx;
  const { cart, form, errors } = view;
  const title = t.t('checkout.title');
  const ids = new Map<string, string>(CHECKOUT_FIELDS);
  const field = (name: string, o: { type?: string; autocomplete?: string; required?: boolean; maxlength: number; inputmode?: string; hint?: string; label?: string }) =>
    textField(t, {
      id: ids.get(name)!,
      name,
      label: o.label ?? t.t(`checkout.field.${name}`),
      value: form[name as keyof CheckoutForm],
      type: o.type ?? 'text',
      maxlength: o.maxlength,
      ...(o.autocomplete ? { autocomplete: o.autocomplete } : {}),
      ...(o.required ? { required: true } : {}),
      ...(o.inputmode ? { inputmode: o.inputmode } : {}),
      ...(o.hint ? { hint: o.hint } : {}),
      error: errors[name],
    });
  const chosen = cart.deliveryOptions.find((o) => o.chosen);
  const titles = new Map(cart.lines.map((l) => [l.sku, l.title]));
  const general = cart.problems.filter((p) => !FORM_PROBLEMS.has(p.code));
  const due = cart.totals?.payableAtCheckout;
  const canPlace = cart.totals !== null && general.length === 0 && due !== undefined;

  const main = html`<h1>${title}</h1>
<p><a href="${paths.cart(segment)}">${t.t('checkout.backToCart')}</a></p>
${view.notices.map((n) => notice(t.t(n.key, n.values)))}
${errorSummary(t, errors, CHECKOUT_FIELDS)}
${general.length > 0 ? html`<div class="notice error" role="alert"><ul>${general.map((p) => html`<li>${problemText(t, ctx.country, p)}</li>`)}</ul></div>` : ''}
<form class="checkout" method="post" action="${paths.checkout(segment)}" novalidate>
<fieldset>
<legend>${t.t('checkout.contact')}</legend>
${field('email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, hint: t.t('checkout.emailHint') })}
</fieldset>
<fieldset>
<legend>${t.t('checkout.address')}</legend>
${field('name', { autocomplete: 'name', required: true, maxlength: 100 })}
${field('line1', { autocomplete: 'address-line1', required: true, maxlength: 100 })}
${field('line2', { autocomplete: 'address-line2', maxlength: 100 })}
${field('city', { autocomplete: 'address-level2', required: true, maxlength: 80 })}
${field('postalCode', { autocomplete: 'postal-code', required: view.postalCodeRequired, maxlength: 12, ...(view.postalCodeRequired ? {} : { label: t.t('checkout.field.postalCodeOptional') }) })}
${view.regionRequired ? field('region', { autocomplete: 'address-level1', required: true, maxlength: 10, hint: t.t('checkout.regionHint') }) : ''}
${field('phone', { type: 'tel', autocomplete: 'tel', maxlength: 25 })}
<p class="field"><span class="label">${t.t('checkout.field.country')}</span>
<strong id="checkout-country">${t.regionName(ctx.country)}</strong>
<span class="hint">${t.t('checkout.countryHint')} <a href="${paths.regions(segment)}?path=${encodeURIComponent('/checkout')}">${t.t('layout.changeRegion')}</a></span></p>
</fieldset>
${radioGroup(ctx, 'deliveryOption', 'delivery', t.t('checkout.deliveryTitle'), errors.deliveryOption, cart.deliveryOptions.map((o) => ({ value: o.id, label: optionSummary(t, o), checked: form.deliveryOption ? form.deliveryOption === o.id : o.chosen })))}
<p><button type="submit" name="action" value="save">${t.t('checkout.update')}</button></p>
${radioGroup(ctx, 'paymentMethod', 'payment', t.t('checkout.paymentTitle'), errors.paymentMethod, cart.paymentMethods.map((m, i) => ({ value: m.id, label: html`${paymentLabel(t, m)}`, checked: form.paymentMethod ? form.paymentMethod === m.id : i === 0 })))}
${statement(t, cart.incoterm, cart.totals)}
${cart.totals ? breakdownTable(t, cart.totals) : ''}
${deliveryWindowBox(t, ctx.country, chosen)}
${chosen ? whySection(t, ctx.country, chosen.shipments, titles) : ''}
${due ? html`<input type="hidden" name="expectedTotal" value="${due.amount}">` : ''}
${canPlace ? html`<p class="place"><button type="submit" class="primary" name="action" value="place">${t.t('checkout.place', { amount: t.money(due.amount, due.currency) })}</button></p>
<p class="hint">${t.t('checkout.placeHint')}</p>` : ''}
</form>`;
  return renderStorefrontPage(ctx, { title, main, noindex: true });
}

function radioGroup(
  ctx: PageContext,
  name: string,
  idPrefix: string,
  legend: string,
  error: string | undefined,
  choices: ReadonlyArray<{ value: string; label: SafeHtml; checked: boolean }>,
): SafeHtml {
  const { t } = ctx;
  if (choices.length === 0) return html``;
  return html`<fieldset class="choices" id="${idPrefix}-group"${error ? html` aria-describedby="${idPrefix}-error"` : ''}>
<legend>${legend}</legend>
${error ? html`<span class="field-error" id="${idPrefix}-error">${t.t(error)}</span>` : ''}
${choices.map(
    (c, i) => html`<div class="choice"><input type="radio" name="${name}" id="${idPrefix}-${i}" value="${c.value}"${c.checked ? html` checked` : ''}${error ? html` aria-invalid="true"` : ''}>
<label for="${idPrefix}-${i}">${c.label}</label></div>`,
  )}
</fieldset>`;
}
