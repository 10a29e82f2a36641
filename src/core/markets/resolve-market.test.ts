import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDecimal } from '../decimal/decimal.js';
import { parseAcceptLanguage } from './accept-language.js';
import type { Market } from './market.js';
import { resolveMarket } from './resolve-market.js';

const pricing = (currency: string) => ({ currency, fxMarkupPercent: parseDecimal('2')!, rounding: { increment: 1, mode: 'half-up' as const } });
const market = (id: string, countries: string[], currency: string, locales: string[]): Market => ({
  id,
  name: id,
  countries,
  currency,
  locales,
  incoterm: 'DDP',
  taxInclusive: currency !== 'USD',
  paymentMethods: ['card'],
  pricing: pricing(currency),
});
const MARKETS = [
  market('us', ['US'], 'USD', ['en']),
  market('eu', ['DE', 'FR', 'NL', 'IT', 'ES', 'AT'], 'EUR', ['en', 'de', 'fr', 'nl', 'it', 'es']),
  market('ch', ['CH'], 'CHF', ['de', 'fr', 'it', 'en']),
  market('jp', ['JP'], 'JPY', ['ja', 'en']),
  market('cn', ['SG'], 'SGD', ['en', 'zh-Hans']),
];

test('Accept-Language: weights, order, regions, junk', () => {
  assert.deepEqual(parseAcceptLanguage('de-CH,de;q=0.9,en;q=0.8').map((p) => [p.tag, p.q]), [['de-CH', 1], ['de', 0.9], ['en', 0.8]]);
  assert.deepEqual(parseAcceptLanguage('en;q=0.5, fr').map((p) => p.tag), ['fr', 'en']);
  assert.deepEqual(parseAcceptLanguage('zh-Hans-CN, *;q=0.1').map((p) => p.tag), ['zh-CN']);
  assert.deepEqual(parseAcceptLanguage('en;q=2, ;;, 12-34, fr;q=0').map((p) => p.tag), []);
  assert.equal(parseAcceptLanguage('en,'.repeat(10_000)).length, 20);
  assert.deepEqual(parseAcceptLanguage(undefined), []);
});

test('the URL wins, with the language it names when the market speaks it', () => {
  const r = resolveMarket(MARKETS, 'us', { pathSegment: 'fr-de', countryHeader: 'JP', acceptLanguage: 'ja' });
  assert.ok(r.ok);
  assert.deepEqual([r.value.market.id, r.value.country, r.value.locale, r.value.source], ['eu', 'DE', 'fr', 'url']);
  const unknownLanguage = resolveMarket(MARKETS, 'us', { pathSegment: 'vi-jp' });
  assert.ok(unknownLanguage.ok);
  assert.equal(unknownLanguage.value.locale, 'ja');
});

test('then the edge country header, with the browser language if the market speaks it', () => {
  const r = resolveMarket(MARKETS, 'us', { countryHeader: 'ch', acceptLanguage: 'fr-FR,fr;q=0.9' });
  assert.ok(r.ok);
  assert.deepEqual([r.value.market.id, r.value.locale, r.value.source], ['ch', 'fr', 'country-header']);
  const script = resolveMarket(MARKETS, 'us', { countryHeader: 'SG', acceptLanguage: 'zh-CN' });
  assert.ok(script.ok);
  assert.equal(script.value.locale, 'zh-Hans');
});

test('then a region in Accept-Language; then the default market', () => {
  const r = resolveMarket(MARKETS, 'us', { countryHeader: 'XX', acceptLanguage: 'it-IT,it;q=0.9' });
  assert.ok(r.ok);
  assert.deepEqual([r.value.market.id, r.value.country, r.value.locale, r.value.source], ['eu', 'IT', 'it', 'accept-language']);
  const d = resolveMarket(MARKETS, 'us', { acceptLanguage: 'pt' });
  assert.ok(d.ok);
  assert.deepEqual([d.value.market.id, d.value.locale, d.value.source], ['us', 'en', 'default']);
});

test('a country no market serves, or a malformed path, is an error naming the path', () => {
  const none = resolveMarket(MARKETS, 'us', { pathSegment: 'pt-br' });
  assert.equal(none.ok ? 'ok' : none.code, 'MARKET_NOT_FOUND');
  for (const bad of ['de', 'de-', 'DE-DE', 'de-deu', '../etc', 'de-zz']) {
    const r = resolveMarket(MARKETS, 'us', { pathSegment: bad });
    assert.equal(r.ok, false, bad);
    if (!r.ok) assert.equal(r.field, 'path');
  }
});
