import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import type { FieldErrors } from './checkout-view.js';

/**
 * Form pieces shared by the cart, checkout and payment pages: an error summary whose entries link
 * to the fields, and labelled fields that carry their error next to them (`aria-invalid`,
 * `aria-describedby`), so a screen reader announces the error with the field.
 */

export type FieldOptions = {
  /** The element id; the form field's name follows `name`. */
  id: string;
  name: string;
  label: string;
  value: string;
  type?: string;
  autocomplete?: string;
  required?: boolean;
  maxlength?: number;
  inputmode?: string;
  hint?: string;
  /** Message key of the field's error, if it was refused. */
  error?: string | undefined;
};

/** A labelled input with its hint and error. */
export function textField(t: Translator, f: FieldOptions): SafeHtml {
  const describedBy = [f.hint ? `${f.id}-hint` : '', f.error ? `${f.id}-error` : ''].filter(Boolean).join(' ');
  return html`<p class="field"><label for="${f.id}">${f.label}</label>
${f.hint ? html`<span class="hint" id="${f.id}-hint">${f.hint}</span>` : ''}
${f.error ? html`<span class="field-error" id="${f.id}-error">${t.t(f.error)}</span>` : ''}
<input id="${f.id}" name="${f.name}" type="${f.type ?? 'text'}"${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${f.inputmode ? html` inputmode="${f.inputmode}"` : ''}${f.required ? html` required` : ''}${
    f.maxlength ? html` maxlength="${f.maxlength}"` : ''
  } value="${f.value}"${f.error ? html` aria-invalid="true"` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}></p>`;
}

/**
 * The list of what to fix at the top of a refused form, each entry a link to its field (`#id`).
 * `order` gives the fields in page order with their element ids; errors of fields not in it
 * (a problem of the whole form) are listed without a link.
 */
export function errorSummary(t: Translator, errors: FieldErrors, order: ReadonlyArray<readonly [name: string, id: string]>): SafeHtml {
  const names = Object.keys(errors);
  if (names.length === 0) return html``;
  const linked = order.filter(([name]) => errors[name] !== undefined);
  const loose = names.filter((n) => !order.some(([name]) => name === n));
  return html`<div class="notice error error-summary" role="alert" aria-labelledby="error-summary-title">
<h2 id="error-summary-title">${t.t('form.errorSummary')}</h2>
<ul>${linked.map(([name, id]) => html`<li><a href="#${id}">${t.t(errors[name]!)}</a></li>`)}${loose.map((n) => html`<li>${t.t(errors[n]!)}</li>`)}</ul>
</div>`;
}

/** A notice line (something that happened: added to the cart, a new cart was started). */
export function notice(text: string, kind: 'info' | 'error' = 'info'): SafeHtml {
  return html`<p class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>`;
}
