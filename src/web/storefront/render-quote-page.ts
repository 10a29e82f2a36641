import { formatAmount } from '../../core/money/money.js';
import { html, type SafeHtml } from '../html.js';
import type { QuotePageView } from './quote-page-view.js';

const TERMS: Readonly<Record<string, string>> = {
  prepayment: 'Prepayment: by bank transfer before the goods are dispatched',
  net_30: 'Net 30: by bank transfer within 30 days of the invoice date',
  net_60: 'Net 60: by bank transfer within 60 days of the invoice date',
};

const STATUS: Readonly<Record<string, string>> = {
  sent: 'Awaiting your acceptance',
  accepted: 'Accepted',
  ordered: 'Accepted and ordered',
  expired: 'Expired',
};

/** An amount as `EUR 1,234.56` (the quote's currency, integer minor units in). */
export function quoteMoney(minor: number, currency: string): string {
  const [whole, fraction] = formatAmount({ amount: minor, currency }).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

const party = (p: 'seller' | 'buyer') => (p === 'seller' ? 'Seller' : 'Buyer (you)');

/**
 * The distributor's view of its quote, in the storefront's look and in English (the language of the
 * pro forma invoice): the lines, the Incoterms® 2020 rule with its named place and where the risk
 * passes, every cost with who bears it, the seller's price, what the buyer adds, the landed cost at
 * its door, the other usable rules compared, validity, payment terms and the account to pay into;
 * an Accept button while the quote may be accepted, the pro forma invoice once it is. Works without
 * script. The page is private (the link's token is in its URL): never cached, no referrer sent.
 */
export function renderQuotePage(v: QuotePageView): string {
  const m = (minor: number) => quoteMoney(minor, v.currency);
  const q = `?t=${encodeURIComponent(v.token)}`;
  const canAccept = v.status === 'sent';
  const main = html`
<h1>Quote ${v.number}</h1>
<p class="order-status" data-status="${v.status}"><strong>${STATUS[v.status] ?? v.status}</strong>${v.status === 'expired' ? html` — this quote was valid until ${v.validUntil} and can no longer be accepted. Ask us for a new one.` : ''}</p>
${v.justAccepted ? html`<p class="notice info" role="status">Thank you: you accepted quote ${v.number}. Your pro forma invoice ${v.proForma?.number ?? ''} is ready below.</p>` : ''}
${v.error ? html`<div class="notice error" role="alert"><p>${v.error}</p></div>` : ''}
<dl>
<dt>For</dt><dd>${v.company.name} (${v.company.country})</dd>
<dt>From</dt><dd>${v.storeName}</dd>
<dt>Terms</dt><dd>${v.incoterm.text}</dd>
<dt>Transport</dt><dd>${v.transportMode.replace('_', ' ')}</dd>
<dt>Valid until</dt><dd>${v.validUntil}</dd>
</dl>
${linesTable(v, m)}
<section class="terms" aria-labelledby="rule">
<h2 id="rule">${v.incoterm.code} ${v.incoterm.namedPlace} (Incoterms® 2020): ${v.incoterm.name}</h2>
<p>Delivery: ${v.incoterm.delivery}.</p>
<p data-risk="${v.incoterm.riskPasses}">${v.incoterm.risk}</p>
${v.incoterm.insuranceCover ? html`<p>Insurance: the seller insures, ${v.incoterm.insuranceCover}.</p>` : ''}
</section>
${costsTable(v, m)}
${comparisonTable(v, m)}
${v.fxStale ? html`<p class="hint">The duties and import taxes were estimated with exchange rates older than usual; they may differ at import.</p>` : ''}
<section class="payments" aria-labelledby="payment">
<h2 id="payment">Payment</h2>
<p>${TERMS[v.paymentTerms] ?? v.paymentTerms}.</p>
${v.payTo ? html`<dl data-pay-to><dt>Account holder</dt><dd>${v.payTo.accountHolder}</dd><dt>IBAN</dt><dd>${v.payTo.ibanPrinted}</dd><dt>BIC</dt><dd>${v.payTo.bic}</dd><dt>Reference</dt><dd>${v.proForma?.number ?? `the pro forma invoice number (PF-${v.number})`}</dd></dl>` : html`<p>The account to pay into is printed on the pro forma invoice.</p>`}
</section>
${actions(v, q, canAccept)}`;
  return page(`Quote ${v.number}`, v.storeName, v.css, main);
}

function linesTable(v: QuotePageView, m: (minor: number) => string): SafeHtml {
  return html`<table class="quote-lines">
<caption>Goods</caption>
<thead><tr><th scope="col">SKU</th><th scope="col">Item</th><th scope="col">Quantity</th><th scope="col">Unit price</th><th scope="col">Line total</th></tr></thead>
<tbody>${v.lines.map((l) => html`<tr><td class="sku">${l.sku}</td><th scope="row">${l.title}</th><td>${l.quantity}</td><td>${m(l.unitPriceMinor)}</td><td>${m(l.lineMinor)}</td></tr>`)}</tbody>
<tfoot><tr class="grand-total"><th scope="row" colspan="4">Goods</th><td data-goods>${m(v.goodsMinor)}</td></tr></tfoot>
</table>`;
}

function costsTable(v: QuotePageView, m: (minor: number) => string): SafeHtml {
  return html`<table class="quote-costs">
<caption>Who bears each cost</caption>
<thead><tr><th scope="col">Cost</th><th scope="col">Borne by</th><th scope="col">Amount</th></tr></thead>
<tbody>${v.costs.map((c) => html`<tr data-party="${c.party}"><th scope="row">${c.label}</th><td>${party(c.party)}</td><td>${m(c.amountMinor)}</td></tr>`)}</tbody>
<tfoot class="order-totals">
<tr class="grand-total"><th scope="row" colspan="2">The seller's price (what you pay us)</th><td data-seller-price>${m(v.sellerPriceMinor)}</td></tr>
<tr><th scope="row" colspan="2">What you pay others on top (the costs you bear)</th><td data-buyer-extra>${m(v.buyerExtraMinor)}</td></tr>
<tr class="grand-total"><th scope="row" colspan="2">Landed cost at your door</th><td data-landed>${m(v.landedMinor)}</td></tr>
</tfoot>
</table>`;
}

function comparisonTable(v: QuotePageView, m: (minor: number) => string): SafeHtml {
  if (v.comparison.length < 2) return html``;
  return html`<table class="quote-comparison">
<caption>The same shipment under the other rules</caption>
<thead><tr><th scope="col">Rule</th><th scope="col">Risk passes</th><th scope="col">Seller's price</th><th scope="col">You add</th><th scope="col">Landed cost</th></tr></thead>
<tbody>${v.comparison.map((r) => html`<tr${r.chosen ? html` aria-current="true" class="grand-total"` : ''} data-rule="${r.incoterm}"><th scope="row">${r.incoterm} — ${r.name}${r.chosen ? ' (this quote)' : ''}</th><td>${r.riskPasses === 'origin' ? 'in the country of export' : 'at destination'}</td><td>${m(r.priceMinor)}</td><td>${m(r.buyerExtraMinor)}</td><td>${m(r.landedMinor)}</td></tr>`)}</tbody>
</table>`;
}

function actions(v: QuotePageView, q: string, canAccept: boolean): SafeHtml {
  const path = `/quotes/${encodeURIComponent(v.number)}`;
  return html`<p class="actions">
${canAccept ? html`<form method="post" action="${path}/accept"><input type="hidden" name="t" value="${v.token}"><button type="submit" class="primary">Accept quote</button></form><span class="hint">Accepting issues the pro forma invoice for ${v.number}; pay it as it says.</span>` : ''}
${v.proForma ? html`<a class="button primary" href="${path}/pro-forma.pdf${q}" download>Download pro forma invoice</a> <span class="hint">${v.proForma.number}${v.acceptedBy ? `, accepted by ${v.acceptedBy}` : ''}</span>` : ''}
</p>`;
}

function page(title: string, storeName: string, css: string, main: SafeHtml): string {
  return `<!doctype html>\n${html`<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${title} · ${storeName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${css}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="bar"><span class="brand">${storeName}</span></div></header>
<main id="main" tabindex="-1">
${main}
</main>
</body>
</html>`.value}\n`;
}

/** The page for a link that opens nothing: the same for a wrong token, a replaced link, a withdrawn or unknown quote. */
export function renderQuoteNotFoundPage(page_: { storeName: string; css: string }): string {
  return page('Quote not found', page_.storeName, page_.css, html`<h1>Quote not found</h1>
<p>This link opens no quote. It may be mistyped or incomplete, or a newer link was sent to you. Please use the latest email we sent, or ask us for the link again.</p>`);
}
