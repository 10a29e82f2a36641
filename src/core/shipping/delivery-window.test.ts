import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addBusinessDays, deliveryWindow } from './delivery-window.js';

/** The slow, obvious way: step one calendar day at a time. */
function reference(date: string, n: number): string {
  let t = Date.parse(`${date}T00:00:00Z`);
  const weekend = (ms: number) => [0, 6].includes(new Date(ms).getUTCDay());
  if (n === 0) {
    while (weekend(t)) t += 86_400_000;
  } else {
    let left = n;
    while (left > 0) {
      t += 86_400_000;
      if (!weekend(t)) left--;
    }
  }
  return new Date(t).toISOString().slice(0, 10);
}

describe('delivery window', () => {
  it('counts business days after the quote date', () => {
    assert.equal(addBusinessDays('2025-05-09', 1), '2025-05-12'); // Friday -> Monday
    assert.equal(addBusinessDays('2025-05-10', 2), '2025-05-13'); // Saturday -> Tuesday
    assert.equal(addBusinessDays('2025-05-11', 0), '2025-05-12'); // Sunday, 0 days -> Monday
    assert.equal(addBusinessDays('2025-05-12', 0), '2025-05-12');
    assert.equal(addBusinessDays('2024-02-27', 3), '2024-03-01'); // across a leap day
    assert.equal(addBusinessDays('2025-12-30', 10), '2026-01-13');
    assert.deepEqual(deliveryWindow({ min: 2, max: 5 }, '2025-05-09'), { minDays: 2, maxDays: 5, earliest: '2025-05-13', latest: '2025-05-16' });
    assert.deepEqual(deliveryWindow({ min: 2, max: 5 }), { minDays: 2, maxDays: 5 });
  });

  it('agrees with stepping day by day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 60 }), (offset, n) => {
        const date = new Date(Date.UTC(1990, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        assert.equal(addBusinessDays(date, n), reference(date, n), `${date} + ${n}`);
      }),
    );
  });
});
