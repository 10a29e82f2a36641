/**
 * Integrity of the demo store's catalog and markets (src/data/demo), without the catalog validator
 * or the database: handles, SKUs, HS codes the landed-cost data covers, the six locales and their
 * scripts, USD prices in believable ranges, weights; markets that cover each country once, known
 * currencies, well-formed price rules that compile, and sample prices that look local.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProductInput } from '../../src/core/catalog/product-input.js';
import { formatDecimal, parseDecimal, type Decimal } from '../../src/core/decimal/decimal.js';
import { isCountry } from '../../src/core/geo/countries.js';
import { validateMarket } from '../../src/core/markets/validate-market.js';
import { isCurrency } from '../../src/core/money/currencies.js';
import { parseMoney } from '../../src/core/money/money.js';
import { compilePricing, localizeAmount, type CrossRate } from '../../src/core/pricing/localize-price.js';
import { DEMO_CATALOG } from '../../src/data/demo/catalog.js';
import { DEMO_ECB_RATES } from '../../src/data/demo/fx-rates.js';
import { DEFAULT_MARKET_ID, DEMO_MARKETS } from '../../src/data/demo/markets.js';
import { DEMO_STORE } from '../../src/data/demo/store.js';
import { COUNTRY_PROFILES } from '../../src/data/rules/countries.js';
import { IMPORT_TAXES } from '../../src/data/rules/import-taxes.js';
import { DEMO_GOODS } from '../../src/data/rules/tariffs/demo-goods.js';

const LOCALES = ['en', 'vi', 'de', 'fr', 'ja', 'zh-Hans'] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SKU = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
const DEMO_HS = new Set(DEMO_GOODS.map(([hs]) => hs));

/** Every product's main category (from the brief) with the range its USD list prices must fall in. */
const PRICE_RANGES: Record<string, [number, number]> = {
  coffee: [10, 50],
  nuts: [10, 45],
  scarves: [45, 90],
  dresses: [120, 300],
  tees: [20, 45],
  bags: [150, 260],
  ceramics: [15, 120],
  lacquerware: [30, 120],
  bamboo: [8, 60],
  sandals: [40, 120],
  skincare: [15, 45],
};

const variants = DEMO_CATALOG.flatMap((p) => p.variants.map((v) => ({ product: p, variant: v })));
const mainCategory = (p: ProductInput) => (p.categories ?? []).find((c) => c in PRICE_RANGES);
const d = (text: string): Decimal => parseDecimal(text)!;

describe('demo catalog', () => {
  it('has about 30 products and about 60 variants, 1 to 4 each', () => {
    assert.ok(DEMO_CATALOG.length >= 25 && DEMO_CATALOG.length <= 35, `${DEMO_CATALOG.length} products`);
    assert.ok(variants.length >= 50 && variants.length <= 75, `${variants.length} variants`);
    for (const p of DEMO_CATALOG) assert.ok(p.variants.length >= 1 && p.variants.length <= 4, `${p.handle}: ${p.variants.length} variants`);
  });

  it('handles are unique slugs; SKUs are unique and upper-case', () => {
    const handles = DEMO_CATALOG.map((p) => p.handle);
    assert.equal(new Set(handles).size, handles.length, 'duplicate handle');
    for (const h of handles) assert.match(h, SLUG);
    const skus = variants.map(({ variant }) => variant.sku);
    assert.equal(new Set(skus).size, skus.length, `duplicate SKU: ${skus.filter((s, i) => skus.indexOf(s) !== i).join(', ')}`);
    for (const s of skus) assert.ok(SKU.test(s) && s.length <= 64, s);
  });

  it('every product uses an HS subheading the landed-cost data covers, made in Vietnam, active, with its one demo image and no national codes', () => {
    for (const p of DEMO_CATALOG) {
      assert.match(p.hsCode, /^\d{6}$/, p.handle);
      assert.ok(DEMO_HS.has(p.hsCode), `${p.handle}: ${p.hsCode} is not in demo-goods.ts`);
      assert.equal(p.originCountry, DEMO_STORE.originCountry, p.handle);
      assert.equal(p.status, 'active', p.handle);
      assert.deepEqual(p.images, [{ url: `/media/demo/${p.handle}.png`, alt: p.translations.en?.title }], p.handle);
      assert.equal(p.nationalCodes, undefined, p.handle);
      assert.ok(p.material && p.material.trim().length > 0, `${p.handle}: material`);
    }
    const used = new Set(DEMO_CATALOG.map((p) => p.hsCode));
    assert.deepEqual([...DEMO_HS].filter((hs) => !used.has(hs)), [], 'every demo good is sold');
  });

  it('categories and tags are slugs, with one main category per product', () => {
    for (const p of DEMO_CATALOG) {
      for (const s of [...(p.categories ?? []), ...(p.tags ?? [])]) assert.ok(SLUG.test(s) && s.length <= 50, `${p.handle}: "${s}"`);
      assert.ok(mainCategory(p), `${p.handle}: no main category among ${Object.keys(PRICE_RANGES).join(', ')}`);
      assert.ok((p.tags ?? []).length > 0, `${p.handle}: tags`);
    }
    const mains = new Set(DEMO_CATALOG.map(mainCategory));
    assert.deepEqual(Object.keys(PRICE_RANGES).filter((c) => !mains.has(c)), [], 'every category has products');
  });

  it('has title and description in the six locales, written in their own scripts', () => {
    const kana = /[\u3040-\u30ff]/;
    const han = /[\u4e00-\u9fff]/;
    const vietnamese = /[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]/;
    // Traditional forms that must not appear in Simplified Chinese text.
    const traditional = /[會絲與為這過們邊體綠製藝種產農鍋膚潤織編適層讓帶飯盤壺條說時從來鳥紅黃藍]/;
    for (const p of DEMO_CATALOG) {
      assert.deepEqual(Object.keys(p.translations).sort(), [...LOCALES].sort(), p.handle);
      for (const locale of LOCALES) {
        const t = p.translations[locale]!;
        const at = `${p.handle} ${locale}`;
        assert.ok(t.title.trim().length > 0 && t.title.length <= 200, `${at}: title`);
        assert.ok(t.description && t.description.trim().length >= 40 && t.description.length <= 5000, `${at}: description`);
        for (const text of [t.title, t.description]) {
          assert.equal(text, text.normalize('NFC'), `${at}: not NFC`);
          assert.equal(text, text.trim(), `${at}: spaces at the ends`);
        }
        if (locale !== 'en') assert.notEqual(t.description, p.translations.en!.description, `${at}: English text`);
      }
      assert.match(p.translations.vi!.description!, vietnamese, `${p.handle} vi`);
      assert.match(p.translations.ja!.description!, kana, `${p.handle} ja`);
      const zh = p.translations['zh-Hans']!;
      for (const text of [zh.title, zh.description!]) {
        assert.doesNotMatch(text, kana, `${p.handle} zh-Hans: kana`);
        assert.doesNotMatch(text, traditional, `${p.handle} zh-Hans: traditional characters`);
      }
      assert.match(zh.description!, han, `${p.handle} zh-Hans`);
    }
  });

  it('has an English customs description in plain ASCII words', () => {
    for (const p of DEMO_CATALOG) {
      const customs = p.translations.en!.customsDescription;
      assert.ok(customs, `${p.handle}: customsDescription`);
      assert.match(customs, /^[\x20-\x7e]{10,200}$/, p.handle);
    }
  });

  it('prices parse as USD in the range of their category; weights and dimensions are positive', () => {
    for (const { product, variant } of variants) {
      const at = `${product.handle} ${variant.sku}`;
      assert.equal(variant.price.currency, DEMO_STORE.baseCurrency, at);
      const parsed = parseMoney(variant.price.amount, 'USD');
      assert.ok(parsed.ok, `${at}: ${parsed.ok ? '' : parsed.message}`);
      const [min, max] = PRICE_RANGES[mainCategory(product)!]!;
      const dollars = parsed.value.amount / 100;
      assert.ok(dollars >= min && dollars <= max, `${at}: USD ${dollars} outside ${min}-${max}`);
      const kg = Number(variant.weightKg);
      assert.ok(Number.isFinite(kg) && kg > 0 && kg <= 5, `${at}: weight ${variant.weightKg}`);
      assert.match(String(variant.weightKg), /^\d+(\.\d{1,3})?$/, `${at}: weight has at most 3 decimals`);
      assert.ok(variant.dimensionsCm, `${at}: dimensions`);
      for (const side of [variant.dimensionsCm.length, variant.dimensionsCm.width, variant.dimensionsCm.height]) {
        const cm = Number(side);
        assert.ok(Number.isFinite(cm) && cm > 0 && cm <= 100, `${at}: dimension ${side}`);
      }
    }
  });

  it('variants of a product differ in their options, and bigger sizes cost more', () => {
    for (const p of DEMO_CATALOG) {
      const keys = p.variants.map((v) => JSON.stringify(Object.entries(v.options ?? {}).sort()));
      assert.equal(new Set(keys).size, keys.length, `${p.handle}: same options twice`);
    }
    const robusta = DEMO_CATALOG.find((p) => p.handle === 'buon-ma-thuot-robusta-whole-beans')!;
    const prices = robusta.variants.map((v) => Number(v.price.amount));
    assert.deepEqual([...prices].sort((a, b) => a - b), prices);
    assert.ok(prices[0]! >= 12 && prices[0]! <= 16, 'a 250 g bag of Robusta costs USD 12 to 16');
  });
});

describe('demo markets', () => {
  const EXPECTED_COUNTRIES = ['US', 'CA', 'DE', 'FR', 'NL', 'IT', 'ES', 'GB', 'CH', 'NO', 'AU', 'NZ', 'JP', 'KR', 'SG'];

  it('ids are unique and the default market exists', () => {
    const ids = DEMO_MARKETS.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes(DEFAULT_MARKET_ID), `${DEFAULT_MARKET_ID} is not a market`);
  });

  it('every country is in exactly one market, and each has a landed-cost country profile', () => {
    const all = DEMO_MARKETS.flatMap((m) => m.countries);
    assert.equal(new Set(all).size, all.length, `a country is in two markets: ${all.filter((c, i) => all.indexOf(c) !== i).join(', ')}`);
    assert.deepEqual([...all].sort(), [...EXPECTED_COUNTRIES].sort());
    const profiled = new Set(COUNTRY_PROFILES.map((p) => p.country));
    for (const c of all) {
      assert.ok(isCountry(c), c);
      assert.ok(profiled.has(c), `${c}: no country profile in src/data/rules/countries.ts`);
    }
  });

  it('currencies are known, locales are listed, and every market passes the admin validator', () => {
    for (const m of DEMO_MARKETS) {
      assert.ok(isCurrency(m.currency), `${m.id}: ${m.currency}`);
      assert.equal(m.pricing.currency, m.currency, m.id);
      assert.ok(m.locales.length > 0, `${m.id}: locales`);
      assert.equal(new Set(m.locales).size, m.locales.length, `${m.id}: repeated locale`);
      assert.ok(m.paymentMethods.length > 0 && m.paymentMethods.includes('card'), `${m.id}: payment methods`);
      assert.equal(new Set(m.paymentMethods).size, m.paymentMethods.length, `${m.id}: repeated payment method`);
      const asJson = { ...m, pricing: { ...m.pricing, fxMarkupPercent: formatDecimal(m.pricing.fxMarkupPercent) } };
      const checked = validateMarket(JSON.parse(JSON.stringify(asJson)));
      assert.ok(checked.ok, `${m.id}: ${checked.ok ? '' : checked.message}`);
      assert.deepEqual(checked.value, m, `${m.id}: the validator reads it back the same`);
    }
  });

  it('leaves the inclusive tax to the import-tax rules, which have a standard rate for every tax-inclusive country', () => {
    for (const m of DEMO_MARKETS) {
      assert.equal(m.pricing.inclusiveTaxPercent, undefined, m.id);
      if (!m.taxInclusive) continue;
      for (const c of m.countries) {
        assert.ok(IMPORT_TAXES.some((t) => t.country === c && t.kind === 'standard' && !t.effectiveTo), `${m.id} ${c}: no standard import tax in force`);
      }
    }
    const inclusive = (id: string) => DEMO_MARKETS.find((m) => m.id === id)!.taxInclusive;
    assert.equal(inclusive('us'), false);
    assert.equal(inclusive('ca'), false);
    for (const id of ['eu', 'uk', 'au']) assert.equal(inclusive(id), true, id);
  });

  it('each market pricing compiles, and its charm ending lies on its rounding increment', () => {
    const identity: CrossRate = { quote: d('1'), base: d('1') };
    for (const m of DEMO_MARKETS) {
      const compiled = compilePricing(DEMO_STORE.baseCurrency, identity, m.pricing);
      assert.ok(compiled.ok, `${m.id}: ${compiled.ok ? '' : compiled.message}`);
      const { increment } = m.pricing.rounding;
      const charm = m.pricing.charm;
      if (charm) {
        assert.equal(charm.ending % increment, 0, `${m.id}: charm ending ${charm.ending} is not a multiple of ${increment}`);
        assert.equal(charm.modulus % increment, 0, `${m.id}: charm modulus ${charm.modulus} is not a multiple of ${increment}`);
      }
    }
  });

  it('shows local-looking prices at the demo ECB rates: markup and ending move a price only a little', () => {
    // At the 2025-05-09 rates, USD 14.00 / 78.00 / 210.00 before tax show as, for example,
    // EUR 12.90 / 70.90 / 189.90, JPY 2,080 / 11,580 / 31,080, KRW 19,900 / 110,900 / 299,900, NOK 149 / 829 / 2,219.
    const rates: Record<string, string> = { EUR: '1', ...DEMO_ECB_RATES.rates };
    for (const m of DEMO_MARKETS) {
      const quote = rates[m.currency];
      const base = rates[DEMO_STORE.baseCurrency];
      assert.ok(quote && base, `${m.id}: no demo rate for ${m.currency}`);
      const compiled = compilePricing(DEMO_STORE.baseCurrency, { quote: d(quote), base: d(base) }, m.pricing);
      assert.ok(compiled.ok, m.id);
      const exponent = m.currency === 'JPY' || m.currency === 'KRW' ? 0 : 2;
      for (const usdCents of [1400, 7800, 21000]) {
        const amount = localizeAmount(usdCents, compiled.value);
        const plain = (usdCents / 100) * (Number(quote) / Number(base)) * 10 ** exponent;
        const ratio = amount / plain;
        assert.ok(ratio > 0.95 && ratio < 1.1, `${m.id}: USD ${usdCents / 100} shows as ${amount} minor units (${ratio.toFixed(3)} of the plain conversion)`);
        assert.equal(amount % m.pricing.rounding.increment, 0, `${m.id}: ${amount} is off the increment`);
        if (m.pricing.charm) assert.equal(amount % m.pricing.charm.modulus, m.pricing.charm.ending, `${m.id}: ${amount} does not end in the charm`);
      }
    }
  });
});
