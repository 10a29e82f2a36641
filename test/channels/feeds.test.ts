import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

type Report = {
  market: string;
  country: string;
  channels: Array<{ channel: string; itemCount: number; problemCount: number; taxIncluded: boolean; problems: Array<{ product: string; sku: string; field: string; message: string }>; urls: Array<{ format: string; url: string }>; generatedAt: string }>;
};

/** The <item> of a SKU in an RSS feed, or undefined. */
const xmlItem = (xml: string, sku: string) => xml.split('<item>').find((i) => i.includes(`<g:id>${sku}</g:id>`));
const tsvRows = (tsv: string) => tsv.trimEnd().split('\n').map((l) => l.split('\t'));

describeWithDatabases('channel feeds per market', (db) => {
  let t: TestApp;
  const images = (handle: string) => [{ url: `https://cdn.example.com/${handle}.jpg`, alt: null }, { url: `https://cdn.example.com/${handle}-2.jpg` }];
  before(async () => {
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T12:00:00Z') } });
    await seedDemoStore(t.deps);
  });

  const patchProduct = async (handle: string, body: object) => {
    const product = (await t.app.inject({ method: 'GET', url: `/v1/admin/products/${handle}`, headers: t.auth() })).json() as { id: string };
    const r = await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${product.id}`, headers: t.auth(), payload: body });
    assert.equal(r.statusCode, 200, r.body);
  };

  test('a product without images: each of its variants is reported on image_link by product and SKU, and stays out', async () => {
    await patchProduct('lacquer-serving-tray', { images: [] });
    const r = await t.app.inject({ method: 'GET', url: '/v1/admin/feeds/eu', headers: t.auth() });
    assert.equal(r.statusCode, 200, r.body);
    const report = r.json() as Report;
    assert.equal(report.country, 'DE');
    for (const c of report.channels) {
      assert.ok(c.itemCount > 60, `${c.channel}: the demo products have images (${c.itemCount} items)`);
      assert.deepEqual(c.problems.filter((p) => p.field === 'image_link').map((p) => `${p.product} ${p.sku}`).sort(), ['lacquer-serving-tray LAC-TRY-BLK', 'lacquer-serving-tray LAC-TRY-VER'], c.channel);
      assert.ok(c.problems.every((p) => p.field !== 'image_link' || /missing/.test(p.message)), c.channel);
    }
    const google = report.channels.find((c) => c.channel === 'google')!;
    assert.deepEqual(google.urls.map((u) => u.url), ['http://localhost:3000/feeds/eu/google.xml', 'http://localhost:3000/feeds/eu/google.tsv']);
    assert.equal(google.taxIncluded, true);
    assert.ok(!google.problems.some((p) => p.field === 'shipping'), 'every variant has shipping to DE');
  });

  test('Google XML: RSS 2.0 with g:, German text, euro prices with VAT, stock, shipping, absolute links', async () => {
    await patchProduct('bamboo-chopsticks', { images: images('bamboo-chopsticks') });
    const r = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/xml; charset=utf-8');
    assert.match(r.body, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<rss version="2\.0" xmlns:g="http:\/\/base\.google\.com\/ns\/1\.0">/);
    const item = xmlItem(r.body, 'BAM-CHP-5');
    assert.ok(item, r.body.slice(0, 500));
    assert.match(item, /<g:title>Essstäbchen aus Naturbambus<\/g:title>/);
    assert.match(item, /<g:link>http:\/\/localhost:3000\/de-de\/p\/bamboo-chopsticks\?variant=BAM-CHP-5<\/g:link>/);
    assert.match(item, /<g:image_link>https:\/\/cdn\.example\.com\/bamboo-chopsticks\.jpg<\/g:image_link><g:additional_image_link>https:\/\/cdn\.example\.com\/bamboo-chopsticks-2\.jpg<\/g:additional_image_link>/);
    assert.match(item, /<g:availability>in_stock<\/g:availability>/);
    assert.match(item, /<g:price>\d+\.90 EUR<\/g:price>/);
    assert.match(item, /<g:item_group_id>bamboo-chopsticks<\/g:item_group_id>/);
    assert.match(item, /<g:brand>Hội An Atelier<\/g:brand>/);
    assert.match(item, /<g:shipping><g:country>DE<\/g:country><g:service>[^<]+<\/g:service><g:price>\d+\.\d\d EUR<\/g:price><g:min_handling_time>0<\/g:min_handling_time><g:max_handling_time>1<\/g:max_handling_time><g:min_transit_time>\d+<\/g:min_transit_time><g:max_transit_time>\d+<\/g:max_transit_time><\/g:shipping>/);
    for (const c of ['FR', 'NL', 'IT', 'ES']) assert.match(item, new RegExp(`<g:country>${c}</g:country>`));
    // The storefront shows the same price for a German buyer.
    const store = (await t.app.inject({ method: 'GET', url: '/v1/store/products/bamboo-chopsticks?market=eu&country=DE&locale=de' })).json() as { items: Array<{ variants: Array<{ sku: string; marketPrice: { amount: string } }> }> };
    const shown = store.items[0]!.variants.find((v) => v.sku === 'BAM-CHP-5')!.marketPrice.amount;
    assert.match(item, new RegExp(`<g:price>${shown.replace('.', '\\.')} EUR</g:price>`));
    assert.equal(xmlItem(r.body, 'LAC-TRY-VER'), undefined, 'a product without images stays out');
  });

  test('Google TSV and Meta CSV of the same market; French buyers get French VAT in the price', async () => {
    const tsv = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.tsv' });
    assert.equal(tsv.statusCode, 200);
    assert.equal(tsv.headers['content-type'], 'text/tab-separated-values; charset=utf-8');
    const rows = tsvRows(tsv.body);
    const header = rows[0]!;
    assert.deepEqual(header.slice(0, 5), ['id', 'title', 'description', 'link', 'image_link']);
    const row = rows.find((r) => r[0] === 'BAM-CHP-5')!;
    assert.equal(row.length, header.length);
    assert.match(row[header.indexOf('shipping')]!, /^DE::[^:]+:\d+\.\d\d EUR:0:1:\d+:\d+,FR::/);
    assert.equal(row[header.indexOf('shipping_weight')], '120 g');
    assert.equal(row[header.indexOf('availability')], 'in_stock');

    const csv = await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv' });
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8; header=present');
    const lines = csv.body.split('\r\n');
    assert.equal(lines[0], 'id,title,description,availability,condition,price,link,image_link,brand,item_group_id,sale_price,additional_image_link,product_type,gtin,mpn,color,size,shipping_weight,shipping');
    assert.ok(lines.some((l) => l.startsWith('BAM-CHP-5,Essstäbchen aus Naturbambus,') && l.includes(',in stock,new,')), csv.body.slice(0, 400));

    const fr = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml?country=fr' });
    assert.equal(fr.statusCode, 200);
    const frItem = xmlItem(fr.body, 'BAM-CHP-5')!;
    // The market's first language, for buyers in France: the storefront's /de-fr/ pages.
    assert.match(frItem, /<g:link>http:\/\/localhost:3000\/de-fr\/p\/bamboo-chopsticks\?variant=BAM-CHP-5<\/g:link>/);
    const store = (await t.app.inject({ method: 'GET', url: '/v1/store/products/bamboo-chopsticks?market=eu&country=FR&locale=de' })).json() as { items: Array<{ variants: Array<{ sku: string; marketPrice: { amount: string; taxIncluded: { rate: string } | null } }> }> };
    const shown = store.items[0]!.variants.find((v) => v.sku === 'BAM-CHP-5')!.marketPrice;
    assert.equal(shown.taxIncluded?.rate, '20%');
    assert.match(frItem, new RegExp(`<g:price>${shown.amount.replace('.', '\\.')} EUR</g:price>`));

    // One feed per country and language, as Google wants them: French titles and /fr-fr/ links, same price.
    const frFr = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml?country=FR&language=fr' });
    assert.equal(frFr.statusCode, 200);
    const frFrItem = xmlItem(frFr.body, 'BAM-CHP-5')!;
    assert.match(frFrItem, /<g:link>http:\/\/localhost:3000\/fr-fr\/p\/[^<]+\?variant=BAM-CHP-5<\/g:link>/);
    assert.doesNotMatch(frFrItem, /Essstäbchen/);
    assert.match(frFrItem, new RegExp(`<g:price>${shown.amount.replace('.', '\\.')} EUR</g:price>`));
    assert.notEqual(frFr.headers.etag, fr.headers.etag, 'each language has its own ETag');
    const report = (await t.app.inject({ method: 'GET', url: '/v1/admin/feeds/eu?country=FR&language=fr', headers: t.auth() })).json() as Report;
    assert.ok(report.channels[0]!.urls.every((u) => u.url.endsWith('?country=FR&language=fr')), JSON.stringify(report.channels[0]!.urls));
    const ja = await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv?language=ja' });
    assert.equal(ja.statusCode, 400);
    assert.equal(ja.json().field ?? ja.json().errors?.[0]?.field, 'language', ja.body);
  });

  test('Google wants prices without tax in the US and with it in Korea, whatever the market shows; Meta takes the market\'s', async () => {
    await patchProduct('lacquer-serving-tray', { images: images('lacquer-serving-tray') });
    const us = (await t.app.inject({ method: 'GET', url: '/v1/admin/feeds/us', headers: t.auth() })).json() as Report;
    assert.equal(us.channels.find((c) => c.channel === 'google')!.taxIncluded, false);
    const kr = (await t.app.inject({ method: 'GET', url: '/v1/admin/feeds/kr', headers: t.auth() })).json() as Report;
    assert.equal(kr.channels.find((c) => c.channel === 'google')!.taxIncluded, true);
    assert.equal(kr.channels.find((c) => c.channel === 'meta')!.taxIncluded, false);
    const google = xmlItem((await t.app.inject({ method: 'GET', url: '/feeds/kr/google.xml' })).body, 'LAC-TRY-VER')!;
    const meta = (await t.app.inject({ method: 'GET', url: '/feeds/kr/meta.csv' })).body.split('\r\n').find((l) => l.startsWith('LAC-TRY-VER,'))!;
    const withTax = Number(/<g:price>(\d+) KRW</.exec(google)![1]);
    const withoutTax = Number(/,(\d+) KRW,/.exec(meta)![1]);
    assert.ok(withTax > withoutTax * 1.05, `${withTax} includes Korean VAT over ${withoutTax}`);
  });

  test('ETag and Last-Modified: If-None-Match and If-Modified-Since answer 304 while nothing changed', async () => {
    const first = await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv' });
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(first.headers['last-modified'], 'Fri, 27 Nov 2026 12:00:00 GMT');
    const again = await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const since = await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv', headers: { 'if-modified-since': 'Fri, 27 Nov 2026 12:00:00 GMT' } });
    assert.equal(since.statusCode, 304);
    const older = await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv', headers: { 'if-modified-since': 'Fri, 27 Nov 2026 11:59:59 GMT' } });
    assert.equal(older.statusCode, 200);
    const other = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.tsv', headers: { 'if-none-match': etag } });
    assert.equal(other.statusCode, 200, 'another format has its own ETag');
  });

  test('a price-list entry, a stock change and a new title show in the next fetch', async () => {
    const before = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml' });
    const add = await t.app.inject({ method: 'POST', url: '/v1/admin/markets/eu/price-list', headers: t.auth(), payload: { sku: 'BAM-CHP-5', price: { amount: '7.77', currency: 'EUR' }, effectiveFrom: '2026-11-01' } });
    assert.equal(add.statusCode, 201, add.body);
    const priced = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml', headers: { 'if-none-match': String(before.headers.etag) } });
    assert.equal(priced.statusCode, 200);
    assert.match(xmlItem(priced.body, 'BAM-CHP-5')!, /<g:price>7\.77 EUR<\/g:price>/);

    for (const [warehouse, quantity] of [['vn-hoian', 150], ['nl-venlo', 40]] as const) {
      const moved = await t.app.inject({ method: 'POST', url: '/v1/admin/inventory/movements', headers: t.auth(), payload: { sku: 'BAM-CHP-5', warehouse, kind: 'adjustment', quantity: -quantity, reason: 'stock count' } });
      assert.equal(moved.statusCode, 201, moved.body);
    }
    const out = xmlItem((await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml' })).body, 'BAM-CHP-5')!;
    assert.match(out, /<g:availability>out_of_stock<\/g:availability>/);

    await patchProduct('bamboo-chopsticks', { translations: { de: { title: 'Essstäbchen <Bambus> & Co' } } });
    const renamed = xmlItem((await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml' })).body, 'BAM-CHP-5')!;
    assert.match(renamed, /<g:title>Essstäbchen &lt;Bambus&gt; &amp; Co<\/g:title>/);
  });

  test('another process serving the same database sees a change it did not make, and a title too long for Google only', async () => {
    const other = await buildTestApp(db(), { deps: { clock: () => new Date('2026-11-27T12:00:00Z') } });
    try {
      const first = await other.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv' });
      assert.equal(first.statusCode, 200);
      const etag = String(first.headers.etag);
      assert.equal(etag, String((await t.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv' })).headers.etag), 'the same ETag in both processes');
      // A writer outside both processes, with the same clock reading: the fingerprint still moves.
      await t.deps.database.orm.execute(sql`update variants set barcode = '4006381333931' where sku = 'BAM-CHP-10'`);
      const changed = await other.app.inject({ method: 'GET', url: '/feeds/eu/meta.csv', headers: { 'if-none-match': etag } });
      assert.equal(changed.statusCode, 200);
      assert.match(changed.body.split('\r\n').find((l) => l.startsWith('BAM-CHP-10,'))!, /,4006381333931,BAM-CHP-10,/);

      await patchProduct('bamboo-chopsticks', { translations: { de: { title: 'B'.repeat(151) } } });
      const report = (await other.app.inject({ method: 'GET', url: '/v1/admin/feeds/eu', headers: other.auth() })).json() as Report;
      const google = report.channels.find((c) => c.channel === 'google')!;
      const meta = report.channels.find((c) => c.channel === 'meta')!;
      assert.deepEqual(google.problems.filter((p) => p.product === 'bamboo-chopsticks').map((p) => `${p.sku} ${p.field} ${p.message}`), ['BAM-CHP-5 title at most 150 characters; 151 given', 'BAM-CHP-10 title at most 150 characters; 151 given']);
      assert.ok(!meta.problems.some((p) => p.product === 'bamboo-chopsticks'), 'Meta takes 200 characters');
      assert.ok(meta.itemCount >= 4);
    } finally {
      await other.app.close();
    }
  });

  test('an unknown market is a 404 problem naming market; a country outside the market a 400 naming country', async () => {
    for (const url of ['/feeds/atlantis/google.xml', '/feeds/atlantis/google.tsv', '/feeds/atlantis/meta.csv', '/v1/admin/feeds/atlantis']) {
      const r = await t.app.inject({ method: 'GET', url, headers: t.auth() });
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(r.json().field ?? r.json().errors?.[0]?.field, 'market', r.body);
    }
    const r = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.xml?country=US' });
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /country/);
    const unknownFile = await t.app.inject({ method: 'GET', url: '/feeds/eu/google.json' });
    assert.equal(unknownFile.statusCode, 404);
  });

  test('the admin report needs a key', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/v1/admin/feeds/eu' });
    assert.equal(r.statusCode, 401);
  });
});
