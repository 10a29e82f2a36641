import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { JSON_LIMITS, MAX_PARAM_LENGTH, MAX_URL_LENGTH } from '../../../src/http/security/body-limits.js';
import { describeWithDatabases } from '../../support/test-database.js';
import { buildHardenedApp } from './support.js';

const CSV_HEADER = 'handle,hs_code,origin_country,title_en,sku,option_size,price,currency,weight_kg';

describeWithDatabases('request size limits', (db) => {
  test('a body over the app limit is 413 naming the limit; the catalog import and quote batch take more, sign-in and forms less', async () => {
    const { app, keys } = await buildHardenedApp(db(), { bodyLimitBytes: 4_096 });
    const auth = { authorization: `Bearer ${keys.owner}` };
    const big = await app.inject({ method: 'POST', url: '/v1/admin/api-keys', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ name: 'x'.repeat(5_000), scopes: ['api'] }) });
    assert.deepEqual([big.statusCode, big.json().code, big.json().detail, big.json().errors], [413, 'PAYLOAD_TOO_LARGE', 'request body is larger than the 4096 bytes this route accepts', [{ field: 'body', message: 'must be at most 4096 bytes' }]]);

    const rows = Array.from({ length: 100 }, (_, i) => `limit-tee-${i},610910,VN,Cotton tee ${i},LT-${i},,25.00,USD,0.2`);
    const csv = [CSV_HEADER, ...rows].join('\n');
    assert.ok(csv.length > 4_096);
    const upload = await app.inject({ method: 'POST', url: '/v1/admin/catalog/imports?dryRun=true', headers: { ...auth, 'content-type': 'text/csv' }, payload: csv });
    assert.equal(upload.statusCode, 200, 'the catalog import takes 32 MiB');
    assert.equal(JSON.parse(upload.body.trim().split('\n').pop()!).valid.products, 100);

    const batch = { requests: Array.from({ length: 40 }, () => ({ destination: 'DE', items: [{ hsCode: '610910', value: { amount: '25.00', currency: 'EUR' }, quantity: 1 }] })) };
    assert.ok(JSON.stringify(batch).length > 4_096);
    const quotes = await app.inject({ method: 'POST', url: '/v1/landed-cost/quotes/batch', headers: { authorization: `Bearer ${keys.api}` }, payload: batch });
    assert.notEqual(quotes.statusCode, 413, 'the batch takes 4 MiB');
    await app.close();

    const small = await buildHardenedApp(db(), { bodyLimitBytes: 1_024, routeBodyLimits: { catalogImport: 2_048 } });
    const refused = await small.app.inject({ method: 'POST', url: '/v1/admin/catalog/imports', headers: { authorization: `Bearer ${small.keys.owner}`, 'content-type': 'text/csv' }, payload: csv });
    assert.deepEqual([refused.statusCode, refused.json().detail], [413, 'request body is larger than the 2048 bytes this route accepts'], refused.body.slice(0, 200));
    await small.app.close();

    const plain = await buildHardenedApp(db());

    const signIn = await plain.app.inject({ method: 'POST', url: '/v1/admin/sessions', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'a@b.example', password: 'p'.repeat(20_000) }) });
    assert.deepEqual([signIn.statusCode, signIn.json().detail], [413, 'request body is larger than the 16384 bytes this route accepts']);

    const form = await plain.app.inject({ method: 'POST', url: '/xx-zz/cart', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `sku=${'x'.repeat(70_000)}` });
    assert.equal(form.statusCode, 413, 'a storefront form over 64 KiB (the storefront answers with its own page)');
    const okForm = await plain.app.inject({ method: 'POST', url: '/xx-zz/cart', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `sku=${'x'.repeat(60_000)}` });
    assert.notEqual(okForm.statusCode, 413);
    await plain.app.close();
  });

  test('JSON nested too deep or too wide is 400 JSON_TOO_COMPLEX naming where', async () => {
    const { app, keys } = await buildHardenedApp(db());
    const post = (payload: string) => app.inject({ method: 'POST', url: '/v1/admin/products', headers: { authorization: `Bearer ${keys.owner}`, 'content-type': 'application/json' }, payload });
    const nest = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const deep = await post(nest(JSON_LIMITS.maxDepth + 5));
    assert.deepEqual([deep.statusCode, deep.json().code, deep.json().errors[0]], [400, 'JSON_TOO_COMPLEX', { field: `body${'.a'.repeat(JSON_LIMITS.maxDepth)}`, message: 'nests deeper than 32 levels' }]);
    const fine = await post(nest(JSON_LIMITS.maxDepth));
    assert.deepEqual([fine.statusCode, fine.json().code], [400, 'VALIDATION_FAILED'], 'as deep as allowed: on to validation');
    const wide = await post(JSON.stringify({ translations: Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`k${i}`, i])) }));
    assert.deepEqual([wide.statusCode, wide.json().code, wide.json().errors[0]], [400, 'JSON_TOO_COMPLEX', { field: 'body.translations', message: 'has 1001 properties; at most 1000 are accepted' }]);
    const array = await post(JSON.stringify([[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]));
    assert.equal(array.json().code, 'JSON_TOO_COMPLEX', 'arrays count as levels');
    await app.close();
  });

  test('URL and path segment lengths: 414 URI_TOO_LONG', async () => {
    const { app } = await buildHardenedApp(db());
    const long = await app.inject({ method: 'GET', url: `/v1/store/products?q=${'x'.repeat(MAX_URL_LENGTH)}` });
    assert.deepEqual([long.statusCode, long.json().code, long.json().errors], [414, 'URI_TOO_LONG', [{ field: 'url', message: `must be at most ${MAX_URL_LENGTH} characters` }]]);
    const segment = await app.inject({ method: 'GET', url: `/v1/store/products/${'h'.repeat(MAX_PARAM_LENGTH + 1)}` });
    assert.deepEqual([segment.statusCode, segment.json().code], [414, 'URI_TOO_LONG']);
    const fits = await app.inject({ method: 'GET', url: `/v1/store/products/${'h'.repeat(MAX_PARAM_LENGTH)}` });
    assert.notEqual(fits.statusCode, 414);
    await app.close();
  });

  test('headers over 16 KiB: 431 HEADERS_TOO_LARGE as a problem document over real HTTP', async () => {
    const { app } = await buildHardenedApp(db());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as net.AddressInfo).port;
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
      socket.setTimeout(5_000, () => socket.destroy(new Error('no answer')));
    });
    const [head, body] = raw.split('\r\n\r\n');
    assert.match(head!, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    assert.match(head!, /Content-Type: application\/problem\+json; charset=utf-8/);
    assert.deepEqual(JSON.parse(body!), { type: 'urn:landfall:problem:headers-too-large', title: 'Request Header Fields Too Large', status: 431, code: 'HEADERS_TOO_LARGE', detail: 'the request line and headers are larger than the 16384 bytes this server accepts' });
    const fine = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { 'x-ok': 'a'.repeat(8_000) } });
    assert.equal(fine.status, 200);
    await app.close();
  });
});
