import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { loadImportSource } from '../../src/services/data-import/load-import-source.js';
import { FIXTURES, fixturePath, startFixtureServer, tempDirs } from './support.js';

let server: Awaited<ReturnType<typeof startFixtureServer>>;
const dirs = tempDirs();
before(async () => {
  server = await startFixtureServer();
});
after(async () => {
  await server.close();
  dirs.cleanup();
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a relative path is read from the working folder and hashed', async () => {
  const r = await loadImportSource('ecb/eurofxref-daily.xml', { cwd: FIXTURES });
  assert.ok(r.ok);
  assert.equal(r.value.location, fixturePath('ecb/eurofxref-daily.xml'));
  assert.equal(r.value.name, 'eurofxref-daily.xml');
  assert.equal(r.value.sha256, sha256(fs.readFileSync(fixturePath('ecb/eurofxref-daily.xml'))));
});

test('a URL is fetched from a local server with the same bytes and hash', async () => {
  const url = server.url('ecb/eurofxref-daily.xml');
  const r = await loadImportSource(url, { cwd: '/' });
  assert.ok(r.ok);
  assert.equal(r.value.location, url);
  assert.equal(r.value.name, 'eurofxref-daily.xml');
  assert.equal(r.value.sha256, sha256(fs.readFileSync(fixturePath('ecb/eurofxref-daily.xml'))));
});

/** A port nothing listens on (fetch refuses some well-known ports such as 1 outright, so take a freed one). */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('failures name the path or URL and why', async () => {
  const refused = `http://127.0.0.1:${await closedPort()}/eurofxref-daily.xml`;
  const cases: Array<[string, { timeoutMs?: number; maxBytes?: number }, string, RegExp]> = [
    ['no/such/file.csv', {}, 'NOT_FOUND', /^no such file: .*no\/such\/file\.csv$/],
    ['ecb', {}, 'VALIDATION_FAILED', /is a folder, not a file/],
    [server.url('status/404'), {}, 'NOT_FOUND', /^GET http:\/\/127\.0\.0\.1:\d+\/status\/404 answered 404 Not Found$/],
    [server.url('status/503'), {}, 'SOURCE_UNAVAILABLE', /answered 503 Service Unavailable$/],
    [server.url('hang'), { timeoutMs: 300 }, 'SOURCE_UNAVAILABLE', /\/hang: no response within 0\.3 s$/],
    [refused, {}, 'SOURCE_UNAVAILABLE', /failed: ECONNREFUSED/],
    ['ftp://example.org/x.csv', {}, 'VALIDATION_FAILED', /unsupported source .*http:\/\/ or https:\/\//],
    ['ecb/eurofxref-daily.xml', { maxBytes: 100 }, 'VALIDATION_FAILED', /more than the 100-byte limit/],
    [server.url('ecb/eurofxref-daily.xml'), { maxBytes: 100 }, 'VALIDATION_FAILED', /more than the 100-byte limit/],
  ];
  for (const [source, options, code, reason] of cases) {
    const r = await loadImportSource(source, { cwd: FIXTURES, ...options });
    assert.equal(r.ok, false, source);
    if (!r.ok) {
      assert.equal(r.code, code, source);
      assert.match(r.message, reason, source);
    }
  }
});

test('an unreadable file is a clear failure, not an exception', { skip: process.getuid?.() === 0 ? 'root reads any file' : false }, async () => {
  const file = `${dirs.make()}/locked.csv`;
  fs.writeFileSync(file, 'a\n', { mode: 0o000 });
  const r = await loadImportSource(file, { cwd: '/' });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /cannot read/);
});
