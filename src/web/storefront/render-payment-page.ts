import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { FieldErrors } from './checkout-view.js';
import { errorSummary, notice, textField } from './form-parts.js';
import { paymentLabel } from './parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { Amount, PageContext, PaymentMethodView } from './view.js';

/** What the buyer does to pay offline, from the provider's instructions. */
export type InstructionsView = {
  kind: 'bank_transfer' | 'cash_on_delivery' | 'voucher' | 'qr_code' | 'debit' | 'other';
  amount?: Amount | undefined;
  reference?: string | undefined;
  accountHolder?: string | undefined;
  accountNumber?: string | undefined;
  voucherNumber?: string | undefined;
  qrData?: string | undefined;
  /** ISO instant the instructions lapse. */
  expiresAt?: string | undefined;
};

/** Where the order's latest payment stands, in the page's terms. */
export type PaymentState =
  /** Waiting for the buyer to confirm: card details, a redirect to start, or offline instructions to ask for. */
  | { kind: 'confirm'; paymentId: string; method: PaymentMethodView; flow: 'card' | 'redirect' | 'offline' }
  /** The buyer must authenticate or approve at the provider's page. */
  | { kind: 'redirect'; paymentId: string; method: PaymentMethodView; url: string; reason: 'three_d_secure' | 'authorize' }
  /** Placed; the money comes later (transfer, cash on delivery, voucher, debit). */
  | { kind: 'waiting'; method: PaymentMethodView; instructions: InstructionsView | null }
  /** The last attempt failed: say why and offer another (a card again, or another method). */
  | { kind: 'failed'; paymentId: string; method: PaymentMethodView; flow: 'card' | 'redirect' | 'offline' | undefined; failureCode: string }
  /** No payment could be started yet: choose a way to pay. */
  | { kind: 'none' }
  | { kind: 'cancelled' };

export type PaymentPageView = {
  number: string;
  /** What the order asks to be paid now. */
  amount: Amount;
  state: PaymentState;
  /** The ways to pay this order's market offers in its country (to choose another). */
  methods: readonly PaymentMethodView[];
  errors: FieldErrors;
  /** Expiry month and year as typed, shown back (never the card number or security code). */
  typed: { expMonth: string; expYear: string };
  /** A decline just happened (the attempt before the one shown). */
  declined?: string | undefined;
  /** The provider could not be reached or refused the request. */
  providerError?: boolean;
  /** Payments go to the built-in test gateway: show its test cards. */
  testMode: boolean;
};

export const CARD_FIELDS = [
  ['cardNumber', 'card-number'],
  ['expMonth', 'card-exp-month'],
  ['expYear', 'card-exp-year'],
  ['cvc', 'card-cvc'],
] as const;

/**
 * The payment of a placed order: card fields posted to this server (which confirms the payment
 * with the provider), a button on to the provider's page for 3-D Secure and redirect methods, the
 * instructions of a transfer, voucher or cash on delivery, and after a decline the reason and
 * another try.
 */
export function renderPaymentPage(ctx: PageContext, view: PaymentPageView): string {
  const { t, segment } = ctx;
  const title = t.t('pay.title', { number: view.number });
  const amount = t.money(view.amount.amount, view.amount.currency);
  const s = view.state;
  const main = html`<h1>${title}</h1>
<p class="pay-amount">${t.t('pay.amount', { amount })}</p>
${view.declined ? notice(t.t('pay.declined', { reason: declineText(t, view.declined) }), 'error') : ''}
${view.providerError ? notice(t.t('pay.providerError'), 'error') : ''}
${errorSummary(t, view.errors, CARD_FIELDS)}
${body(ctx, view, amount)}
${s.kind !== 'cancelled' ? html`<p><a href="${paths.confirmation(segment, view.number)}">${t.t('pay.viewOrder')}</a></p>` : ''}`;
  return renderStorefrontPage(ctx, { title, main, noindex: true });
}

function body(ctx: PageContext, view: PaymentPageView, amount: string): SafeHtml {
  const { t } = ctx;
  const s = view.state;
  switch (s.kind) {
    case 'cancelled':
      return notice(t.t('pay.cancelled'), 'error');
    case 'none':
      return methodChoice(ctx, view, undefined);
    case 'waiting':
      return html`<section class="instructions" aria-labelledby="instructions-title">
<h2 id="instructions-title">${t.t('pay.waitingTitle', { method: paymentLabel(t, s.method) })}</h2>
${s.instructions ? renderInstructions(t, s.instructions) : html`<p>${t.t('pay.waiting')}</p>`}
</section>`;
    case 'redirect':
      return html`<section aria-labelledby="redirect-title">
<h2 id="redirect-title">${t.t(s.reason === 'three_d_secure' ? 'pay.threeDsTitle' : 'pay.approveTitle', { method: paymentLabel(t, s.method) })}</h2>
<p>${t.t(s.reason === 'three_d_secure' ? 'pay.threeDs' : 'pay.approve', { method: paymentLabel(t, s.method) })}</p>
<p><a class="button primary" href="${s.url}">${s.reason === 'three_d_secure' ? t.t('pay.continueBank') : t.t('pay.continue', { method: paymentLabel(t, s.method) })}</a></p>
</section>`;
    case 'confirm':
      if (s.flow === 'card') return cardForm(ctx, view, s.paymentId, amount);
      return html`<form method="post" action="${paths.pay(ctx.segment, view.number)}">
<input type="hidden" name="attempt" value="${s.paymentId}">
<p>${t.t(s.flow === 'redirect' ? 'pay.approve' : 'pay.offline', { method: paymentLabel(t, s.method) })}</p>
<p><button type="submit" class="primary">${t.t('pay.continue', { method: paymentLabel(t, s.method) })}</button></p>
</form>`;
    case 'failed':
      return html`${view.declined ? '' : notice(t.t('pay.failed', { reason: declineText(t, s.failureCode) }), 'error')}
${s.flow === 'card' ? cardForm(ctx, view, s.paymentId, amount) : ''}
${methodChoice(ctx, view, s.paymentId)}`;
  }
}

function cardForm(ctx: PageContext, view: PaymentPageView, attempt: string, amount: string): SafeHtml {
  const { t } = ctx;
  const e = view.errors;
  return html`<form class="card-form" method="post" action="${paths.pay(ctx.segment, view.number)}" novalidate>
<fieldset>
<legend>${t.t('pay.cardTitle')}</legend>
<input type="hidden" name="attempt" value="${attempt}">
${view.testMode ? html`<p class="hint test-mode">${t.t('pay.testCards')}</p>` : ''}
${textField(t, { id: 'card-number', name: 'cardNumber', label: t.t('pay.field.cardNumber'), value: '', autocomplete: 'cc-number', inputmode: 'numeric', required: true, maxlength: 23, error: e.cardNumber })}
${textField(t, { id: 'card-exp-month', name: 'expMonth', label: t.t('pay.field.expMonth'), value: view.typed.expMonth, autocomplete: 'cc-exp-month', inputmode: 'numeric', required: true, maxlength: 2, error: e.expMonth })}
${textField(t, { id: 'card-exp-year', name: 'expYear', label: t.t('pay.field.expYear'), value: view.typed.expYear, autocomplete: 'cc-exp-year', inputmode: 'numeric', required: true, maxlength: 4, error: e.expYear })}
${textField(t, { id: 'card-cvc', name: 'cvc', label: t.t('pay.field.cvc'), value: '', autocomplete: 'cc-csc', inputmode: 'numeric', required: true, maxlength: 4, error: e.cvc })}
</fieldset>
<p><button type="submit" class="primary">${t.t('pay.submit', { amount })}</button></p>
</form>`;
}

/** Start another payment, by any way the market offers (after a failure, or when none could start). */
function methodChoice(ctx: PageContext, view: PaymentPageView, attempt: string | undefined): SafeHtml {
  const { t } = ctx;
  if (view.methods.length === 0) return html``;
  return html`<form class="method-choice" method="post" action="${paths.payMethod(ctx.segment, view.number)}">
<fieldset class="choices">
<legend>${t.t('pay.chooseMethod')}</legend>
${attempt ? html`<input type="hidden" name="attempt" value="${attempt}">` : ''}
${view.methods.map((m, i) => html`<div class="choice"><input type="radio" name="method" id="method-${i}" value="${m.id}"${i === 0 ? html` checked` : ''}>
<label for="method-${i}">${paymentLabel(t, m)}</label></div>`)}
</fieldset>
<p><button type="submit">${t.t('pay.chooseSubmit')}</button></p>
</form>`;
}

/** A decline or failure code in the buyer's language. */
export function declineText(t: Translator, code: string): string {
  const key = `pay.decline.${code}`;
  return t.has(key) ? t.t(key) : t.t('pay.decline.other');
}

/** Offline payment instructions: what to pay, to whom, with which reference, by when. */
export function renderInstructions(t: Translator, i: InstructionsView): SafeHtml {
  const rows: Array<[string, SafeHtml]> = [];
  if (i.amount) rows.push([t.t('pay.instr.amount'), html`${t.money(i.amount.amount, i.amount.currency)}`]);
  if (i.accountHolder) rows.push([t.t('pay.instr.accountHolder'), html`${i.accountHolder}`]);
  if (i.accountNumber) rows.push([t.t('pay.instr.accountNumber'), html`<code>${i.accountNumber}</code>`]);
  if (i.reference) rows.push([t.t('pay.instr.reference'), html`<code>${i.reference}</code>`]);
  if (i.voucherNumber) rows.push([t.t('pay.instr.voucherNumber'), html`<code>${i.voucherNumber}</code>`]);
  if (i.qrData) rows.push([t.t('pay.instr.qrData'), html`<code>${i.qrData}</code>`]);
  if (i.expiresAt) rows.push([t.t('pay.instr.expiresAt'), html`${t.date(i.expiresAt, 'long')}`]);
  return html`<p>${t.t(`pay.instr.${i.kind}`)}</p>
${rows.length > 0 ? html`<dl class="instructions-list">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>` : ''}`;
}
