import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { validateProductInput } from '../../src/core/catalog/validate-product-input.js';
import type { ValidProduct } from '../../src/core/catalog/valid-product.js';
import { archiveProduct } from '../../src/services/catalog/archive-product.js';
import { createProduct } from '../../src/services/catalog/create-product.js';
import { getProduct } from '../../src/services/catalog/get-product.js';
import { getStoreProduct } from '../../src/services/catalog/get-store-product.js';
import { listProducts } from '../../src/services/catalog/list-products.js';
import { updateProduct } from '../../src/services/catalog/update-product.js';
import { upsertProducts } from '../../src/services/catalog/upsert-products.js';
import { createDeps, type Deps } from '../../src/services/deps.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { sampleProduct, SEARCHABLE } from './support.js';

function valid(input: unknown): ValidProduct {
  return unwrap(validateProductInput(input));
}

describeWithDatabases('catalog services', (db) => {
  let deps: Deps;
  const count = async (table: string) => Number((await db().withSession((s) => s.query<{ n: number }>(`select count(*)::int as n from ${table}`)))[0]!.n);

  before(async () => {
    deps = createDeps(db(), { version: 'test' });
    for (const p of SEARCHABLE) unwrap(await createProduct(deps, p));
  });

  test('create, then get by id and by handle; defaults and stored units come back', async () => {
    const created = unwrap(await createProduct(deps, sampleProduct('get', { nationalCodes: { US: '0901110020' } })));
    assert.equal(created.status, 'active');
    assert.deepEqual(created.variants.map((v) => [v.sku, v.price, v.weightKg]), [
      ['SKU-get-S', { amount: '10.00', currency: 'USD' }, '0.25'],
      ['SKU-get-L', { amount: '18.50', currency: 'USD' }, '1'],
    ]);
    assert.deepEqual(unwrap(await getProduct(deps, created.id)), created);
    assert.deepEqual(unwrap(await getProduct(deps, 'product-get')), created);
    assert.deepEqual(unwrap(await getProduct(deps, created.id.toUpperCase())), created);
    const missing = await getProduct(deps, 'no-such-product');
    assert.equal(missing.ok ? 'ok' : missing.code, 'NOT_FOUND');
    const missingId = await getProduct(deps, '00000000-0000-4000-8000-000000000000');
    assert.equal(missingId.ok ? 'ok' : missingId.code, 'NOT_FOUND');
    const rows = await db().withSession((s) => s.query<{ price_minor: string; weight_g: number }>(`select price_minor::text, weight_g from variants where sku = 'SKU-get-L'`));
    assert.deepEqual(rows, [{ price_minor: '1850', weight_g: 1000 }]);
  });

  test('a taken handle or SKU is a CONFLICT naming the field, and nothing is written', async () => {
    unwrap(await createProduct(deps, sampleProduct('dup')));
    const [products, variants] = [await count('products'), await count('variants')];
    const handle = await createProduct(deps, sampleProduct('other', { handle: 'product-dup' }));
    assert.ok(!handle.ok);
    assert.equal(handle.code, 'CONFLICT');
    assert.equal(handle.field, 'handle');
    const sku = await createProduct(deps, sampleProduct('other2', { variants: [sampleProduct('x').variants[0]!, { ...sampleProduct('dup').variants[1]! }] }));
    assert.ok(!sku.ok);
    assert.equal(sku.code, 'CONFLICT');
    assert.equal(sku.field, 'variants[1].sku');
    const bad = await createProduct(deps, { ...sampleProduct('bad'), hsCode: '12' });
    assert.equal(bad.ok ? 'ok' : bad.field, 'hsCode');
    assert.equal(await count('products'), products);
    assert.equal(await count('variants'), variants);
    assert.equal(await count(`product_translations where title = 'Product other2'`), 0);
  });

  test('update merges a patch, keeps variant ids by SKU, deletes what the patch drops', async () => {
    const created = unwrap(await createProduct(deps, sampleProduct('upd', { translations: { en: { title: 'Old' }, fr: { title: 'Vieux' } }, material: 'cotton' })));
    const keptId = created.variants[0]!.id;
    const patched = unwrap(
      await updateProduct(deps, created.id, {
        translations: { de: { title: 'Neu' }, fr: null, en: { description: 'Now described' } },
        material: null,
        variants: [{ sku: 'SKU-upd-S', options: { size: 'S' }, price: { amount: '11.00', currency: 'USD' }, weightKg: 0.3 }, { sku: 'SKU-upd-XL', options: { size: 'XL' }, price: { amount: '20.00', currency: 'USD' }, weightKg: 2 }],
      }),
    );
    assert.deepEqual(Object.keys(patched.translations), ['de', 'en']);
    assert.deepEqual(patched.translations.en, { title: 'Old', description: 'Now described', customsDescription: null });
    assert.equal(patched.material, null);
    assert.equal(patched.variants[0]!.id, keptId, 'the variant with the same SKU keeps its id');
    assert.equal(patched.variants[0]!.price.amount, '11.00');
    assert.deepEqual(patched.variants.map((v) => v.sku), ['SKU-upd-S', 'SKU-upd-XL']);
    assert.equal(await count(`variants where sku = 'SKU-upd-L'`), 0);
    assert.ok(patched.updatedAt > created.updatedAt);

    // Sending the GET body back unchanged changes nothing, not even updatedAt.
    const same = unwrap(await updateProduct(deps, created.id, JSON.parse(JSON.stringify(patched))));
    assert.deepEqual(same, patched);

    const cases: Array<[unknown, string, string]> = [
      [{ status: null }, 'VALIDATION_FAILED', 'status'],
      [{ hsCode: '1' }, 'VALIDATION_FAILED', 'hsCode'],
      [{ translations: { en: null } }, 'VALIDATION_FAILED', 'translations.en'],
      [{ id: '00000000-0000-4000-8000-000000000000' }, 'VALIDATION_FAILED', 'id'],
      [{ variants: [{ ...patched.variants[0]!, id: '00000000-0000-4000-8000-000000000000' }] }, 'VALIDATION_FAILED', 'variants[0].id'],
      [{ handle: 'robusta-beans', material: 'changed' }, 'CONFLICT', 'handle'],
      [{ material: 'changed', variants: [{ sku: 'SKU-robusta-S', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] }, 'CONFLICT', 'variants[0].sku'],
      [[{ op: 'replace' }], 'VALIDATION_FAILED', 'body'],
    ];
    for (const [patch, code, field] of cases) {
      const r = await updateProduct(deps, created.id, patch);
      assert.ok(!r.ok, JSON.stringify(patch));
      assert.equal(r.code, code, JSON.stringify(patch));
      assert.equal(r.field, field, JSON.stringify(patch));
    }
    assert.deepEqual(unwrap(await getProduct(deps, created.id)), patched, 'refused patches changed nothing');
    const missing = await updateProduct(deps, '00000000-0000-4000-8000-000000000000', { status: 'draft' });
    assert.equal(missing.ok ? 'ok' : missing.code, 'NOT_FOUND');
    const notUuid = await updateProduct(deps, 'product-upd', { status: 'draft' });
    assert.equal(notUuid.ok ? 'ok' : notUuid.field, 'id');
  });

  test('archive hides a product from the store and is idempotent', async () => {
    const created = unwrap(await createProduct(deps, sampleProduct('arch')));
    assert.equal(unwrap(await getStoreProduct(deps, { handle: 'product-arch', locale: 'en', fallbackLocale: 'en' })).handle, 'product-arch');
    const archived = unwrap(await archiveProduct(deps, created.id));
    assert.equal(archived.status, 'archived');
    const again = unwrap(await archiveProduct(deps, created.id));
    assert.equal(again.updatedAt, archived.updatedAt);
    const store = await getStoreProduct(deps, { handle: 'product-arch', locale: 'en', fallbackLocale: 'en' });
    assert.equal(store.ok ? 'ok' : store.code, 'NOT_FOUND');
    assert.equal((await archiveProduct(deps, '00000000-0000-4000-8000-000000000000')).ok, false);
    const bad = await archiveProduct(deps, 'nope');
    assert.equal(bad.ok ? 'ok' : bad.code, 'VALIDATION_FAILED');
  });

  test('pagination visits every product exactly once, newest first, with filters', async () => {
    for (let i = 0; i < 23; i++) unwrap(await createProduct(deps, sampleProduct(`page-${i}`, { tags: i % 2 === 0 ? ['even'] : ['odd'], status: i % 3 === 0 ? 'draft' : 'active' })));
    const all = await count('products');
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = unwrap(await listProducts(deps, { limit: 7, ...(cursor ? { cursor } : {}) }));
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 100);
    assert.equal(seen.length, all);
    assert.equal(new Set(seen).size, all);
    const listed = unwrap(await listProducts(deps, { limit: 100 })).items;
    for (let i = 1; i < listed.length; i++) assert.ok(listed[i - 1]!.createdAt >= listed[i]!.createdAt, 'newest first');

    const even = unwrap(await listProducts(deps, { tag: 'even', limit: 100 })).items;
    assert.equal(even.length, 12);
    const evenDrafts = unwrap(await listProducts(deps, { tag: 'even', status: 'draft', limit: 100 })).items;
    assert.deepEqual(evenDrafts.map((p) => p.handle).sort(), ['product-page-0', 'product-page-12', 'product-page-18', 'product-page-6']);
    assert.deepEqual(unwrap(await listProducts(deps, { category: 'tea' })).items.map((p) => p.handle), ['lotus-tea']);

    const bad: Array<[Record<string, unknown>, string]> = [
      [{ limit: 0 }, 'limit'],
      [{ limit: 101 }, 'limit'],
      [{ cursor: 'not-a-cursor!' }, 'cursor'],
      [{ status: 'live' }, 'status'],
      [{ category: 'Tea' }, 'category'],
      [{ q: '' }, 'q'],
      [{ q: 'x'.repeat(201) }, 'q'],
      [{ q: 'tea', locale: 'english' }, 'locale'],
    ];
    for (const [input, field] of bad) {
      const r = await listProducts(deps, input);
      assert.equal(r.ok ? 'ok' : r.field, field, JSON.stringify(input));
    }
  });

  test('upsert by handle and SKU: re-running changes nothing, missing variants are kept, foreign SKUs refused', async () => {
    const first = valid(sampleProduct('ups'));
    assert.deepEqual(unwrap(await upsertProducts(deps, [first])), { products: { inserted: 1, updated: 0, unchanged: 0 }, variants: { inserted: 2, updated: 0, unchanged: 0 }, rejected: [] });
    const before = unwrap(await getProduct(deps, 'product-ups'));
    assert.deepEqual(unwrap(await upsertProducts(deps, [first])), { products: { inserted: 0, updated: 0, unchanged: 1 }, variants: { inserted: 0, updated: 0, unchanged: 2 }, rejected: [] });
    assert.deepEqual(unwrap(await getProduct(deps, 'product-ups')), before, 'a re-run leaves even updated_at alone');

    const priceOnly = valid({ ...sampleProduct('ups'), variants: [{ ...sampleProduct('ups').variants[0]!, price: { amount: '12.00', currency: 'USD' } }] });
    assert.deepEqual(unwrap(await upsertProducts(deps, [priceOnly])), { products: { inserted: 0, updated: 1, unchanged: 0 }, variants: { inserted: 0, updated: 1, unchanged: 0 }, rejected: [] });
    const after = unwrap(await getProduct(deps, 'product-ups'));
    assert.deepEqual(after.variants.map((v) => [v.sku, v.price.amount]), [['SKU-ups-S', '12.00'], ['SKU-ups-L', '18.50']]);
    assert.ok(after.updatedAt > before.updatedAt, 'a variant change moves the product updated_at');

    const thief = valid(sampleProduct('thief', { variants: [{ sku: 'SKU-ups-L', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] }));
    const ok2 = valid(sampleProduct('ups-2'));
    const outcome = unwrap(await upsertProducts(deps, [thief, ok2]));
    assert.deepEqual(outcome.rejected, [{ handle: 'product-thief', field: 'variants[0].sku', message: 'SKU SKU-ups-L already belongs to the product product-ups' }]);
    assert.equal(outcome.products.inserted, 1);
    assert.equal((await getProduct(deps, 'product-thief')).ok, false);
  });

  test('concurrent upserts of the same SKU: one product, one row per SKU, no error', async () => {
    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        upsertProducts(deps, [valid(sampleProduct('race', { variants: [{ sku: 'RACE-1', price: { amount: `${10 + i}.00`, currency: 'USD' }, weightKg: 1 }] }))]),
      ),
    );
    for (const r of runs) assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(await count(`products where handle = 'product-race'`), 1);
    assert.equal(await count(`variants where sku = 'RACE-1'`), 1);
    const inserted = runs.reduce((n, r) => n + (r.ok ? r.value.products.inserted : 0), 0);
    assert.equal(inserted, 1);

    // Two different products racing for one SKU: exactly one gets it.
    const creates = await Promise.all(
      Array.from({ length: 4 }, (_, i) => createProduct(deps, sampleProduct(`claim-${i}`, { variants: [{ sku: 'CLAIMED', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] }))),
    );
    assert.equal(creates.filter((c) => c.ok).length, 1);
    for (const c of creates) if (!c.ok) assert.deepEqual([c.code, c.field], ['CONFLICT', 'variants[0].sku']);
    assert.equal(await count(`products where handle like 'product-claim-%'`), 1);
    const upserts = await Promise.all(
      Array.from({ length: 4 }, (_, i) => upsertProducts(deps, [valid(sampleProduct(`grab-${i}`, { variants: [{ sku: 'GRABBED', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] }))])),
    );
    const winners = upserts.filter((u) => u.ok && u.value.rejected.length === 0);
    assert.equal(winners.length, 1);
    assert.equal(await count(`products where handle like 'product-grab-%'`), 1);
    assert.equal(await count(`variants where sku = 'GRABBED'`), 1);
  });

  test('a batch that fails half-way leaves nothing of itself behind', async () => {
    await db().withSession((s) =>
      s.exec(`create function catalog_test_boom() returns trigger language plpgsql as $$
        begin if new.sku = 'BOOM' then raise exception 'boom on purpose'; end if; return new; end $$;
        create trigger catalog_test_boom before insert or update on variants for each row execute function catalog_test_boom();`),
    );
    try {
      const [products, variants, texts] = [await count('products'), await count('variants'), await count('product_translations')];
      const batch = [valid(sampleProduct('b-1')), valid(sampleProduct('b-2', { variants: [{ sku: 'BOOM', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] })), valid(sampleProduct('b-3'))];
      const boom = (e: unknown) => /boom on purpose/.test(String((e as { cause?: unknown }).cause ?? e));
      await assert.rejects(upsertProducts(deps, batch), boom);
      assert.deepEqual([await count('products'), await count('variants'), await count('product_translations')], [products, variants, texts]);
      // The same through an update: the product row change is rolled back with the variant.
      const p = unwrap(await createProduct(deps, sampleProduct('b-4')));
      await assert.rejects(updateProduct(deps, p.id, { material: 'changed', variants: [{ sku: 'BOOM', price: { amount: '1.00', currency: 'USD' }, weightKg: 1 }] }), boom);
      assert.deepEqual(unwrap(await getProduct(deps, p.id)), p);
    } finally {
      await db().withSession((s) => s.exec('drop trigger catalog_test_boom on variants; drop function catalog_test_boom();'));
    }
  });
});
