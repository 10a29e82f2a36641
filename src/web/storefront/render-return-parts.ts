import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { Amount } from './view.js';

/** The reasons a buyer picks from, in the order the form lists them (core/returns/return-reasons.ts). */
export const RETURN_REASON_CODES = ['damaged', 'wrong_item', 'not_as_described', 'no_longer_needed', 'size_or_fit', 'arrived_late', 'other'] as const;

/** The buyer's returns of an order, as the order page shows them, and what can still be returned. */
export type OrderReturnsSummary = {
  /** The order's email: the return form posts it with the number, as the lookup was made. */
  email: string;
  items: ReadonlyArray<{
    id: string;
    status: string;
    createdAt: string;
    lines: ReadonlyArray<{ sku: string; quantity: number; reason: string; note: string | null }>;
    label: { trackingNumber: string } | null;
    rejectReason: string | null;
    refund: { total: Amount } | null;
  }>;
  returnable: ReadonlyArray<{ sku: string; left: number }>;
};

/** What the last return form post said: a request made, or a refused one (which SKU, which field, as message keys). */
export type ReturnFormState = { notice?: 'requested'; error?: { sku: string; key: string }; typed?: { quantity?: string; reason?: string; note?: string } };

export const returnPaths = {
  request: (segment: string) => `/${segment}/order/returns`,
  label: (segment: string, id: string, number: string, email: string) => `/${segment}/order/returns/${encodeURIComponent(id)}/label?${new URLSearchParams({ number, email })}`,
};

function reasonText(t: Translator, code: string): string {
  return t.has(`returns.reason.${code}`) ? t.t(`returns.reason.${code}`) : code;
}

/**
 * The order page's returns section: each return with its status, lines and reasons in the buyer's
 * language (the label to print while it is on its way back), then a plain form per shipped line
 * that can still be returned: how many, why (the fixed reasons, worded in the buyer's language),
 * details. The forms post without script; the storefront checks the origin of every post.
 */
export function returnsSection(t: Translator, segment: string, order: { number: string; lines: ReadonlyArray<{ sku: string; title: string }> }, returns: OrderReturnsSummary | undefined, state: ReturnFormState = {}): SafeHtml {
  if (!returns) return html``;
  const titles = new Map(order.lines.map((l) => [l.sku, l.title]));
  const open = returns.returnable.filter((l) => l.left > 0);
  if (returns.items.length === 0 && open.length === 0) return html``;
  const existing = returns.items.map((r) => {
    const status = t.has(`returns.status.${r.status}`) ? t.t(`returns.status.${r.status}`) : r.status;
    const printable = r.label && (r.status === 'label_created' || r.status === 'in_transit');
    return html`<li class="return" data-return="${r.id}" data-status="${r.status}">
<p>${t.t('returns.requestedOn', { date: new Date(r.createdAt) })}: <strong>${status}</strong></p>
<ul>${r.lines.map((l) => html`<li>${t.t('returns.line', { quantity: l.quantity, title: titles.get(l.sku) ?? l.sku, reason: reasonText(t, l.reason) })}${l.note ? html` <q>${l.note}</q>` : ''}</li>`)}</ul>
${r.rejectReason ? html`<p>${t.t('returns.rejectedBecause', { reason: r.rejectReason })}</p>` : ''}
${r.label ? html`<p>${t.t('returns.labelTracking')} <code>${r.label.trackingNumber}</code>${printable ? html` · <a href="${returnPaths.label(segment, r.id, order.number, returns.email)}">${t.t('returns.printLabel')}</a>` : ''}</p>` : ''}
${r.refund ? html`<p>${t.t('returns.refundedAmount', { amount: t.money(r.refund.total.amount, r.refund.total.currency) })}</p>` : ''}
</li>`;
  });
  const forms = open.map((l, i) => {
    const error = state.error?.sku === l.sku ? state.error.key : undefined;
    const typed = state.error?.sku === l.sku ? (state.typed ?? {}) : {};
    const id = `return-${i}`;
    const field = (name: 'quantity' | 'reason' | 'note') => (error && error.endsWith(`.${name}`) ? html` aria-invalid="true" aria-describedby="${id}-error"` : '');
    return html`<form class="return-form" method="post" action="${returnPaths.request(segment)}" data-sku="${l.sku}">
<fieldset><legend>${t.t('returns.formTitle', { title: titles.get(l.sku) ?? l.sku })}</legend>
${error ? html`<p class="field-error" id="${id}-error" role="alert">${t.t(error)}</p>` : ''}
<input type="hidden" name="number" value="${order.number}"><input type="hidden" name="email" value="${returns.email}"><input type="hidden" name="sku" value="${l.sku}">
<p class="field"><label for="${id}-quantity">${t.t('returns.quantity', { left: l.left })}</label>
<input id="${id}-quantity" name="quantity" type="number" inputmode="numeric" min="1" max="${l.left}" required value="${typed.quantity ?? '1'}"${field('quantity')}></p>
<p class="field"><label for="${id}-reason">${t.t('returns.reason')}</label>
<select id="${id}-reason" name="reason" required${field('reason')}><option value="">${t.t('returns.chooseReason')}</option>${RETURN_REASON_CODES.map((c) => html`<option value="${c}"${typed.reason === c ? html` selected` : ''}>${reasonText(t, c)}</option>`)}</select></p>
<p class="field"><label for="${id}-note">${t.t('returns.note')}</label>
<textarea id="${id}-note" name="note" maxlength="500" rows="2"${field('note')}>${typed.note ?? ''}</textarea></p>
<p><button type="submit">${t.t('returns.submit')}</button></p>
</fieldset></form>`;
  });
  return html`<section class="returns" id="returns" aria-labelledby="returns-title">
<h2 id="returns-title">${t.t('returns.title')}</h2>
${state.notice === 'requested' ? html`<p class="notice info" role="status">${t.t('returns.notice.requested')}</p>` : ''}
${state.error && !open.some((l) => l.sku === state.error!.sku) ? html`<p class="notice error" role="alert">${t.t(state.error.key)}</p>` : ''}
${existing.length > 0 ? html`<ol class="returns-list">${existing}</ol>` : ''}
${forms.length > 0 ? html`<p>${t.t('returns.intro')}</p>${forms}` : ''}
</section>`;
}
