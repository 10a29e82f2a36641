import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toFeedRecord } from '../../core/channels/feeds/feed-record.js';
import { pricesIncludeTax } from '../../core/channels/feeds/channel-spec.js';
import { validateFeedItems } from '../../core/channels/feeds/validate-feed.js';
import { testItem } from '../../core/channels/feeds/test-feed.fixture.js';
import { CHANNEL_FEED_SPECS } from './index.js';

const google = CHANNEL_FEED_SPECS.google;
const meta = CHANNEL_FEED_SPECS.meta;
const attr = (spec: typeof google, name: string) => spec.attributes.find((a) => a.name === name);

test('the required attributes of each channel', () => {
  const required = (spec: typeof google) => spec.attributes.filter((a) => a.required).map((a) => a.name).sort();
  assert.deepEqual(required(google), ['availability', 'brand', 'condition', 'description', 'id', 'image_link', 'link', 'price', 'title']);
  assert.deepEqual(required(meta), ['availability', 'brand', 'condition', 'description', 'id', 'image_link', 'link', 'price', 'title']);
  assert.deepEqual(google.identifiers, { anyOf: ['gtin', 'mpn'], unlessIdentifierExistsNo: true });
});

test('title limits: 150 characters on Google, 200 on Meta', () => {
  assert.equal(attr(google, 'title')?.maxLength, 150);
  assert.equal(attr(meta, 'title')?.maxLength, 200);
  const title = 'x'.repeat(151);
  assert.deepEqual(validateFeedItems([testItem({ title })], google, { country: 'SG' }).problems.map((p) => p.field), ['title']);
  assert.deepEqual(validateFeedItems([testItem({ title })], meta, { country: 'SG' }).problems, []);
});

test('Google: tax-inclusive prices except in the US and Canada; Meta: as the market shows them', () => {
  assert.equal(pricesIncludeTax(google, 'US', false), false);
  assert.equal(pricesIncludeTax(google, 'CA', false), false);
  assert.equal(pricesIncludeTax(google, 'KR', false), true);
  assert.equal(pricesIncludeTax(google, 'DE', true), true);
  assert.equal(pricesIncludeTax(meta, 'KR', false), false);
});

test('every attribute a spec lists is one the core fills from an item', () => {
  const full = testItem({ salePrice: { amount: '19.90', currency: 'EUR' }, gtin: '4006381333931', options: { colour: 'red', size: 'M' }, imageLinks: ['https://a/1.jpg', 'https://a/2.jpg'] });
  for (const spec of [google, meta]) {
    const record = toFeedRecord(full, spec);
    const empty = spec.attributes.map((a) => a.name).filter((n) => !record.values.has(n) && n !== 'identifier_exists');
    assert.deepEqual(empty, [], spec.name);
    const v = validateFeedItems([full], spec, { country: 'DE' });
    assert.deepEqual(v.problems, [], spec.name);
  }
});

test('Meta writes its own availability words', () => {
  assert.equal(toFeedRecord(testItem({ available: 0 }), meta).values.get('availability'), 'out of stock');
  assert.equal(toFeedRecord(testItem(), meta).values.get('availability'), 'in stock');
});
