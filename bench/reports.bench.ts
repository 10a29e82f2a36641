import { sql } from 'drizzle-orm';
import { createDb, type Database } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { createTaxReportRepository } from '../src/db/repositories/tax-report-repository.js';
import { createDeps } from '../src/services/deps.js';
import { getTaxReturn, getTaxReturnLines } from '../src/services/reports/tax-return.js';
import { publish, type BenchRow } from './lib/harness.js';
import { scratchDatabase } from './lib/scratch-database.js';

const RUNS = 7;

/**
 * The IOSS monthly return over many order lines in PostgreSQL: `amount` orders of two IOSS lines
 * each (100,000 lines for the full run, 10,000 with --quick), 80 % paid in November 2026 and 20 % in
 * October, 1 % of the October ones refunded in November (corrections), each with a frozen quote of
 * the size checkout writes (charges with their rules, sources and notes). Measured, each the median
 * of 7 runs after one warm-up:
 * - baseline: a plain aggregate of the IOSS lines of the month per country (sum of the line taxes;
 *   no quote read, no rates, no refunds): what the figures would cost if nothing had to be explained;
 * - the repository's read alone: every scheme charge taken out of the quotes by PostgreSQL, and the refunds;
 * - getTaxReturn: that read, the lines, the figures, corrections and conversions (the HTTP answer's work);
 * - the drill-down of one figure (the first page of 100 lines).
 * The return's tax must equal the baseline's sum, or the benchmark fails.
 *
 * Needs LANDFALL_BENCH_DATABASE_URL=postgres://... (a scratch database is created there and dropped).
 */
export async function run(options: { amount: number }): Promise<void> {
  const url = process.env.LANDFALL_BENCH_DATABASE_URL?.trim();
  if (!url) {
    console.log('  reports skipped: set LANDFALL_BENCH_DATABASE_URL=postgres://... (a scratch database is created there and dropped)');
    return;
  }
  const scratch = await scratchDatabase(url, 'reports');
  try {
    const opened = await createDb({ kind: 'postgres', url: scratch.url });
    if (!opened.ok) throw new Error(opened.message);
    try {
      await measure(opened.value, options.amount);
    } finally {
      await opened.value.close();
    }
  } finally {
    await scratch.drop();
  }
}

/** A note and a source as long as the starter rules' (the quote keeps them with every charge). */
const NOTE = 'charged at checkout under IOSS (scheme.EU.IOSS); no import VAT at the border. Consignments of intrinsic value up to EUR 150, excluding excise goods; VAT at the rate of the member state of arrival on the sale price including delivery.';
const SOURCE = 'Council Directive 2006/112/EC art. 369l-369x (special scheme for distance sales of goods imported from third territories) and art. 143(1)(ca), as inserted by Council Directive (EU) 2017/2455: https://eur-lex.europa.eu/eli/dir/2017/2455/oj';

async function fill(db: Database, orders: number): Promise<{ seconds: number; lines: number; refunds: number }> {
  const t0 = performance.now();
  // Countries with their standard and reduced rates (percent), cycled through the orders.
  await db.orm.execute(sql`create temporary table bench_rates (i int primary key, country text, standard numeric, reduced numeric)`);
  await db.orm.execute(sql`insert into bench_rates values (0, 'DE', 19, 7), (1, 'FR', 20, 5.5), (2, 'NL', 21, 9), (3, 'IT', 22, 10), (4, 'ES', 21, 10)`);
  // Goods of each line in cents, and its tax: rate x base rounded half-up to the cent, as the engine does.
  await db.orm.execute(sql`
    create temporary table bench_orders as
    select g as n, gen_random_uuid() as id, r.country, r.standard, r.reduced,
      case when g % 5 = 0 then timestamptz '2026-10-01 00:00:00+00' + ((g % 31) * interval '1 day') + ((g % 86400) * interval '1 second')
           else timestamptz '2026-11-01 00:00:00+00' + ((g % 30) * interval '1 day') + ((g % 86400) * interval '1 second') end as paid_at,
      2000 + (g % 5000) as base0, 1000 + (g % 3000) as base1
    from generate_series(1, ${orders}) g join bench_rates r on r.i = g % 5`);
  await db.orm.execute(sql`alter table bench_orders add column tax0 bigint, add column tax1 bigint`);
  await db.orm.execute(sql`update bench_orders set tax0 = round(base0 * standard / 100), tax1 = round(base1 * reduced / 100)`);
  const money = (cents: string) => sql.raw(`to_char((${cents})::numeric / 100, 'FM999999990.00')`);
  const charge = (sku: string, rate: string, base: string, tax: string) => sql`jsonb_build_object(
      'type', 'tax', 'name', 'VAT (IOSS)', 'amount', ${money(tax)}, 'currency', 'EUR', 'rate', ${sql.raw(rate)}::text || '%',
      'basis', 'sale price + shipping', 'baseAmount', jsonb_build_object('amount', ${money(base)}, 'currency', 'EUR'),
      'formula', ${sql.raw(rate)}::text || '% of EUR ' || ${money(base)} || ' (sale price + shipping)', 'program', 'low-value scheme',
      'payer', 'seller', 'due', 'checkout', 'sku', ${sku}::text, 'note', ${NOTE}::text,
      'rule', jsonb_build_object('id', 'tax.' || country || '.vat', 'version', '1', 'effectiveFrom', '2021-01-01', 'source', ${SOURCE}::text))`;
  const duty = (sku: string) => sql`jsonb_build_object('type', 'duty', 'name', 'Low-value consignment duty', 'amount', '3.00', 'currency', 'EUR', 'rate', 'EUR 3.00 per tariff classification',
      'basis', 'classification', 'baseAmount', jsonb_build_object('amount', '100.00', 'currency', 'EUR'), 'formula', 'EUR 3.00 for one classification', 'program', 'low-value duty',
      'payer', 'seller', 'due', 'checkout', 'sku', ${sku}::text, 'note', ${NOTE}::text, 'rule', jsonb_build_object('id', 'flat.EU.low-value', 'version', '1', 'effectiveFrom', '2026-07-01', 'source', ${SOURCE}::text))`;
  await db.orm.execute(sql`
    insert into orders (id, number, market, currency, country, email, address, incoterm, status, goods_minor, discount_minor, shipping_minor, duties_minor, taxes_minor,
      taxes_included_minor, fees_minor, total_minor, due_on_delivery_minor, captured_minor, refunded_minor, rules_version, quote, created_at, updated_at, paid_at)
    select id, 'LF-B' || n, 'eu', 'EUR', country, 'bench-' || n || '@example.com',
      jsonb_build_object('name', 'Bench Buyer', 'lines', jsonb_build_array('1 Bench Street'), 'city', 'Benchville', 'postalCode', '10115', 'region', null, 'country', country, 'phone', null),
      'DDP', 'paid', base0 + base1, 0, 0, 600, tax0 + tax1, 0, 0, base0 + base1 + tax0 + tax1 + 600, 0, base0 + base1 + tax0 + tax1 + 600, 0, 'bench',
      jsonb_build_object('date', to_char(paid_at, 'YYYY-MM-DD'), 'incoterm', 'DDP', 'rulesVersion', 'bench',
        'fx', jsonb_build_array(jsonb_build_object('from', 'USD', 'to', 'EUR', 'rate', '0.88873089', 'rateDate', '2025-05-09', 'source', 'ECB', 'stale', true)),
        'shipments', jsonb_build_array(jsonb_build_object(
          'warehouse', jsonb_build_object('code', 'vn-hoian', 'name', 'Hội An workshop', 'country', 'VN'), 'service', 'vn-post-economy', 'carrier', 'VNPost', 'channel', 'postal',
          'lines', jsonb_build_array(jsonb_build_object('sku', 'TEE', 'quantity', 1), jsonb_build_object('sku', 'COF', 'quantity', 1)),
          'charges', jsonb_build_array(${duty('TEE')}, ${duty('COF')}, ${charge('TEE', 'standard', 'base0', 'tax0')}, ${charge('COF', 'reduced', 'base1', 'tax1')}),
          'remittance', jsonb_build_array(jsonb_build_object('scheme', 'IOSS', 'registration', 'IOSS', 'number', 'IM2760000001', 'amount', ${money('tax0 + tax1')}, 'currency', 'EUR', 'note', 'the seller remits this tax in its IOSS return')),
          'warnings', jsonb_build_array(), 'complete', true))),
      paid_at, paid_at, paid_at
    from bench_orders`);
  await db.orm.execute(sql`
    insert into order_lines (order_id, position, sku, title, quantity, unit_price_minor, discount_minor, goods_minor, tax_included_minor, duties_minor, taxes_minor, tax_scheme, hs_code, origin_country, weight_g, warehouse)
    select id, 0, 'TEE', 'Lantern T-shirt', 1, base0, 0, base0, 0, 300, tax0, 'IOSS', '610910', 'VN', 220, 'vn-hoian' from bench_orders
    union all
    select id, 1, 'COF', 'Robusta coffee', 1, base1, 0, base1, 0, 300, tax1, 'IOSS', '090121', 'VN', 280, 'vn-hoian' from bench_orders`);
  // 1 % of October's orders: their tee refunded in November (corrections of October).
  await db.orm.execute(sql`
    insert into order_refunds (order_id, amount_minor, parts, lines, not_refunded, reason, created_at)
    select id, base0 + tax0, jsonb_build_object('goods', base0, 'taxes', tax0), jsonb_build_array(jsonb_build_object('sku', 'TEE', 'quantity', 1)), '[]'::jsonb, 'bench', timestamptz '2026-11-15 12:00:00+00' + (n * interval '1 second')
    from bench_orders where n % 5 = 0 and n % 500 = 0`);
  await db.orm.execute(sql`update order_lines l set refunded_quantity = 1 from order_refunds r where r.order_id = l.order_id and l.position = 0`);
  await db.orm.execute(sql`vacuum analyze orders`);
  await db.orm.execute(sql`vacuum analyze order_lines`);
  await db.orm.execute(sql`vacuum analyze order_refunds`);
  const counted = (await db.orm.execute(sql`select (select count(*) from order_lines)::int as lines, (select count(*) from order_refunds)::int as refunds`)) as unknown as { rows: Array<{ lines: number; refunds: number }> };
  const counts = counted.rows[0]!;
  return { seconds: (performance.now() - t0) / 1000, lines: counts.lines, refunds: counts.refunds };
}

async function median(fn: () => Promise<unknown>): Promise<{ medianMs: number; slowestMs: number }> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { medianMs: Math.round(ms[Math.floor(RUNS / 2)]! * 10) / 10, slowestMs: Math.round(ms[RUNS - 1]! * 10) / 10 };
}

async function measure(db: Database, orders: number): Promise<void> {
  const migrated = await migrate(db);
  if (!migrated.ok) throw new Error(migrated.message);
  console.log(`  reports: filling ${orders.toLocaleString('en-US')} orders of 2 IOSS lines each...`);
  const filled = await fill(db, orders);
  const deps = createDeps(db, { version: 'bench', clock: () => new Date('2026-12-05T09:00:00.000Z') });
  const window = { start: new Date('2026-11-01T00:00:00.000Z'), end: new Date('2026-12-01T00:00:00.000Z') };

  let baselineTax = 0n;
  let baselineLines = 0;
  const baseline = await median(async () => {
    const result = (await db.orm.execute(sql`
      select o.country, count(*)::int as lines, sum(l.goods_minor)::text as taxable, sum(l.taxes_minor)::text as tax
      from orders o join order_lines l on l.order_id = o.id
      where o.paid_at >= ${window.start.toISOString()}::timestamptz and o.paid_at < ${window.end.toISOString()}::timestamptz and l.tax_scheme = 'IOSS'
      group by o.country`)) as unknown as { rows: Array<{ lines: number; tax: string }> };
    baselineTax = result.rows.reduce((n, r) => n + BigInt(r.tax), 0n);
    baselineLines = result.rows.reduce((n, r) => n + r.lines, 0);
  });
  const read = await median(() => createTaxReportRepository(db.orm).schemeLinesAndRefunds('IOSS', window));
  let answer: Awaited<ReturnType<typeof getTaxReturn>> | undefined;
  const full = await median(async () => {
    answer = await getTaxReturn(deps, { scheme: 'IOSS', period: '2026-11' });
  });
  if (!answer?.ok) throw new Error(`the return failed: ${answer?.ok === false ? answer.message : 'no answer'}`);
  const r = answer.value;
  const tax = BigInt(r.totals.tax.amount.replace('.', ''));
  if (tax !== baselineTax) throw new Error(`the return's tax ${r.totals.tax.amount} is not the baseline's ${baselineTax} cents`);
  const drill = await median(() => getTaxReturnLines(deps, { scheme: 'IOSS', period: '2026-11', country: 'DE', rate: '19', section: 'period', limit: '100' }));

  const perSecond = (ms: number) => Math.round((r.lineCount / ms) * 1000);
  const rows: BenchRow[] = [
    { label: 'plain aggregate of the month\'s IOSS lines per country (no quote, rates or refunds)', isBaseline: true, figures: { ...baseline, lines: baselineLines } },
    { label: 'repository read: scheme charges out of the quotes, and the refunds', figures: { ...read, lines: r.lineCount } },
    { label: 'getTaxReturn: read, lines, figures, corrections', figures: { ...full, lines: r.lineCount, linesPerSecond: perSecond(full.medianMs) } },
    { label: 'drill-down: first 100 lines of DE 19 %', figures: { ...drill } },
  ];
  publish({
    name: 'reports',
    description: `the IOSS return of 2026-11 over ${filled.lines.toLocaleString('en-US')} order lines in PostgreSQL (loopback), median of ${RUNS} runs after one warm-up`,
    rows,
    notes: [
      `fill: ${orders.toLocaleString('en-US')} orders, ${filled.lines.toLocaleString('en-US')} lines, ${filled.refunds} refunds in ${filled.seconds.toFixed(1)} s`,
      `return: ${r.figures.length} figures, ${r.corrections.length} corrections, tax EUR ${r.totals.tax.amount} (= the baseline's sum), payable EUR ${r.payable.amount}`,
    ],
  });
}
