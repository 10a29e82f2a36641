import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { validateProductInput } from '../../src/core/catalog/validate-product-input.js';
import { DEMO_CATALOG } from '../../src/data/demo/catalog.js';
import { DEMO_STORE } from '../../src/data/demo/store.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const CHOPSTICKS = 'bamboo-chopsticks';

test('every demo product validates with its one root-relative image, alt text its English title', () => {
  for (const p of DEMO_CATALOG) {
    const r = validateProductInput(p, { baseCurrency: DEMO_STORE.baseCurrency });
    assert.ok(r.ok, `${p.handle}: ${r.ok ? '' : r.message}`);
    assert.deepEqual(r.value.images, [{ url: `/media/demo/${p.handle}.png`, alt: p.translations.en!.title }]);
  }
});

describeWithDatabases('demo product images', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T12:00:00Z') } });
    await seedDemoStore(t.deps);
  });

  test('GET /media/demo/{handle}.png: a public 640x640 PNG with ETag and a day of caching; If-None-Match answers 304', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/media/demo/${CHOPSTICKS}.png` });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'image/png');
    assert.equal(r.headers['cache-control'], 'public, max-age=86400');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    const etag = String(r.headers.etag);
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    const png = r.rawPayload;
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [640, 640]);
    const idat = png.subarray(33 + 8, 33 + 8 + png.readUInt32BE(33));
    assert.equal(png.toString('latin1', 37, 41), 'IDAT');
    assert.equal(inflateSync(idat).length, 640 * (1 + 640 * 3));

    for (const match of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await t.app.inject({ method: 'GET', url: `/media/demo/${CHOPSTICKS}.png`, headers: { 'if-none-match': match } });
      assert.equal(again.statusCode, 304, match);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
    }
    const stale = await t.app.inject({ method: 'GET', url: `/media/demo/${CHOPSTICKS}.png`, headers: { 'if-none-match': '"an-older-one"' } });
    assert.equal(stale.statusCode, 200);
    assert.deepEqual(stale.rawPayload, png, 'the same bytes on every request');

    const other = await buildTestApp(db());
    try {
      const there = await other.app.inject({ method: 'GET', url: `/media/demo/${CHOPSTICKS}.png` });
      assert.equal(there.headers.etag, etag, 'the same ETag from another process');
    } finally {
      await other.app.close();
    }
    const head = await t.app.inject({ method: 'HEAD', url: `/media/demo/${CHOPSTICKS}.png` });
    assert.equal(head.statusCode, 200);
    assert.equal(head.headers['content-type'], 'image/png');
  });

  test('an unknown or malformed handle is a 404 problem naming handle; other names under /media are 404', async () => {
    for (const handle of ['no-such-product', 'Bamboo-Chopsticks', '%2e%2e', 'bamboo-chopsticks.png', '__proto__', 'x'.repeat(90)]) {
      const r = await t.app.inject({ method: 'GET', url: `/media/demo/${handle}.png` });
      assert.equal(r.statusCode, 404, handle);
      assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(r.json().code, 'NOT_FOUND');
      assert.deepEqual(r.json().errors?.map((e: { field: string }) => e.field), ['handle'], r.body);
    }
    for (const url of [`/media/demo/${CHOPSTICKS}.jpg`, `/media/demo/${CHOPSTICKS}`, '/media/demo/', `/media/${CHOPSTICKS}.png`, `/media/demo/../demo/${CHOPSTICKS}.txt`]) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 404, url);
      assert.notEqual(r.headers['content-type'], 'image/png', url);
    }
  });

  test('the storefront product page shows the product\'s image from this server', async () => {
    const r = await t.app.inject({ method: 'GET', url: `/en-us/p/${CHOPSTICKS}`, headers: { accept: 'text/html' } });
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    assert.match(r.body, /<img src="\/media\/demo\/bamboo-chopsticks\.png" alt="Natural Bamboo Chopsticks" width="640" height="640">/);
    const home = await t.app.inject({ method: 'GET', url: '/en-us/', headers: { accept: 'text/html' } });
    assert.match(home.body, /<img src="\/media\/demo\/[a-z0-9-]+\.png" alt="" loading="lazy"/, 'product cards too');
  });

  test('the demo store\'s Google feed for eu has items, each with an absolute image link that this server answers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml' });
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    const items = r.body.split('<item>').slice(1);
    assert.ok(items.length >= 60, `${items.length} items`);
    const links = items.map((i) => /<g:image_link>([^<]+)<\/g:image_link>/.exec(i)?.[1]);
    assert.ok(links.every((l) => l !== undefined && /^http:\/\/localhost:3000\/media\/demo\/[a-z0-9-]+\.png$/.test(l)), links.find((l) => !l?.startsWith('http://localhost:3000/media/demo/')));
    const chopsticks = items.find((i) => i.includes('<g:id>BAM-CHP-5</g:id>'))!;
    assert.match(chopsticks, /<g:image_link>http:\/\/localhost:3000\/media\/demo\/bamboo-chopsticks\.png<\/g:image_link>/);
    const path = new URL(links[0]!).pathname;
    assert.equal((await t.app.inject({ method: 'GET', url: path })).statusCode, 200);
    const report = (await t.app.inject({ method: 'GET', url: '/v1/admin/feeds/eu', headers: t.auth() })).json() as { channels: Array<{ channel: string; problems: Array<{ field: string }> }> };
    for (const c of report.channels) assert.ok(!c.problems.some((p) => p.field === 'image_link'), `${c.channel}: no image_link problems`);
  });

  test('the admin API takes a root-relative image path and refuses hostile ones naming images[0].url, changing nothing', async () => {
    const product = (await t.app.inject({ method: 'GET', url: `/v1/admin/products/${CHOPSTICKS}`, headers: t.auth() })).json() as { id: string; images: unknown };
    assert.deepEqual(product.images, [{ url: `/media/demo/${CHOPSTICKS}.png`, alt: 'Natural Bamboo Chopsticks' }]);
    const patch = (images: unknown) => t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${product.id}`, headers: t.auth(), payload: { images } });
    const good = await patch([{ url: '/media/uploads/chopsticks-2.png', alt: 'In use' }, { url: `/media/demo/${CHOPSTICKS}.png` }]);
    assert.equal(good.statusCode, 200, good.body);
    assert.deepEqual(good.json().images, [{ url: '/media/uploads/chopsticks-2.png', alt: 'In use' }, { url: `/media/demo/${CHOPSTICKS}.png`, alt: null }]);
    for (const url of ['//evil.com/x', '/a/../b', '/a/%2e%2e/b', '/\\evil.com/x', 'javascript:alert(1)', '/a b.png', '/a\u0000.png', 'relative.png']) {
      const r = await patch([{ url }]);
      assert.equal(r.statusCode, 400, `${url}: ${r.body}`);
      assert.deepEqual(r.json().errors.map((e: { field: string }) => e.field), ['images[0].url'], `${JSON.stringify(url)}: ${r.body}`);
    }
    const after = (await t.app.inject({ method: 'GET', url: `/v1/admin/products/${CHOPSTICKS}`, headers: t.auth() })).json() as { images: unknown };
    assert.deepEqual(after.images, good.json().images);
  });
});
