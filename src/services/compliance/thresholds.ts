import { formatAmount } from '../../core/money/money.js';
import { EU_MEMBER_STATES, THRESHOLDS, WARN_AT_SHARE, type Threshold } from '../../data/compliance/thresholds.js';
import type { SalesTotalRow } from '../../db/repositories/registration-repository.js';
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
  sales: { amount: string; currency: string };
  orders: number;
  share: number | null;
  status: 'registered' | 'exceeded' | 'approaching' | 'below' | 'register_before_selling';
  message: string;
  /** Sales in currencies without a rate to the threshold's currency: not counted, named. */
  unconverted: string[];
};

function counts(t: Threshold, r: SalesTotalRow): boolean {
  if (t.id === 'eu.oss-distance-sales') return r.fromCountry !== null && EU_MEMBER_STATES.has(r.fromCountry) && EU_MEMBER_STATES.has(r.country) && r.fromCountry !== r.country;
  if (r.country !== t.country) return false;
  if (t.region !== undefined && (r.region ?? '').toUpperCase() !== t.region) return false;
  if (t.fromCountry !== undefined && r.fromCountry !== t.fromCountry) return false;
  return true;
}

function periodStart(t: Threshold, at: Date): Date {
  if (t.period === 'rolling-12-months') return new Date(Date.UTC(at.getUTCFullYear() - 1, at.getUTCMonth(), at.getUTCDate()));
  return new Date(Date.UTC(at.getUTCFullYear(), 0, 1));
}

/**
 * Every threshold in force today against the running totals of the store's paid orders in its
 * period (goods value, converted with the latest ECB rates), with the store's registrations:
 * registered, exceeded, approaching (from 80 %: register before crossing), below, or register
 * before the first sale where the law has no threshold.
 */
export async function thresholdReport(deps: Pick<Deps, 'registrations' | 'markets' | 'referenceCache' | 'clock'>): Promise<{ date: string; items: ThresholdStatus[] }> {
  const at = deps.clock();
  const date = at.toISOString().slice(0, 10);
  const [registered, fx] = [await deps.registrations.validOn(date), await latestFxTable(deps, date)];
  const convertMinor = minorConverter(fx, date);
  const inForce = THRESHOLDS.filter((t) => t.validFrom <= date && (t.validTo === null || t.validTo >= date));
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
    const isRegistered = registered.some((g) => g.scheme === t.scheme && (t.region === undefined || g.region === t.region));
    const byAmount = t.amountMinor === null ? null : total / t.amountMinor;
    const byCount = t.transactions === undefined ? null : orders / t.transactions;
    // New York needs both; the others either.
    const share = byAmount === null ? null : t.id === 'us.ny' && byCount !== null ? Math.min(byAmount, byCount) : Math.max(byAmount, byCount ?? 0);
    const amount = (m: number) => formatAmount({ amount: m, currency: t.currency });
    let status: ThresholdStatus['status'];
    let message: string;
    const where = t.region ? `${t.region}, ${t.country}` : t.country;
    if (isRegistered) {
      status = 'registered';
      message = `Registered for ${t.scheme}${t.region ? ` in ${t.region}` : ''}: the registration is used in quotes and filings.`;
    } else if (t.amountMinor === null) {
      status = 'register_before_selling';
      message = `${where}: ${t.what}.`;
    } else if (share !== null && share >= 1) {
      status = 'exceeded';
      message = `Threshold crossed: ${t.currency} ${amount(total)} of ${t.currency} ${amount(t.amountMinor)}${t.transactions ? ` (${orders} of ${t.transactions} orders)` : ''}; register for ${t.scheme} now.`;
    } else if (share !== null && share >= WARN_AT_SHARE) {
      status = 'approaching';
      message = `${Math.floor(share * 100)} % of the threshold: ${t.currency} ${amount(total)} of ${t.currency} ${amount(t.amountMinor)}${t.transactions ? ` (${orders} of ${t.transactions} orders)` : ''}; register for ${t.scheme} before it is crossed.`;
    } else {
      status = 'below';
      message = `${t.currency} ${amount(total)} of ${t.currency} ${amount(t.amountMinor)} (${Math.floor((share ?? 0) * 100)} %).`;
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
