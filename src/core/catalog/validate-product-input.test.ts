import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProductInput } from './product-input.js';
import { productToInput } from './product-to-input.js';
import { validateProductInput } from './validate-product-input.js';
import { hasValidGtinCheckDigit } from './validate-variant.js';

const base = (): ProductInput => ({
  handle: 'robusta-beans-500g',
  hsCode: '090111',
  originCountry: 'VN',
  translations: { en: { title: 'Robusta coffee beans' } },
  variants: [{ sku: 'ROB-500', price: { amount: '12.50', currency: 'USD' }, weightKg: '0.5' }],
});

/** The input with `change` applied at a dotted path (array indexes as numbers). */
function withField(path: string, value: unknown): unknown {
  const input = JSON.parse(JSON.stringify(base())) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = input;
  for (const k of keys.slice(0, -1)) {
    at[k] ??= {};
    at = at[k] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return input;
}

function fieldsOf(input: unknown, options = {}): string[] {
  const r = validateProductInput(input, options);
  if (r.ok) return [];
  assert.equal(r.code, 'VALIDATION_FAILED');
  return (r.details ?? []).map((d) => d.field);
}

test('a minimal product is accepted with defaults, in stored units', () => {
  const r = validateProductInput(base());
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.deepEqual(r.value, {
    handle: 'robusta-beans-500g',
    status: 'active',
    hsCode: '090111',
    nationalCodes: [],
    originCountry: 'VN',
    material: null,
    categories: [],
    tags: [],
    images: [],
    translations: [{ locale: 'en', title: 'Robusta coffee beans', description: null, customsDescription: null }],
    variants: [{ sku: 'ROB-500', options: {}, price: { amount: 1250, currency: 'USD' }, weightG: 500, dimensionsMm: null, barcode: null }],
  });
});

test('a full product is normalized: codes cleaned, locales canonical, text trimmed and NFC', () => {
  const r = validateProductInput({
    ...base(),
    status: 'draft',
    hsCode: '0901.11',
    nationalCodes: { us: '0901.11.0020', EU: '09011100' },
    material: ' 100% Robusta ',
    categories: ['coffee', 'coffee', 'beans'],
    tags: ['single-origin'],
    images: [{ url: 'https://cdn.example.com/rob.jpg', alt: 'A bag' }, { url: 'http://example.com/b.png' }],
    translations: {
      en: { title: '  Robusta  ', description: 'Line one\nLine two\ttabbed', customsDescription: 'Coffee, not roasted' },
      'ZH-hans': { title: '罗布斯塔咖啡豆' },
      de: { title: 'Cafe\u0301' },
    },
    variants: [
      { sku: 'ROB-500', options: { size: '500 g' }, price: { amount: '12.5', currency: 'USD' }, weightKg: 0.5, dimensionsCm: { length: '20', width: 10.5, height: '5.5' }, barcode: '4006381333931' },
      { sku: 'ROB-1000', options: { size: '1 kg' }, price: { amount: '0', currency: 'USD' }, weightKg: '1.005' },
    ],
  });
  assert.ok(r.ok, r.ok ? '' : r.message);
  const p = r.value;
  assert.equal(p.hsCode, '090111');
  assert.deepEqual(p.nationalCodes, [{ territory: 'EU', code: '09011100' }, { territory: 'US', code: '0901110020' }]);
  assert.deepEqual(p.translations.map((t) => t.locale), ['de', 'en', 'zh-Hans']);
  assert.equal(p.translations[0]!.title, 'Caf\u00e9', 'NFC');
  assert.equal(p.translations[1]!.title, 'Robusta');
  assert.equal(p.translations[1]!.description, 'Line one\nLine two\ttabbed');
  assert.equal(p.material, '100% Robusta');
  assert.deepEqual(p.categories, ['coffee', 'beans']);
  assert.deepEqual(p.images, [{ url: 'https://cdn.example.com/rob.jpg', alt: 'A bag' }, { url: 'http://example.com/b.png', alt: null }]);
  assert.deepEqual(p.variants[0]!.dimensionsMm, { length: 200, width: 105, height: 55 });
  assert.equal(p.variants[0]!.price.amount, 1250);
  assert.equal(p.variants[1]!.weightG, 1005);
  assert.equal(p.variants[1]!.price.amount, 0);
});

test('productToInput round-trips through validation', () => {
  const first = validateProductInput({
    ...base(),
    nationalCodes: { US: '0901110020' },
    images: [{ url: 'https://cdn.example.com/a.jpg' }],
    translations: { en: { title: 'A', description: 'd' }, ja: { title: 'コーヒー豆', customsDescription: 'コーヒー' } },
    variants: [
      { sku: 'A-1', options: { size: 'S' }, price: { amount: '1999', currency: 'JPY' }, weightKg: '0.125', dimensionsCm: { length: '10', width: '2.5', height: '1' } },
      { sku: 'A-2', options: { size: 'M' }, price: { amount: '2500', currency: 'JPY' }, weightKg: '12', barcode: 'INT-0001' },
    ],
  });
  assert.ok(first.ok);
  const input = productToInput(first.value);
  assert.deepEqual(input.variants[0], { sku: 'A-1', options: { size: 'S' }, price: { amount: '1999', currency: 'JPY' }, weightKg: '0.125', dimensionsCm: { length: '10', width: '2.5', height: '1' } });
  const again = validateProductInput(JSON.parse(JSON.stringify(input)));
  assert.ok(again.ok);
  assert.deepEqual(again.value, first.value);
});

test('each bad field is named, table-driven', () => {
  const cases: Array<[string, unknown, string]> = [
    ['handle', undefined, 'handle'],
    ['handle', 'Robusta Beans', 'handle'],
    ['handle', '-robusta', 'handle'],
    ['handle', 'a--b', 'handle'],
    ['handle', 'x'.repeat(101), 'handle'],
    ['handle', '3f1e4b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 'handle'],
    ['handle', 42, 'handle'],
    ['status', 'published', 'status'],
    ['status', null, 'status'],
    ['hsCode', '0901', 'hsCode'],
    ['hsCode', '09011100', 'hsCode'],
    ['hsCode', '09O111', 'hsCode'],
    ['hsCode', 90111, 'hsCode'],
    ['nationalCodes', { US: '0901' }, 'nationalCodes.US'],
    ['nationalCodes', { US: '09011100201' }, 'nationalCodes.US'],
    ['nationalCodes', { US: '6109100012' }, 'nationalCodes.US'],
    ['nationalCodes', { USA: '0901110020' }, 'nationalCodes.USA'],
    ['nationalCodes', { XX: '0901110020' }, 'nationalCodes.XX'],
    ['nationalCodes', { US: '0901110020', us: '0901110030' }, 'nationalCodes.us'],
    ['nationalCodes', ['0901110020'], 'nationalCodes'],
    ['originCountry', 'Vietnam', 'originCountry'],
    ['originCountry', 'vn', 'originCountry'],
    ['originCountry', 'EU', 'originCountry'],
    ['material', 'x'.repeat(201), 'material'],
    ['material', 7, 'material'],
    ['categories', 'coffee', 'categories'],
    ['categories', ['Coffee'], 'categories[0]'],
    ['categories', ['ok', 'café'], 'categories[1]'],
    ['tags', [1], 'tags[0]'],
    ['tags', Array.from({ length: 51 }, (_, i) => `t${i}`), 'tags'],
    ['tags', ['x'.repeat(51)], 'tags[0]'],
    ['images', [{ url: 'ftp://example.com/a.jpg' }], 'images[0].url'],
    ['images', [{ url: 'javascript:alert(1)' }], 'images[0].url'],
    ['images', [{ url: 'relative.jpg' }], 'images[0].url'],
    ['images', [{ url: 'https://user:pw@example.com/a.jpg' }], 'images[0].url'],
    ['images', [{ url: 'https://example.com/a b.jpg' }], 'images[0].url'],
    ['images', ['https://example.com/a.jpg'], 'images[0]'],
    ['images', [{ url: 'https://example.com/a.jpg', caption: 'x' }], 'images[0].caption'],
    ['translations', {}, 'translations'],
    ['translations', { de: { title: 'Kaffee' } }, 'translations.en'],
    ['translations', { en_US: { title: 'x' }, en: { title: 'x' } }, 'translations.en_US'],
    ['translations', { en: { title: '' } }, 'translations.en.title'],
    ['translations', { en: { title: '   ' } }, 'translations.en.title'],
    ['translations', { en: { title: 'x'.repeat(201) } }, 'translations.en.title'],
    ['translations', { en: { title: 'a\nb' } }, 'translations.en.title'],
    ['translations', { en: { title: 'x', description: 'y'.repeat(5001) } }, 'translations.en.description'],
    ['translations', { en: { title: 'x', customsDescription: 'y'.repeat(201) } }, 'translations.en.customsDescription'],
    ['translations', { en: { title: 'x', subtitle: 'y' } }, 'translations.en.subtitle'],
    ['translations', { en: { title: 'x' }, EN: { title: 'y' } }, 'translations.EN'],
    ['translations', { en: 'Robusta' }, 'translations.en'],
    ['translations', [{ title: 'x' }], 'translations'],
    ['variants', [], 'variants'],
    ['variants', {}, 'variants'],
    ['variants', Array.from({ length: 501 }, (_, i) => ({ sku: `S${i}`, price: { amount: '1', currency: 'USD' }, weightKg: 1 })), 'variants'],
    ['variants.0.sku', 'has space', 'variants[0].sku'],
    ['variants.0.sku', 'x'.repeat(65), 'variants[0].sku'],
    ['variants.0.sku', '', 'variants[0].sku'],
    ['variants.0.price', { amount: '12.505', currency: 'USD' }, 'variants[0].price.amount'],
    ['variants.0.price', { amount: '10.5', currency: 'JPY' }, 'variants[0].price.amount'],
    ['variants.0.price', { amount: '-1.00', currency: 'USD' }, 'variants[0].price.amount'],
    ['variants.0.price', { amount: 12.5, currency: 'USD' }, 'variants[0].price.amount'],
    ['variants.0.price', { amount: '1e3', currency: 'USD' }, 'variants[0].price.amount'],
    ['variants.0.price', { amount: '12.50', currency: 'usd' }, 'variants[0].price.currency'],
    ['variants.0.price', { amount: '12.50', currency: 'XYZ' }, 'variants[0].price.currency'],
    ['variants.0.price', '12.50 USD', 'variants[0].price'],
    ['variants.0.weightKg', '0', 'variants[0].weightKg'],
    ['variants.0.weightKg', -1, 'variants[0].weightKg'],
    ['variants.0.weightKg', '0.0005', 'variants[0].weightKg'],
    ['variants.0.weightKg', '1000.001', 'variants[0].weightKg'],
    ['variants.0.weightKg', 0.1 + 0.2, 'variants[0].weightKg'],
    ['variants.0.weightKg', '1,5', 'variants[0].weightKg'],
    ['variants.0.weightKg', Number.NaN, 'variants[0].weightKg'],
    ['variants.0.weightKg', undefined, 'variants[0].weightKg'],
    ['variants.0.dimensionsCm', { length: 0, width: 1, height: 1 }, 'variants[0].dimensionsCm.length'],
    ['variants.0.dimensionsCm', { length: 1, width: '1.25', height: 1 }, 'variants[0].dimensionsCm.width'],
    ['variants.0.dimensionsCm', { length: 1, width: 1 }, 'variants[0].dimensionsCm.height'],
    ['variants.0.dimensionsCm', { length: 1, width: 1, height: 1, depth: 1 }, 'variants[0].dimensionsCm.depth'],
    ['variants.0.dimensionsCm', '20x10x5', 'variants[0].dimensionsCm'],
    ['variants.0.barcode', '4006381333932', 'variants[0].barcode'],
    ['variants.0.barcode', 'has space', 'variants[0].barcode'],
    ['variants.0.barcode', 4006381333931, 'variants[0].barcode'],
    ['variants.0.options', { size: '' }, 'variants[0].options.size'],
    ['variants.0.options', { size: 1 }, 'variants[0].options.size'],
    ['variants.0.options', ['size'], 'variants[0].options'],
    ['variants.0.options', Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`o${i}`, 'x'])), 'variants[0].options'],
    ['variants.0.colour', 'red', 'variants[0].colour'],
    ['variants.0', 'ROB-500', 'variants[0]'],
    ['id', 'abc', 'id'],
  ];
  for (const [path, value, field] of cases) {
    const fields = fieldsOf(withField(path, value));
    assert.ok(fields.includes(field), `${path} = ${JSON.stringify(value)?.slice(0, 60)}: expected ${field}, got ${JSON.stringify(fields)}`);
  }
});

test('every problem is reported at once, with a message naming the field', () => {
  const r = validateProductInput({ handle: 'Bad Handle', hsCode: '12', originCountry: 'ZZ', translations: { de: { title: 'x' } }, variants: [{ sku: 'A', price: { amount: '1.001', currency: 'EUR' }, weightKg: 0 }] });
  assert.ok(!r.ok);
  assert.deepEqual(r.details?.map((d) => d.field), ['handle', 'hsCode', 'originCountry', 'translations.en', 'variants[0].price.amount', 'variants[0].weightKg']);
  assert.equal(r.field, 'handle');
  assert.match(r.message, /variants\[0\]\.price\.amount EUR has 2 decimal places; "1\.001" has more/);
});

test('duplicate SKUs and identical options across variants are refused', () => {
  const v = (sku: string, options: Record<string, string>) => ({ sku, options, price: { amount: '1.00', currency: 'USD' }, weightKg: 1 });
  assert.deepEqual(fieldsOf({ ...base(), variants: [v('A', { size: 'S' }), v('A', { size: 'M' })] }), ['variants[1].sku']);
  assert.deepEqual(fieldsOf({ ...base(), variants: [v('A', { size: 'S' }), v('B', { Size: 'S' })] }), ['variants[1].options']);
  assert.deepEqual(fieldsOf({ ...base(), variants: [v('A', {}), v('B', {})] }), ['variants[1].options']);
  assert.deepEqual(fieldsOf({ ...base(), variants: [v('A', { size: 'S', Size: 'M' })] }), ['variants[0].options.Size']);
});

test('prices must be in the base currency when one is given', () => {
  assert.deepEqual(fieldsOf(base(), { baseCurrency: 'USD' }), []);
  assert.deepEqual(fieldsOf(base(), { baseCurrency: 'EUR' }), ['variants[0].price.currency']);
});

test('hostile input: wrong types, huge strings, control characters, prototype keys', () => {
  for (const input of [null, undefined, 42, 'product', [], [base()], true]) {
    assert.deepEqual(fieldsOf(input), ['body'], String(input));
  }
  // Every field of the wrong type at once: named, no throw.
  const wrong = fieldsOf({ handle: [], status: {}, hsCode: {}, nationalCodes: 'US', originCountry: 1, material: [], categories: {}, tags: 'a', images: {}, translations: 'en', variants: 'A' });
  assert.deepEqual(wrong, ['handle', 'status', 'hsCode', 'nationalCodes', 'originCountry', 'material', 'categories', 'tags', 'images', 'translations', 'variants']);

  const huge = 'x'.repeat(5_000_000);
  const started = process.hrtime.bigint();
  assert.deepEqual(fieldsOf({ ...base(), translations: { en: { title: huge, description: huge, customsDescription: huge } } }), [
    'translations.en.title',
    'translations.en.description',
    'translations.en.customsDescription',
  ]);
  assert.deepEqual(fieldsOf({ ...base(), handle: huge }), ['handle']);
  assert.ok(fieldsOf({ ...base(), [huge]: 1 })[0]!.length < 50, 'a huge unknown key is cut in the field name');
  assert.ok(process.hrtime.bigint() - started < 2_000_000_000n, 'huge strings are refused quickly');

  for (const bad of ['a\u0000b', 'a\u0007b', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\rb', 'bad \ud800 surrogate']) {
    assert.deepEqual(fieldsOf({ ...base(), translations: { en: { title: bad } } }), ['translations.en.title'], JSON.stringify(bad));
  }
  assert.deepEqual(fieldsOf({ ...base(), translations: { en: { title: 'ok', description: 'nul \u0000 here' } } }), ['translations.en.description']);

  const proto = JSON.parse(
    '{"handle":"p","hsCode":"090111","originCountry":"VN","translations":{"en":{"title":"x"},"__proto__":{"title":"polluted"}},' +
      '"variants":[{"sku":"A","price":{"amount":"1","currency":"USD"},"weightKg":1,"options":{"__proto__":"x","constructor":"y"}}],"__proto__":{"isAdmin":true}}',
  );
  assert.deepEqual(fieldsOf(proto), ['__proto__', 'translations.__proto__', 'variants[0].options.__proto__', 'variants[0].options.constructor']);
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
  assert.equal(({} as Record<string, unknown>).title, undefined);
});

test('GTIN check digits (GS1 mod 10)', () => {
  for (const good of ['4006381333931', '96385074', '036000291452', '10614141000415']) assert.ok(hasValidGtinCheckDigit(good), good);
  for (const bad of ['4006381333932', '96385075', '036000291453']) assert.ok(!hasValidGtinCheckDigit(bad), bad);
});

test('image paths on the store\'s own server are kept as given, next to http(s) URLs', () => {
  const good = ['/media/demo/bamboo-chopsticks.png', '/a.jpg', '/media/x%20y.png', '/media/a.png?v=2', '/m/..a/b...png', '/m/%2e%2ex/a.png', `/${'a'.repeat(2047)}`];
  for (const url of good) {
    const r = validateProductInput({ ...base(), images: [{ url, alt: 'A bag' }, { url: 'https://cdn.example.com/b.jpg' }] });
    assert.ok(r.ok, `${url}: ${r.ok ? '' : r.message}`);
    assert.deepEqual(r.value.images, [{ url, alt: 'A bag' }, { url: 'https://cdn.example.com/b.jpg', alt: null }]);
  }
});

test('hostile or malformed image paths are refused naming images[i].url, and nothing else', () => {
  const bad = [
    '//evil.com/x',
    '///evil.com/x',
    '/\\evil.com/x',
    '/media\\..\\secret.png',
    '/a/../b',
    '/a/..',
    '/../etc/passwd',
    '/a/./b',
    '/a/%2e%2e/b',
    '/a/%2E./b',
    '/a/.%2e?x=1',
    '/',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:image/png;base64,AAAA',
    'media/demo/a.png',
    './a.png',
    '/media/a b.png',
    ' /media/a.png',
    '/media/a.png\n',
    '/media/\u0000a.png',
    '/media/\u007fa.png',
    '/media/\u0085a.png',
    '/media/a\tb.png',
    `/${'a'.repeat(2048)}`,
  ];
  for (const url of bad) {
    assert.deepEqual(fieldsOf({ ...base(), images: [{ url }] }), ['images[0].url'], JSON.stringify(url));
    assert.deepEqual(fieldsOf({ ...base(), images: [{ url: '/ok.png' }, { url }] }), ['images[1].url'], JSON.stringify(url));
  }
  const r = validateProductInput({ ...base(), images: [{ url: '//evil.com/x' }] });
  assert.ok(!r.ok);
  assert.match(r.message, /^images\[0\]\.url must be an http:\/\/ or https:\/\/ URL, or a path on this store starting with one \//);
});
