import type { EmailAmount, EmailView, RenderedEmail, SupportReplyView } from '../../core/notifications/email-view.js';
import { isZeroAmount } from '../../core/money/money.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import { marketSegment, paths } from '../storefront/urls.js';

/**
 * A buyer's email in their language: the subject, an HTML part and a plain-text part saying the
 * same. Every value is escaped (product titles, the store's name and the merchant's own wording
 * included); the HTML is a single-column table with inline styles, the shape mail programs show
 * alike. The wording comes from the `email.*` messages, which the merchant may override per
 * language; the layout does not change.
 */
export function renderEmail(view: EmailView, t: Translator): RenderedEmail {
  const o = view.order;
  const k = view.kind;
  const money = (a: EmailAmount) => t.money(a.amount, a.currency);
  const subjectValues = { number: o.number, amount: view.refund ? money(view.refund.amount) : money(o.totals.total) };
  const subject = t.t(`email.${k}.subject`, subjectValues);
  const heading = t.t(`email.${k}.heading`);
  const blocks = bodyBlocks(view, t);
  const orderUrl = orderPageUrl(view);

  const text = [heading, '', t.t('email.greeting'), '', ...blocks.flatMap((b) => [b.text, '']), t.t('email.viewOrderText', { url: orderUrl }), '', t.t('email.questions'), '', '-- ', t.t('email.footer', { number: o.number, store: view.store.name })].join('\n');

  const body = html`<!doctype html>
<html lang="${t.lang}" dir="${t.dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${subject}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#18181b">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f5"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 28px 8px;font-size:14px;color:#52525b">${view.store.name}</td></tr>
<tr><td style="padding:0 28px"><h1 style="font-size:22px;margin:8px 0 16px">${heading}</h1>
<p style="margin:0 0 12px;font-size:15px;line-height:1.5">${t.t('email.greeting')}</p>
${blocks.map((b) => b.html)}
<p style="margin:20px 0"><a href="${orderUrl}" style="display:inline-block;background:#18181b;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;font-size:15px">${t.t('email.viewOrder')}</a></p>
<p style="margin:0 0 24px;font-size:14px;color:#52525b">${t.t('email.questions')}</p></td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e4e4e7;font-size:12px;color:#71717a">${t.t('email.footer', { number: o.number, store: view.store.name })}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject: oneLine(subject), html: body.value, text };
}

type Block = { html: SafeHtml; text: string };

const paragraph = (text: string): Block => ({ html: html`<p style="margin:0 0 12px;font-size:15px;line-height:1.5">${text}</p>`, text });

function bodyBlocks(view: EmailView, t: Translator): Block[] {
  const o = view.order;
  const money = (a: EmailAmount) => t.money(a.amount, a.currency);
  const p = view.parcel;
  switch (view.kind) {
    case 'order_confirmation':
      return [
        paragraph(t.t('email.order_confirmation.intro', { number: o.number, date: new Date(o.createdAt) })),
        paragraph(t.t(o.paid ? 'email.order_confirmation.paid' : 'email.order_confirmation.awaitingPayment', { amount: money(o.totals.total) })),
        orderTable(view, t),
        paragraph(importStatement(view, t)),
      ];
    case 'payment_received':
      return [paragraph(t.t('email.payment_received.intro', { number: o.number, amount: money(o.totals.total) }))];
    case 'shipped':
      return [paragraph(t.t('email.shipped.intro', { number: o.number, n: p?.position ?? 1, count: o.parcelCount })), ...(p ? [parcelBlock(p, view, t)] : []), paragraph(importStatement(view, t))];
    case 'customs_hold': {
      const due = p?.amountDue ?? (o.incoterm === 'DAP' && !isZeroAmount(o.totals.dueOnDelivery.amount) ? o.totals.dueOnDelivery : null);
      return [paragraph(due ? t.t('email.customs_hold.due', { amount: money(due) }) : t.t('email.customs_hold.paid')), ...(p ? [parcelBlock(p, view, t)] : [])];
    }
    case 'delivered':
      return [paragraph(t.t('email.delivered.intro', { date: new Date(p?.deliveredAt ?? o.createdAt) })), ...(p ? [parcelBlock(p, view, t)] : [])];
    case 'return_approved':
      return [
        paragraph(t.t('email.return_approved.intro', { number: o.number })),
        paragraph(view.returnLabel ? t.t('email.return_approved.label', { carrier: view.returnLabel.carrier, tracking: view.returnLabel.trackingNumber }) : t.t('email.return_approved.noLabel')),
      ];
    case 'return_rejected':
      return [paragraph(t.t('email.return_rejected.intro', { number: o.number }))];
    case 'refund': {
      const r = view.refund!;
      const rows = r.parts.map((x) => [t.t(`order.total.${x.part}`), money(x.amount)] as const);
      return [paragraph(t.t('email.refund.intro', { number: o.number, amount: money(r.amount) })), table(t.t('email.refund.parts'), rows)];
    }
    default:
      throw new Error(`no email layout for kind ${view.kind}`);
  }
}

/** DDP: paid at checkout; DAP: what the carrier will ask for; nothing due: said so. */
function importStatement(view: EmailView, t: Translator): string {
  const o = view.order;
  const due = o.totals.dueOnDelivery;
  if (!isZeroAmount(due.amount)) return t.t('email.importDue', { amount: t.money(due.amount, due.currency) });
  if (!isZeroAmount(o.totals.duties.amount) || !isZeroAmount(o.totals.taxes.amount)) return t.t('email.importPaid');
  return t.t('email.importNone');
}

function orderTable(view: EmailView, t: Translator): Block {
  const o = view.order;
  const money = (a: EmailAmount) => t.money(a.amount, a.currency);
  const lines = o.lines.map((l) => [`${l.title} × ${t.number(l.quantity)}`, money(l.goods)] as const);
  const totals: Array<readonly [string, string]> = [];
  const add = (key: keyof typeof o.totals, always = false) => {
    const a = o.totals[key];
    if (always || !isZeroAmount(a.amount)) totals.push([t.t(`order.total.${key}`), key === 'discount' ? `−${money(a)}` : money(a)]);
  };
  add('goods', true);
  add('discount');
  add('shipping', true);
  add('duties');
  add('taxes');
  add('fees');
  add('total', true);
  add('dueOnDelivery');
  return table(undefined, [...lines, ...totals], lines.length);
}

function parcelBlock(p: NonNullable<EmailView['parcel']>, view: EmailView, t: Translator): Block {
  const rows: Array<readonly [string, string]> = p.lines.map((l) => [l.title, `× ${t.number(l.quantity)}`] as const);
  const notes: string[] = [];
  if (p.trackingNumber) notes.push(t.t('email.trackingLine', { carrier: p.carrier, tracking: p.trackingNumber }));
  if (p.window && view.kind === 'shipped') notes.push(t.t('email.arrives', { window: t.dateRange(p.window.from, p.window.to) }));
  const caption = view.order.parcelCount > 1 ? t.t('email.parcelOf', { n: p.position, count: view.order.parcelCount }) : undefined;
  const tableBlock = table(caption, rows);
  return {
    html: html`${tableBlock.html}${notes.map((n) => html`<p style="margin:0 0 8px;font-size:14px;line-height:1.5">${n}</p>`)}`,
    text: [tableBlock.text, ...notes].join('\n'),
  };
}

/** A two-column table (label, amount); rows after `ruleAfter` are set apart by a line. */
function table(caption: string | undefined, rows: ReadonlyArray<readonly [string, string]>, ruleAfter = -1): Block {
  const cell = 'padding:6px 0;font-size:14px;vertical-align:top';
  const htmlRows = rows.map(
    ([label, value], i) =>
      html`<tr><td style="${cell}${i === ruleAfter ? ';border-top:1px solid #e4e4e7' : ''}">${label}</td><td align="right" style="${cell};white-space:nowrap${i === ruleAfter ? ';border-top:1px solid #e4e4e7' : ''}">${value}</td></tr>`,
  );
  const width = Math.max(0, ...rows.map(([label]) => [...label].length));
  const textRows = rows.map(([label, value]) => `${label}${' '.repeat(Math.max(1, width - [...label].length + 2))}${value}`);
  return {
    html: html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:8px 0 16px">${caption ? html`<caption style="text-align:start;font-weight:600;font-size:14px;padding-bottom:4px">${caption}</caption>` : ''}${htmlRows}</table>`,
    text: [...(caption ? [caption] : []), ...textRows].join('\n'),
  };
}

/** The storefront's order page in the buyer's market and language, filled in with the order's number and email. */
export function orderPageUrl(view: Pick<EmailView, 'publicUrl' | 'locale' | 'country' | 'to' | 'order'>): string {
  const query = new URLSearchParams({ number: view.order.number, email: view.to });
  return `${view.publicUrl.replace(/\/+$/, '')}${paths.order(marketSegment(view.locale, view.country))}?${query}`;
}

/** A subject is one line whatever the merchant wrote: no header injection through a line break. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim().slice(0, 250);
}


/**
 * A support reply: the team's text as typed (escaped; line breaks kept), signed with the store's
 * name, the buyer's last message quoted below it as mail programs do, under "Re: <subject>".
 */
export function renderSupportReply(view: SupportReplyView, t: Translator): RenderedEmail {
  const subject = oneLine(/^re:/i.test(view.subject) ? view.subject : `Re: ${view.subject}`);
  const quoted = view.quoted ? view.quoted.text.split('\n').map((l) => `> ${l}`).join('\n') : '';
  const quoteHead = view.quoted ? t.t('email.reply.quoteHead', { date: new Date(view.quoted.at) }) : '';
  const signature = `${view.author}\n${view.store.name}`;
  const text = [view.text, '', '-- ', signature, ...(view.quoted ? ['', quoteHead, quoted] : [])].join('\n');
  const paragraphs = view.text.split(/\n{2,}/).map((p) => html`<p style="margin:0 0 12px;font-size:15px;line-height:1.5">${lines(p)}</p>`);
  const body = html`<!doctype html>
<html lang="${t.lang}" dir="${t.dir}"><head><meta charset="utf-8"><title>${subject}</title></head>
<body style="margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#18181b">
${paragraphs}
<p style="margin:16px 0;font-size:14px;color:#52525b">${lines(signature)}</p>
${view.quoted ? html`<p style="margin:16px 0 4px;font-size:13px;color:#71717a">${quoteHead}</p><blockquote style="margin:0;padding-inline-start:12px;border-inline-start:3px solid #e4e4e7;color:#52525b;font-size:14px">${lines(view.quoted.text)}</blockquote>` : ''}
</body></html>`;
  return { subject, html: body.value, text };
}

/** Text with its line breaks as <br>, every line escaped. */
function lines(text: string): SafeHtml[] {
  return text.split('\n').map((line, i) => (i === 0 ? html`${line}` : html`<br>${line}`));
}
