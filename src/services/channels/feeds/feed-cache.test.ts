import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createFeedCache, feedBytes, type BuiltFeed } from './feed-cache.js';

const feed = (items: number, fileBytes = 0): BuiltFeed => ({
  stamp: 's',
  records: Array.from({ length: items }, () => ({}) as never),
  problems: [],
  locale: 'en',
  taxIncluded: true,
  storeName: 'Store',
  fx: { from: 'USD', to: 'EUR', rate: '0.9', rateDate: '2026-11-27', source: 'ECB', stale: false },
  generatedAt: new Date(0),
  files: new Map(fileBytes > 0 ? [['xml', { body: Buffer.alloc(fileBytes), etag: '"e"' }]] : []),
});

test('the feed cache keeps at most maxEntries feeds, dropping the least recently used', () => {
  const cache = createFeedCache({ maxEntries: 2 });
  cache.set('a', feed(1));
  cache.set('b', feed(1));
  assert.ok(cache.get('a')); // a is now the most recently used
  cache.set('c', feed(1));
  assert.equal(cache.get('b'), undefined);
  assert.ok(cache.get('a'));
  assert.ok(cache.get('c'));
});

test('the feed cache stays within its bytes, counting files written after the feed was kept, and never drops the feed in use', () => {
  const cache = createFeedCache({ maxBytes: 100_000 });
  cache.set('a', feed(10, 40_000));
  cache.set('b', feed(10));
  assert.ok(cache.get('a') && cache.get('b'));
  const b = cache.get('b')!;
  b.files.set('xml', { body: Buffer.alloc(60_000), etag: '"x"' });
  cache.fit('b');
  assert.equal(cache.get('a'), undefined, 'a is dropped to make room for b');
  assert.equal(cache.get('b'), b);
  // A feed bigger than the whole budget is still served from memory while it is the one in use.
  const huge = feed(10, 200_000);
  cache.set('c', huge);
  assert.equal(cache.get('c'), huge);
  assert.equal(cache.get('b'), undefined);
  assert.equal(feedBytes(huge), 200_000 + 10 * 1_500);
});
