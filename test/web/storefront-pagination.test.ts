import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createProduct } from '../../src/services/catalog/create-product.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';

const handles = (body: string) => [...body.matchAll(/<h2><a href="\/en-gb\/p\/([a-z0-9-]+)"/g)].map((m) => m[1]!);

describeWithDatabases('storefront pagination', (db) => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2025-05-12T10:00:00Z') } });
    await seedDemoStore(t.deps);
    for (let i = 0; i < 100; i++) {
      const n = String(i).padStart(3, '0');
      unwrap(
        await createProduct(t.deps, {
          handle: `bulk-${n}`,
          hsCode: '691200',
          originCountry: 'VN',
          categories: ['bulk'],
          translations: { en: { title: `Stoneware cup ${n}` } },
          variants: [{ sku: `BULK-${n}`, price: { amount: '12.00', currency: 'USD' }, weightKg: '0.3' }],
        }),
      );
    }
  });

  test('100 products in a category: five pages of 24, 24, 24, 24 and 4, each product once, linked both ways', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const r = await get(`/en-gb/c/bulk${page > 1 ? `?page=${page}` : ''}`);
      assert.equal(r.statusCode, 200, `page ${page}`);
      const found = handles(r.body);
      assert.equal(found.length, page < 5 ? 24 : 4, `page ${page}`);
      seen.push(...found);
      assert.equal(r.body.includes(`<a rel="next" href="/en-gb/c/bulk?page=${page + 1}">Next page</a>`), page < 5, `page ${page} next`);
      assert.equal(r.body.includes(`<a rel="prev" href="/en-gb/c/bulk${page > 2 ? `?page=${page - 1}` : ''}">Previous page</a>`), page > 1, `page ${page} previous`);
      assert.ok(r.body.includes(`<span aria-current="page">Page ${page}</span>`));
    }
    assert.equal(new Set(seen).size, 100);
    assert.match((await get('/en-gb/c/bulk?page=3')).body, /<h1>Bulk, page 3<\/h1>/, 'a category without a name in the catalogs shows its slug');
    const past = await get('/en-gb/c/bulk?page=6');
    assert.equal(past.statusCode, 404);
    assert.match(past.body, /<p>There is no page 6 here\.<\/p>/);
    assert.equal((await get('/en-gb/c/bulk?page=100')).statusCode, 404);
    assert.equal((await get('/en-gb/c/bulk?page=101')).statusCode, 400);
  });

  test('search results page the same way, the search text kept in the links', async () => {
    const first = await get('/en-gb/search?q=stoneware%20cup');
    assert.equal(first.statusCode, 200);
    assert.equal(handles(first.body).length, 24);
    assert.match(first.body, /<p class="result-count" role="status">24 products on this page<\/p>/);
    assert.ok(first.body.includes('<a rel="next" href="/en-gb/search?q=stoneware+cup&amp;page=2">Next page</a>'));
    const last = await get('/en-gb/search?q=stoneware+cup&page=5');
    assert.equal(handles(last.body).length, 4);
    assert.match(last.body, /<p class="result-count" role="status">4 products on this page<\/p>/);
    assert.equal((await get('/en-gb/search?q=stoneware+cup&page=6')).statusCode, 404);
  });
});
