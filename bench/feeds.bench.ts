import os from 'node:os';
import { sql } from 'drizzle-orm';
import { createDb, type Database } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { feedLinks } from '../src/http/routes/channels/feeds-links.js';
import { createFeedCache } from '../src/services/channels/feeds/feed-cache.js';
import { generateFeed } from '../src/services/channels/feeds/generate-feed.js';
import { readFeedCatalog } from '../src/services/channels/feeds/read-feed-catalog.js';
import { createDeps, type Deps } from '../src/services/deps.js';
import { seedDemoStore } from '../src/services/seed/seed-demo-store.js';
import { publish, type BenchRow } from './lib/harness.js';
import { scratchDatabase } from './lib/scratch-database.js';

const RUNS = 3;
const VARIANTS_PER_PRODUCT = 5;

/**
 * Product feeds of one market over a large catalog: the demo store plus `2 x amount` variants
 * (100,000 for the full run, 10,000 with --quick) in products of 5 variants, each with English and
 * German text, an image, stock in the two warehouses serving the EU market and 40 different
 * weights; 1 % of the SKUs with an EU price-list entry. For market eu (German, euros, VAT included,
 * shipping to five countries), each the median of 3 full builds (a new cache each time: read,
 * price, ship, validate, write):
 * - baselines: the feed's own catalog read (three set-based statements, no pricing) and
 *   JSON.stringify of those rows: the floor any feed of these rows costs;
 * - Google XML, Google TSV and Meta CSV, built from nothing;
 * - a second request with nothing changed: the fingerprint statement and the copy in memory.
 * On PostgreSQL when LANDFALL_BENCH_DATABASE_URL is set (a scratch database created and dropped),
 * else on PGlite in memory.
 */
export async function run(options: { amount: number }): Promise<void> {
  const url = process.env.LANDFALL_BENCH_DATABASE_URL?.trim();
  if (url) {
    const scratch = await scratchDatabase(url, 'feeds');
    try {
      const opened = await createDb({ kind: 'postgres', url: scratch.url });
      if (!opened.ok) throw new Error(opened.message);
      try {
        await measure(opened.value, options.amount * 2, 'PostgreSQL (loopback)');
      } finally {
        await opened.value.close();
      }
    } finally {
      await scratch.drop();
    }
    return;
  }
  const opened = await createDb({ kind: 'pglite', memory: true });
  if (!opened.ok) throw new Error(opened.message);
  try {
    await measure(opened.value, options.amount * 2, 'PGlite (in memory)');
  } finally {
    await opened.value.close();
  }
}

async function fill(db: Database, variants: number): Promise<number> {
  const t0 = performance.now();
  const products = Math.ceil(variants / VARIANTS_PER_PRODUCT);
  await db.orm.execute(sql`
    insert into products (handle, status, hs_code, origin_country, categories, images)
    select 'bench-product-' || g, 'active', (array['610910', '621410', '441912', '690912'])[1 + g % 4], 'VN', array['bench'],
      jsonb_build_array(jsonb_build_object('url', 'https://cdn.example.com/bench/' || g || '.jpg', 'alt', null))
    from generate_series(1, ${products}) g`);
  await db.orm.execute(sql`
    insert into product_translations (product_id, locale, title, description, search_config)
    select p.id, l.locale, l.prefix || ' ' || substr(p.handle, 15), l.prefix || ' ' || p.handle || ': hand-made in Hội An, "quoted" & <escaped>, ' || repeat('words ', 20), l.config::regconfig
    from products p cross join (values ('en', 'Bench item', 'english'), ('de', 'Testartikel', 'german')) as l(locale, prefix, config)
    where p.handle like 'bench-product-%'`);
  await db.orm.execute(sql`
    insert into variants (product_id, sku, options, price_minor, currency, weight_g, position)
    select p.id, 'BENCH-' || substr(p.handle, 15) || '-' || k, jsonb_build_object('size', 'S' || k), 1000 + (k * 250) + (length(p.handle) * 7), 'USD', 100 + ((k + length(p.handle)) % 40) * 50, k
    from products p cross join generate_series(1, ${VARIANTS_PER_PRODUCT}) k
    where p.handle like 'bench-product-%'`);
  await db.orm.execute(sql`
    insert into stock_levels (variant_id, warehouse_id, on_hand, reserved)
    select v.id, w.id, (abs(hashtext(v.sku || w.code)) % 20), 0
    from variants v cross join warehouses w
    where v.sku like 'BENCH-%' and w.code in ('vn-hoian', 'nl-venlo')`);
  await db.orm.execute(sql`
    insert into price_list_entries (market_id, sku, amount_minor, currency, effective_from)
    select 'eu', sku, 1990, 'EUR', '2026-01-01' from variants where sku like 'BENCH-%' and abs(hashtext(sku)) % 100 = 0`);
  for (const t of ['products', 'product_translations', 'variants', 'stock_levels', 'price_list_entries']) await db.orm.execute(sql.raw(`analyze ${t}`));
  return (performance.now() - t0) / 1000;
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

async function measure(db: Database, variants: number, where: string): Promise<void> {
  const migrated = await migrate(db);
  if (!migrated.ok) throw new Error(migrated.message);
  const deps: Deps = createDeps(db, { version: 'bench', clock: () => new Date('2026-11-27T12:00:00.000Z') });
  await seedDemoStore(deps);
  console.log(`  feeds: filling ${variants.toLocaleString('en-US')} variants (${where})...`);
  const seconds = await fill(db, variants);
  const links = feedLinks('https://shop.example');
  const warehouseIds = (await deps.warehouses.list()).filter((w) => w.markets.includes('eu')).map((w) => w.id);
  const read = () => readFeedCatalog(db.orm, { locales: ['de', 'en'], languages: ['de', 'en'], warehouseIds });

  let rowsRead = 0;
  const bareRead = await median(async () => {
    rowsRead = (await read()).variants.length;
  });
  let jsonBytes = 0;
  const stringify = await median(async () => {
    jsonBytes = JSON.stringify(await read()).length;
  });
  const sizes: Record<string, { bytes: number; items: number; problems: number }> = {};
  const build = (channel: string, format: string) => async () => {
    const r = await generateFeed(deps, createFeedCache(), links, { market: 'eu', channel, format });
    if (!r.ok) throw new Error(r.message);
    sizes[`${channel}.${format}`] = { bytes: r.value.body.length, items: r.value.itemCount, problems: r.value.problems.length };
  };
  const xml = await median(build('google', 'xml'));
  const tsv = await median(build('google', 'tsv'));
  const csv = await median(build('meta', 'csv'));
  const warmCache = createFeedCache();
  await generateFeed(deps, warmCache, links, { market: 'eu', channel: 'google', format: 'xml' });
  const warm = await median(() => generateFeed(deps, warmCache, links, { market: 'eu', channel: 'google', format: 'xml' }));

  const items = sizes['google.xml']!.items;
  if (items < variants) throw new Error(`only ${items} of ${variants} bench variants went into the feed`);
  const perSecond = (ms: number) => Math.round((items / ms) * 1000);
  const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
  const rows: BenchRow[] = [
    { label: 'bare read of the feed rows (3 statements)', isBaseline: true, figures: { ...bareRead, rows: rowsRead } },
    { label: 'JSON.stringify of those rows', isBaseline: true, figures: { ...stringify, MB: mb(jsonBytes) } },
    { label: 'Google Merchant Center XML, built from nothing', figures: { ...xml, items, itemsPerSecond: perSecond(xml.medianMs), MB: mb(sizes['google.xml']!.bytes) } },
    { label: 'Google Merchant Center TSV, built from nothing', figures: { ...tsv, items, itemsPerSecond: perSecond(tsv.medianMs), MB: mb(sizes['google.tsv']!.bytes) } },
    { label: 'Meta catalog CSV, built from nothing', figures: { ...csv, items: sizes['meta.csv']!.items, itemsPerSecond: perSecond(csv.medianMs), MB: mb(sizes['meta.csv']!.bytes) } },
    { label: 'Google XML again, nothing changed (fingerprint + memory)', figures: { ...warm } },
  ];
  publish({
    name: 'feeds',
    description: `feeds of market eu (de, EUR, VAT included, shipping to 5 countries) over ${variants.toLocaleString('en-US')} bench variants plus the demo catalog, ${where}, median of ${RUNS} builds after one warm-up; ${os.cpus().length} cores`,
    rows,
    notes: [`fill: ${variants.toLocaleString('en-US')} variants with texts, stock and 1 % price-list entries in ${seconds.toFixed(1)} s`, `target: under 5 s for 100,000 variants per feed`],
  });
}
