import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pricesIncludeTax } from './channel-spec.js';
import { TEST_SPEC, testItem } from './test-feed.fixture.js';
import { isGtin } from './gtin.js';
import { validateFeedItems } from './validate-feed.js';

test('a complete item goes in with its attributes in the spec\'s order', () => {
  const v = validateFeedItems([testItem()], TEST_SPEC, { country: 'DE' });
  assert.deepEqual(v.problems, []);
  assert.deepEqual([...v.records[0]!.values.keys()], ['id', 'title', 'description', 'link', 'image_link', 'availability', 'price', 'brand', 'mpn', 'shipping']);
  assert.equal(v.records[0]!.values.get('price'), '29.90 EUR');
});

test('every missing or out-of-bounds attribute is reported by product, SKU and field, and the item left out', () => {
  const items = [
    testItem({ imageLinks: [], description: null }),
    testItem({ product: 'tray', sku: 'TRAY-LONG-SKU', title: 'A title far longer than twenty', price: null }),
    testItem({ product: 'bowl', sku: 'BOWL', imageLinks: ['https://a/1.jpg', 'https://a/2.jpg', 'https://a/3.jpg', 'https://a/4.jpg'], link: 'shop/bowl' }),
    testItem({ product: 'ok', sku: 'OK' }),
  ];
  const v = validateFeedItems(items, TEST_SPEC, { country: 'DE' });
  assert.deepEqual(v.records.map((r) => r.sku), ['OK']);
  assert.deepEqual(
    v.problems.map((p) => `${p.product} ${p.sku} ${p.field}`),
    ['silk-scarf SCARF-RED description', 'silk-scarf SCARF-RED image_link', 'tray TRAY-LONG-SKU id', 'tray TRAY-LONG-SKU title', 'tray TRAY-LONG-SKU price', 'bowl BOWL link', 'bowl BOWL additional_image_link'],
  );
  assert.match(v.problems[0]!.message, /required by Test channel; missing/);
  assert.equal(v.problems[3]!.message, 'at most 20 characters; 30 given');
  assert.equal(v.problems[6]!.message, 'at most 2 values; 3 given');
});

test('lengths count characters, not UTF-16 units or bytes', () => {
  const v = validateFeedItems([testItem({ title: '🧣'.repeat(20) })], TEST_SPEC, { country: 'DE' });
  assert.deepEqual(v.problems, []);
  const over = validateFeedItems([testItem({ title: `${'🧣'.repeat(19)}éé` })], TEST_SPEC, { country: 'DE' });
  assert.deepEqual(over.problems.map((p) => p.message), ['at most 20 characters; 21 given']);
});

test('identifiers: a GTIN or an MPN, or identifier_exists = no when there is neither', () => {
  const none = validateFeedItems([testItem({ mpn: null, gtin: null })], TEST_SPEC, { country: 'DE' });
  assert.deepEqual(none.problems, []);
  assert.equal(none.records[0]!.values.get('identifier_exists'), 'no');
  const strict = validateFeedItems([testItem({ mpn: null })], { ...TEST_SPEC, identifiers: { anyOf: ['gtin', 'mpn'], unlessIdentifierExistsNo: false } }, { country: 'DE' });
  assert.deepEqual(strict.problems.map((p) => p.field), ['gtin']);
});

test('shipping is required where the channel needs it for the target country', () => {
  assert.deepEqual(validateFeedItems([testItem({ shipping: [] })], TEST_SPEC, { country: 'DE' }).problems.map((p) => p.field), ['shipping']);
  assert.deepEqual(validateFeedItems([testItem({ shipping: [] })], TEST_SPEC, { country: 'SG' }).problems, []);
});

test('out of stock reads the channel\'s word', () => {
  assert.equal(validateFeedItems([testItem({ available: 0 })], TEST_SPEC, { country: 'DE' }).records[0]!.values.get('availability'), 'out_of_stock');
});

test('tax-inclusive prices: everywhere but the excluded countries, or as the market shows them', () => {
  assert.equal(pricesIncludeTax(TEST_SPEC, 'DE', false), true);
  assert.equal(pricesIncludeTax(TEST_SPEC, 'KR', false), true);
  assert.equal(pricesIncludeTax(TEST_SPEC, 'US', true), false);
  assert.equal(pricesIncludeTax(TEST_SPEC, 'CA', false), false);
  assert.equal(pricesIncludeTax({ taxInclusion: { rule: 'market' } }, 'DE', false), false);
  assert.equal(pricesIncludeTax({ taxInclusion: { rule: 'market' } }, 'US', true), true);
});

test('GTIN check digits (GS1)', () => {
  for (const good of ['4006381333931', '96385074', '036000291452', '10614141000415']) assert.equal(isGtin(good), true, good);
  for (const bad of ['4006381333932', '1234567', '12345678901', 'ABCDEFGHIJKLM', '']) assert.equal(isGtin(bad), false, bad);
});
