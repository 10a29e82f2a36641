import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createReferenceCache } from './reference-cache.js';

test('a value is loaded once within the time to live, again after it, and at once after a clear', async () => {
  let t = 0;
  let loads = 0;
  const cache = createReferenceCache({ ttlMs: 5_000, now: () => t });
  const load = async () => ++loads;
  assert.equal(await cache.get('k', load), 1);
  t = 4_999;
  assert.equal(await cache.get('k', load), 1);
  t = 5_000;
  assert.equal(await cache.get('k', load), 2);
  cache.clear();
  assert.equal(await cache.get('k', load), 3);
});

test('concurrent reads share one load; a failed load is not kept', async () => {
  let loads = 0;
  const cache = createReferenceCache({ ttlMs: 5_000, now: () => 0 });
  const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 5));
  const [a, b] = await Promise.all([cache.get('k', slow), cache.get('k', slow)]);
  assert.deepEqual([a, b, loads], [1, 1, 1]);
  await assert.rejects(cache.get('bad', () => Promise.reject(new Error('down'))));
  assert.equal(await cache.get('bad', async () => 'up'), 'up');
});

test('a load that started before a clear is not kept after it', async () => {
  let release!: (v: string) => void;
  const cache = createReferenceCache({ ttlMs: 5_000, now: () => 0 });
  const old = cache.get('k', () => new Promise<string>((r) => (release = r)));
  cache.clear();
  release('old');
  assert.equal(await old, 'old');
  await new Promise((r) => setImmediate(r));
  assert.equal(await cache.get('k', async () => 'new'), 'new');
});

test('with a time to live of 0 nothing is kept', async () => {
  let loads = 0;
  const cache = createReferenceCache({ ttlMs: 0 });
  await cache.get('k', async () => ++loads);
  await cache.get('k', async () => ++loads);
  assert.equal(loads, 2);
});
