import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

describeWithDatabases('the admin app under /admin', (db) => {
  const built = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-admin-'));
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-admin-none-'));
  let t: TestApp;
  before(async () => {
    fs.mkdirSync(path.join(built, 'assets'));
    fs.writeFileSync(path.join(built, 'index.html'), '<!doctype html><title>admin</title><div id="root"></div><script type="module" src="/admin/assets/app-1a2b.js"></script>');
    fs.writeFileSync(path.join(built, 'assets', 'app-1a2b.js'), 'console.log("admin")');
    fs.writeFileSync(path.join(built, 'secret.txt'), 'not an asset');
    t = await buildTestApp(db(), { adminAppDir: built });
  });
  after(() => {
    fs.rmSync(built, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  test('every path under /admin is the app page, not cached, with a strict content policy', async () => {
    for (const url of ['/admin', '/admin/', '/admin/products', '/admin/products/0b5c1a7e-0000-4000-8000-000000000000']) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 200, url);
      assert.match(r.headers['content-type'] as string, /^text\/html/);
      assert.match(r.body, /<div id="root">/);
      assert.equal(r.headers['cache-control'], 'no-cache');
      assert.match(r.headers['content-security-policy'] as string, /default-src 'self'/);
    }
  });

  test('hashed assets are served for a year; nothing outside assets/ is reachable', async () => {
    const js = await t.app.inject({ method: 'GET', url: '/admin/assets/app-1a2b.js' });
    assert.equal(js.statusCode, 200);
    assert.match(js.headers['content-type'] as string, /^text\/javascript/);
    assert.match(js.headers['cache-control'] as string, /immutable/);
    for (const url of ['/admin/assets/missing-0000.js', '/admin/assets/..%2Fsecret.txt', '/admin/assets/%2E%2E%2Findex.html', '/admin/assets/app.exe', '/admin/assets/.hidden.js']) {
      const r = await t.app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, 404, url);
      assert.doesNotMatch(r.body, /not an asset/);
    }
  });

  test('before the app is built, /admin says how to build it and how to reach the API meanwhile', async () => {
    const bare = await buildTestApp(db(), { adminAppDir: empty });
    const r = await bare.app.inject({ method: 'GET', url: '/admin' });
    assert.equal(r.statusCode, 503);
    assert.match(r.body, /npm run build/);
    assert.match(r.body, /Authorization: Bearer/);
  });
});
