import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateRateCard } from './validate-rate-card.js';
import { TEST_CARD } from './test-card.fixture.js';

const fields = (input: unknown): string[] => {
  const r = validateRateCard(input);
  assert.equal(r.ok, false, 'expected the card to be refused');
  return r.ok ? [] : (r.details ?? []).map((d) => d.field).sort();
};

describe('validateRateCard', () => {
  it('accepts a good card as it is and fills the defaults', () => {
    const r = validateRateCard(JSON.parse(JSON.stringify(TEST_CARD)));
    assert.ok(r.ok);
    assert.deepEqual(r.value, TEST_CARD);
    const minimal = validateRateCard({ currency: 'EUR', zones: [{ id: 'all', countries: ['NL'], transitDays: { min: 1, max: 2 }, breaks: [{ upToG: 2000, price: 695 }] }], extra: 'ignored' });
    assert.ok(minimal.ok);
    assert.deepEqual(minimal.value, { currency: 'EUR', weightStepG: 1, fuelSurchargePercent: '0', zones: [{ id: 'all', countries: ['NL'], transitDays: { min: 1, max: 2 }, breaks: [{ upToG: 2000, price: 695 }] }], remoteAreas: [] });
  });

  it('names every bad field at once, by path', () => {
    const bad = {
      currency: 'usd',
      weightStepG: 0,
      volumetricDivisor: 50.5,
      fuelSurchargePercent: 18.5,
      maxWeightG: -1,
      zones: [
        { id: 'Europe!', countries: ['DE', 'de', 'DE'], transitDays: { min: 5, max: 3 }, breaks: [{ upToG: 1000, price: 3500 }, { upToG: 500, price: 2800 }, { upToG: 2000, price: 100 }], additional: { stepG: 250, price: -1 } },
        { id: 'asia', countries: [], transitDays: 'fast', breaks: [] },
        { id: 'asia', countries: ['FR', 'DE'], transitDays: { min: 1, max: 2 }, breaks: [{ upToG: 1.5, price: '12.00' }] },
      ],
      remoteAreas: [{ country: 'GB', from: 'ZE', to: 'Z', amount: 3000 }, { country: 'XX', from: '99', to: '10', amount: 1.5 }, { country: 'US', from: '99#', to: '', amount: 0 }, 'Alaska'],
    };
    assert.deepEqual(fields(bad), [
      'currency',
      'fuelSurchargePercent',
      'maxWeightG',
      'remoteAreas[0].to',
      'remoteAreas[1].amount',
      'remoteAreas[1].country',
      'remoteAreas[1].to',
      'remoteAreas[2].from',
      'remoteAreas[2].to',
      'remoteAreas[3]',
      'volumetricDivisor',
      'weightStepG',
      'zones[0].additional.price',
      'zones[0].additional.stepG',
      'zones[0].breaks[1].price',
      'zones[0].breaks[1].upToG',
      'zones[0].breaks[2].price',
      'zones[0].countries[1]',
      'zones[0].countries[2]',
      'zones[0].id',
      'zones[0].transitDays.max',
      'zones[1].breaks',
      'zones[1].countries',
      'zones[1].transitDays',
      'zones[2].breaks[0].price',
      'zones[2].breaks[0].upToG',
      'zones[2].countries[1]',
      'zones[2].id',
    ].sort());
  });

  it('refuses a country in two zones and a repeated zone id, naming where', () => {
    const card = { ...TEST_CARD, zones: [...TEST_CARD.zones, { id: 'asia', countries: ['KR', 'FR'], transitDays: { min: 1, max: 1 }, breaks: [{ upToG: 100, price: 1 }] }] };
    const r = validateRateCard(card);
    assert.ok(!r.ok);
    assert.deepEqual(r.details?.map((d) => d.field), ['zones[2].id', 'zones[2].countries[1]']);
    assert.match(r.message, /FR is already in zone europe/);
  });

  it('refuses what is not a card', () => {
    for (const input of [null, [], 'card', 3]) assert.deepEqual(fields(input), ['body']);
    assert.deepEqual(fields({ currency: 'USD' }), ['zones']);
    assert.deepEqual(fields({ currency: 'USD', zones: [{ id: 'a', countries: ['US'], transitDays: { min: 1, max: 2 }, breaks: [{ upToG: 1, price: 1 }] }], fuelSurchargePercent: '100.5' }), ['fuelSurchargePercent']);
  });

  it('keeps remote ranges normalized', () => {
    const r = validateRateCard({ ...TEST_CARD, remoteAreas: [{ country: 'GB', from: 'ze', to: 'hs ', amount: 1 }] });
    assert.ok(!r.ok, 'to before from');
    const good = validateRateCard({ ...TEST_CARD, remoteAreas: [{ country: 'JP', from: '900-0', to: '907-9', amount: 1 }] });
    assert.ok(good.ok);
    assert.deepEqual(good.value.remoteAreas, [{ country: 'JP', from: '9000', to: '9079', amount: 1 }]);
  });
});
