import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { guessFormat, prepareCatalogImport, type PreparedCatalog } from './prepare-catalog-import.js';

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/catalog/', import.meta.url));
const HEADER = 'handle,hs_code,origin_country,title_en,sku,price,currency,weight_kg';

function prepare(text: string | Uint8Array, name = 'file.csv', options = {}) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return prepareCatalogImport({ location: name, name, bytes, sha256: '0'.repeat(64) }, options);
}
function fixture(name: string, options = {}) {
  return prepare(new Uint8Array(fs.readFileSync(FIXTURES + name)), name, options);
}
function ok(r: ReturnType<typeof prepare>): PreparedCatalog {
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}
const lines = (p: PreparedCatalog) => p.errors.map((e) => `${e.line} ${e.message}`);

test('a good CSV becomes products: rows grouped by handle, columns mapped, units converted', () => {
  const p = ok(fixture('good.csv'));
  assert.deepEqual(p.read, { rows: 5, products: 3 });
  assert.deepEqual(p.errors, []);
  const [robusta, tea, scarf] = p.products.map((x) => x.product);
  assert.equal(robusta!.hsCode, '090111');
  assert.deepEqual(robusta!.categories, ['coffee', 'beans']);
  assert.deepEqual(robusta!.nationalCodes, [{ territory: 'EU', code: '09011100' }, { territory: 'US', code: '0901110020' }]);
  assert.deepEqual(robusta!.translations.map((t) => t.locale), ['de', 'en', 'ja', 'zh-Hans']);
  assert.equal(robusta!.translations[1]!.description, 'Dark roasted beans from the Central Highlands.\nStrong, with notes of cocoa.');
  assert.deepEqual(robusta!.variants.map((v) => [v.sku, v.options, v.price.amount, v.weightG, v.dimensionsMm, v.barcode]), [
    ['ROB-250-W', { size: '250 g', grind: 'whole' }, 850, 250, { length: 150, width: 80, height: 50 }, '4006381333931'],
    ['ROB-250-G', { size: '250 g', grind: 'ground' }, 850, 250, { length: 150, width: 80, height: 50 }, null],
    ['ROB-1K-W', { size: '1 kg', grind: 'whole' }, 2800, 1020, { length: 250, width: 150, height: 80 }, null],
  ]);
  // A quoted description spanning two lines: the next product starts on line 6, not 5.
  assert.deepEqual(p.products.map((x) => [x.line, x.rows]), [[2, 3], [6, 1], [7, 1]]);
  assert.equal(tea!.status, 'draft');
  assert.deepEqual(tea!.variants[0]!.options, { size: '100 g' });
  assert.deepEqual(scarf!.images.map((i) => i.url), ['https://cdn.example.com/scarf-1.jpg', 'https://cdn.example.com/scarf-2.jpg']);
  assert.equal(scarf!.material, '100% silk');
});

test('bad rows are reported by line and column; their products are refused, the others kept', () => {
  const p = ok(fixture('with-errors.csv'));
  assert.deepEqual(p.products.map((x) => x.product.handle), ['good-one', 'good-two']);
  assert.deepEqual(p.read, { rows: 14, products: 9 });
  assert.deepEqual(p.rejected, { rows: 11, products: 7 });
  const got = lines(p);
  for (const expected of [
    /^4 price USD has 2 decimal places; "10\.005" has more$/,
    /^5 price must not be negative$/,
    /^6 handle is empty/,
    /^8 hs_code "090112" disagrees with line 7 \("090111"\) of the product "disagree"/,
    /^9 sku "DUP-1" is also on line 10/,
    /^10 sku "DUP-1" is also on line 9/,
    /^11 hs_code must be a 6-digit HS subheading/,
    /^11 origin_country must be an ISO 3166-1 alpha-2/,
    /^11 currency must be an ISO 4217 currency code, got "usd"/,
    /^11 weight_kg must be a weight in kilograms above 0/,
    /^11 width_cm must be centimetres/,
    /^12 title_en is required/,
    /^15 the row has 15 fields, the header has 13$/,
    /^15 the product "broken" is not imported because this row of it is broken$/,
  ]) {
    assert.ok(got.some((l) => expected.test(l)), `${expected} in\n${got.join('\n')}`);
  }
});

test('an unusable file is refused whole, saying why', () => {
  const cases: Array<[ReturnType<typeof prepare>, RegExp]> = [
    [fixture('missing-columns.csv'), /missing required columns origin_country, currency, weight_kg/],
    [fixture('unknown-columns.csv'), /column "colour": is not a catalog column; column "titel_de": is not a catalog column/],
    [fixture('latin1.csv'), /not UTF-8/],
    [fixture('malformed.json'), /malformed JSON at line 3/],
    [prepare(''), /the file is empty/],
    [prepare(`${HEADER}\n`), /header but no data rows/],
    [prepare(`${HEADER},title_en\nx,090111,VN,X,X-1,1.00,USD,1,Y\n`), /column "title_en" appears twice/],
    [prepare(`${HEADER},title_english\nx,090111,VN,X,X-1,1.00,USD,1,Y\n`), /"english" is not a locale tag/],
    [prepare(`${HEADER},national_code_usa\nx,090111,VN,X,X-1,1.00,USD,1,Y\n`), /2-letter country code or EU/],
    [prepare(`${HEADER}\nx,090111,VN,X,X-1,1.001,USD,1\n`), /no usable products: all 1 refused \(first: line 2: price USD has 2 decimal places/],
    [prepare('{"handle": "x"}', 'x.json'), /must be an array of products/],
    [prepare('[]', 'x.json'), /holds no products/],
    [prepare(`${HEADER}\n"unclosed,090111\n`), /malformed CSV/],
    [prepare(new Uint8Array([0xff, 0xfe, 0x68, 0x00])), /UTF-16/],
  ];
  for (const [r, reason] of cases) {
    assert.ok(!r.ok, String(reason));
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.match(r.message, reason);
  }
});

test('CRLF line ends, a byte-order mark, case-insensitive headers and blank product cells are accepted', () => {
  const text = `\ufeffHANDLE,HS_Code,origin_country,Title_EN,title_de,SKU,Option_Size,price,currency,weight_kg\r\nx,090111,VN,X,Y,X-1,S,1.00,USD,1\r\n\r\nx,,,,,X-2,M,2.00,USD,2\r\n`;
  const p = ok(prepare(text));
  assert.equal(p.products.length, 1);
  const product = p.products[0]!.product;
  assert.deepEqual(product.variants.map((v) => [v.sku, v.options]), [['X-1', { Size: 'S' }], ['X-2', { Size: 'M' }]]);
  assert.deepEqual(product.translations.map((t) => [t.locale, t.title]), [['de', 'Y'], ['en', 'X']]);
  assert.deepEqual(p.products[0]!.skuLines, new Map([['X-1', 2], ['X-2', 4]]));
});

test('hostile CSV: prototype keys as option columns, huge and control-character cells', () => {
  const text =
    `${HEADER},option___proto__,option_constructor\n` +
    `x,090111,VN,X,X-1,1.00,USD,1,a,b\n` +
    `y,090111,VN,"${'t'.repeat(100_000)}",Y-1,1.00,USD,1,,\n` +
    `z,090111,VN,"bad\u0007bell",Z-1,1.00,USD,1,,\n` +
    `ok,090111,VN,Fine,OK-1,1.00,USD,1,,\n`;
  const p = ok(prepare(text, 'file.csv'));
  assert.deepEqual(p.products.map((x) => x.product.handle), ['ok']);
  assert.deepEqual(lines(p), [
    '2 option___proto__ is not allowed as an option name',
    '2 option_constructor is not allowed as an option name',
    '3 title_en must be at most 200 characters',
    '4 title_en must not contain control characters or line breaks',
  ]);
  assert.equal(({} as Record<string, unknown>).a, undefined);
});

test('JSON: elements are located by line; duplicate handles and SKUs refuse every product involved', () => {
  const json = JSON.stringify(
    [
      { handle: 'a', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'A' } }, variants: [{ sku: 'A-1', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] },
      { handle: 'a', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'A again' } }, variants: [{ sku: 'A-2', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] },
      { handle: 'b', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'B' } }, variants: [{ sku: 'SHARED', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] },
      { handle: 'c', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'C' } }, variants: [{ sku: 'SHARED', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] },
      { handle: 'd', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'D' } }, variants: [{ sku: 'D-1', price: { amount: '1.001', currency: 'USD' }, weightKg: 1 }] },
      { handle: 'e', hsCode: '090111', originCountry: 'VN', translations: { en: { title: 'E' } }, variants: [{ sku: 'E-1', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] },
      'not a product',
    ],
    null,
    1,
  );
  const p = ok(prepare(json, 'catalog.json'));
  assert.deepEqual(p.products.map((x) => x.product.handle), ['e']);
  assert.deepEqual(p.rejected, { rows: 6, products: 6 });
  const got = lines(p);
  assert.ok(got.some((l) => /^2 handle "a" is also used on line \d+/.test(l)), got.join('\n'));
  assert.ok(got.some((l) => /sku "SHARED" is also on line/.test(l)));
  assert.ok(got.some((l) => /variants\[0\]\.price\.amount USD has 2 decimal places/.test(l)));
  assert.ok(got.some((l) => /product 7 must be a JSON object/.test(l)));
});

test('prices must be in the base currency once it is known', () => {
  const p = ok(fixture('good.json', { baseCurrency: 'USD' }));
  assert.equal(p.products.length, 2);
  const eur = fixture('good.json', { baseCurrency: 'EUR' });
  assert.ok(!eur.ok);
  assert.match(eur.message, /store's base currency EUR/);
});

test('the format comes from the option, the extension, then the first character', () => {
  assert.equal(guessFormat('a.JSON', 'x'), 'json');
  assert.equal(guessFormat('a.csv', '['), 'csv');
  assert.equal(guessFormat('catalog', '  [ {}'), 'json');
  assert.equal(guessFormat('catalog', 'handle,sku'), 'csv');
  const forced = prepare(`${HEADER}\nx,090111,VN,X,X-1,1.00,USD,1\n`, 'data.json', { format: 'csv' });
  assert.ok(forced.ok);
});
