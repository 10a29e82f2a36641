import type { Database, Orm } from '../db/create-db.js';
import type { RuleSetData } from '../core/landed-cost/rule-data.js';
import { STARTER_RULES } from '../data/rules/index.js';
import { createApiKeyRepository } from '../db/repositories/api-key-repository.js';
import { createLandedCostDataRepository } from '../db/repositories/landed-cost-data-repository.js';
import { createMarketRepository } from '../db/repositories/market-repository.js';
import { createWarehouseRepository } from '../db/repositories/warehouse-repository.js';
import { createInventoryRepository } from '../db/repositories/inventory-repository.js';
import { createShippingRepository } from '../db/repositories/shipping-repository.js';
import { createCartRepository } from '../db/repositories/cart-repository.js';
import { createOrderRepository } from '../db/repositories/order-repository.js';
import { createRiskRepository } from '../db/repositories/risk-repository.js';
import { createIndicatorRepository } from '../db/repositories/indicator-repository.js';
import { createScreeningRepository } from '../db/repositories/screening-repository.js';
import { createGoodsRestrictionRepository } from '../db/repositories/goods-restriction-repository.js';
import { createRegistrationRepository } from '../db/repositories/registration-repository.js';
import { createHsModelRepository } from '../db/repositories/hs-model-repository.js';
import { createHsModelSource, type HsModelSource } from './hs/hs-model-source.js';
import { createSeedRepository, createStoreRepository } from '../db/repositories/store-repository.js';
import { createPrincipalCache, type PrincipalCache } from './api-keys/principal-cache.js';
import { createFxSource } from './landed-cost/fx-source.js';
import type { QuoteDeps } from './landed-cost/quote-landed-cost.js';
import { createRuleSource } from './landed-cost/rule-source.js';
import { createReferenceCache, type ReferenceCache } from './cache/reference-cache.js';
import { createPaymentSettings, type PaymentSettings, type PaymentSettingsOptions } from './payments/payment-settings.js';
import { createCarrierSettings, type CarrierSettings, type CarrierSettingsOptions } from './carriers/carrier-settings.js';
import { createFulfillmentRepository } from '../db/repositories/fulfillment-repository.js';
import { createCompanyRepository } from '../db/repositories/company-repository.js';
import { createQuoteRepository } from '../db/repositories/quote-repository.js';

/** The repositories every service reads and writes through, built over one database handle or transaction. */
export function createRepositories(orm: Orm) {
  return {
    apiKeys: createApiKeyRepository(orm),
    store: createStoreRepository(orm),
    seeds: createSeedRepository(orm),
    landedCostData: createLandedCostDataRepository(orm),
    markets: createMarketRepository(orm),
    hsModels: createHsModelRepository(orm),
    warehouses: createWarehouseRepository(orm),
    inventory: createInventoryRepository(orm),
    shipping: createShippingRepository(orm),
    carts: createCartRepository(orm),
    orders: createOrderRepository(orm),
    risk: createRiskRepository(orm),
    indicators: createIndicatorRepository(orm),
    screening: createScreeningRepository(orm),
    registrations: createRegistrationRepository(orm),
    goodsRestrictions: createGoodsRestrictionRepository(orm),
    fulfillment: createFulfillmentRepository(orm),
    companies: createCompanyRepository(orm),
    distributorQuotes: createQuoteRepository(orm),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/**
 * Everything a service may touch, passed in as one plain object (one composition root per process).
 * The clock is here so that no service reads the time on its own.
 */
export type Deps = Repositories & {
  readonly database: Database;
  readonly clock: () => Date;
  readonly version: string;
  /** Landed-cost rules and reference rates, cached in memory and refreshed after imports. */
  readonly quotes: QuoteDeps;
  /** Recently authenticated API keys (see principal-cache.ts for how revocation propagates). */
  readonly principals: PrincipalCache;
  /** The request header an edge proxy puts the buyer's country in (lowercase), e.g. cf-ipcountry. */
  readonly countryHeader: string;
  /** The HS classifier model in memory, reloaded after a retrain or a confirmation. */
  readonly hsModel: HsModelSource;
  /** The store's threshold below which an HS suggestion is an abstention (a request may set its own). */
  readonly hsAbstainBelow: number;
  /** How long a checkout's stock reservation holds when it does not say (minutes, default 15). */
  readonly reservationTtlMinutes: number;
  /** How long a cart lives after its last change (days, default 30). */
  readonly cartTtlDays: number;
  /** Store settings, markets, warehouses, rate cards and latest rates kept a few seconds (see reference-cache.ts). */
  readonly referenceCache: ReferenceCache;
  /** Payment providers' URLs and keys, and the built-in test gateway's setup (see payment-settings.ts). */
  readonly payments: PaymentSettings;
  /** Which carrier adapter serves which shipping service, the test carrier's webhook secret and URL, EasyPost's account (see carrier-settings.ts). */
  readonly carriers: CarrierSettings;
};

export type DepsOptions = {
  version: string;
  clock?: () => Date;
  /** FX rates older than this many days before a quote's date are stale (default 7). */
  maxFxAgeDays?: number;
  /** The starter rules (default: the hand-checked set shipped in src/data/rules). */
  starterRules?: RuleSetData;
  /** How long an authenticated key is trusted without reading the database (default 5,000 ms; 0 never). */
  authCacheMs?: number;
  /** Header carrying the buyer's country from an edge proxy (default cf-ipcountry). */
  countryHeader?: string;
  /** Default abstention threshold of the HS classifier (default 0.2). */
  hsAbstainBelow?: number;
  /** Default hold of a stock reservation in minutes (default 15; LANDFALL_RESERVATION_TTL_MINUTES). */
  reservationTtlMinutes?: number;
  /** How long a cart lives after its last change in days (default 30). */
  cartTtlDays?: number;
  /** How long reference data read by carts is kept in memory, ms (default 0: always read; serve uses 5,000). */
  referenceCacheMs?: number;
  /** The test gateway's URL, key, webhook secret and webhook URL (defaults: this server, test values). */
  payments?: PaymentSettingsOptions;
  /** Carrier adapters (default: the test carrier for every service, posting to payments.publicUrl + /v1/carriers/test/webhooks). */
  carriers?: CarrierSettingsOptions;
};

export function createDeps(database: Database, options: DepsOptions): Deps {
  const repositories = createRepositories(database.orm);
  return {
    ...repositories,
    database,
    clock: options.clock ?? (() => new Date()),
    version: options.version,
    quotes: {
      rules: createRuleSource({ landedCostData: repositories.landedCostData, starter: options.starterRules ?? STARTER_RULES }),
      fxRates: createFxSource({ landedCostData: repositories.landedCostData }),
      maxFxAgeDays: options.maxFxAgeDays ?? 7,
    },
    principals: createPrincipalCache({ ttlMs: options.authCacheMs ?? 5_000 }),
    countryHeader: (options.countryHeader ?? 'cf-ipcountry').toLowerCase(),
    hsModel: createHsModelSource({ hsModels: repositories.hsModels }),
    hsAbstainBelow: options.hsAbstainBelow ?? 0.2,
    reservationTtlMinutes: options.reservationTtlMinutes ?? 15,
    cartTtlDays: options.cartTtlDays ?? 30,
    referenceCache: createReferenceCache({ ttlMs: options.referenceCacheMs ?? 0 }),
    payments: createPaymentSettings(options.payments),
    carriers: createCarrierSettings({ ...(options.payments?.publicUrl !== undefined ? { publicUrl: options.payments.publicUrl } : {}), ...options.carriers }),
  };
}
