import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyColumn } from './catalog-csv-columns.js';

test('header cells are classified case-insensitively, locales and territories canonical', () => {
  const cases: Array<[string, unknown]> = [
    ['HANDLE', { level: 'product', kind: 'field', name: 'handle' }],
    ['image_urls', { level: 'product', kind: 'field', name: 'image_urls' }],
    ['Weight_KG', { level: 'variant', kind: 'field', name: 'weight_kg' }],
    ['title_zh-hans', { level: 'product', kind: 'title', locale: 'zh-Hans' }],
    ['description_DE', { level: 'product', kind: 'description', locale: 'de' }],
    ['customs_description_en', { level: 'product', kind: 'customsDescription', locale: 'en' }],
    ['national_code_eu', { level: 'product', kind: 'nationalCode', territory: 'EU' }],
    ['option_Size', { level: 'variant', kind: 'option', option: 'Size' }],
  ];
  for (const [header, expected] of cases) assert.deepEqual(classifyColumn(header), expected, header);
});

test('cells that are not catalog columns say why', () => {
  for (const [header, reason] of [
    ['colour', /not a catalog column/],
    ['title_english', /"english" is not a locale tag/],
    ['title_', /"" is not a locale tag/],
    ['national_code_usa', /2-letter country code/],
    ['option_', /needs a name/],
  ] as const) {
    const r = classifyColumn(header);
    assert.ok('error' in r, header);
    assert.match(r.error, reason);
  }
});
