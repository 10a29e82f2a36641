import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';
import { sampleProduct } from '../catalog/support.js';

const HEADER = 'handle,hs_code,origin_country,title_en,sku,option_size,price,currency,weight_kg';
/** Three products, four variants. */
const GOOD_CSV = [
  HEADER,
  'upload-tee,610910,VN,Cotton tee,UP-TEE-S,S,25.00,USD,0.2',
  'upload-tee,610910,VN,Cotton tee,UP-TEE-M,M,25.00,USD,0.22',
  'upload-mug,691200,VN,Stoneware mug,UP-MUG,,12.50,USD,0.4',
  'upload-scarf,621410,VN,Silk scarf,UP-SCARF,,45.00,USD,0.08',
].join('\n');
/** Line 3 has a price with three decimals: its product is refused, the other two are imported. */
const BAD_ROW_CSV = [
  HEADER,
  'bad-row-cap,650500,VN,Cap,BR-CAP,,15.00,USD,0.1',
  'bad-row-bag,420222,VN,Bag,BR-BAG,,10.005,USD,0.5',
  'bad-row-belt,420330,VN,Belt,BR-BELT,,30.00,USD,0.3',
].join('\n');

type Line = Record<string, any>;
const ndjson = (body: string): Line[] => body.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Line);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describeWithDatabases('HTTP catalog import upload', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
  });

  const upload = (payload: string, query: string, contentType = 'text/csv', key?: string) =>
    t.app.inject({ method: 'POST', url: `/v1/admin/catalog/imports${query}`, headers: { ...t.auth(key), 'content-type': contentType }, payload });
  const handleExists = async (handle: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/products/${handle}`, headers: t.auth() })).statusCode === 200;

  test('a CSV imports in batches: one progress line per batch, then the summary with exact counts', async () => {
    const r = await upload(GOOD_CSV, '?format=csv&batchSize=2&name=spring.csv');
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.headers['content-type'], 'application/x-ndjson; charset=utf-8');
    const lines = ndjson(r.body);
    assert.deepEqual(lines.slice(0, 2), [
      { type: 'progress', done: 2, total: 3 },
      { type: 'progress', done: 3, total: 3 },
    ]);
    assert.equal(lines.length, 3);
    const { durationMs, ...summary } = lines[2]!;
    assert.equal(typeof durationMs, 'number');
    assert.deepEqual(summary, {
      type: 'summary',
      dryRun: false,
      format: 'csv',
      source: 'upload',
      sha256: sha256(GOOD_CSV),
      read: { rows: 4, products: 3 },
      products: { inserted: 3, updated: 0, unchanged: 0 },
      variants: { inserted: 4, updated: 0, unchanged: 0 },
      rejected: { rows: 0, products: 0 },
      errors: [],
      batches: 2,
    });
    const tee = (await t.app.inject({ method: 'GET', url: '/v1/admin/products/upload-tee', headers: t.auth() })).json();
    assert.deepEqual(tee.variants.map((v: any) => [v.sku, v.options, v.price.amount, v.weightKg]), [
      ['UP-TEE-S', { size: 'S' }, '25.00', '0.2'],
      ['UP-TEE-M', { size: 'M' }, '25.00', '0.22'],
    ]);

    const again = ndjson((await upload(GOOD_CSV, '')).body);
    assert.deepEqual(again.slice(0, 1), [{ type: 'progress', done: 3, total: 3 }]);
    assert.deepEqual([again[1]!.products, again[1]!.variants, again[1]!.batches], [
      { inserted: 0, updated: 0, unchanged: 3 },
      { inserted: 0, updated: 0, unchanged: 4 },
      1,
    ]);
  });

  test('a bad row: the good products are imported, the bad one is in errors with its line and field', async () => {
    const r = await upload(BAD_ROW_CSV, '?format=csv');
    assert.equal(r.statusCode, 200, r.body);
    const lines = ndjson(r.body);
    assert.deepEqual(lines[0], { type: 'progress', done: 2, total: 2 });
    const summary = lines[1]!;
    assert.equal(summary.type, 'summary');
    assert.deepEqual([summary.read, summary.products, summary.variants, summary.rejected], [
      { rows: 3, products: 3 },
      { inserted: 2, updated: 0, unchanged: 0 },
      { inserted: 2, updated: 0, unchanged: 0 },
      { rows: 1, products: 1 },
    ]);
    assert.equal(summary.errors.length, 1);
    assert.deepEqual([summary.errors[0].line, summary.errors[0].field], [3, 'price']);
    assert.match(summary.errors[0].message, /^price /);
    assert.deepEqual([await handleExists('bad-row-cap'), await handleExists('bad-row-bag'), await handleExists('bad-row-belt')], [true, false, true]);
  });

  test('a dry run writes nothing and says what would be imported', async () => {
    const csv = GOOD_CSV.replaceAll('upload-', 'dry-').replaceAll('UP-', 'DRY-') + '\ndry-bad,610910,VN,Bad,DRY-BAD,,1.00,USD,-1';
    const r = await upload(csv, '?dryRun=true');
    assert.equal(r.statusCode, 200, r.body);
    const lines = ndjson(r.body);
    assert.equal(lines.length, 1);
    const { errors, ...rest } = lines[0]!;
    assert.deepEqual(rest, {
      type: 'summary',
      dryRun: true,
      format: 'csv',
      source: 'upload',
      sha256: sha256(csv),
      read: { rows: 5, products: 4 },
      valid: { products: 3, variants: 4 },
      rejected: { rows: 1, products: 1 },
    });
    assert.deepEqual(errors.map((e: any) => [e.line, e.field]), [[6, 'weight_kg']]);
    for (const handle of ['dry-tee', 'dry-mug', 'dry-scarf', 'dry-bad']) assert.equal(await handleExists(handle), false, handle);
  });

  test('a JSON file (an array of product bodies) imports the same way', async () => {
    const body = JSON.stringify([sampleProduct('json-a'), sampleProduct('json-b')]);
    const r = await upload(body, '?format=json', 'application/json');
    assert.equal(r.statusCode, 200, r.body);
    const lines = ndjson(r.body);
    assert.deepEqual(lines[0], { type: 'progress', done: 2, total: 2 });
    assert.deepEqual([lines[1]!.format, lines[1]!.products, lines[1]!.variants], ['json', { inserted: 2, updated: 0, unchanged: 0 }, { inserted: 4, updated: 0, unchanged: 0 }]);
  });

  test('refused requests: wrong content type 415, empty body 400, unusable file 400, disagreeing format 400, api key 403', async () => {
    const text = await upload('handle\nx', '', 'text/plain');
    assert.equal(text.statusCode, 415);
    assert.equal(text.json().code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.match(text.json().detail, /text\/csv or application\/json/);

    const empty = await upload('', '');
    assert.equal(empty.statusCode, 400);
    assert.deepEqual([empty.json().code, empty.json().errors[0].field], ['EMPTY_BODY', 'body']);

    const noRows = await upload(HEADER, '');
    assert.equal(noRows.statusCode, 400);
    assert.equal(noRows.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(noRows.json().code, 'VALIDATION_FAILED');
    assert.equal(noRows.json().errors[0].field, 'file');

    const allBad = await upload(`${HEADER}\nall-bad,610910,VN,All bad,ALL-BAD,,1.00,USD,-1`, '');
    assert.equal(allBad.statusCode, 400);
    assert.deepEqual(allBad.json().errors.map((e: any) => e.field), ['line 2']);

    const mismatch = await upload(GOOD_CSV, '?format=json');
    assert.equal(mismatch.statusCode, 400);
    assert.deepEqual([mismatch.json().code, mismatch.json().errors[0].field], ['VALIDATION_FAILED', 'format']);

    const badQuery = await upload(GOOD_CSV, '?format=xml');
    assert.equal(badQuery.statusCode, 400);
    assert.equal(badQuery.json().errors[0].field, 'format');

    const api = await upload(GOOD_CSV, '', 'text/csv', t.apiKey);
    assert.equal(api.statusCode, 403);
    assert.equal(api.json().code, 'FORBIDDEN');
    const none = await t.app.inject({ method: 'POST', url: '/v1/admin/catalog/imports', headers: { 'content-type': 'text/csv' }, payload: GOOD_CSV });
    assert.equal(none.statusCode, 401);
  });

  test('a file over the body limit is 413', async () => {
    const small = await buildTestApp(db(), { routeBodyLimits: { catalogImport: 100 }, bodyLimitBytes: 100 });
    const r = await small.app.inject({ method: 'POST', url: '/v1/admin/catalog/imports', headers: { ...small.auth(), 'content-type': 'text/csv' }, payload: GOOD_CSV });
    assert.equal(r.statusCode, 413);
    assert.equal(r.json().code, 'PAYLOAD_TOO_LARGE');
    await small.app.close();
  });
});
