import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDutyInvoice } from './duty-invoice-input.js';

const TODAY = '2026-12-05';
const good = { invoiceNumber: 'DHL-2026/881', invoiceDate: '2026-12-02', currency: 'EUR', duties: '3.00', taxes: '0' };

test('a good invoice is read into minor units, fees default to zero, carrier and note optional', () => {
  assert.deepEqual(readDutyInvoice(good, TODAY), { ok: true, value: { carrier: null, invoiceNumber: 'DHL-2026/881', invoiceDate: '2026-12-02', currency: 'EUR', dutiesMinor: 300, taxesMinor: 0, feesMinor: 0, note: null } });
  const jpy = readDutyInvoice({ ...good, invoiceNumber: ' 88 ', currency: 'JPY', duties: '3339', taxes: '2300' }, TODAY);
  assert.deepEqual(jpy, { ok: true, value: { carrier: null, invoiceNumber: '88', invoiceDate: '2026-12-02', currency: 'JPY', dutiesMinor: 3339, taxesMinor: 2300, feesMinor: 0, note: null } });
  const fraction = readDutyInvoice({ ...good, currency: 'JPY', duties: '3339', taxes: '2300', fees: '12.5' }, TODAY);
  assert.equal(fraction.ok === false && fraction.field, 'fees', 'JPY has no decimals');
  const eur = readDutyInvoice({ ...good, fees: '12.5', carrier: 'DHL Express', note: 'clearance and disbursement' }, TODAY);
  assert.deepEqual(eur.ok && [eur.value.feesMinor, eur.value.carrier, eur.value.note], [1250, 'DHL Express', 'clearance and disbursement']);
});

test('every field in error is named at once, unknown fields too', () => {
  const cases: Array<[unknown, string[]]> = [
    [{}, ['invoiceNumber', 'invoiceDate', 'currency', 'duties', 'taxes']],
    [{ ...good, invoiceNumber: '' }, ['invoiceNumber']],
    [{ ...good, invoiceNumber: 'x'.repeat(65) }, ['invoiceNumber']],
    [{ ...good, invoiceNumber: '=cmd|x' }, ['invoiceNumber']],
    [{ ...good, invoiceDate: '2026-02-30' }, ['invoiceDate']],
    [{ ...good, invoiceDate: '2026-12-06' }, ['invoiceDate']],
    [{ ...good, currency: 'eur' }, ['currency']],
    [{ ...good, currency: 'XXZ' }, ['currency']],
    [{ ...good, duties: 3 }, ['duties']],
    [{ ...good, duties: '-1.00' }, ['duties']],
    [{ ...good, duties: '1.005' }, ['duties']],
    [{ ...good, taxes: '1e3' }, ['taxes']],
    [{ ...good, fees: '10000000000.01' }, ['fees']],
    [{ ...good, note: 'n'.repeat(501) }, ['note']],
    [{ ...good, carrier: 7 }, ['carrier']],
    [{ ...good, amount: '3.00' }, ['amount']],
  ];
  for (const [body, fields] of cases) {
    const r = readDutyInvoice(body, TODAY);
    assert.equal(r.ok, false, JSON.stringify(body));
    if (!r.ok) assert.deepEqual(r.details?.map((d) => d.field), fields, JSON.stringify(body));
  }
  for (const body of [null, [], 'x']) {
    const r = readDutyInvoice(body, TODAY);
    assert.equal(r.ok === false && r.field, 'body');
  }
});
