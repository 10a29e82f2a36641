import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseRates } from './amounts.js';
import { reconcileDuties, type InvoiceRow, type ParcelRow } from './duties-reconciliation.js';

const parcel = (orderNumber: string, market: string, country: string, currency: string, quoted: [string, string, string], over: Partial<ParcelRow> = {}): ParcelRow => ({
  orderNumber,
  market,
  country,
  incoterm: 'DDP',
  orderCurrency: currency,
  position: 0,
  carrier: 'VNPost',
  status: 'shipped',
  shippedDate: '2026-11-27',
  quoted: { duties: quoted[0], taxes: quoted[1], fees: quoted[2] },
  localCurrency: currency,
  local: { duties: quoted[0], taxes: quoted[1], fees: quoted[2] },
  ...over,
});
const invoice = (orderNumber: string, currency: string, duties: bigint, taxes: bigint, fees: bigint, over: Partial<InvoiceRow> = {}): InvoiceRow => ({ orderNumber, position: 0, carrier: 'VNPost', invoiceNumber: `INV-${orderNumber}`, invoiceDate: '2026-12-01', currency, duties, taxes, fees, ...over });

test('quoted against invoiced per parcel and per market and currency; parcels without an invoice are awaiting', () => {
  const r = reconcileDuties(
    [
      // EU, EUR 3 duty per classification, French small-parcel fee: quoted EUR 6.00 + 4.00.
      parcel('LF-1', 'eu', 'FR', 'EUR', ['6.00', '0.00', '4.00']),
      parcel('LF-2', 'eu', 'DE', 'EUR', ['3.00', '0.00', '0.00']),
      parcel('LF-3', 'eu', 'DE', 'EUR', ['3.00', '0.00', '0.00']),
      // Japan: duty and consumption tax at the border, JPY.
      parcel('LF-4', 'jp', 'JP', 'JPY', ['3339', '2300', '0']),
      // A parcel that crossed no border: nothing quoted for a carrier, no invoice expected.
      parcel('LF-9', 'eu', 'NL', 'EUR', ['0.00', '0.00', '0.00']),
    ],
    [
      // LF-1 billed in two invoices: duties, then the fee and a clearance charge.
      invoice('LF-1', 'EUR', 600n, 0n, 0n, { invoiceNumber: 'A-1', invoiceDate: '2026-11-30' }),
      invoice('LF-1', 'EUR', 0n, 0n, 650n, { invoiceNumber: 'A-2' }),
      invoice('LF-2', 'EUR', 300n, 0n, 0n),
      invoice('LF-4', 'JPY', 3339n, 2290n, 0n),
    ],
    () => null,
  );
  assert.deepEqual(
    r.parcels.map((p) => [p.orderNumber, p.currency, p.quoted.total.amount, p.invoiced?.total.amount ?? null, p.difference?.total.amount ?? null, p.difference?.fees.amount ?? null, p.invoices.map((i) => i.invoiceNumber)]),
    [
      ['LF-1', 'EUR', '10.00', '12.50', '2.50', '2.50', ['A-1', 'A-2']],
      ['LF-2', 'EUR', '3.00', '3.00', '0.00', '0.00', ['INV-LF-2']],
      ['LF-3', 'EUR', '3.00', null, null, null, []],
      ['LF-4', 'JPY', '5639', '5629', '-10', '0', ['INV-LF-4']],
    ],
  );
  assert.deepEqual(
    r.summary.map((s) => [s.market, s.currency, s.parcels, s.invoicedParcels, s.quoted.total.amount, s.invoiced.total.amount, s.difference.total.amount, s.awaitingParcels, s.awaitingQuoted.amount]),
    [
      ['eu', 'EUR', 3, 2, '13.00', '15.50', '2.50', 1, '3.00'],
      ['jp', 'JPY', 1, 1, '5639', '5629', '-10', 0, '0'],
    ],
  );
  assert.deepEqual(r.warnings, []);
});

test('an invoice in the destination\'s currency is compared with the quote\'s own amounts there; in a third currency, converted at the invoice date', () => {
  const order = parcel('LF-5', 'eu', 'PL', 'EUR', ['3.00', '0.00', '0.00'], { localCurrency: 'PLN', local: { duties: '12.81', taxes: '0.00', fees: '0.00' } });
  const local = reconcileDuties([order], [invoice('LF-5', 'PLN', 1300n, 0n, 0n)], () => null);
  assert.deepEqual([local.parcels[0]!.quotedFrom, local.parcels[0]!.quoted.duties.amount, local.parcels[0]!.difference!.duties.amount], ['destination', '12.81', '0.19']);

  const third = reconcileDuties([order], [invoice('LF-5', 'USD', 350n, 0n, 0n, { invoiceDate: '2026-12-05' })], (date) => (date === '2026-12-05' ? { date: '2026-12-04', rates: baseRates('EUR', { USD: '1.1252' }) } : null));
  const p = third.parcels[0]!;
  // EUR 3.00 x 1.1252 = USD 3.3756 -> 3.38.
  assert.deepEqual([p.quotedFrom, p.quoted.duties.amount, p.difference!.duties.amount, p.fx], ['converted', '3.38', '0.12', { rate: '1.1252', rateDate: '2026-12-04', source: 'ECB' }]);

  const none = reconcileDuties([order], [invoice('LF-5', 'USD', 350n, 0n, 0n)], () => null);
  assert.equal(none.parcels[0]!.quotedFrom, 'unconverted');
  assert.match(none.warnings[0]!, /no ECB rate from EUR to USD on or before 2026-12-01/);
});
