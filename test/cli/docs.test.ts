import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { main } from '../../src/cli/main.js';
import { createDb } from '../../src/db/create-db.js';
import { migrate } from '../../src/db/migrate.js';
import { checkout, said, startCheckoutServer } from '../checkout/support.js';
import { paidOrderFor, pdfText } from '../documents/support.js';
import { recordingIo } from '../support/cli-io.js';
import { unwrap } from '../support/test-database.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-docs-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

let order: any; // a paid order to Germany shipped by post from Hội An
let cancelled: string;

async function run(argv: string[]) {
  const rec = recordingIo({ LANDFALL_DATA_DIR: dataDir }, dataDir);
  const bytes: Uint8Array[] = [];
  const io = { ...rec.io, stdoutBytes: (b: Uint8Array) => void bytes.push(b) };
  const code = await main(argv, io);
  return { code, stdout: rec.stdout(), stderr: rec.stderr(), bytes: Buffer.concat(bytes) };
}

before(async () => {
  // The orders are placed through the HTTP API on the command's own data folder, then the folder is let go.
  const db = unwrap(await createDb({ kind: 'pglite', dataDir }));
  unwrap(await migrate(db));
  const s = await startCheckoutServer(db);
  try {
    order = await paidOrderFor(s, 'eu', 'DE', { name: 'Zoë Łopieńska', lines: ['Straße 1'], city: 'München', postalCode: '80331' }, [{ sku: 'NUT-W180-400', quantity: 1 }]);
    assert.equal(order.shipments[0].warehouse, 'vn-hoian');
    const cart = await s.call('POST', '/v1/carts', { body: { market: 'eu', country: 'DE', email: 'late@example.com', address: { name: 'Late Buyer', lines: ['Weg 2'], city: 'Köln', postalCode: '50667', country: 'DE' }, lines: [{ sku: 'NUT-W180-400', quantity: 1 }] } });
    const placed = await checkout(s, cart.body.id);
    assert.equal(placed.status, 201, said(placed));
    cancelled = placed.body.order.number;
    const r = await s.admin('POST', `/v1/admin/orders/${cancelled}/cancel`, { body: {} });
    assert.equal(r.status, 200, said(r));
  } finally {
    await s.close();
    await db.close();
  }
});

test('docs --help, and usage errors exit 2 with one line', async () => {
  const help = await run(['docs', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage:\n {2}landfall docs invoice ORDER_NUMBER --out FILE\.pdf/);
  for (const argv of [['docs'], ['docs', 'fax', 'X', '--out', 'a.pdf'], ['docs', 'invoice'], ['docs', 'invoice', 'LF-100016'], ['docs', 'cn22', 'LF-100016/1', '--shipment', '1', '--out', 'a.pdf'], ['docs', 'invoice', 'LF-100016', '--shipment', '0', '--out', 'a.pdf'], ['docs', 'pick-list', 'vn-hoian', 'extra', '--out', 'a.pdf']]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /^landfall docs: .+\nRun "landfall docs --help" for usage\.\n$/, argv.join(' '));
  }
});

test('[pglite] docs invoice writes the commercial invoice PDF with its fields', async () => {
  const file = path.join(dataDir, 'invoice.pdf');
  const r = await run(['docs', 'invoice', order.number, '--out', file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^wrote commercial-invoice-${order.number} \\(\\d+ bytes\\) to `));
  const text = await pdfText(fs.readFileSync(file));
  for (const expected of ['COMMERCIAL INVOICE', `Invoice number: ${order.number}-1`, 'Hội An Atelier', 'Buyer / consignee Zoë Łopieńska Straße 1 80331 München Germany (DE)', 'Incoterm DDP München, DE (Incoterms 2020)', 'NUT-W180-400 080132 VN 1']) {
    assert.ok(text.includes(expected), `missing "${expected}" in:\n${text}`);
  }
  const json = await run(['docs', 'proforma', order.number, '--out', 'proforma.pdf', '--json', '--packaging-g', '90']);
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(Object.keys(JSON.parse(json.stdout)), ['file', 'bytes', 'contentType']);
  assert.ok((await pdfText(fs.readFileSync(path.join(dataDir, 'proforma.pdf')))).includes('Total gross weight 0.670 kg'), 'packaging added');
});

test('[pglite] docs cn22 by ORDER/PARCEL or shipment id, --out - to standard output; ics2 prints JSON', async () => {
  const piped = await run(['docs', 'cn22', `${order.number}/1`, '--out', '-']);
  assert.equal(piped.code, 0, piped.stderr);
  assert.equal(piped.stdout, '');
  assert.equal(piped.bytes.subarray(0, 5).toString(), '%PDF-');
  const text = await pdfText(piped.bytes);
  assert.ok(text.includes('CUSTOMS DECLARATION CN 22') && text.includes('1 x Cashew nuts'), text);
  const byId = await run(['docs', 'packing-slip', order.shipments[0].id, '--out', 'slip.pdf']);
  assert.equal(byId.code, 0, byId.stderr);
  assert.ok((await pdfText(fs.readFileSync(path.join(dataDir, 'slip.pdf')))).includes(`PACKING SLIP Order ${order.number} · parcel 1 of 1`));
  const ics2 = await run(['docs', 'ics2', `${order.number}/1`]);
  assert.equal(ics2.code, 0, ics2.stderr);
  const j = JSON.parse(ics2.stdout);
  assert.deepEqual([j.mode, j.goodsItems[0].hsCode, j.goodsItems[0].quantity, j.consignee.name, j.countryOfDispatch], ['postal', '080132', 1, 'Zoë Łopieńska', 'VN']);
  const pick = await run(['docs', 'pick-list', 'vn-hoian', '--out', 'pick.pdf']);
  assert.equal(pick.code, 0, pick.stderr);
  assert.ok((await pdfText(fs.readFileSync(path.join(dataDir, 'pick.pdf')))).includes(`NUT-W180-400 King Cashews W180 Gift Tin (400 g) 1 ${order.number}/1 x1`));
});

test('[pglite] refusals: unknown order, shipment or warehouse exit 4; the wrong form exits 2 naming the field; a cancelled order exits 5', async () => {
  assert.equal((await run(['docs', 'invoice', 'LF-999999', '--out', 'x.pdf'])).code, 4);
  assert.equal((await run(['docs', 'cn22', '00000000-0000-4000-8000-000000000000', '--out', 'x.pdf'])).code, 4);
  assert.equal((await run(['docs', 'cn22', `${order.number}/7`, '--out', 'x.pdf'])).code, 4);
  const warehouse = await run(['docs', 'pick-list', 'mars', '--out', 'x.pdf', '--json']);
  assert.deepEqual([warehouse.code, JSON.parse(warehouse.stdout).error.field], [4, 'code']);
  const wrong = await run(['docs', 'cn23', `${order.number}/1`, '--out', 'x.pdf', '--json']);
  assert.equal(wrong.code, 2);
  assert.deepEqual([JSON.parse(wrong.stdout).error.code, JSON.parse(wrong.stdout).error.field], ['CUSTOMS_FORM_NOT_APPLICABLE', 'form']);
  const gone = await run(['docs', 'proforma', cancelled, '--out', 'x.pdf']);
  assert.equal(gone.code, 5);
  assert.match(gone.stderr, /is cancelled/);
  assert.ok(!fs.existsSync(path.join(dataDir, 'x.pdf')), 'nothing written for a refusal');
});
