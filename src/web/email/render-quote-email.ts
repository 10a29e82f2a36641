import type { QuoteEmailView, RenderedEmail } from '../../core/notifications/email-view.js';
import { html } from '../html.js';
import type { Translator } from '../i18n/translator.js';

const P = 'margin:0 0 12px;font-size:15px;line-height:1.5';

/**
 * A distributor's quote email (`quote_sent`): the quote's number, rule, price and landed cost, its
 * validity, and the button to the quote's page (the link with its token, which this email is the
 * only carrier of), in the layout of the buyers' emails. The wording is the `email.quote_sent.*`
 * messages, which the merchant may override per language; every value is escaped.
 */
export function renderQuoteEmail(view: QuoteEmailView, t: Translator): RenderedEmail {
  const q = view.quote;
  const store = view.store.name;
  const subject = t.t('email.quote_sent.subject', { number: q.number, store }).replace(/[\r\n\u2028\u2029]+/g, ' ').trim().slice(0, 250);
  const heading = t.t('email.quote_sent.heading');
  const paragraphs = [
    t.t('email.quote_sent.intro', { number: q.number, company: q.company, incoterm: q.incoterm }),
    t.t('email.quote_sent.figures', { price: t.money(q.price.amount, q.price.currency), landed: t.money(q.landed.amount, q.landed.currency) }),
    t.t('email.quote_sent.valid', { date: new Date(`${q.validUntil}T00:00:00Z`) }),
  ];
  const privateNote = t.t('email.quote_sent.private');
  const footer = t.t('email.quote_sent.footer', { number: q.number, store });
  const text = [heading, '', t.t('email.greeting'), '', ...paragraphs.flatMap((p) => [p, '']), t.t('email.quote_sent.linkText', { url: q.link }), '', privateNote, '', t.t('email.questions'), '', '-- ', footer].join('\n');
  const body = html`<!doctype html>
<html lang="${t.lang}" dir="${t.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="referrer" content="no-referrer"><title>${subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#18181b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 28px 8px;font-size:14px;color:#52525b">${store}</td></tr>
<tr><td style="padding:0 28px"><h1 style="font-size:22px;margin:8px 0 16px">${heading}</h1>
<p style="${P}">${t.t('email.greeting')}</p>
${paragraphs.map((p) => html`<p style="${P}">${p}</p>`)}
<p style="margin:20px 0"><a href="${q.link}" rel="noreferrer" style="display:inline-block;background:#18181b;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-size:15px">${t.t('email.quote_sent.button')}</a></p>
<p style="margin:0 0 12px;font-size:13px;color:#52525b">${privateNote}</p>
<p style="margin:0 0 24px;font-size:14px;color:#52525b">${t.t('email.questions')}</p></td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e4e4e7;font-size:12px;color:#71717a">${footer}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject, html: body.value, text };
}
