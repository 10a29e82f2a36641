import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalLocale, languageOf } from './locale-tag.js';

test('well-formed tags come back in canonical case', () => {
  const cases: Array<[string, string]> = [
    ['en', 'en'],
    ['EN', 'en'],
    ['de-ch', 'de-CH'],
    ['zh-hans', 'zh-Hans'],
    ['ZH-HANT-tw', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['vi', 'vi'],
    ['sl-rozaj-biske', 'sl-rozaj-biske'],
    ['de-CH-1901', 'de-CH-1901'],
    ['fil', 'fil'],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalLocale(input), expected, input);
});

test('malformed tags, and hostile keys, are refused', () => {
  const bad = ['', 'e', 'english', 'en_US', 'en-', '-en', 'en--US', 'en-US-x-private', 'en-u-ca-buddhist', 'ja-Jpan-JP-', '__proto__', 'constructor', 'en\n', ' en', 'x'.repeat(36), 'en-a', 'de-DEU-x', '日本'];
  for (const tag of bad) assert.equal(canonicalLocale(tag), undefined, JSON.stringify(tag));
});

test('languageOf takes the primary subtag', () => {
  assert.equal(languageOf('pt-BR'), 'pt');
  assert.equal(languageOf('zh-Hans-CN'), 'zh');
  assert.equal(languageOf('ja'), 'ja');
});
