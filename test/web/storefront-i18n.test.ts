import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { argumentsOf, BASE_LOCALE, checkCatalog, loadCatalogs, readCatalog, type MessageCatalog } from '../../src/web/i18n/catalogs.js';
import { textDirection } from '../../src/web/i18n/direction.js';
import { createI18n, pickCatalogLocale, withRegion } from '../../src/web/i18n/translator.js';
import { termsBox, taxNote } from '../../src/web/storefront/parts.js';
import { renderSearchPage } from '../../src/web/storefront/render-product-list-page.js';
import { renderProductPage } from '../../src/web/storefront/render-product-page.js';
import type { PageContext, ProductView } from '../../src/web/storefront/view.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogs = loadCatalogs();
const en = catalogs.get(BASE_LOCALE)!;
const NBSP = '\u00a0';

/** A test-only Arabic set: a few keys, the rest falls back to English. */
const ARABIC: MessageCatalog = {
  locale: 'ar',
  messages: { 'layout.skipToContent': 'انتقل إلى المحتوى الرئيسي', 'layout.cart': 'سلة التسوق', 'search.label': 'ابحث عن المنتجات', 'search.title': 'بحث' },
};

function contextFor(locale: string, country: string, extra: Map<string, MessageCatalog> = new Map()): PageContext {
  const i18n = createI18n(new Map([...catalogs, ...extra]));
  return {
    t: i18n.translator(locale, country),
    storeName: 'Test <Store>',
    segment: `${locale.slice(0, 2)}-${country.toLowerCase()}`,
    country,
    locale,
    currency: 'EUR',
    publicUrl: 'https://shop.example',
    path: '/search',
    countries: [{ country, currency: 'EUR', locales: [locale, 'en'] }],
    categories: [],
    assets: { css: '/storefront/assets/storefront.test.css', js: '/storefront/assets/storefront.test.js' },
  };
}

const product: ProductView = {
  handle: 'silk-scarf',
  locale: 'en',
  title: 'Silk scarf',
  description: 'Woven in Hội An.',
  hsCode: '621410',
  originCountry: 'VN',
  material: 'Silk',
  categories: ['accessories', 'scarves'],
  images: [],
  variants: [{ sku: 'SCARF-1', options: {}, marketPrice: { amount: '29.90', currency: 'EUR', taxIncluded: { name: 'VAT', percent: '19' }, dutiesIncluded: false } }],
};

describe('storefront message catalogs', () => {
  test('the seven shipped languages, each with every English key, parseable, with the same arguments', () => {
    assert.deepEqual([...catalogs.keys()].sort(), ['de', 'en', 'es', 'fr', 'ja', 'vi', 'zh-Hans']);
    for (const [locale, catalog] of catalogs) assert.deepEqual(checkCatalog(catalog, en), [], locale);
    assert.ok(Object.keys(en.messages).length >= 150);
  });

  test('every message key the templates use literally is in the English catalog', () => {
    const dir = path.join(root, 'src/web/storefront');
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bt\.t\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    assert.ok(used.size > 60, `found ${used.size} keys`);
    assert.deepEqual([...used].filter((k) => !(k in en.messages)), []);
  });

  test('checkCatalog names a missing key, an unknown key, a dropped argument and broken ICU syntax', () => {
    const base: MessageCatalog = { locale: 'en', messages: { a: 'Hello {name}', b: '{count, plural, one {# item} other {# items}}', c: 'Plain' } };
    const bad: MessageCatalog = { locale: 'de', messages: { a: 'Hallo', b: '{count, plural, one {# Stück} other {# Stück}', extra: 'x' } };
    const problems = checkCatalog(bad, base);
    assert.deepEqual(problems.filter((p) => !p.startsWith('b: ')).sort(), ['a: arguments {} differ from en {name}', 'missing: c', 'unknown key: extra']);
    assert.match(problems.find((p) => p.startsWith('b: ')) ?? '', /^b: not an ICU message \(/);
    assert.deepEqual(argumentsOf('{n, plural, one {{x} and #} other {{y}}} on {d, date, long}', 'en'), ['d', 'n', 'x', 'y']);
  });

  test('readCatalog refuses files that are not catalogs, naming what is wrong', () => {
    assert.equal(readCatalog([]), 'must be an object { "locale", "messages" }');
    assert.equal(readCatalog({ locale: 'de_DE', messages: {} }), 'locale must be a BCP 47 tag such as de or zh-Hans');
    assert.equal(readCatalog({ locale: 'de', messages: { 'Bad Key': 'x' } }), 'message key "Bad Key" must be dotted words like product.addToCart');
    assert.equal(readCatalog({ locale: 'de', messages: { a: '' } }), 'message a must be non-empty text');
    assert.deepEqual(readCatalog({ locale: 'zh-Hans', messages: { a: 'x' } }), { locale: 'zh-Hans', messages: { a: 'x' } });
  });

  test('a market language finds its catalog by language and script, else English', () => {
    assert.equal(pickCatalogLocale(catalogs, 'zh-Hans'), 'zh-Hans');
    assert.equal(pickCatalogLocale(catalogs, 'zh-CN'), 'zh-Hans');
    assert.equal(pickCatalogLocale(catalogs, 'zh'), 'zh-Hans');
    assert.equal(pickCatalogLocale(catalogs, 'de-CH'), 'de');
    assert.equal(pickCatalogLocale(catalogs, 'nl'), 'en');
    assert.equal(pickCatalogLocale(catalogs, 'not a tag'), 'en');
    assert.equal(withRegion('zh-Hans', 'SG'), 'zh-Hans-SG');
    assert.equal(withRegion('en-GB', 'US'), 'en-GB');
  });
});

describe('storefront formats and direction', () => {
  test('direction comes from the script of the tag', () => {
    for (const tag of ['ar', 'ar-EG', 'he-IL', 'fa', 'ur-PK', 'dv', 'az-Arab', 'yi']) assert.equal(textDirection(tag), 'rtl', tag);
    for (const tag of ['en', 'de-DE', 'zh-Hans-SG', 'ja', 'vi', 'az', 'sr-Cyrl', '!!']) assert.equal(textDirection(tag), 'ltr', tag);
  });

  test('prices, percentages, plurals and dates follow the page language and country', () => {
    const i18n = createI18n(catalogs);
    const de = i18n.translator('de', 'DE');
    assert.deepEqual([de.lang, de.dir, de.uiLocale], ['de-DE', 'ltr', 'de']);
    assert.equal(de.money('13.90', 'EUR'), `13,90${NBSP}€`);
    assert.equal(de.money('12345678901234567.89', 'EUR'), `12.345.678.901.234.567,89${NBSP}€`, 'decimal text, no float rounding');
    assert.equal(de.percent('7'), `7${NBSP}%`);
    assert.equal(de.t('search.count', { count: 1 }), '1 Produkt auf dieser Seite');
    assert.equal(de.t('search.count', { count: 1234 }), '1.234 Produkte auf dieser Seite');
    assert.equal(de.t('fx.note', { from: 'USD', date: new Date('2025-05-09T00:00:00Z') }), 'Preise umgerechnet aus USD zum Referenzkurs der Europäischen Zentralbank vom 9. Mai 2025.');
    assert.equal(de.dateRange('2025-05-13', '2025-05-15'), '13.–15. Mai 2025');
    assert.equal(de.regionName('CH'), 'Schweiz');
    const ch = i18n.translator('de', 'CH');
    assert.equal(ch.money('11.90', 'CHF'), `CHF${NBSP}11.90`);
    const ja = i18n.translator('ja', 'JP');
    assert.equal(ja.money('2280', 'JPY'), '￥2,280');
    assert.equal(ja.t('delivery.daysExact', { days: 1 }), '1営業日');
    const en = i18n.translator('en', 'GB');
    assert.equal(en.t('delivery.daysExact', { days: 1 }), '1 business day');
    assert.equal(en.t('delivery.daysExact', { days: 3 }), '3 business days');
    assert.equal(en.t('order.placedOn', { date: new Date('2025-05-12T23:30:00Z') }), 'Placed on 12 May 2025', 'calendar dates in UTC, whatever the server zone');
    const nl = i18n.translator('nl', 'NL');
    assert.deepEqual([nl.uiLocale, nl.lang], ['en', 'en-NL'], 'no Dutch catalog: English text, Dutch country');
    assert.equal(nl.languageName('nl'), 'Nederlands');
    assert.equal(i18n.translator('fr', 'FR').languageName('fr'), 'Français');
    assert.throws(() => de.t('no.such.key'), /no message "no.such.key"/);
  });

  test('what a price includes, in words of the buyer\'s language', () => {
    const i18n = createI18n(catalogs);
    const variant = product.variants[0]!;
    const terms = { incoterm: 'DDP' as const, taxInclusive: true, dutiesIncluded: false, fx: null };
    assert.equal(taxNote(i18n.translator('de', 'DE'), variant, terms), `inkl. 19${NBSP}% MwSt.`);
    assert.equal(taxNote(i18n.translator('fr', 'FR'), variant, terms), `TVA 19${NBSP}% incluse`);
    assert.equal(taxNote(i18n.translator('en', 'GB'), { ...variant, marketPrice: { ...variant.marketPrice, dutiesIncluded: true } }, terms), 'incl. 19% VAT and import duties');
    const untaxed = { ...variant, marketPrice: { ...variant.marketPrice, taxIncluded: null } };
    assert.equal(taxNote(i18n.translator('en', 'US'), untaxed, { ...terms, taxInclusive: false }), 'plus tax and duties, calculated at checkout');
    assert.equal(taxNote(i18n.translator('en', 'AE'), untaxed, { ...terms, incoterm: 'DAP', taxInclusive: false }), 'plus import charges, payable on delivery');
    assert.match(termsBox(i18n.translator('en', 'AE'), { ...terms, incoterm: 'DAP' }).value, /<h2 id="terms-title">Import charges estimated at checkout<\/h2>\n<p>Import duties and taxes are estimated at checkout and paid to the carrier on delivery\.<\/p>/);
    assert.match(termsBox(i18n.translator('ja', 'JP'), terms).value, /<h2 id="terms-title">関税・税金込み<\/h2>/);
  });
});

describe('storefront pages rendered', () => {
  test('a right-to-left language: dir="rtl" on the page, English catalog text marked ltr in its own language', () => {
    const ctx = contextFor('ar', 'AE', new Map([['ar', ARABIC]]));
    assert.deepEqual([ctx.t.lang, ctx.t.dir, ctx.t.uiLocale], ['ar-AE', 'rtl', 'ar']);
    const page = renderProductPage(ctx, { product, selected: product.variants[0]!, terms: { incoterm: 'DAP', taxInclusive: false, dutiesIncluded: false, fx: null }, delivery: null, paymentMethods: [] });
    assert.match(page, /^<!doctype html>\n<html lang="ar-AE" dir="rtl">/);
    assert.match(page, /<a class="skip-link" href="#main">انتقل إلى المحتوى الرئيسي<\/a>/);
    assert.match(page, /<h1 id="product-title" lang="en" dir="ltr">Silk scarf<\/h1>/);
    assert.match(page, /Test &lt;Store&gt;/, 'store name escaped');
    assert.match(page, /<h2 id="delivery-title">Delivery to الإمارات العربية المتحدة<\/h2>/, 'keys the Arabic set lacks fall back to English; names follow the page language');
  });

  test('search text is escaped wherever it is shown back', () => {
    const ctx = contextFor('en', 'GB');
    const q = '"><script>alert(1)</script>';
    const page = renderSearchPage(ctx, { q, page: 1, hasNext: false, products: [], terms: { incoterm: 'DDP', taxInclusive: true, dutiesIncluded: false, fx: null } });
    assert.ok(!page.includes('<script>alert(1)'));
    assert.ok(page.includes('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(page.includes('Results for “&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;”'));
    assert.match(page, /<meta name="robots" content="noindex">/);
  });
});

describe('storefront assets', () => {
  const assets = path.join(root, 'src/web/storefront/assets');
  test('the stylesheet uses logical properties only, so right-to-left pages mirror', () => {
    const css = fs.readFileSync(path.join(assets, 'storefront.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const physical = css.match(/\b(margin|padding|border)-(left|right)\b|(?<![-\w])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/g);
    assert.equal(physical, null);
    assert.match(css, /:focus-visible\s*\{\s*outline: 3px solid/);
  });

  test('the script and stylesheet stay small (at most 50 KB gzipped together)', () => {
    const size = gzipSync(fs.readFileSync(path.join(assets, 'storefront.js'))).length + gzipSync(fs.readFileSync(path.join(assets, 'storefront.css'))).length;
    assert.ok(size < 50 * 1024, `${size} bytes`);
  });
});
