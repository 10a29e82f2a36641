import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseRates } from './amounts.js';
import { parsePeriod, type Period } from './period.js';
import { compareTaxReturnLines, formatTaxReturnLine, percentOf, taxReturnLines as computeLines, type SchemeChargeRow, type SchemeRefundRow } from './tax-return-lines.js';
import { summarizeTaxReturn } from './tax-return-summary.js';
import type { TaxReturnScheme } from './tax-return-scheme.js';

/** The lines in the drill-down's order, as the API writes them, and the entries the summary reads. */
function taxReturnLines(...args: Parameters<typeof computeLines>) {
  const r = computeLines(...args);
  const entries = [...r.lines].sort(compareTaxReturnLines);
  return { warnings: r.warnings, entries, lines: entries.map(formatTaxReturnLine) };
}

const month = (code: string): Period => {
  const r = parsePeriod(code, 'month');
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const quarter = (code: string): Period => {
  const r = parsePeriod(code, 'quarter');
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

type Scheme = Pick<TaxReturnScheme, 'period' | 'corrections' | 'returnCurrency' | 'conversion' | 'declaredRounding'>;
const conversion = { rateDate: 'last day of the period', ifNotPublished: 'next publication day', prescribed: true, source: 'art. 369u' } as const;
const IOSS: Scheme = { period: { granularity: 'month', source: 's' }, corrections: { treatment: 'separate', source: 's' }, returnCurrency: 'EUR', conversion };
const UK: Scheme = { period: { granularity: 'quarter', source: 's' }, corrections: { treatment: 'in-period', source: 's' }, returnCurrency: 'GBP', conversion: { ...conversion, prescribed: false, note: 'ECB stands in' } };
const VOEC: Scheme = { ...UK, returnCurrency: 'NOK', declaredRounding: { exponent: 0, mode: 'half-up', source: 'whole kroner' } };

let n = 0;
const charge = (orderNumber: string, country: string, paidDate: string, sku: string, quantity: number, rate: string, base: string, tax: string, over: Partial<SchemeChargeRow> = {}): SchemeChargeRow => ({
  orderNumber,
  position: over.position ?? 0,
  sku,
  quantity,
  country,
  currency: 'EUR',
  paidDate,
  rate,
  amount: tax,
  baseAmount: base,
  baseCurrency: over.baseCurrency ?? over.currency ?? 'EUR',
  quoteFx: null,
  ...over,
});
const refund = (orderNumber: string, date: string, lines: Array<{ sku: string; quantity: number }>): SchemeRefundRow => ({ orderNumber, refundId: `r${++n}`, date, at: `${date}T12:00:${String(n).padStart(2, '0')}.000Z`, lines });

// Worked by hand (EUR): 19 % and 20 % of each base, half-up to the cent, as the checkout quote did.
const charges: SchemeChargeRow[] = [
  // A, DE, 1 tea set: 19 % of 119.30 = 22.667 -> 22.67.
  charge('LF-A', 'DE', '2026-11-03', 'CER-TEA-LOT', 1, '19%', '119.30', '22.67'),
  // B, DE, 2 tees priced in two unit groups: 19 % of 30.00 = 5.70 and of 29.99 = 5.6981 -> 5.70.
  charge('LF-B', 'DE', '2026-11-20', 'TEE', 2, '19%', '30.00', '5.70'),
  charge('LF-B', 'DE', '2026-11-20', 'TEE', 2, '19%', '29.99', '5.70'),
  // C, FR: the tea set at 20 % (116.52 -> 23.304 -> 23.30), two tins of cashews at 5.5 % (28.94 -> 1.59, 28.92 -> 1.59).
  charge('LF-C', 'FR', '2026-11-25', 'CER-TEA-LOT', 1, '20%', '116.52', '23.30'),
  charge('LF-C', 'FR', '2026-11-25', 'NUT', 2, '5.5%', '28.94', '1.59', { position: 1 }),
  charge('LF-C', 'FR', '2026-11-25', 'NUT', 2, '5.5%', '28.92', '1.59', { position: 1 }),
  // D, DE, paid in October: 3 units, 19 % of 90.00 = 17.10; one unit refunded in November, two in December.
  charge('LF-D', 'DE', '2026-10-15', 'TEE', 3, '19%', '90.00', '17.10'),
  // E, DE, paid and refunded in November: 19 % of 50.00 = 9.50.
  charge('LF-E', 'DE', '2026-11-05', 'BAG', 1, '19%', '50.00', '9.50'),
  // F, FR, charged in USD: the quote worked out 20 % of EUR 100.00 and charged USD 22.50 at 1 EUR = 1.125 USD.
  charge('LF-F', 'FR', '2026-11-12', 'CER-TEA-LOT', 1, '20%', '100.00', '22.50', { currency: 'USD', baseCurrency: 'EUR', quoteFx: [{ from: 'EUR', to: 'USD', rate: '1.125' }] }),
];
const refunds: SchemeRefundRow[] = [refund('LF-D', '2026-11-10', [{ sku: 'TEE', quantity: 1 }]), refund('LF-E', '2026-11-28', [{ sku: 'BAG', quantity: 1 }]), refund('LF-D', '2026-12-02', [{ sku: 'TEE', quantity: 2 }])];
const ecb = (date: string, usd: string) => ({ date, rates: baseRates('EUR', { USD: usd, GBP: '0.8500', NOK: '11.5000' }) });

test('rates read from the quote: "19%" -> "19", "5.5%" -> "5.5"; anything else is no rate', () => {
  assert.equal(percentOf('19%'), '19');
  assert.equal(percentOf('5.5%'), '5.5');
  assert.equal(percentOf('7.70 %'), '7.7');
  assert.equal(percentOf('EUR 3.00 per tariff classification'), undefined);
});

test('the IOSS return of a month: per member state and rate, exact, with refunds of earlier months as corrections', () => {
  const period = month('2026-11');
  const { lines, entries, warnings } = taxReturnLines(IOSS, period, charges, refunds);
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    lines.map((l) => [l.kind, l.section, l.orderNumber, l.country, l.rate, l.taxable.amount, l.tax.amount, l.taxable.currency, l.salePeriod]),
    [
      ['sale', 'period', 'LF-A', 'DE', '19', '119.30', '22.67', 'EUR', '2026-11'],
      ['sale', 'period', 'LF-E', 'DE', '19', '50.00', '9.50', 'EUR', '2026-11'],
      ['sale', 'period', 'LF-F', 'FR', '20', '112.50', '22.50', 'USD', '2026-11'],
      ['sale', 'period', 'LF-B', 'DE', '19', '59.99', '11.40', 'EUR', '2026-11'],
      ['sale', 'period', 'LF-C', 'FR', '20', '116.52', '23.30', 'EUR', '2026-11'],
      ['sale', 'period', 'LF-C', 'FR', '5.5', '57.86', '3.18', 'EUR', '2026-11'],
      // One of D's three units: floor(9000 x 1 / 3) = 3000 and floor(1710 x 1 / 3) = 570.
      ['refund', 'correction', 'LF-D', 'DE', '19', '-30.00', '-5.70', 'EUR', '2026-10'],
      ['refund', 'period', 'LF-E', 'DE', '19', '-50.00', '-9.50', 'EUR', '2026-11'],
    ],
  );
  assert.equal(lines.find((l) => l.orderNumber === 'LF-F')!.taxableFrom, 'converted', 'EUR 100.00 x 1.125 = USD 112.50');

  // The ECB rate of 30 November 2026: 1 EUR = 1.05 USD.
  const s = summarizeTaxReturn(IOSS, period, entries, (code) => (code === '2026-11' ? ecb('2026-11-30', '1.05') : null));
  assert.deepEqual(
    s.figures.map((f) => [f.country, f.rate, f.sales.lines, f.sales.taxable.amount, f.sales.tax.amount, f.refunds.lines, f.refunds.taxable.amount, f.refunds.tax.amount, f.taxable.amount, f.tax.amount]),
    [
      ['DE', '19', 3, '229.29', '43.57', 1, '-50.00', '-9.50', '179.29', '34.07'],
      ['FR', '5.5', 1, '57.86', '3.18', 0, '0.00', '0.00', '57.86', '3.18'],
      // USD 112.50 / 1.05 = 107.142... -> 107.14; USD 22.50 / 1.05 = 21.428... -> 21.43.
      ['FR', '20', 2, '223.66', '44.73', 0, '0.00', '0.00', '223.66', '44.73'],
    ],
  );
  assert.deepEqual(s.figures[2]!.byCurrency, [
    { currency: 'EUR', lines: 1, taxable: { amount: '116.52', currency: 'EUR' }, tax: { amount: '23.30', currency: 'EUR' }, inReturnCurrency: { taxable: { amount: '116.52', currency: 'EUR' }, tax: { amount: '23.30', currency: 'EUR' } }, rate: '1', rateDate: null },
    { currency: 'USD', lines: 1, taxable: { amount: '112.50', currency: 'USD' }, tax: { amount: '22.50', currency: 'USD' }, inReturnCurrency: { taxable: { amount: '107.14', currency: 'EUR' }, tax: { amount: '21.43', currency: 'EUR' } }, rate: '0.9523809524', rateDate: '2026-11-30' },
  ]);
  assert.deepEqual(s.totals, { taxable: { amount: '460.81', currency: 'EUR' }, tax: { amount: '81.98', currency: 'EUR' } });
  assert.deepEqual(
    s.corrections.map((c) => [c.period, c.country, c.rate, c.lines, c.taxable.amount, c.tax.amount, c.includedInFigures]),
    [['2026-10', 'DE', '19', 1, '-30.00', '-5.70', false]],
  );
  assert.deepEqual(s.payable, { amount: '76.28', currency: 'EUR' }, '81.98 for November less 5.70 corrected for October');
  assert.deepEqual(s.fx, [{ from: 'USD', to: 'EUR', rate: '0.9523809524', rateDate: '2026-11-30', source: 'ECB', forPeriod: '2026-11', prescribed: true }]);
  assert.equal(s.complete, true);
  assert.deepEqual(s.warnings, []);
  assert.equal(s.declared, null);
});

test('units refunded one refund after another add up to the line: December corrects October by the other two units', () => {
  const { lines, entries } = taxReturnLines(IOSS, month('2026-12'), charges, refunds);
  // Units 2 and 3 of 3: floor(9000 x 3/3) - floor(9000 x 1/3) = 6000; 1710 - 570 = 1140.
  assert.deepEqual(lines.map((l) => [l.kind, l.section, l.orderNumber, l.units, l.taxable.amount, l.tax.amount, l.salePeriod]), [['refund', 'correction', 'LF-D', 2, '-60.00', '-11.40', '2026-10']]);
  const s = summarizeTaxReturn(IOSS, month('2026-12'), entries, () => null);
  assert.deepEqual(s.figures, []);
  assert.deepEqual([s.totals.tax.amount, s.correctionsTotal.tax.amount, s.payable.amount], ['0.00', '-11.40', '-11.40']);
  // October: D's sale, whole; its refunds come later.
  const october = taxReturnLines(IOSS, month('2026-10'), charges, refunds).lines;
  assert.deepEqual(october.map((l) => [l.orderNumber, l.taxable.amount, l.tax.amount]), [['LF-D', '90.00', '17.10']]);
});

test('a currency without a stored rate is left out of the sums, and the answer says so', () => {
  const period = month('2026-11');
  const { entries } = taxReturnLines(IOSS, period, charges, refunds);
  const s = summarizeTaxReturn(IOSS, period, entries, () => null);
  const fr20 = s.figures.find((f) => f.country === 'FR' && f.rate === '20')!;
  assert.deepEqual([fr20.taxable.amount, fr20.tax.amount, fr20.sales.lines], ['116.52', '23.30', 2]);
  assert.equal(fr20.byCurrency[1]!.inReturnCurrency, null);
  assert.equal(s.complete, false);
  assert.match(s.warnings[0]!, /no ECB rate of USD for 2026-11/);
});

test('where refunds are counted in the period they are made (UK), an earlier quarter\'s refund lowers this quarter and is listed as included', () => {
  const gb: SchemeChargeRow[] = [
    charge('LF-G', 'GB', '2026-09-30', 'TEE', 2, '20%', '50.00', '10.00', { currency: 'GBP' }),
    charge('LF-H', 'GB', '2026-10-01', 'TEE', 1, '20%', '25.00', '5.00', { currency: 'GBP' }),
  ];
  const q4 = quarter('2026-Q4');
  const { lines, entries } = taxReturnLines(UK, q4, gb, [refund('LF-G', '2026-10-02', [{ sku: 'TEE', quantity: 1 }])]);
  assert.deepEqual(lines.map((l) => [l.kind, l.section, l.salePeriod, l.taxable.amount, l.tax.amount]), [
    ['sale', 'period', '2026-Q4', '25.00', '5.00'],
    ['refund', 'period', '2026-Q3', '-25.00', '-5.00'],
  ]);
  const s = summarizeTaxReturn(UK, q4, entries, () => null);
  assert.deepEqual(s.figures.map((f) => [f.country, f.rate, f.taxable.amount, f.tax.amount]), [['GB', '20', '0.00', '0.00']]);
  assert.deepEqual(s.corrections.map((c) => [c.period, c.tax.amount, c.includedInFigures]), [['2026-Q3', '-5.00', true]]);
  assert.equal(s.payable.amount, '0.00', 'counted once, in the figures');
});

test('VOEC declares whole kroner; an order charged in EUR is converted with the stand-in ECB rate and says so', () => {
  const no: SchemeChargeRow[] = [
    charge('LF-N', 'NO', '2026-11-02', 'TEE', 1, '25%', '493.82', '123.46', { currency: 'NOK' }),
    charge('LF-O', 'NO', '2026-11-03', 'TEE', 1, '25%', '40.00', '10.00', { currency: 'EUR' }),
  ];
  const q4 = quarter('2026-Q4');
  const { entries } = taxReturnLines(VOEC, q4, no, []);
  const s = summarizeTaxReturn(VOEC, q4, entries, (code) => (code === '2026-Q4' ? ecb('2026-12-31', '1.05') : null));
  // EUR 40.00 x 11.5 = NOK 460.00; EUR 10.00 x 11.5 = NOK 115.00.
  assert.deepEqual([s.totals.taxable.amount, s.totals.tax.amount], ['953.82', '238.46']);
  assert.deepEqual(s.declared, { taxable: { amount: '954.00', currency: 'NOK' }, tax: { amount: '238.00', currency: 'NOK' }, payable: { amount: '238.00', currency: 'NOK' } });
  assert.equal(s.fx[0]!.prescribed, false);
  assert.match(s.warnings.join(' '), /stand in for the rate this scheme names: ECB stands in/);
});
