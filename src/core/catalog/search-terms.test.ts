import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cjkIndexTerms, searchQueryParts, TEXT_SEARCH_CONFIGS, textSearchConfigFor } from './search-terms.js';

test('locales map to the PostgreSQL configuration of their language, else simple', () => {
  const cases: Array<[string, string]> = [
    ['en', 'english'],
    ['en-GB', 'english'],
    ['de', 'german'],
    ['de-CH', 'german'],
    ['fr', 'french'],
    ['es-419', 'spanish'],
    ['it', 'italian'],
    ['nl', 'dutch'],
    ['nb', 'norwegian'],
    ['pt-BR', 'portuguese'],
    ['vi', 'simple'],
    ['ja', 'simple'],
    ['zh-Hans', 'simple'],
    ['ko', 'simple'],
    ['constructor', 'simple'],
    ['__proto__', 'simple'],
  ];
  for (const [locale, config] of cases) assert.equal(textSearchConfigFor(locale), config, locale);
  assert.ok(TEXT_SEARCH_CONFIGS.includes('simple'));
  assert.ok(!TEXT_SEARCH_CONFIGS.includes('estonian'), 'estonian appeared in PostgreSQL 16 only');
});

test('CJK runs are indexed as characters and pairs; other text adds nothing', () => {
  assert.equal(cjkIndexTerms('コーヒー豆'), 'コ ー ヒ 豆 コー ーヒ ヒー ー豆');
  assert.equal(cjkIndexTerms('烘焙 咖啡'), '烘 焙 烘焙 咖 啡 咖啡');
  assert.equal(cjkIndexTerms('Roasted coffee, cà phê'), '');
  assert.equal(cjkIndexTerms(''), '');
});

test('a query is split into words and CJK pairs', () => {
  assert.deepEqual(searchQueryParts('ja', 'コーヒー 500g'), { config: 'simple', words: '500g', cjkTerms: ['コー', 'ーヒ', 'ヒー'] });
  assert.deepEqual(searchQueryParts('zh-Hans', '茶'), { config: 'simple', words: '', cjkTerms: ['茶'] });
  assert.deepEqual(searchQueryParts('de', '  Kaffee   Bohnen '), { config: 'german', words: 'Kaffee Bohnen', cjkTerms: [] });
});
