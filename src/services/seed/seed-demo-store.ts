import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { validateProductInput } from '../../core/catalog/validate-product-input.js';
import { DEMO_CATALOG } from '../../data/demo/catalog.js';
import { demoEcbXml } from '../../data/demo/fx-rates.js';
import { DEFAULT_MARKET_ID, DEMO_MARKETS } from '../../data/demo/markets.js';
import { DEMO_BANK_ACCOUNT, DEMO_STORE } from '../../data/demo/store.js';
import { parseBankAccount } from '../store/bank-account.js';
import { DEMO_WAREHOUSES } from '../../data/demo/warehouses.js';
import { upsertProducts } from '../catalog/upsert-products.js';
import { parseImportSource } from '../data-import/parse-import-source.js';
import { writeImport } from '../data-import/write-import.js';
import { toMarketWrite } from '../markets/market-record.js';
import type { Orm } from '../../db/create-db.js';
import { seedSteps } from '../../db/schema/index.js';
import { createApiKey } from '../api-keys/create-api-key.js';
import { seedDemoShipping } from '../shipping/seed-demo-shipping.js';
import { seedDemoStock } from '../inventory/seed-demo-stock.js';
import { createRepositories, type Deps, type Repositories } from '../deps.js';
import { DEMO_DISTRIBUTOR, DEMO_PRICE_LIST, DEMO_PRICE_LIST_CODE } from '../../data/demo/distributors.js';
import { putPriceList } from '../b2b/price-lists/put-price-list.js';
import { createCompany } from '../b2b/companies/create-company.js';
import { listCompanies } from '../b2b/companies/list-companies.js';

/**
 * A seed step: runs once per database, in one transaction with the record that it ran. A step that
 * runs its own transactions (an import in batches) sets `ownTransactions`: it must be idempotent,
 * since it is recorded only after it succeeds and two processes starting at once may both run it.
 */
type SeedStep = {
  name: string;
  ownTransactions?: boolean;
  run(repos: Repositories, at: Date, deps: Pick<Deps, 'database' | 'clock'>): Promise<{ adminApiKey?: string }>;
};

const STEPS: readonly SeedStep[] = [
  {
    name: 'store-settings',
    async run(repos, at) {
      await repos.store.upsert({ ...DEMO_STORE }, at);
      return {};
    },
  },
  {
    name: 'admin-api-key',
    async run(repos) {
      const created = await createApiKey(repos, { name: 'admin (created on first start)', scopes: ['admin'] });
      if (!created.ok) throw new Error(`seed could not create the admin key: ${created.message}`);
      return { adminApiKey: created.value.key };
    },
  },
  {
    name: 'demo-markets',
    async run(repos, at) {
      for (const [position, market] of DEMO_MARKETS.entries()) {
        await repos.markets.upsert(toMarketWrite(market, { dutiesIncluded: false, isDefault: market.id === DEFAULT_MARKET_ID, position }), at);
      }
      return {};
    },
  },
  {
    name: 'demo-catalog',
    ownTransactions: true,
    async run(_repos, _at, deps) {
      const products = DEMO_CATALOG.map((input, i) => {
        const r = validateProductInput(input, { baseCurrency: DEMO_STORE.baseCurrency });
        if (!r.ok) throw new Error(`demo product ${i} (${input.handle}) is invalid: ${r.message}`);
        return r.value;
      });
      const written = await upsertProducts(deps, products);
      if (!written.ok) throw new Error(`the demo catalog could not be written: ${written.message}`);
      return {};
    },
  },
  {
    name: 'demo-warehouses',
    async run(repos, at) {
      for (const [position, w] of DEMO_WAREHOUSES.entries()) await repos.warehouses.upsert({ ...w, active: true, position }, at);
      return {};
    },
  },
  {
    name: 'demo-stock',
    async run(repos, at) {
      await seedDemoStock(repos.inventory, at);
      return {};
    },
  },
  {
    name: 'demo-fx-rates',
    ownTransactions: true,
    async run(_repos, _at, deps) {
      await importDemoRates(deps);
      return {};
    },
  },
  {
    name: 'demo-shipping',
    async run(repos, at) {
      await seedDemoShipping(repos, at);
      return {};
    },
  },
  {
    name: 'demo-distributors',
    ownTransactions: true,
    async run(repos, _at, deps) {
      await seedDemoDistributors(deps, repos);
      return {};
    },
  },
  {
    name: 'demo-bank-account',
    async run(repos, at) {
      const account = parseBankAccount(DEMO_BANK_ACCOUNT);
      if (!account.ok) throw new Error(`the demo bank account is invalid: ${account.message}`);
      await repos.store.setBankAccount({ accountHolder: account.value.accountHolder, iban: account.value.iban, bic: account.value.bic }, at);
      return {};
    },
  },
];

/** The demo's wholesale price list and distributor, through the admin API's own services (idempotent). */
async function seedDemoDistributors(deps: Pick<Deps, 'database' | 'clock'>, repos: Repositories): Promise<void> {
  const list = await putPriceList(deps, DEMO_PRICE_LIST_CODE, DEMO_PRICE_LIST);
  if (!list.ok) throw new Error(`the demo price list is invalid: ${list.message}`);
  const existing = await listCompanies(repos, { q: DEMO_DISTRIBUTOR.name });
  if (existing.ok && existing.value.items.length > 0) return;
  const company = await createCompany(deps, DEMO_DISTRIBUTOR);
  if (!company.ok) throw new Error(`the demo distributor is invalid: ${company.message}`);
}

/** The demo's ECB rates, through the regular importer (idempotent). */
export async function importDemoRates(deps: Pick<Deps, 'database' | 'clock'>): Promise<void> {
  const bytes = new TextEncoder().encode(demoEcbXml());
  const source = { location: 'demo seed: ECB reference rates of 2025-05-09 (src/data/demo/fx-rates.ts)', name: 'eurofxref-daily.xml', bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  const prepared = parseImportSource('ecb', source);
  if (!prepared.ok) throw new Error(`the demo rates do not parse: ${prepared.message}`);
  const written = await writeImport(deps, prepared.value);
  if (!written.ok) throw new Error(`the demo rates could not be written: ${written.message}`);
}

/** The names of the seed steps, in the order they run. */
export const SEED_STEPS: readonly string[] = STEPS.map((s) => s.name);

export type SeedOutcome = {
  /** Steps applied by this call, in order. */
  applied: string[];
  /** The admin API key in clear, present only on the call that created it. */
  adminApiKey?: string;
};

/**
 * Apply the seed steps not yet applied. Safe to run again and from several processes at once:
 * each step claims its row in seed_steps first, so a concurrent runner waits and then skips it.
 */
export async function seedDemoStore(deps: Pick<Deps, 'database' | 'clock'>): Promise<SeedOutcome> {
  const outcome: SeedOutcome = { applied: [] };
  for (const step of STEPS) {
    if (step.ownTransactions) {
      const done = await deps.database.orm.select({ name: seedSteps.name }).from(seedSteps).where(eq(seedSteps.name, step.name));
      if (done.length > 0) continue;
      await step.run(createRepositories(deps.database.orm), deps.clock(), deps);
      const recorded = await deps.database.orm.insert(seedSteps).values({ name: step.name, appliedAt: deps.clock() }).onConflictDoNothing().returning({ name: seedSteps.name });
      if (recorded.length > 0) outcome.applied.push(step.name);
      continue;
    }
    await deps.database.orm.transaction(async (tx) => {
      const orm = tx as unknown as Orm;
      const claimed = await orm
        .insert(seedSteps)
        .values({ name: step.name, appliedAt: deps.clock() })
        .onConflictDoNothing()
        .returning({ name: seedSteps.name });
      if (claimed.length === 0) return;
      const result = await step.run(createRepositories(orm), deps.clock(), deps);
      outcome.applied.push(step.name);
      if (result.adminApiKey) outcome.adminApiKey = result.adminApiKey;
    });
  }
  return outcome;
}
