import { quoteRate } from '../src/core/shipping/quote-rate.js';
import type { Destination, Parcel, WeightBreak } from '../src/core/shipping/rate-card.js';
import { DEMO_RATE_CARDS } from '../src/data/demo/shipping.js';
import { createDb } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { createDeps } from '../src/services/deps.js';
import { seedDemoStore } from '../src/services/seed/seed-demo-store.js';
import { quoteShippingRates } from '../src/services/shipping/quote-shipping-rates.js';
import { timeBatches, timeEach } from './lib/timing.js';
import { publish, type BenchRow } from './lib/harness.js';

/**
 * In-process: `quoteRate` on the demo's international express card (4 zones, 15 countries, 15
 * remote-area ranges, volumetric weight, fuel surcharge, explanation lines) for a fixed mix of
 * 1,000 parcels and destinations, against a baseline in the same run: finding the price of the
 * same weights in a plain array of weight breaks (no zone, no volumetric weight, no surcharges).
 * On PGlite (in memory, demo store seeded): the whole `quoteShippingRates` service for a 3-line
 * cart to Germany (2 warehouses, 4 services, FX conversion), against one plain query
 * (the warehouse list) on the same database as the baseline.
 */
export async function run(options: { amount: number }): Promise<void> {
  const express = DEMO_RATE_CARDS.find((c) => c.service === 'vn-express')!.card;
  const countries = express.zones.flatMap((z) => z.countries);
  const postalCodes = ['10115', '25980', '75001', 'ZE1 0AA', '99501', '900-0001', '2000', '0810', 'X0A 0H0', '1010'];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const cases: Array<{ parcel: Parcel; destination: Destination }> = Array.from({ length: 1_000 }, () => ({
    parcel: { weightG: 100 + next(25_000), volumeMm3: next(120_000_000) },
    destination: { country: countries[next(countries.length)]!, postalCode: postalCodes[next(postalCodes.length)] },
  }));
  const breaks: WeightBreak[] = express.zones[2]!.breaks.concat([5_000, 10_000, 20_000, 30_000].map((upToG, i) => ({ upToG, price: 7_000 + i * 5_000 })));

  let i = 0;
  const lookup = () => {
    const c = cases[i++ % cases.length]!;
    const b = breaks.find((x) => x.upToG >= c.parcel.weightG);
    return b ? b.price : -1;
  };
  const quote = () => {
    const c = cases[i++ % cases.length]!;
    const r = quoteRate(express, c.parcel, c.destination);
    if (!r.ok) throw new Error(r.message);
    return r;
  };
  const rows: BenchRow[] = [
    { label: 'price lookup in an array of weight breaks', isBaseline: true, figures: timeBatches(lookup, options.amount * 4, 100) },
    { label: 'quoteRate, express card (zones, volumetric, fuel, remote, explanation)', figures: timeBatches(quote, options.amount * 4, 100) },
  ];
  publish({ name: 'shipping-core', description: 'in-process rate quotes, 1,000 mixed parcels and destinations, median of 25 batches', rows });
  await runService(options);
}

async function runService(options: { amount: number }): Promise<void> {
  const opened = await createDb({ kind: 'pglite', memory: true });
  if (!opened.ok) throw new Error(opened.message);
  try {
    const migrated = await migrate(opened.value);
    if (!migrated.ok) throw new Error(migrated.message);
    const deps = createDeps(opened.value, { version: 'bench' });
    await seedDemoStore(deps);
    const request = {
      market: 'eu',
      destination: { country: 'DE', postalCode: '10115' },
      lines: [
        { sku: 'COF-ROB-500', quantity: 2 },
        { sku: 'SCF-SQ90-IND', quantity: 1 },
        { sku: 'CER-MUG-CEL', quantity: 1 },
      ],
      date: '2025-05-12',
    };
    const service = async () => {
      const r = await quoteShippingRates(deps, request);
      if (!r.ok) throw new Error(r.message);
    };
    const query = async () => {
      await deps.warehouses.list();
    };
    const count = Math.max(200, Math.round(options.amount / 50));
    const rows: BenchRow[] = [
      { label: 'one query (list warehouses)', isBaseline: true, figures: await timeEach(query, count) },
      { label: 'quoteShippingRates, 3-line cart to DE (2 warehouses, 4 services)', figures: await timeEach(service, count) },
    ];
    publish({ name: 'shipping-service', description: `${count.toLocaleString('en-US')} sequential calls on PGlite in memory (demo store), after a warm-up`, rows });
  } finally {
    await opened.value.close();
  }
}


