import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateMarket } from './validate-market.js';

const good = {
  id: 'ch',
  name: 'Switzerland',
  countries: ['CH', 'LI'],
  currency: 'CHF',
  locales: ['de', 'fr', 'it', 'en'],
  incoterm: 'DDP',
  taxInclusive: true,
  paymentMethods: ['card', 'twint'],
  pricing: { fxMarkupPercent: '2.5', rounding: { increment: 5, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'up' } },
};

test('a good market is typed, with its decimals parsed', () => {
  const r = validateMarket(good);
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.deepEqual(r.value.pricing.fxMarkupPercent, { coef: 25, scale: 1 });
  assert.equal(r.value.pricing.currency, 'CHF');
});

const bad: Array<[Record<string, unknown>, string]> = [
  [{ id: 'CH' }, 'id'],
  [{ name: '' }, 'name'],
  [{ countries: [] }, 'countries'],
  [{ countries: ['CH', 'XX'] }, 'countries[1]'],
  [{ countries: ['CH', 'CH'] }, 'countries'],
  [{ currency: 'CHFF' }, 'currency'],
  [{ locales: ['de', 'DE-de'] }, 'locales[1]'],
  [{ incoterm: 'EXW' }, 'incoterm'],
  [{ taxInclusive: 'yes' }, 'taxInclusive'],
  [{ paymentMethods: ['Card!'] }, 'paymentMethods[0]'],
  [{ pricing: { ...good.pricing, fxMarkupPercent: 2 } }, 'pricing.fxMarkupPercent'],
  [{ pricing: { ...good.pricing, fxMarkupPercent: '75' } }, 'pricing.fxMarkupPercent'],
  [{ pricing: { ...good.pricing, rounding: { increment: 0.05, mode: 'half-up' } } }, 'pricing.rounding.increment'],
  [{ pricing: { ...good.pricing, rounding: { increment: 5, mode: 'bankers' } } }, 'pricing.rounding.mode'],
  [{ pricing: { ...good.pricing, charm: { modulus: 100, ending: 100, direction: 'up' } } }, 'pricing.charm.ending'],
  [{ pricing: { ...good.pricing, charm: { modulus: 100, ending: 90, direction: 'sideways' } } }, 'pricing.charm.direction'],
];
for (const [change, field] of bad) {
  test(`rejects a bad ${field}`, () => {
    const r = validateMarket({ ...good, ...change });
    assert.equal(r.ok, false);
    if (!r.ok) assert.ok(r.details?.some((d) => d.field === field), JSON.stringify(r.details));
  });
}

test('rejects what is not an object', () => {
  for (const x of [null, [], 'ch', 3]) assert.equal(validateMarket(x).ok, false);
});
