import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickTranslation, translationCandidates } from './pick-translation.js';

test('the best translation: exact, then same language, then the fallback, then en', () => {
  const cases: Array<[string[], string, string, string | undefined]> = [
    [['en', 'de'], 'de', 'en', 'de'],
    [['en', 'de'], 'de-AT', 'en', 'de'],
    [['en', 'de-CH'], 'de', 'en', 'de-CH'],
    [['en', 'de-CH', 'de-AT'], 'de', 'en', 'de-AT'],
    [['en', 'zh-Hant-TW', 'zh-Hans'], 'zh-Hant', 'en', 'zh-Hant-TW'],
    [['en', 'zh-Hans'], 'zh-Hans-CN', 'en', 'zh-Hans'],
    [['en', 'vi'], 'ja', 'vi', 'vi'],
    [['en', 'vi'], 'ja', 'ko', 'en'],
    [['fr'], 'ja', 'ko', 'fr'],
    [[], 'en', 'en', undefined],
  ];
  for (const [available, locale, fallback, expected] of cases) {
    assert.equal(pickTranslation(available, locale, fallback), expected, `${available.join(',')} ${locale}/${fallback}`);
  }
});

test('the candidates to load cover every answer pickTranslation can give', () => {
  assert.deepEqual(translationCandidates('zh-Hant-TW', 'en-GB'), { locales: ['en', 'zh-Hant-TW', 'zh-Hant', 'zh', 'en-GB'], languages: ['zh', 'en'] });
  assert.deepEqual(translationCandidates('de', 'de'), { locales: ['en', 'de'], languages: ['de'] });
});
