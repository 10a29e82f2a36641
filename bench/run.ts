/**
 * npm run bench [name ...] [--quick]: compiled to .bench/ first (plain JavaScript, as production
 * runs it: the TypeScript loader used by the tests adds overhead that would distort the figures), runs the benchmarks (all, or those named), each printing a
 * table next to its baseline and writing bench/results/<name>.json. --quick does a tenth of the work.
 */
import { parseArgs } from 'node:util';
import { machine } from './lib/harness.js';

const BENCHMARKS: Record<string, () => Promise<{ run(options: { amount: number }): Promise<void> }>> = {
  healthz: () => import('./healthz.bench.js'),
  hardening: () => import('./hardening.bench.js'),
  'landed-cost': () => import('./landed-cost.bench.js'),
  pricing: () => import('./pricing.bench.js'),
  'market-selection': () => import('./market-selection.bench.js'),
  screening: () => import('./screening.bench.js'),
  restrictions: () => import('./restrictions.bench.js'),
  store: () => import('./store.bench.js'),
  storefront: () => import('./storefront.bench.js'),
  hs: () => import('./hs.bench.js'),
  inventory: () => import('./inventory.bench.js'),
  shipping: () => import('./shipping.bench.js'),
  payments: () => import('./payments.bench.js'),
  webhooks: () => import('./webhooks.bench.js'),
  checkout: () => import('./checkout.bench.js'),
  cluster: () => import('./cluster.bench.js'),
  fraud: () => import('./fraud.bench.js'),
  documents: () => import('./documents.bench.js'),
  labels: () => import('./labels.bench.js'),
  reports: () => import('./reports.bench.js'),
  support: () => import('./support.bench.js'),
  feeds: () => import('./feeds.bench.js'),
};

const { values, positionals } = parseArgs({ options: { quick: { type: 'boolean', default: false } }, allowPositionals: true });
const names = positionals.length > 0 ? positionals : Object.keys(BENCHMARKS);
const unknown = names.filter((n) => !(n in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
const m = machine();
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, node ${m.node}`);
for (const name of names) {
  const bench = await BENCHMARKS[name]!();
  await bench.run({ amount: values.quick ? 5_000 : 50_000 });
}
