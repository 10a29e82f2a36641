import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createProduct } from '../../src/services/catalog/create-product.js';
import { getStoreProduct } from '../../src/services/catalog/get-store-product.js';
import { listProducts } from '../../src/services/catalog/list-products.js';
import { listStoreProducts } from '../../src/services/catalog/list-store-products.js';
import { createDeps, type Deps } from '../../src/services/deps.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { sampleProduct, SEARCHABLE } from './support.js';

describeWithDatabases('catalog search and store views', (db) => {
  let deps: Deps;
  const count = async (table: string) => Number((await db().withSession((s) => s.query<{ n: number }>(`select count(*)::int as n from ${table}`)))[0]!.n);

  before(async () => {
    deps = createDeps(db(), { version: 'test' });
    for (const p of SEARCHABLE) unwrap(await createProduct(deps, p));
    for (let i = 0; i < 5; i++) unwrap(await createProduct(deps, sampleProduct(`filler-${i}`, { status: i % 2 === 0 ? 'active' : 'draft' })));
  });

  test('full-text search in en, de, fr, ja, vi and zh, with stemming and prefixes', async () => {
    const cases: Array<[string, string | undefined, string[]]> = [
      ['roasted beans', 'en', ['robusta-beans']],
      ['roast', 'en', ['robusta-beans']],
      ['"green tea"', 'en', ['lotus-tea']],
      ['silk -tea', 'en', ['silk-scarf']],
      ['coffee or tea', 'en', ['lotus-tea', 'robusta-beans']],
      ['Kaffee', 'de', ['robusta-beans']],
      ['gerösteten Bohnen', 'de', ['robusta-beans']],
      ['Tee', 'de', ['lotus-tea']],
      ['Seide', 'de', ['silk-scarf']],
      ['café', 'fr', ['robusta-beans']],
      ['torréfié', 'fr', ['robusta-beans']],
      ['thé', 'fr', ['lotus-tea']],
      ['soie', 'fr', ['silk-scarf']],
      ['コーヒー', 'ja', ['robusta-beans']],
      ['茶', 'ja', ['lotus-tea']],
      ['シルク', 'ja', ['silk-scarf']],
      ['深煎り', 'ja', ['robusta-beans']],
      ['cà phê', 'vi', ['robusta-beans']],
      ['咖啡', 'zh-Hans', ['robusta-beans']],
      ['Kaffee', 'en', []],
      ['coffee', undefined, ['robusta-beans']],
      ['Kaffee', undefined, ['robusta-beans']],
      ['nothing-like-this', 'en', []],
    ];
    for (const [q, locale, handles] of cases) {
      const page = unwrap(await listProducts(deps, { q, ...(locale ? { locale } : {}), limit: 100 }));
      assert.deepEqual(page.items.map((p) => p.handle).sort(), handles, `${q} in ${locale}`);
    }
    for (const hostile of ['"unclosed', '!!!', "' or 1=1 --", '&|<->:*', '\\', 'a & b | !c', '((((']) {
      assert.ok((await listProducts(deps, { q: hostile, locale: 'en' })).ok, hostile);
      assert.ok((await listProducts(deps, { q: hostile })).ok, hostile);
    }
  });

  test('the store lists active products in the best translation, with base prices and customs facts', async () => {
    unwrap(await createProduct(deps, sampleProduct('draft-only', { status: 'draft', categories: ['tea'] })));
    const page = unwrap(await listStoreProducts(deps, { locale: 'de-CH', fallbackLocale: 'en', category: 'tea' }));
    assert.deepEqual(page.items.map((p) => [p.handle, p.locale, p.title]), [['lotus-tea', 'de', 'Grüner Lotustee']]);
    const tea = page.items[0]!;
    assert.deepEqual(tea.variants.map((v) => [v.sku, v.price, v.weightG]), [
      ['SKU-tea-S', { amount: 1000, currency: 'USD' }, 250],
      ['SKU-tea-L', { amount: 1850, currency: 'USD' }, 1000],
    ]);
    assert.equal(tea.hsCode, '090111');
    assert.equal(tea.originCountry, 'VN');

    const ja = unwrap(await getStoreProduct(deps, { handle: 'robusta-beans', locale: 'ja', fallbackLocale: 'en' }));
    assert.equal(ja.title, 'ロブスタコーヒー豆');
    const zh = unwrap(await getStoreProduct(deps, { handle: 'robusta-beans', locale: 'zh-Hans-CN', fallbackLocale: 'en' }));
    assert.equal(zh.locale, 'zh-Hans');
    const fallback = unwrap(await getStoreProduct(deps, { handle: 'silk-scarf', locale: 'ko', fallbackLocale: 'fr' }));
    assert.deepEqual([fallback.locale, fallback.title], ['fr', 'Écharpe en soie tissée à la main']);
    const en = unwrap(await getStoreProduct(deps, { handle: 'silk-scarf', locale: 'ko', fallbackLocale: 'it' }));
    assert.equal(en.locale, 'en');

    const search = unwrap(await listStoreProducts(deps, { locale: 'de-AT', fallbackLocale: 'en', q: 'Kaffeebohnen' }));
    assert.deepEqual(search.items.map((p) => [p.handle, p.locale]), [['robusta-beans', 'de']]);
    const searchJa = unwrap(await listStoreProducts(deps, { locale: 'ja', fallbackLocale: 'en', q: 'スカーフ' }));
    assert.deepEqual(searchJa.items.map((p) => p.handle), ['silk-scarf']);

    for (const [handle, reason] of [['product-draft-only', 'draft'], ['no-such', 'missing'], ['Not A Handle', 'malformed']]) {
      const r = await getStoreProduct(deps, { handle: handle!, locale: 'en', fallbackLocale: 'en' });
      assert.equal(r.ok ? 'ok' : r.code, 'NOT_FOUND', reason);
    }
    const badLocale = await listStoreProducts(deps, { locale: 'xx_YY', fallbackLocale: 'en' });
    assert.equal(badLocale.ok ? 'ok' : badLocale.field, 'locale');
    const badFallback = await getStoreProduct(deps, { handle: 'robusta-beans', locale: 'en', fallbackLocale: '' });
    assert.equal(badFallback.ok ? 'ok' : badFallback.field, 'fallbackLocale');

    // Every active product exactly once through the store's pages.
    const active = await count(`products where status = 'active'`);
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let i = 0; i < 100; i++) {
      const p = unwrap(await listStoreProducts(deps, { locale: 'en', fallbackLocale: 'en', limit: 4, ...(cursor ? { cursor } : {}) }));
      for (const item of p.items) {
        assert.ok(!seen.has(item.id));
        seen.add(item.id);
      }
      if (!p.nextCursor) break;
      cursor = p.nextCursor;
    }
    assert.equal(seen.size, active);
  });
});
