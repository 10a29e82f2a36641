import { currencyExponent } from '../../core/money/currencies.js';
import { fail, type Result } from '../../core/result/result.js';
import { createReportRepository, type DashboardFigures, type SalesRow } from '../../db/repositories/report-repository.js';
import type { Deps } from '../deps.js';
import { addDays, datesOf, readDashboardRange, type DashboardRange } from './dashboard-range.js';

type Amount = { amount: string; currency: string };

/** What paid orders add up to in one currency. `net` is `total - refunded`. */
export type SalesFigures = {
  orders: number;
  goods: Amount;
  discount: Amount;
  shipping: Amount;
  duties: Amount;
  taxes: Amount;
  taxesIncluded: Amount;
  fees: Amount;
  total: Amount;
  dueOnDelivery: Amount;
  refunded: Amount;
  net: Amount;
};

export type DutiesAndTaxes = {
  market: string;
  currency: string;
  orders: number;
  duties: Amount;
  taxes: Amount;
  dutiesRefunded: Amount;
  taxesRefunded: Amount;
  /** duties - dutiesRefunded: what stays collected. */
  dutiesNet: Amount;
  taxesNet: Amount;
};

export type DayFigures = { date: string; placed: number; paid: number; sales: Array<{ currency: string; orders: number; total: Amount }> };

export type Dashboard = {
  from: string;
  to: string;
  days: number;
  timeZone: 'UTC';
  /** Currencies with sales in the range, in alphabetical order. */
  currencies: string[];
  counts: { placed: number; paid: number };
  /** Per currency: never summed across currencies. */
  totals: Array<{ currency: string } & SalesFigures>;
  sales: Array<{ market: string; currency: string } & SalesFigures>;
  /** Every day of the range, in order, zeros included. */
  ordersPerDay: DayFigures[];
  dutiesAndTaxes: DutiesAndTaxes[];
  /** The sales channel the figures are limited to (`?channel=`), or null for all of them. */
  channel: string | null;
  /** Paid orders per sales channel (storefront, each marketplace, b2b) and currency: never summed across currencies. */
  byChannel: Array<{ channel: string; currency: string } & SalesFigures>;
};

/** A sales channel as orders store it: storefront, b2b or a marketplace id (orders_sales_channel check). */
const CHANNEL = /^[a-z][a-z0-9_-]{1,31}$/;

/**
 * The sales dashboard of `from`..`to` (UTC days, both included; default the last 30 days): paid
 * orders by market and currency (goods, discount, shipping, duties, taxes, fees, what was charged at
 * checkout, what is due on delivery, refunded and net), the same per currency, orders placed and
 * paid per day, the duties and taxes collected and refunded per market and currency, and the paid
 * orders per sales channel (storefront, each marketplace, b2b) and currency; `channel` limits every
 * figure to one sales channel. Sums are
 * exact (integer minor units summed in the database, formatted with the currency's exponent).
 *
 * @example getDashboard(deps, { from: '2026-11-01', to: '2026-11-30' })
 */
export async function getDashboard(deps: Pick<Deps, 'database' | 'clock'>, query: { from?: unknown; to?: unknown; channel?: unknown }): Promise<Result<Dashboard, 'VALIDATION_FAILED'>> {
  const range = readDashboardRange(query, deps.clock().toISOString().slice(0, 10));
  if (!range.ok) return range;
  const channel = query.channel === undefined || query.channel === '' ? undefined : query.channel;
  if (channel !== undefined && (typeof channel !== 'string' || !CHANNEL.test(channel))) {
    return fail('VALIDATION_FAILED', 'channel must be a sales channel such as storefront, amazon, ebay or b2b', { field: 'channel' });
  }
  const figures = await createReportRepository(deps.database.orm).dashboardFigures(
    { start: new Date(`${range.value.from}T00:00:00.000Z`), end: new Date(`${addDays(range.value.to, 1)}T00:00:00.000Z`) },
    channel === undefined ? {} : { channel },
  );
  return { ok: true, value: { ...buildDashboard(range.value, figures), channel: channel ?? null } };
}

/** The answer from the database's sums: pure, so that its arithmetic is tested apart from SQL. */
export function buildDashboard(range: DashboardRange, figures: DashboardFigures): Dashboard {
  const sales = figures.sales.map((r) => ({ market: r.market, currency: r.currency, ...salesFigures(r.currency, sumRows([r])) }));
  const currencies = [...new Set(figures.sales.map((r) => r.currency))].sort();
  const totals = currencies.map((currency) => ({ currency, ...salesFigures(currency, sumRows(figures.sales.filter((r) => r.currency === currency))) }));

  const placedOn = new Map(figures.placed.map((r) => [r.day, r.orders]));
  const ordersPerDay = datesOf(range).map((date) => {
    const paid = figures.paid.filter((r) => r.day === date).sort((a, b) => (a.currency < b.currency ? -1 : 1));
    return {
      date,
      placed: placedOn.get(date) ?? 0,
      paid: paid.reduce((n, r) => n + r.orders, 0),
      sales: paid.map((r) => ({ currency: r.currency, orders: r.orders, total: amount(BigInt(r.total), r.currency) })),
    };
  });

  const dutiesAndTaxes = figures.sales.map((r) => {
    const back = figures.refundedParts.find((p) => p.market === r.market && p.currency === r.currency);
    const dutiesBack = BigInt(back?.duties ?? '0');
    const taxesBack = BigInt(back?.taxes ?? '0');
    const m = (v: bigint) => amount(v, r.currency);
    return {
      market: r.market,
      currency: r.currency,
      orders: r.orders,
      duties: m(BigInt(r.duties)),
      taxes: m(BigInt(r.taxes)),
      dutiesRefunded: m(dutiesBack),
      taxesRefunded: m(taxesBack),
      dutiesNet: m(BigInt(r.duties) - dutiesBack),
      taxesNet: m(BigInt(r.taxes) - taxesBack),
    };
  });

  return {
    from: range.from,
    to: range.to,
    days: range.days,
    timeZone: 'UTC',
    currencies,
    counts: { placed: figures.placed.reduce((n, r) => n + r.orders, 0), paid: figures.sales.reduce((n, r) => n + r.orders, 0) },
    totals,
    sales,
    ordersPerDay,
    dutiesAndTaxes,
    channel: null,
    byChannel: (figures.channels ?? []).map((r) => ({ channel: r.channel, currency: r.currency, ...salesFigures(r.currency, sumRows([{ ...r, market: '' }])) })),
  };
}

const PARTS = ['goods', 'discount', 'shipping', 'duties', 'taxes', 'taxesIncluded', 'fees', 'total', 'dueOnDelivery', 'refunded'] as const;
type Part = (typeof PARTS)[number];

function sumRows(list: readonly SalesRow[]): { orders: number } & Record<Part, bigint> {
  const sum = { orders: 0 } as { orders: number } & Record<Part, bigint>;
  for (const part of PARTS) sum[part] = 0n;
  for (const r of list) {
    sum.orders += r.orders;
    for (const part of PARTS) sum[part] += BigInt(r[part]);
  }
  return sum;
}

function salesFigures(currency: string, s: { orders: number } & Record<Part, bigint>): SalesFigures {
  const m = (v: bigint) => amount(v, currency);
  return {
    orders: s.orders,
    goods: m(s.goods),
    discount: m(s.discount),
    shipping: m(s.shipping),
    duties: m(s.duties),
    taxes: m(s.taxes),
    taxesIncluded: m(s.taxesIncluded),
    fees: m(s.fees),
    total: m(s.total),
    dueOnDelivery: m(s.dueOnDelivery),
    refunded: m(s.refunded),
    net: m(s.total - s.refunded),
  };
}

/** Minor units as a decimal string in major units, exactly at any size: 14749n EUR -> "147.49", 5800n JPY -> "5800". */
export function formatMinorUnits(value: bigint, currency: string): string {
  const exponent = currencyExponent(currency) ?? 2;
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString();
  if (exponent === 0) return sign + digits;
  const padded = digits.padStart(exponent + 1, '0');
  return `${sign}${padded.slice(0, -exponent)}.${padded.slice(-exponent)}`;
}

function amount(value: bigint, currency: string): Amount {
  return { amount: formatMinorUnits(value, currency), currency };
}
