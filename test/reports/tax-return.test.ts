import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { registerIoss, said, schemeCharges, startReportsServer, type ReportsServer } from './support.js';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describeWithDatabases('reports: tax returns of the low-value schemes from orders placed through checkout', (db) => {
  let s: ReportsServer;
  // D: DE, paid in October, refunded whole in November. A and B: DE, C: FR (tea sets, standard rates).
  // E: DE, two tins of cashews at the reduced rate, one refunded in November. G: GB, under the UK GBP 135 scheme.
  let d: any;
  let a: any;
  let b: any;
  let c: any;
  let e: any;
  let g: any;
  const tax = (query: string, key?: string) => s.call('GET', `/v1/admin/reports/tax-returns${query}`, { key: key ?? s.adminKey });

  before(async () => {
    s = await startReportsServer(db(), '2026-10-15T09:00:00.000Z');
    await registerIoss(s);
    d = await s.placePaidOrder('eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
    s.setNow('2026-11-03T10:00:00.000Z');
    a = await s.placePaidOrder('eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
    b = await s.placePaidOrder('eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
    c = await s.placePaidOrder('eu', 'FR', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
    e = await s.placePaidOrder('eu', 'DE', [{ sku: 'NUT-W180-400', quantity: 2 }]);
    g = await s.placePaidOrder('uk', 'GB', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
    s.setNow('2026-11-20T10:00:00.000Z');
    e = await s.refund(e.number, { lines: [{ sku: 'NUT-W180-400', quantity: 1 }] });
    s.setNow('2026-11-27T09:00:00.000Z');
    d = await s.refund(d.number, { lines: [{ sku: 'CER-TEA-LOT', quantity: 1 }] });
  });
  after(() => s?.close());

  test('the orders carry the scheme charges the figures are checked against by hand', () => {
    // 19 % of EUR 119.30 (the tea set net of the VAT in its price, EUR 87.31, plus EUR 31.99 delivery) = 22.667 -> 22.67.
    for (const o of [d, a, b]) assert.deepEqual(schemeCharges(o), [{ sku: 'CER-TEA-LOT', rate: '19%', base: '119.30', tax: '22.67' }]);
    // 20 % of EUR 119.41 = 23.882 -> 23.88.
    assert.deepEqual(schemeCharges(c), [{ sku: 'CER-TEA-LOT', rate: '20%', base: '119.41', tax: '23.88' }]);
    // 7 % of EUR 74.79 (two tins, EUR 42.80 net, plus EUR 31.99) = 5.2353 -> 5.24.
    assert.deepEqual(schemeCharges(e), [{ sku: 'NUT-W180-400', rate: '7%', base: '74.79', tax: '5.24' }]);
    assert.deepEqual(schemeCharges(g), [{ sku: 'CER-TEA-LOT', rate: '20%', base: '101.28', tax: '20.26' }]);
    assert.deepEqual(d.refunds[0].parts.taxes, '22.67', 'the IOSS VAT went back to the buyer');
    assert.deepEqual(e.refunds[0].parts.taxes, '2.62', 'floor(524 / 2)');
  });

  test('IOSS November: per member state and rate, exact; the October sale refunded in November is a correction of October', async () => {
    const r = await tax('?scheme=IOSS&period=2026-11');
    assert.equal(r.status, 200, said(r));
    const body = r.body;
    assert.deepEqual([body.scheme, body.lineScheme, body.returnCurrency, body.figuresPer], ['IOSS', 'IOSS', 'EUR', 'member state of consumption']);
    assert.deepEqual(body.period, { code: '2026-11', granularity: 'month', start: '2026-11-01', lastDay: '2026-11-30', dueDate: '2026-12-31', ended: false });
    assert.deepEqual(body.registration, { number: 'IM2760000001', validFrom: '2026-01-01', validTo: null });
    assert.deepEqual(
      body.figures.map((f: any) => [f.country, f.rate, f.sales.lines, f.sales.taxable.amount, f.sales.tax.amount, f.refunds.lines, f.refunds.taxable.amount, f.refunds.tax.amount, f.taxable.amount, f.tax.amount]),
      [
        // E: one tin of two back: floor(7479 / 2) = 3739 and floor(524 / 2) = 262.
        ['DE', '7', 1, '74.79', '5.24', 1, '-37.39', '-2.62', '37.40', '2.62'],
        // A and B: 2 x 119.30 and 2 x 22.67.
        ['DE', '19', 2, '238.60', '45.34', 0, '0.00', '0.00', '238.60', '45.34'],
        ['FR', '20', 1, '119.41', '23.88', 0, '0.00', '0.00', '119.41', '23.88'],
      ],
    );
    assert.deepEqual(body.totals, { taxable: eur('395.41'), tax: eur('71.84') });
    assert.deepEqual(
      body.corrections.map((x: any) => [x.period, x.country, x.rate, x.lines, x.taxable.amount, x.tax.amount, x.includedInFigures]),
      [['2026-10', 'DE', '19', 1, '-119.30', '-22.67', false]],
    );
    assert.deepEqual(body.correctionsTotal, { taxable: eur('-119.30'), tax: eur('-22.67') });
    assert.deepEqual(body.payable, eur('49.17'), '71.84 for November less 22.67 corrected for October');
    assert.deepEqual([body.fx, body.complete, body.lineCount, body.declared], [[], true, 6, null]);
    assert.match(body.rules.corrections.source, /art\. 369t/);
    assert.match(body.rules.conversion.source, /last date of the tax period/);
    assert.deepEqual(body.warnings, ['2026-11 has not ended: its figures will change until 2026-11-30']);
  });

  test('October, as filed: the sale of D whole (its refund belongs to November); the default period is the last month that ended', async () => {
    const october = await tax('?scheme=IOSS&period=2026-10');
    assert.equal(october.status, 200, said(october));
    assert.deepEqual(october.body.figures.map((f: any) => [f.country, f.rate, f.taxable.amount, f.tax.amount]), [['DE', '19', '119.30', '22.67']]);
    assert.deepEqual([october.body.corrections, october.body.payable, october.body.period.ended, october.body.period.dueDate], [[], eur('22.67'), true, '2026-11-30']);
    const byDefault = await tax('?scheme=IOSS');
    assert.equal(byDefault.body.period.code, '2026-10');
  });

  test('every figure drills down to its order lines, and the lines add up to the figure', async () => {
    const body = (await tax('?scheme=IOSS&period=2026-11')).body;
    const de19 = body.figures.find((f: any) => f.country === 'DE' && f.rate === '19');
    assert.equal(de19.linesUrl, '/v1/admin/reports/tax-returns/lines?scheme=IOSS&period=2026-11&section=period&country=DE&rate=19');
    const lines = await s.admin('GET', de19.linesUrl);
    assert.equal(lines.status, 200, said(lines));
    assert.deepEqual(
      lines.body.items.map((l: any) => [l.kind, l.orderNumber, l.position, l.sku, l.units, l.date, l.rate, l.taxable.amount, l.tax.amount]),
      [
        ['sale', a.number, 0, 'CER-TEA-LOT', 1, '2026-11-03', '19', '119.30', '22.67'],
        ['sale', b.number, 0, 'CER-TEA-LOT', 1, '2026-11-03', '19', '119.30', '22.67'],
      ],
    );
    assert.deepEqual([lines.body.total, lines.body.nextCursor], [2, null]);
    const correction = await s.admin('GET', body.corrections[0].linesUrl);
    assert.deepEqual(correction.body.items.map((l: any) => [l.kind, l.section, l.orderNumber, l.salePeriod, l.date, l.taxable.amount, l.tax.amount]), [['refund', 'correction', d.number, '2026-10', '2026-11-27', '-119.30', '-22.67']]);
    assert.match(correction.body.items[0].refundId, /^[0-9a-f-]{36}$/);
    // Pages: four sales and two refunds, four a page.
    const first = await s.admin('GET', '/v1/admin/reports/tax-returns/lines?scheme=IOSS&period=2026-11&limit=4');
    assert.deepEqual([first.body.total, first.body.items.length, first.body.nextCursor], [6, 4, 'o4']);
    const last = await s.admin('GET', `/v1/admin/reports/tax-returns/lines?scheme=IOSS&period=2026-11&limit=4&cursor=${first.body.nextCursor}`);
    assert.deepEqual([last.body.items.map((l: any) => l.kind), last.body.nextCursor], [['refund', 'refund'], null]);
  });

  test('UK VAT for the quarter, in GBP, under the scheme name the order lines carry; no registration is said', async () => {
    const r = await tax('?scheme=UK_VAT&period=2026-Q4');
    assert.equal(r.status, 200, said(r));
    assert.deepEqual([r.body.lineScheme, r.body.returnCurrency, r.body.period.dueDate, r.body.registration], ['UK GBP 135 point-of-sale VAT', 'GBP', '2027-02-07', null]);
    assert.deepEqual(r.body.figures.map((f: any) => [f.country, f.rate, f.taxable.amount, f.tax.amount]), [['GB', '20', '101.28', '20.26']]);
    assert.equal(r.body.figures[0].taxable.currency, 'GBP');
    assert.match(r.body.warnings.join(' '), /no UK_VAT registration of the store is valid in 2026-Q4/);
    const empty = await tax('?scheme=NO_VOEC&period=2026-Q4');
    assert.deepEqual([empty.status, empty.body.figures, empty.body.payable, empty.body.declared], [200, [], { amount: '0.00', currency: 'NOK' }, { taxable: { amount: '0.00', currency: 'NOK' }, tax: { amount: '0.00', currency: 'NOK' }, payable: { amount: '0.00', currency: 'NOK' } }]);
  });

  test('CSV of the return and of its lines: RFC 4180, amounts in the currency\'s decimals', async () => {
    const csv = await tax('?scheme=IOSS&period=2026-11&format=csv');
    assert.equal(csv.status, 200, said(csv));
    assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8; header=present');
    assert.equal(csv.headers.get('content-disposition'), 'attachment; filename="ioss-2026-11.csv"');
    assert.equal(
      csv.text,
      [
        'record,scheme,period,corrects_period,country,rate_percent,currency,sale_lines,sales_taxable,sales_tax,refund_lines,refunds_taxable,refunds_tax,taxable,tax,included_in_figures,registration',
        'figure,IOSS,2026-11,,DE,7,EUR,1,74.79,5.24,1,-37.39,-2.62,37.40,2.62,true,IM2760000001',
        'figure,IOSS,2026-11,,DE,19,EUR,2,238.60,45.34,0,0.00,0.00,238.60,45.34,true,IM2760000001',
        'figure,IOSS,2026-11,,FR,20,EUR,1,119.41,23.88,0,0.00,0.00,119.41,23.88,true,IM2760000001',
        'correction,IOSS,2026-11,2026-10,DE,19,EUR,0,,,1,-119.30,-22.67,-119.30,-22.67,false,IM2760000001',
        'total,IOSS,2026-11,,,,EUR,,,,,,,395.41,71.84,true,IM2760000001',
        'payable,IOSS,2026-11,,,,EUR,,,,,,,,49.17,,IM2760000001',
        '',
      ].join('\r\n'),
    );
    const accept = await s.call('GET', '/v1/admin/reports/tax-returns?scheme=IOSS&period=2026-11', { key: s.adminKey, headers: { accept: 'text/csv' } });
    assert.equal(accept.text, csv.text, 'Accept: text/csv is the same as format=csv');
    const json = await s.call('GET', '/v1/admin/reports/tax-returns?scheme=IOSS&period=2026-11', { key: s.adminKey, headers: { accept: 'text/csv;q=0.5, application/json' } });
    assert.equal(json.body.scheme, 'IOSS', 'JSON when the client prefers it');
    const lines = await s.admin('GET', '/v1/admin/reports/tax-returns/lines?scheme=IOSS&period=2026-11&country=FR&format=csv');
    assert.equal(lines.text.split('\r\n')[1], `IOSS,2026-11,sale,period,2026-11,${c.number},0,CER-TEA-LOT,1,2026-11-03,FR,20,EUR,119.41,23.88,,quote`);
  });

  test('bad input is 400 naming the field, and only admin keys may read', async () => {
    const cases: Array<[string, string]> = [
      ['', 'scheme'],
      ['?scheme=VAT', 'scheme'],
      ['?scheme=ioss', 'scheme'],
      ['?scheme=IOSS&period=2026-Q4', 'period'],
      ['?scheme=IOSS&period=2026-13', 'period'],
      ['?scheme=IOSS&period=2026-1', 'period'],
      ['?scheme=IOSS&period=2026-12', 'period'],
      ['?scheme=IOSS&period=2021-06', 'period'],
      ['?scheme=UK_VAT&period=2026-11', 'period'],
      ['?scheme=UK_VAT&period=2026-Q5', 'period'],
      ['?scheme=IOSS&month=2026-11', 'month'],
      ['?scheme=IOSS&period=2026-11&format=xml', 'format'],
    ];
    for (const [query, field] of cases) {
      const r = await tax(query);
      assert.equal(r.status, 400, `${query}: ${said(r)}`);
      assert.equal(r.body.code, 'VALIDATION_FAILED', query);
      assert.equal(r.body.errors[0].field, field, `${query}: ${said(r)}`);
    }
    assert.match((await tax('?scheme=IOSS&period=2026-12')).body.detail, /must not be after the current one \(2026-11\)/);
    for (const [query, field] of [
      ['&limit=0', 'limit'],
      ['&limit=1001', 'limit'],
      ['&cursor=abc', 'cursor'],
      ['&country=de', 'country'],
      ['&rate=19%25', 'rate'],
      ['&section=other', 'section'],
      ['&kind=sales', 'kind'],
      ['&salePeriod=October', 'salePeriod'],
    ] as const) {
      const r = await s.admin('GET', `/v1/admin/reports/tax-returns/lines?scheme=IOSS&period=2026-11${query}`);
      assert.equal(r.status, 400, `${query}: ${said(r)}`);
      assert.equal(r.body.errors[0].field, field, query);
    }
    assert.equal((await tax('?scheme=IOSS', s.apiKey)).status, 403);
    assert.equal((await s.call('GET', '/v1/admin/reports/tax-returns?scheme=IOSS', { key: null })).status, 401);
  });
});
