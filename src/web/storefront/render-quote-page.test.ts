import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteMoney, renderQuoteNotFoundPage, renderQuotePage } from './render-quote-page.js';
import type { QuotePageView } from './quote-page-view.js';

const view = (over: Partial<QuotePageView> = {}): QuotePageView => ({
  storeName: 'Shop <b>',
  css: '/storefront/assets/storefront.abc.css',
  number: 'Q-1001',
  status: 'sent',
  company: { name: 'A & B <GmbH>', country: 'DE' },
  currency: 'EUR',
  lines: [{ sku: 'COF-ROB-250', title: 'Coffee', quantity: 120, unitPriceMinor: 410, lineMinor: 49_200 }],
  incoterm: { code: 'CIF', name: 'Cost, Insurance and Freight', namedPlace: 'Hamburg, DE', text: 'CIF Hamburg, DE (Incoterms® 2020)', delivery: 'on board', risk: 'Risk passes at origin.', riskPasses: 'origin', insuranceCover: null },
  transportMode: 'sea',
  costs: [{ label: 'Main carriage', amountMinor: 38_000, party: 'seller', source: 'forwarder' }],
  goodsMinor: 49_200,
  sellerPriceMinor: 87_200,
  buyerExtraMinor: 1_234_567,
  landedMinor: 1_321_767,
  comparison: [],
  fxStale: false,
  validUntil: '2026-12-27',
  paymentTerms: 'net_30',
  payTo: null,
  proForma: null,
  acceptedBy: null,
  token: 'tok"en',
  justAccepted: false,
  error: null,
  ...over,
});

test('amounts in the quote currency with thousands grouped, minor units exact', () => {
  assert.equal(quoteMoney(152_373, 'EUR'), 'EUR 1,523.73');
  assert.equal(quoteMoney(5, 'EUR'), 'EUR 0.05');
  assert.equal(quoteMoney(1_234_567_890, 'USD'), 'USD 12,345,678.90');
  assert.equal(quoteMoney(150_000, 'JPY'), 'JPY 150,000');
});

test('every value escaped; Accept only while sent; the pro forma link only once issued', () => {
  const sent = renderQuotePage(view());
  assert.ok(sent.includes('A &amp; B &lt;GmbH&gt;') && !sent.includes('<GmbH>') && !sent.includes('Shop <b>'));
  assert.ok(sent.includes('name="t" value="tok&quot;en"'));
  assert.ok(sent.includes('Accept quote</button>') && !sent.includes('Download pro forma invoice'));
  assert.ok(sent.includes('EUR 12,345.67'));
  const accepted = renderQuotePage(view({ status: 'accepted', proForma: { number: 'PF-Q-1001', issuedAt: '2026-11-27T09:00:00.000Z' }, acceptedBy: 'buyer@example.com' }));
  assert.ok(!accepted.includes('Accept quote</button>'));
  assert.ok(accepted.includes('href="/quotes/Q-1001/pro-forma.pdf?t=tok%22en" download>Download pro forma invoice'));
  const expired = renderQuotePage(view({ status: 'expired' }));
  assert.ok(expired.includes('can no longer be accepted') && !expired.includes('Accept quote</button>'));
  assert.ok(!renderQuoteNotFoundPage({ storeName: 'S', css: '/x.css' }).includes('Q-'));
});
