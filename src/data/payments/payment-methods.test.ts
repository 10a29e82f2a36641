import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availableMethods } from '../../core/payments/available-methods.js';
import { isCountry } from '../../core/geo/countries.js';
import { isCurrency } from '../../core/money/currencies.js';
import { PAYMENT_FLOWS, PAYMENT_METHOD_KINDS } from '../../core/payments/payment-method.js';
import { DEMO_MARKETS } from '../demo/markets.js';
import { PAYMENT_METHOD_CATALOG, PAYMENT_METHODS } from './payment-methods.js';

test('every method is well formed: kind, flow, real countries and currencies', () => {
  for (const m of PAYMENT_METHODS) {
    assert.match(m.id, /^[a-z][a-z0-9_]{1,30}$/);
    assert.ok(PAYMENT_METHOD_KINDS.includes(m.kind), m.id);
    assert.ok(PAYMENT_FLOWS.includes(m.flow), m.id);
    if (m.countries !== 'all') for (const c of m.countries) assert.ok(isCountry(c), `${m.id}: ${c}`);
    if (m.currencies !== 'all') for (const c of m.currencies) assert.ok(isCurrency(c), `${m.id}: ${c}`);
    if (m.flow === 'offline') assert.equal(m.manualCapture, false, `${m.id}: offline payments are captured when the money arrives`);
  }
});

test('every id a demo market lists is in the catalog, plus bancontact, pix, bank_transfer and cod', () => {
  for (const market of DEMO_MARKETS) for (const id of market.paymentMethods) assert.ok(PAYMENT_METHOD_CATALOG.has(id), `${market.id}: ${id}`);
  for (const id of ['bancontact', 'pix', 'bank_transfer', 'cod']) assert.ok(PAYMENT_METHOD_CATALOG.has(id), id);
});

test('local methods by country in the demo markets', () => {
  const offered = (marketId: string, country: string) => {
    const market = DEMO_MARKETS.find((m) => m.id === marketId)!;
    return availableMethods({ marketMethods: market.paymentMethods, country, currency: market.currency }, PAYMENT_METHOD_CATALOG).methods.map((m) => m.id);
  };
  assert.ok(offered('eu', 'NL').includes('ideal'));
  assert.ok(!offered('eu', 'DE').includes('ideal'));
  assert.ok(offered('jp', 'JP').includes('konbini'));
  assert.ok(offered('sg', 'SG').includes('paynow'));
  assert.ok(offered('ch', 'CH').includes('twint'));
  for (const market of DEMO_MARKETS) for (const country of market.countries) assert.equal(offered(market.id, country)[0], 'card', `${market.id}/${country}`);
});
