import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildParcel } from './build-parcel.js';

describe('buildParcel', () => {
  it('sums weights and packed volumes times quantities; items without dimensions add weight only', () => {
    const r = buildParcel([
      { weightG: 540, dimensionsMm: { length: 240, width: 140, height: 80 }, quantity: 2 },
      { weightG: 120, dimensionsMm: undefined, quantity: 3 },
    ]);
    assert.deepEqual(r, { ok: true, value: { weightG: 1080 + 360, volumeMm3: 2 * 240 * 140 * 80 } });
  });

  it('refuses a parcel whose numbers are not exact', () => {
    const r = buildParcel([{ weightG: 1, dimensionsMm: { length: 2 ** 31, width: 2 ** 31, height: 2 ** 31 }, quantity: 1 }]);
    assert.equal(r.ok ? undefined : r.field, 'lines');
  });
});
