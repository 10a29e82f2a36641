import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { quoteRate } from './quote-rate.js';
import type { RateCard } from './rate-card.js';
import { TEST_CARD } from './test-card.fixture.js';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('quoteRate', () => {
  it('prices the first break at or above the chargeable weight, adds fuel on the base only', () => {
    const q = value(quoteRate(TEST_CARD, { weightG: 1840, volumeMm3: 0 }, { country: 'DE', postalCode: '10115' }));
    assert.equal(q.zoneId, 'europe');
    assert.deepEqual([q.actualWeightG, q.volumetricWeightG, q.chargeableWeightG], [1840, 0, 2000]);
    // 18.5% of USD 47.00 = 8.695 -> 8.70 (half-up)
    assert.deepEqual([q.baseFreight, q.fuelSurcharge, q.remoteSurcharge, q.total], [4700, 870, 0, 5570]);
    assert.deepEqual(q.transitDays, { min: 3, max: 5 });
    assert.match(q.explanation.join('\n'), /fuel surcharge 18\.5% of USD 47\.00 = USD 8\.70/);
  });

  it('rounds the chargeable weight up to the step: 2,001 g on half-kilo steps is 2.5 kg', () => {
    const q = value(quoteRate(TEST_CARD, { weightG: 2001, volumeMm3: 0 }, { country: 'FR' }));
    assert.equal(q.chargeableWeightG, 2500);
    assert.equal(q.baseFreight, 4700 + 550);
    const exact = value(quoteRate(TEST_CARD, { weightG: 500, volumeMm3: 0 }, { country: 'FR' }));
    assert.deepEqual([exact.chargeableWeightG, exact.baseFreight], [500, 2800]);
  });

  it('charges volumetric weight when a light parcel is bulky', () => {
    // 40 x 30 x 20 cm = 24,000 cm³ / 5000 = 4.8 kg, against 0.9 kg actual -> 5 kg chargeable.
    const bulky = value(quoteRate(TEST_CARD, { weightG: 900, volumeMm3: 400 * 300 * 200 }, { country: 'DE' }));
    assert.deepEqual([bulky.volumetricWeightG, bulky.chargeableWeightG], [4800, 5000]);
    assert.equal(bulky.baseFreight, 4700 + 6 * 550);
    assert.match(bulky.explanation[0]!, /24000 cm³ \/ 5000 cm³ per kg = 4\.8 kg; chargeable 5 kg \(the volumetric weight/);
    const dense = value(quoteRate(TEST_CARD, { weightG: 4800, volumeMm3: 100 * 100 * 100 }, { country: 'DE' }));
    assert.equal(dense.chargeableWeightG, 5000);
    assert.match(dense.explanation[0]!, /the actual weight/);
  });

  it('adds the largest remote-area surcharge whose range holds the normalized postal code', () => {
    const sylt = value(quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'DE', postalCode: '25980' }));
    assert.equal(sylt.remoteSurcharge, 2500, 'both 25980-25999 and 259 hold it; the larger applies');
    const other = value(quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'DE', postalCode: '25900' }));
    assert.equal(other.remoteSurcharge, 1000);
    const shetland = value(quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'GB', postalCode: 'ze1 0aa' }));
    assert.equal(shetland.remoteSurcharge, 3000);
    assert.equal(shetland.total, 2800 + 518 + 3000);
    const wrongCountry = value(quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'FR', postalCode: '25980' }));
    assert.equal(wrongCountry.remoteSurcharge, 0);
    const unknown = value(quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'DE' }));
    assert.equal(unknown.remoteSurcharge, 0);
    assert.ok(unknown.explanation.some((l) => /not checked/.test(l)));
  });

  it('fails clearly: no zone, over the maximum, past the last break without additional, bad postal code', () => {
    const noZone = quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'BR' });
    assert.deepEqual(noZone.ok ? undefined : [noZone.code, noZone.field], ['SHIPPING_ZONE_NOT_FOUND', 'destination.country']);
    const heavy = quoteRate(TEST_CARD, { weightG: 30_001, volumeMm3: 0 }, { country: 'DE' });
    assert.deepEqual(heavy.ok ? undefined : [heavy.code, heavy.field], ['PARCEL_TOO_HEAVY', 'parcel.weightG']);
    const pastBreaks = quoteRate(TEST_CARD, { weightG: 5001, volumeMm3: 0 }, { country: 'JP' });
    assert.equal(pastBreaks.ok ? undefined : pastBreaks.code, 'PARCEL_TOO_HEAVY');
    const badCode = quoteRate(TEST_CARD, { weightG: 400, volumeMm3: 0 }, { country: 'DE', postalCode: '12#45' });
    assert.deepEqual(badCode.ok ? undefined : [badCode.code, badCode.field], ['VALIDATION_FAILED', 'destination.postalCode']);
    const zeroWeight = quoteRate(TEST_CARD, { weightG: 0, volumeMm3: 0 }, { country: 'DE' });
    assert.equal(zeroWeight.ok ? undefined : zeroWeight.field, 'parcel.weightG');
  });

  it('whole grams and no volumetric weight when the card says so; no fuel line at 0%', () => {
    const postal: RateCard = { ...TEST_CARD, weightStepG: 1, volumetricDivisor: undefined, fuelSurchargePercent: '0' };
    const q = value(quoteRate(postal, { weightG: 501, volumeMm3: 999_999_999 }, { country: 'DE' }));
    assert.deepEqual([q.volumetricWeightG, q.chargeableWeightG, q.baseFreight, q.fuelSurcharge], [undefined, 501, 3500, 0]);
    assert.ok(!q.explanation.some((l) => /fuel/.test(l)));
  });

  describe('properties', () => {
    const parcel = fc.record({ weightG: fc.integer({ min: 1, max: 30_000 }), volumeMm3: fc.integer({ min: 0, max: 200_000_000 }) });
    const destination = fc.record({ country: fc.constantFrom('DE', 'FR', 'GB'), postalCode: fc.constantFrom(undefined, '10115', '25985', 'ZE2 9AB', '25901') });

    it('the total never decreases when the weight or the volume grows', () => {
      fc.assert(
        fc.property(parcel, destination, fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 50_000_000 }), (p, d, extraG, extraV) => {
          const a = quoteRate(TEST_CARD, p, d);
          const b = quoteRate(TEST_CARD, { weightG: Math.min(30_000, p.weightG + extraG), volumeMm3: p.volumeMm3 + extraV }, d);
          assert.ok(a.ok && b.ok);
          assert.ok(b.value.total >= a.value.total, `${JSON.stringify(p)} -> ${b.value.total} < ${a.value.total}`);
        }),
      );
    });

    it('the total is base + fuel + remote; the chargeable weight covers both weights, on a step, less than a step over', () => {
      fc.assert(
        fc.property(parcel, destination, (p, d) => {
          const q = value(quoteRate(TEST_CARD, p, d));
          assert.equal(q.total, q.baseFreight + q.fuelSurcharge + q.remoteSurcharge);
          const heavier = Math.max(q.actualWeightG, q.volumetricWeightG ?? 0);
          assert.ok(q.chargeableWeightG >= heavier && q.chargeableWeightG < heavier + 500 && q.chargeableWeightG % 500 === 0);
          assert.ok(q.volumetricWeightG! * 5000 >= p.volumeMm3 && (q.volumetricWeightG! - 1) * 5000 < p.volumeMm3, 'volumetric rounded up to the gram');
          // 18.5% of the base, half-up: |fuel x 1000 - base x 185| <= 500
          assert.ok(Math.abs(q.fuelSurcharge * 1000 - q.baseFreight * 185) <= 500);
          assert.ok(Number.isSafeInteger(q.total));
        }),
      );
    });
  });
});
