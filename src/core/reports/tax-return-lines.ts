import { parseDecimal } from '../decimal/decimal.js';
import { divRoundBig } from '../decimal/rounding.js';
import { currencyExponent } from '../money/currencies.js';
import { prorate } from '../orders/refund-split.js';
import { amountOf, parseMinor, type Amount } from './amounts.js';
import { periodOf, type Period } from './period.js';
import type { TaxReturnScheme } from './tax-return-scheme.js';

/**
 * One scheme tax charge of an order line, as the frozen checkout quote holds it (one row per charge:
 * a line whose units were priced in groups has several). `amount` is the tax in the order's
 * currency, as the buyer paid it; `baseAmount` its base (sale price and the line's share of the
 * delivery) in the destination's currency. `quoteFx` is the quote's rates, given when the two
 * currencies differ.
 */
export type SchemeChargeRow = {
  orderNumber: string;
  position: number;
  sku: string;
  quantity: number;
  country: string;
  currency: string;
  /** The UTC date the payment was accepted. */
  paidDate: string;
  /** The rate as the charge writes it: "19%". */
  rate: string;
  amount: string;
  baseAmount: string;
  baseCurrency: string;
  quoteFx: ReadonlyArray<{ from: string; to: string; rate: string }> | null;
};

/** A refund of an order: when (UTC date; `at` orders refunds of one day) and which units of which lines. */
export type SchemeRefundRow = { orderNumber: string; refundId: string; date: string; at: string; lines: ReadonlyArray<{ sku: string; quantity: number }> };

/**
 * One line of a return: a sale (units sold in the period) or a refund (units refunded in the period,
 * negative amounts), at one rate, in the order's currency. `section` is `correction` for a refund
 * of a sale of an earlier period when the scheme reports those apart (IOSS), else `period`.
 */
export type TaxReturnLine = {
  kind: 'sale' | 'refund';
  section: 'period' | 'correction';
  orderNumber: string;
  position: number;
  sku: string;
  units: number;
  date: string;
  /** The period of the sale (the period a correction corrects). */
  salePeriod: string;
  country: string;
  /** Percent as a plain decimal: "19", "5.5". */
  rate: string;
  taxable: Amount;
  tax: Amount;
  refundId: string | null;
  /** How the taxable amount was found: `quote` (the base the tax was worked out on) or `converted` (that base in another currency, converted with the quote's own rate). */
  taxableFrom: 'quote' | 'converted';
};

/** A return line as the calculations keep it: amounts in minor units of `currency` (see formatTaxReturnLine). */
export type TaxLineEntry = Omit<TaxReturnLine, 'taxable' | 'tax'> & { currency: string; taxable: bigint; tax: bigint };

export type TaxReturnLines = { lines: TaxLineEntry[]; warnings: string[] };

/** A line as the API writes it: amounts as `{ amount, currency }`. */
export function formatTaxReturnLine(l: TaxLineEntry): TaxReturnLine {
  const { currency, taxable, tax, ...rest } = l;
  return { ...rest, taxable: amountOf(taxable, currency), tax: amountOf(tax, currency) };
}

type RatePart = { taxable: bigint; tax: bigint; taxableFrom: 'quote' | 'converted' };
type OrderLine = { position: number; sku: string; quantity: number; rates: Map<string, RatePart> };
type SchemeOrder = { orderNumber: string; country: string; currency: string; paidDate: string; lines: Map<string, OrderLine> };

const PERCENTS = new Map<string, string | undefined>();

/** "19%" -> "19"; "5.5 %" -> "5.5"; undefined when it is not a percentage. */
export function percentOf(rate: string): string | undefined {
  if (PERCENTS.has(rate)) return PERCENTS.get(rate);
  const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(rate);
  const percent = m ? m[1]!.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '') : undefined;
  // A quote writes a handful of rates: each is read once.
  if (PERCENTS.size < 1000) PERCENTS.set(rate, percent);
  return percent;
}

/**
 * The base in the order's currency when the quote worked it out in the destination's: converted with
 * the rate the quote itself used between the two (half-up), as the tax was.
 */
function baseInOrderCurrency(row: SchemeChargeRow, base: bigint, warnings: string[]): bigint | undefined {
  const fx = row.quoteFx ?? [];
  const direct = fx.find((f) => f.from === row.baseCurrency && f.to === row.currency);
  const inverse = fx.find((f) => f.from === row.currency && f.to === row.baseCurrency);
  const rate = parseDecimal((direct ?? inverse)?.rate ?? '');
  const from = currencyExponent(row.baseCurrency);
  const to = currencyExponent(row.currency);
  if (!rate || rate.coef <= 0 || from === undefined || to === undefined) {
    warnings.push(`${row.orderNumber} line ${row.position}: the quote has no ${row.baseCurrency}/${row.currency} rate to state the taxable amount in ${row.currency}; left at zero`);
    return undefined;
  }
  // 1 base currency = rate order currency (direct), or 1 order currency = rate base currency (inverse).
  let n = base * (direct ? BigInt(rate.coef) : 10n ** BigInt(rate.scale));
  let d = direct ? 10n ** BigInt(rate.scale) : BigInt(rate.coef);
  if (to > from) n *= 10n ** BigInt(to - from);
  if (from > to) d *= 10n ** BigInt(from - to);
  return divRoundBig(n, d, 'half-up');
}

/** The scheme lines of each order from the charge rows: per line and rate, the taxable amount and the tax in the order's currency. */
export function schemeOrdersOf(rows: readonly SchemeChargeRow[], warnings: string[]): Map<string, SchemeOrder> {
  const orders = new Map<string, SchemeOrder>();
  for (const row of rows) {
    let order = orders.get(row.orderNumber);
    if (!order) {
      order = { orderNumber: row.orderNumber, country: row.country, currency: row.currency, paidDate: row.paidDate, lines: new Map() };
      orders.set(row.orderNumber, order);
    }
    let line = order.lines.get(row.sku);
    if (!line) {
      line = { position: row.position, sku: row.sku, quantity: row.quantity, rates: new Map() };
      order.lines.set(row.sku, line);
    }
    const rate = percentOf(row.rate);
    const tax = parseMinor(row.amount, row.currency);
    const base = parseMinor(row.baseAmount, row.baseCurrency);
    if (rate === undefined || tax === undefined || base === undefined) {
      warnings.push(`${row.orderNumber} line ${row.position}: a scheme charge of ${row.rate} on ${row.baseAmount} ${row.baseCurrency} could not be read; left out`);
      continue;
    }
    const converted = row.baseCurrency === row.currency ? base : baseInOrderCurrency(row, base, warnings);
    const part = line.rates.get(rate) ?? { taxable: 0n, tax: 0n, taxableFrom: row.baseCurrency === row.currency ? 'quote' : 'converted' };
    part.taxable += converted ?? 0n;
    part.tax += tax;
    line.rates.set(rate, part);
  }
  return orders;
}

/**
 * The lines of a scheme's return for a period: every scheme line of the orders paid in the period
 * (sales), and every unit of a scheme line refunded in the period (refunds, negative). A refund's
 * taxable amount and tax are the refunded units' share, prorated as the refund itself prorated the
 * line (src/core/orders/refund-split.ts: k units after r of q take floor(total (r+k)/q) - floor(total r/q)),
 * so that refunds add up to the line exactly. A refund of a sale of an earlier period is a
 * `correction` when the scheme reports those apart, else part of the period.
 *
 * `refunds` must hold every refund of the orders that have one in the period (earlier ones too:
 * they set how many units were already refunded), in the order they were made.
 */
export function taxReturnLines(scheme: Pick<TaxReturnScheme, 'period' | 'corrections'>, period: Period, charges: readonly SchemeChargeRow[], refunds: readonly SchemeRefundRow[]): TaxReturnLines {
  const warnings: string[] = [];
  const orders = schemeOrdersOf(charges, warnings);
  const granularity = scheme.period.granularity;
  const inPeriod = (date: string) => date >= period.start && date < period.end;
  const lines: TaxLineEntry[] = [];

  for (const order of orders.values()) {
    if (!inPeriod(order.paidDate)) continue;
    for (const line of order.lines.values()) {
      for (const [rate, part] of line.rates) {
        lines.push({
          kind: 'sale',
          section: 'period',
          orderNumber: order.orderNumber,
          position: line.position,
          sku: line.sku,
          units: line.quantity,
          date: order.paidDate,
          salePeriod: period.code,
          country: order.country,
          rate,
          currency: order.currency,
          taxable: part.taxable,
          tax: part.tax,
          refundId: null,
          taxableFrom: part.taxableFrom,
        });
      }
    }
  }

  const refunded = new Map<string, number>();
  const sorted = [...refunds].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.refundId < b.refundId ? -1 : 1));
  for (const refund of sorted) {
    const order = orders.get(refund.orderNumber);
    if (!order) continue;
    const salePeriod = periodOf(order.paidDate, granularity).code;
    const section = salePeriod !== period.code && scheme.corrections.treatment === 'separate' ? 'correction' : 'period';
    for (const { sku, quantity } of refund.lines) {
      const line = order.lines.get(sku);
      if (!line) continue;
      const key = `${order.orderNumber}\u0000${sku}`;
      const before = refunded.get(key) ?? 0;
      refunded.set(key, before + quantity);
      if (!inPeriod(refund.date)) continue;
      for (const [rate, part] of line.rates) {
        const share = (total: bigint) => -BigInt(prorate(Number(total), line.quantity, before, quantity));
        lines.push({
          kind: 'refund',
          section,
          orderNumber: order.orderNumber,
          position: line.position,
          sku,
          units: quantity,
          date: refund.date,
          salePeriod,
          country: order.country,
          rate,
          currency: order.currency,
          taxable: share(part.taxable),
          tax: share(part.tax),
          refundId: refund.refundId,
          taxableFrom: part.taxableFrom,
        });
      }
    }
  }
  return { lines, warnings };
}

/** Sales before refunds, then by date, order number, line and rate: the order the drill-down lists them in. */
export function compareTaxReturnLines(a: TaxLineEntry, b: TaxLineEntry): number {
  if (a.kind !== b.kind) return a.kind === 'sale' ? -1 : 1;
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.orderNumber !== b.orderNumber) return a.orderNumber < b.orderNumber ? -1 : 1;
  if (a.position !== b.position) return a.position - b.position;
  return Number(a.rate) - Number(b.rate);
}
