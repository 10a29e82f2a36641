import { ossSchemeOf } from '../../core/compliance/registration-number.js';
import { formatAmount } from '../../core/money/money.js';
import { EU_MEMBER_STATES, THRESHOLDS, WARN_AT_SHARE, type Threshold } from '../../data/compliance/thresholds.js';
import type { RegistrationRecord, SalesTotalRow } from '../../db/repositories/registration-repository.js';
import type { Deps } from '../deps.js';
import { latestFxTable, minorConverter } from '../checkout/latest-fx.js';

export type ThresholdStatus = {
  id: string;
  scheme: string;
  country: string;
  region: string | null;
  what: string;
  source: string;
  period: { kind: Threshold['period']; from: string; to: string };
  threshold: { amount: string; currency: string } | null;
  transactions: number | null;
  /** How the amount and the transactions combine; null without a transactions test. */
  test: Threshold['test'] | null;
  sales: { amount: string; currency: string };
  orders: number;
  share: number | null;
  status: 'registered' | 'exceeded' | 'approaching' | 'below' | 'register_before_selling';
  message: string;
  /** Sales in currencies without a rate to the threshold's currency: not counted, named. */
  unconverted: string[];
};

/** Whether a row of sales counts toward the threshold, as its `counts` says. */
function counts(t: Threshold, r: SalesTotalRow): boolean {
  switch (t.counts) {
    case 'intra-eu-cross-border':
      return r.fromCountry !== null && EU_MEMBER_STATES.has(r.fromCountry) && EU_MEMBER_STATES.has(r.country) && r.fromCountry !== r.country;
    case 'destination':
      if (r.country !== t.country) return false;
      if (t.region !== undefined && (r.region ?? '').toUpperCase() !== t.region) return false;
      if (t.fromCountry !== undefined && r.fromCountry !== t.fromCountry) return false;
      return true;
  }
}

/** Whether a registration covers the threshold: its scheme, its state for a US permit, and the kind of it the threshold needs (the OSS union scheme). */
function covers(t: Threshold, g: Pick<RegistrationRecord, 'scheme' | 'number' | 'region'>): boolean {
  if (g.scheme !== t.scheme) return false;
  if (t.region !== undefined && g.region !== t.region) return false;
  return t.variant === undefined || ossSchemeOf(g.scheme, g.number) === t.variant;
}

/**
 * How far the sales have gone toward the threshold, 1 meaning reached: the amount's share, or with
 * a transactions test the higher of the two shares (`amount-or-transactions`: either alone reaches
 * it) or the lower (`amount-and-transactions`: both are needed, New York and Connecticut). Null
 * where the law has no amount (register from the first sale).
 *
 * @example thresholdShare({ amountMinor: 10_000_000, transactions: 200, test: 'amount-or-transactions' }, 5_000_000, 150) // -> 0.75
 */
export function thresholdShare(t: Pick<Threshold, 'amountMinor' | 'transactions' | 'test'>, totalMinor: number, orders: number): number | null {
  if (t.amountMinor === null) return null;
  const byAmount = totalMinor / t.amountMinor;
  if (t.transactions === undefined) return byAmount;
  const byCount = orders / t.transactions;
  return t.test === 'amount-and-transactions' ? Math.min(byAmount, byCount) : Math.max(byAmount, byCount);
}

function periodStart(t: Threshold, at: Date): Date {
  if (t.period === 'rolling-12-months') return new Date(Date.UTC(at.getUTCFullYear() - 1, at.getUTCMonth(), at.getUTCDate()));
  return new Date(Date.UTC(at.getUTCFullYear(), 0, 1));
}

/**
 * Every threshold in force today against the running totals of the store's paid orders in its
 * period (goods value, converted with the latest ECB rates), with the store's registrations:
 * registered, exceeded, approaching (from 80 %: register before crossing), below, or register
 * before the first sale where the law has no threshold. `thresholds`: the rules compared, the
 * dated data of src/data/compliance/thresholds.ts unless a test passes its own.
 */
export async function thresholdReport(
  deps: Pick<Deps, 'registrations' | 'markets' | 'referenceCache' | 'clock'>,
  thresholds: readonly Threshold[] = THRESHOLDS,
): Promise<{ date: string; items: ThresholdStatus[] }> {
  const at = deps.clock();
  const date = at.toISOString().slice(0, 10);
  const [registered, fx] = [await deps.registrations.validOn(date), await latestFxTable(deps, date)];
  const convertMinor = minorConverter(fx, date);
  const inForce = thresholds.filter((t) => t.validFrom <= date && (t.validTo === null || t.validTo >= date));
  const cache = new Map<string, SalesTotalRow[]>();
  const items: ThresholdStatus[] = [];
  for (const t of inForce) {
    const from = periodStart(t, at);
    const key = from.toISOString();
    if (!cache.has(key)) cache.set(key, await deps.registrations.salesTotals(from, at));
    let total = 0;
    let orders = 0;
    const unconverted = new Set<string>();
    for (const r of cache.get(key)!.filter((x) => counts(t, x))) {
      orders += r.orders;
      const minor = Number(r.goodsMinor);
      const converted = convertMinor(r.currency, minor, t.currency);
      if (converted === null) unconverted.add(r.currency);
      else total += converted;
    }
    const isRegistered = registered.some((g) => covers(t, g));
    const share = thresholdShare(t, total, orders);
    const amount = (m: number) => formatAmount({ amount: m, currency: t.currency });
    let status: ThresholdStatus['status'];
    let message: string;
    const where = t.region ? `${t.region}, ${t.country}` : t.country;
    // "USD 120,000.00 of USD 100,000.00 or 150 of 200 orders": the orders joined as the test combines them.
    const progress = (max: number) =>
      `${t.currency} ${amount(total)} of ${t.currency} ${amount(max)}${t.transactions === undefined ? '' : ` ${t.test === 'amount-and-transactions' ? 'and' : 'or'} ${orders} of ${t.transactions} orders${t.test === 'amount-and-transactions' ? ' (both needed)' : ''}`}`;
    if (isRegistered) {
      status = 'registered';
      message = `Registered for ${t.scheme}${t.variant ? ` (${t.variant} scheme)` : ''}${t.region ? ` in ${t.region}` : ''}: a registration valid today covers it.`;
    } else if (t.amountMinor === null) {
      status = 'register_before_selling';
      message = `${where}: ${t.what}.`;
    } else if (share !== null && share >= 1) {
      status = 'exceeded';
      message = `Threshold crossed: ${progress(t.amountMinor)}; register for ${t.scheme}${t.variant ? ` (${t.variant} scheme)` : ''} now.`;
    } else if (share !== null && share >= WARN_AT_SHARE) {
      status = 'approaching';
      message = `${Math.floor(share * 100)} % of the threshold: ${progress(t.amountMinor)}; register for ${t.scheme}${t.variant ? ` (${t.variant} scheme)` : ''} before it is crossed.`;
    } else {
      status = 'below';
      message = `${progress(t.amountMinor)} (${Math.floor((share ?? 0) * 100)} %).`;
    }
    items.push({
      id: t.id,
      scheme: t.scheme,
      country: t.country,
      region: t.region ?? null,
      what: t.what,
      source: t.source,
      period: { kind: t.period, from: from.toISOString().slice(0, 10), to: date },
      threshold: t.amountMinor === null ? null : { amount: amount(t.amountMinor), currency: t.currency },
      transactions: t.transactions ?? null,
      test: t.test ?? null,
      sales: { amount: amount(total), currency: t.currency },
      orders,
      share: share === null ? null : Math.round(share * 1000) / 1000,
      status,
      message,
      unconverted: [...unconverted],
    });
  }
  const order = { exceeded: 0, approaching: 1, register_before_selling: 2, below: 3, registered: 4 };
  items.sort((a, b) => order[a.status] - order[b.status] || (b.share ?? 0) - (a.share ?? 0) || a.id.localeCompare(b.id));
  return { date, items };
}
