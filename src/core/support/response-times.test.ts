import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearestRank, responseTimes, type ConversationTiming } from './response-times.js';

test('nearest-rank percentiles pick values that occurred', () => {
  assert.equal(nearestRank([], 50), null);
  assert.equal(nearestRank([7], 90), 7);
  assert.equal(nearestRank([1, 2, 3, 4], 50), 2);
  assert.equal(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90), 9);
  assert.equal(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90), 10);
});

test('figures per market: medians, p90, share within target, unanswered and open counted apart', () => {
  const t = (market: string | null, firstResponse: number | null, resolution: number | null): ConversationTiming => ({ market, firstResponse, firstResponseTarget: 60, resolution, resolutionTarget: 480 });
  const r = responseTimes([t('eu', 30, 200), t('eu', 90, 500), t('eu', 45, null), t('jp', null, null), t(null, 10, 20)]);
  assert.deepEqual(r.markets.map((m) => m.market), ['eu', 'jp', null]);
  const eu = r.markets[0]!;
  assert.deepEqual(eu.firstResponse, { count: 3, median: 45, p90: 90, withinTarget: 2, withinTargetPercent: 66.7 });
  assert.deepEqual(eu.resolution, { count: 2, median: 200, p90: 500, withinTarget: 1, withinTargetPercent: 50 });
  assert.deepEqual([eu.conversations, eu.unanswered, eu.open], [3, 0, 1]);
  assert.deepEqual(r.markets[1]!.firstResponse, { count: 0, median: null, p90: null, withinTarget: 0, withinTargetPercent: null });
  assert.equal(r.all.conversations, 5);
  assert.equal(r.all.firstResponse.median, 30);
});
