import { html } from '../html.js';
import type { FieldErrors } from './checkout-view.js';
import { errorSummary, notice, textField } from './form-parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext } from './view.js';

export type ContactForm = { name: string; email: string; order: string; subject: string; message: string };
export type ContactView = { form: ContactForm; errors?: FieldErrors; sent?: boolean };

export const EMPTY_CONTACT: ContactForm = { name: '', email: '', order: '', subject: '', message: '' };
export const CONTACT_LIMITS = { name: 100, email: 254, order: 40, subject: 250, message: 20_000 } as const;

/**
 * The contact form (a plain POST, no script): name, email, an optional order number, subject and
 * message, each refused field marked with its error; after sending, a thank-you that says when the
 * team answers. The help page and the order page answer most questions first: both are linked.
 */
export function renderContactPage(ctx: PageContext, view: ContactView): string {
  const { t } = ctx;
  const f = view.form;
  const errors = view.errors ?? {};
  const field = (name: keyof ContactForm, type: string, autocomplete: string | undefined, required: boolean, hint?: string) =>
    textField(t, { id: `contact-${name}`, name, label: t.t(`contact.${name}`), value: f[name], type, ...(autocomplete ? { autocomplete } : {}), required, maxlength: CONTACT_LIMITS[name], ...(hint ? { hint } : {}), error: errors[name] });
  const messageError = errors.message;
  const main = html`<h1>${t.t('contact.title')}</h1>
${view.sent ? notice(t.t('contact.sent')) : ''}
<p>${t.t('contact.intro')} <a href="${paths.help(ctx.segment)}">${t.t('help.footerLink')}</a> · <a href="${paths.order(ctx.segment)}">${t.t('layout.findOrder')}</a></p>
${errorSummary(t, errors, [['name', 'contact-name'], ['email', 'contact-email'], ['order', 'contact-order'], ['subject', 'contact-subject'], ['message', 'contact-message']])}
<form class="contact" method="post" action="${paths.contact(ctx.segment)}">
${field('name', 'text', 'name', false)}
${field('email', 'email', 'email', true)}
${field('order', 'text', 'off', false, t.t('contact.orderHint'))}
${field('subject', 'text', undefined, false)}
<p class="field"><label for="contact-message">${t.t('contact.message')}</label>
${messageError ? html`<span class="field-error" id="contact-message-error">${t.t(messageError)}</span>` : ''}
<textarea id="contact-message" name="message" rows="8" required maxlength="${CONTACT_LIMITS.message}"${messageError ? html` aria-invalid="true" aria-describedby="contact-message-error"` : ''}>${f.message}</textarea></p>
<p class="trap" aria-hidden="true"><label for="contact-website">Website</label><input id="contact-website" name="website" type="text" tabindex="-1" autocomplete="off" value=""></p>
<p><button type="submit">${t.t('contact.submit')}</button></p>
</form>`;
  return renderStorefrontPage(ctx, { title: t.t('contact.title'), main, noindex: true });
}

/** The message key of a refused field, by the service's field name. */
export function contactErrorKey(field: string | undefined): keyof ContactForm | undefined {
  return field === 'email' || field === 'message' || field === 'name' || field === 'subject' ? field : field === 'number' || field === 'order' ? 'order' : undefined;
}

