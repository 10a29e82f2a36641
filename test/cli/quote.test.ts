import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { requestFromFlags } from '../../src/cli/commands/quote.js';
import { main } from '../../src/cli/main.js';
import { recordingIo } from '../support/cli-io.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-quote-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function run(argv: string[], stdin = '') {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, dataDir, stdin);
  const code = await main(argv, rec.io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr() };
}

const request = {
  date: '2026-11-27',
  currency: 'EUR',
  shipFrom: { country: 'VN' },
  shipTo: { country: 'DE' },
  items: [{ sku: 'tee', hsCode: '610910', originCountry: 'VN', unitPrice: { amount: '20.00', currency: 'EUR' }, quantity: 10, unitWeightKg: 0.2 }],
};

test('[pglite] quote --json reads a request on stdin and prints the answer', async () => {
  const r = await run(['quote', '--json'], JSON.stringify(request));
  assert.equal(r.code, 0, r.stderr);
  const answer = JSON.parse(r.stdout);
  assert.equal(answer.totals.items, '200.00');
  assert.equal(answer.currency, 'EUR');
  assert.ok(answer.duties.length > 0 && answer.taxes.length > 0);
});

test('[pglite] quote with flags prints a readable answer', async () => {
  const r = await run(['quote', '--from', 'VN', '--to', 'DE', '--date', '2026-11-27', '--item', 'sku=tee,hs=6109.10,price=20.00 EUR,qty=10,kg=0.2']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Landed cost to DE on 2026-11-27 \(DDP\), in EUR/);
  assert.match(r.stdout, /landed cost EUR \d+\.\d{2}/);
});

test('[pglite] bad input: exit 2 with the fields named', async () => {
  const invalid = await run(['quote', '--json'], JSON.stringify({ ...request, currency: 'XXX', items: [{ ...request.items[0], quantity: -1 }] }));
  assert.equal(invalid.code, 2);
  const fields = JSON.parse(invalid.stdout).error.errors.map((e: { field: string }) => e.field).sort();
  assert.deepEqual(fields, ['currency', 'items[0].quantity']);
  const notJson = await run(['quote', '--json'], '{"date": ');
  assert.equal(notJson.code, 2);
  assert.match(notJson.stderr, /not valid JSON/);
  assert.equal((await run(['quote', '--json'], '')).code, 2);
  assert.equal((await run(['quote'])).code, 2);
  assert.equal((await run(['quote', '--from', 'VN', '--to', 'DE', '--item', 'price=abc'])).code, 2);
});

test('requestFromFlags builds the JSON request and reports malformed flags', () => {
  const built = requestFromFlags({ from: 'vn', to: 'de', region: 'BY', shipping: '10.00 eur', registration: ['IOSS:IM123'], item: ['sku=a,hs=610910,price=1.00 EUR,qty=2,kg=0.1,pref=yes,rate=12%'] }, '2026-11-27');
  assert.deepEqual(built, {
    date: '2026-11-27',
    currency: 'EUR',
    incoterm: 'DDP',
    channel: 'courier',
    shipFrom: { country: 'VN' },
    shipTo: { country: 'DE', region: 'BY' },
    shipping: { amount: '10.00', currency: 'EUR' },
    seller: { registrations: [{ scheme: 'IOSS', number: 'IM123' }] },
    items: [{ sku: 'a', hsCode: '610910', originCountry: 'VN', unitPrice: { amount: '1.00', currency: 'EUR' }, quantity: 2, unitWeightKg: '0.1', claimPreference: true, dutyRate: '12%' }],
  });
  assert.match(String(requestFromFlags({ from: 'VN', to: 'DE', item: ['colour=red,price=1 EUR'] }, '2026-01-01')), /unknown key/);
  assert.match(String(requestFromFlags({ from: 'VN', to: 'DE', item: ['nonsense'] }, '2026-01-01')), /not key=value/);
  assert.match(String(requestFromFlags({ from: 'VN', to: 'DE', item: ['price=1 EUR'], registration: ['IOSS'] }, '2026-01-01')), /SCHEME:NUMBER/);
  assert.match(String(requestFromFlags({ to: 'DE', item: [] }, '2026-01-01')), /--from and --to/);
});
