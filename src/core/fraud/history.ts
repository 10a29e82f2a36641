import type { RiskOrder } from './risk-order.js';

/**
 * What the store knew before an order: how often its card, email, device, IP and shipping address
 * were seen in the last 10 minutes, hour, day and week; how many cards one device used; the buyer's
 * past orders; the store's normal order value per currency; links to orders labeled fraud.
 * The same snapshot comes from the database (indexed queries, src/db) or from memory (the CLI and
 * the scenario suite): the scoring core never reads anything else.
 */
export const RISK_KEY_KINDS = ['card', 'email', 'device', 'ip', 'address'] as const;
export type RiskKeyKind = (typeof RISK_KEY_KINDS)[number];
export type RiskKeys = Record<RiskKeyKind, string | null> & { customer: string | null };

export const VELOCITY_WINDOWS = [
  { name: '10m', ms: 10 * 60_000 },
  { name: '1h', ms: 60 * 60_000 },
  { name: '24h', ms: 24 * 60 * 60_000 },
  { name: '7d', ms: 7 * 24 * 60 * 60_000 },
] as const;
export type VelocityWindow = (typeof VELOCITY_WINDOWS)[number]['name'];
export type Velocity = Record<VelocityWindow, number>;

export type HistorySnapshot = {
  /** Earlier orders with the same key, per window (null: the order has no such key). */
  velocity: Record<RiskKeyKind, Velocity | null>;
  /** Distinct cards seen on this device in 24 hours and 7 days, this order's card included. */
  cardsOnDevice: { '24h': number; '7d': number } | null;
  /** Distinct emails and shipping addresses used with this card in 7 days, this order's included. */
  emailsOnCard7d: number | null;
  addressesOnCard7d: number | null;
  /** The buyer's earlier orders (by customer id, else email; declined attempts are not orders). */
  customer: {
    orders: number;
    /** Earlier orders labeled legitimate, or older than 30 days without a fraud label. */
    goodOrders: number;
    fraudOrders: number;
    /** Mean total of earlier orders in this order's currency (minor units), null when none. */
    meanTotalMinor: number | null;
    knownCard: boolean;
    knownDevice: boolean;
    knownAddress: boolean;
  } | null;
  /** Earlier orders labeled fraud sharing a key with this one, per key. */
  fraudLinks: RiskKeyKind[];
  /** The store's order values in this currency: count, mean and variance of ln(total in minor units). */
  storeValue: { count: number; meanLog: number; varLog: number } | null;
};

export const GOOD_AFTER_DAYS = 30;

/** The keys an order is counted under: card fingerprint (or BIN+last 4), email, device, IP, normalized shipping address. */
export function riskKeys(order: RiskOrder): RiskKeys {
  const card = order.payment?.card;
  const cardKey = card?.fingerprint ?? (card?.bin && card.last4 ? `${card.bin}*${card.last4}` : null);
  const s = order.shipping;
  const address = s && s.country && (s.line1 || s.postalCode) ? [s.country, norm(s.postalCode), norm(s.line1)].join('|') : null;
  const email = order.customer?.email ?? null;
  return { card: cardKey, email, device: order.device?.id ?? null, ip: order.ip?.address ?? null, address, customer: order.customer?.id ? `id:${order.customer.id}` : email ? `email:${email}` : null };
}

function norm(s: string | null): string {
  return (s ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
}

/** One order as history keeps it. */
export type HistoryEntry = { at: number; keys: RiskKeys; currency: string | null; totalMinor: number | null; outcome: 'fraud' | 'legitimate' | null; /** A declined attempt: counted for velocity, not as an order. */ declined: boolean };

/**
 * History in memory, for the CLI and the scenario suite: orders are added in time order and a
 * snapshot reads the orders before `at`. Per-key lists keep lookups proportional to a key's orders.
 */
export class MemoryRiskHistory {
  private readonly byKey = new Map<string, HistoryEntry[]>();
  private readonly byId = new Map<string, HistoryEntry>();
  private readonly store = new Map<string, { count: number; sum: number; sumSq: number }>();

  add(entry: HistoryEntry, id?: string | null): void {
    for (const kind of [...RISK_KEY_KINDS, 'customer'] as const) {
      const key = entry.keys[kind];
      if (key === null) continue;
      const k = `${kind}\u0000${key}`;
      const list = this.byKey.get(k);
      if (list) list.push(entry);
      else this.byKey.set(k, [entry]);
    }
    if (id) this.byId.set(id, entry);
    if (!entry.declined && entry.currency !== null && entry.totalMinor !== null && entry.totalMinor > 0) {
      const s = this.store.get(entry.currency) ?? { count: 0, sum: 0, sumSq: 0 };
      const v = Math.log(entry.totalMinor);
      this.store.set(entry.currency, { count: s.count + 1, sum: s.sum + v, sumSq: s.sumSq + v * v });
    }
  }

  /** Record what became of an order (a chargeback, an approved review). */
  label(id: string, outcome: 'fraud' | 'legitimate'): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    entry.outcome = outcome;
    return true;
  }

  snapshot(keys: RiskKeys, currency: string | null, at: number): HistorySnapshot {
    const before = (kind: RiskKeyKind | 'customer', key: string | null) => (key === null ? null : (this.byKey.get(`${kind}\u0000${key}`) ?? []).filter((e) => e.at < at));
    const velocity = {} as HistorySnapshot['velocity'];
    const fraudLinks: RiskKeyKind[] = [];
    for (const kind of RISK_KEY_KINDS) {
      const list = before(kind, keys[kind]);
      velocity[kind] = list === null ? null : countWindows(list, at);
      if (list?.some((e) => e.outcome === 'fraud')) fraudLinks.push(kind);
    }
    const onDevice = before('device', keys.device);
    const distinct = (list: HistoryEntry[], since: number, pick: (e: HistoryEntry) => string | null, own: string | null) => new Set([...list.filter((e) => e.at >= at - since).map(pick), own].filter((v) => v !== null)).size;
    const onCard = before('card', keys.card);
    const week = 7 * 24 * 3_600_000;
    const past = before('customer', keys.customer)?.filter((e) => !e.declined) ?? null;
    const inCurrency = past?.filter((e) => e.currency === currency && e.totalMinor !== null) ?? [];
    const s = currency === null ? undefined : this.store.get(currency);
    return {
      velocity,
      cardsOnDevice: onDevice === null ? null : { '24h': distinct(onDevice, 24 * 3_600_000, (e) => e.keys.card, keys.card), '7d': distinct(onDevice, week, (e) => e.keys.card, keys.card) },
      emailsOnCard7d: onCard === null ? null : distinct(onCard, week, (e) => e.keys.email, keys.email),
      addressesOnCard7d: onCard === null ? null : distinct(onCard, week, (e) => e.keys.address, keys.address),
      customer:
        past === null
          ? null
          : {
              orders: past.length,
              goodOrders: past.filter((e) => isGood(e, at)).length,
              fraudOrders: past.filter((e) => e.outcome === 'fraud').length,
              meanTotalMinor: inCurrency.length === 0 ? null : Math.round(inCurrency.reduce((a, e) => a + e.totalMinor!, 0) / inCurrency.length),
              knownCard: keys.card !== null && past.some((e) => e.keys.card === keys.card),
              knownDevice: keys.device !== null && past.some((e) => e.keys.device === keys.device),
              knownAddress: keys.address !== null && past.some((e) => e.keys.address === keys.address),
            },
      fraudLinks,
      storeValue: s && s.count > 0 ? { count: s.count, meanLog: s.sum / s.count, varLog: Math.max(0, s.sumSq / s.count - (s.sum / s.count) ** 2) } : null,
    };
  }
}

export function isGood(e: { at: number; outcome: 'fraud' | 'legitimate' | null }, at: number): boolean {
  return e.outcome === 'legitimate' || (e.outcome === null && e.at <= at - GOOD_AFTER_DAYS * 24 * 3_600_000);
}

function countWindows(list: readonly HistoryEntry[], at: number): Velocity {
  const v = { '10m': 0, '1h': 0, '24h': 0, '7d': 0 };
  for (const e of list) for (const w of VELOCITY_WINDOWS) if (e.at >= at - w.ms) v[w.name]++;
  return v;
}
