import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecimal } from '../decimal/decimal.js';
import { insuranceFromPremium, insuranceFromRate, minimumCover } from './quote-insurance.js';

test('minimum cover is 110 % of the CIF value, rounded up to the cent', () => {
  assert.equal(minimumCover(1_000_000), 1_100_000);
  assert.equal(minimumCover(1_005_531), 1_106_085); // 1,106,084.1 -> up
  assert.equal(minimumCover(1), 2); // 1.1 -> 2: never below the minimum
});

test('a premium rate gives the premium on 110 % of the CIF value that includes it (hand-checked)', () => {
  // CF EUR 10,000.00 at 0.5 %: P = 1.1 x 0.005 x 10,000 / (1 - 1.1 x 0.005) = 55 / 0.9945 = 55.3041 -> 55.31 (up)
  const r = insuranceFromRate(1_000_000, parseDecimal('0.5')!);
  assert.deepEqual(r, { costAndFreightMinor: 1_000_000, premiumMinor: 5_531, cifValueMinor: 1_005_531, minimumCoverMinor: 1_106_085, premiumBasis: '0.5 % of the insured value (110 % of the CIF value)' });
});

test('invariants: the premium pays for at least the rate on the cover, the cover is at least 110 % of CIF, each by under a cent', () => {
  for (const cf of [1, 99, 12_345, 1_000_000, 987_654_321, 5_000_000_000_000]) {
    for (const rate of ['0.01', '0.35', '0.5', '1.275', '9.99']) {
      const d = parseDecimal(rate)!;
      const r = insuranceFromRate(cf, d);
      const scale = 100n * 10n ** BigInt(d.scale);
      // premium x scale >= coef x cover_exact, where cover_exact = 1.1 x (cf + premium)
      const exactCoverTimes10 = 11n * BigInt(r.cifValueMinor);
      assert.ok(BigInt(r.premiumMinor) * scale * 10n >= BigInt(d.coef) * exactCoverTimes10, `${cf} at ${rate}: premium too small`);
      assert.ok(BigInt(r.minimumCoverMinor) * 10n >= exactCoverTimes10 && BigInt(r.minimumCoverMinor - 1) * 10n < exactCoverTimes10, `${cf} at ${rate}: cover not the least 110 %`);
      assert.equal(r.cifValueMinor, cf + r.premiumMinor);
      // rounding up costs at most one cent over the exact premium
      const exact = (11n * BigInt(d.coef) * BigInt(cf) * 1_000n) / (10n * scale - 11n * BigInt(d.coef));
      assert.ok(BigInt(r.premiumMinor) * 1_000n - exact <= 1_000n, `${cf} at ${rate}: premium more than a cent over`);
    }
  }
});

test('a quoted premium keeps its amount; the cover follows from it', () => {
  assert.deepEqual(insuranceFromPremium(2_000_000, 7_000), { costAndFreightMinor: 2_000_000, premiumMinor: 7_000, cifValueMinor: 2_007_000, minimumCoverMinor: 2_207_700, premiumBasis: 'premium as quoted' });
});
