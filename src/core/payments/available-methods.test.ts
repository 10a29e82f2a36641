import assert from 'node:assert/strict';
import { test } from 'node:test';
import { availableMethods, indexMethods } from './available-methods.js';
import { describeUnavailable, type PaymentMethod } from './payment-method.js';

const m = (id: string, countries: PaymentMethod['countries'], currencies: PaymentMethod['currencies']): PaymentMethod => ({ id, name: id, kind: 'redirect', countries, currencies, flow: 'redirect', manualCapture: false });
const catalog = indexMethods([m('card', 'all', 'all'), m('ideal', ['NL'], ['EUR']), m('paypal', 'all', ['EUR', 'USD']), m('bancontact', ['BE'], ['EUR'])]);

test("the market's methods that fit the buyer's country and currency, in the market's order", () => {
  const nl = availableMethods({ marketMethods: ['card', 'paypal', 'ideal'], country: 'NL', currency: 'EUR' }, catalog);
  assert.deepEqual(nl.methods.map((x) => x.id), ['card', 'paypal', 'ideal']);
  assert.deepEqual(nl.skipped, []);
  const de = availableMethods({ marketMethods: ['card', 'paypal', 'ideal'], country: 'DE', currency: 'EUR' }, catalog);
  assert.deepEqual(de.methods.map((x) => x.id), ['card', 'paypal']);
  assert.deepEqual(de.skipped, [{ id: 'ideal', reason: 'country' }]);
});

test('a method the market does not list is never offered, even where it would fit', () => {
  const be = availableMethods({ marketMethods: ['card', 'ideal'], country: 'BE', currency: 'EUR' }, catalog);
  assert.deepEqual(be.methods.map((x) => x.id), ['card']);
  const listed = availableMethods({ marketMethods: ['card', 'bancontact'], country: 'BE', currency: 'EUR' }, catalog);
  assert.deepEqual(listed.methods.map((x) => x.id), ['card', 'bancontact']);
});

test('unknown ids and wrong currencies are skipped and reported; duplicates count once', () => {
  const r = availableMethods({ marketMethods: ['card', 'sofort', 'paypal', 'card'], country: 'KR', currency: 'KRW' }, catalog);
  assert.deepEqual(r.methods.map((x) => x.id), ['card']);
  assert.deepEqual(r.skipped, [
    { id: 'sofort', reason: 'unknown' },
    { id: 'paypal', reason: 'currency' },
  ]);
  assert.match(describeUnavailable('paypal', 'currency', 'KR', 'KRW', 'PayPal'), /PayPal cannot charge in KRW/);
  assert.throws(() => indexMethods([m('card', 'all', 'all'), m('card', 'all', 'all')]), /twice/);
});
