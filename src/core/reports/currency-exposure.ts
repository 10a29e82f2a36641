import { formatDecimal, parseDecimal, type Decimal } from '../decimal/decimal.js';
import { fail, ok, type Result } from '../result/result.js';
import { amountOf, canConvert, convertMinor, crossRateText, type Amount, type BaseRates } from './amounts.js';

/** What one currency brought in: captured by the payments and paid back by refunds that went through. */
export type HeldRow = { currency: string; captured: bigint; refunded: bigint };

/**
 * What is owed in one currency: tax collected under a scheme whose return is not due yet (in the
 * return's currency), duties, taxes and fees a carrier paid at the border for a DDP parcel (invoiced,
 * or as quoted until its invoice is recorded), or refunds still pending at the payment provider.
 */
export type OwedRow = { currency: string; kind: 'schemeTaxes' | 'carriers' | 'pendingRefunds'; amount: bigint };

export type CurrencyExposure = {
  currency: string;
  held: Amount;
  captured: Amount;
  refunded: Amount;
  owed: { schemeTaxes: Amount; carriers: Amount; pendingRefunds: Amount; total: Amount };
  /** held - owed. */
  net: Amount;
  /** 1 unit of the currency in the base currency (null without a rate). */
  rate: string | null;
  inBase: { held: Amount; owed: Amount; net: Amount } | null;
  /** The change of `net` in the base currency if the currency gains `move` % against the base (it loses the same if it falls). */
  ifStronger: Amount | null;
  ifWeaker: Amount | null;
};

export type ExposureSummary = {
  baseCurrency: string;
  move: string;
  currencies: CurrencyExposure[];
  /** Sums in the base currency of the currencies that have a rate. */
  totals: { held: Amount; owed: Amount; net: Amount; ifStronger: Amount; ifWeaker: Amount };
  complete: boolean;
  warnings: string[];
};

/**
 * Read a rate move in percent: a decimal above 0 and at most 100, with at most 2 decimals.
 * @example readMove('10') -> 10; readMove('2.5') -> 2.5; readMove('0') -> VALIDATION_FAILED (field move)
 */
export function readMove(text: string | undefined): Result<Decimal, 'VALIDATION_FAILED'> {
  if (text === undefined || text === '') return ok({ coef: 10, scale: 0 });
  const d = /^\d{1,3}(\.\d{1,2})?$/.test(text) ? parseDecimal(text) : undefined;
  if (!d) return fail('VALIDATION_FAILED', 'move must be a percentage written as a decimal with at most 2 decimals, e.g. 10 or 2.5', { field: 'move' });
  if (d.coef <= 0 || d.coef > 100 * 10 ** d.scale) return fail('VALIDATION_FAILED', 'move must be above 0 and at most 100 (percent)', { field: 'move' });
  return ok(d);
}

/**
 * Per currency: held, owed and the net position, the same in the base currency at the given rates,
 * and what a move of the currency by `move` % against the base does to the net in the base currency:
 * net x rate x move / 100, computed from the exact rates and rounded once (half-up). The base
 * currency itself does not move. Amounts are never added across currencies except in the base.
 */
export function summarizeExposure(base: string, move: Decimal, rates: BaseRates | null, held: readonly HeldRow[], owed: readonly OwedRow[]): ExposureSummary {
  const currencies = [...new Set([...held.map((h) => h.currency), ...owed.map((o) => o.currency)])].sort();
  const warnings: string[] = [];
  const totals = { held: 0n, owed: 0n, net: 0n, ifStronger: 0n };
  const factor = { numerator: BigInt(move.coef), denominator: 100n * 10n ** BigInt(move.scale) };
  let complete = true;
  const rows = currencies.map((currency): CurrencyExposure => {
    const h = held.filter((x) => x.currency === currency);
    const captured = h.reduce((s, x) => s + x.captured, 0n);
    const refunded = h.reduce((s, x) => s + x.refunded, 0n);
    const owedOf = (kind: OwedRow['kind']) => owed.filter((o) => o.currency === currency && o.kind === kind).reduce((s, o) => s + o.amount, 0n);
    const owedParts = { schemeTaxes: owedOf('schemeTaxes'), carriers: owedOf('carriers'), pendingRefunds: owedOf('pendingRefunds') };
    const owedTotal = owedParts.schemeTaxes + owedParts.carriers + owedParts.pendingRefunds;
    const heldNow = captured - refunded;
    const net = heldNow - owedTotal;
    const m = (v: bigint) => amountOf(v, currency);
    const b = (v: bigint) => amountOf(v, base);
    const convertible = rates !== null && canConvert(rates, currency, base);
    if (!convertible) {
      complete = false;
      warnings.push(`no ECB rate for ${currency} is stored: its position is not in the totals in ${base}`);
    }
    const inBase = convertible ? { held: convertMinor(heldNow, currency, base, rates), owed: convertMinor(owedTotal, currency, base, rates), net: convertMinor(net, currency, base, rates) } : null;
    const effect = convertible && currency !== base ? convertMinor(net, currency, base, rates, 'half-up', factor) : 0n;
    if (inBase) {
      totals.held += inBase.held;
      totals.owed += inBase.owed;
      totals.net += inBase.net;
      totals.ifStronger += effect;
    }
    return {
      currency,
      held: m(heldNow),
      captured: m(captured),
      refunded: m(refunded),
      owed: { schemeTaxes: m(owedParts.schemeTaxes), carriers: m(owedParts.carriers), pendingRefunds: m(owedParts.pendingRefunds), total: m(owedTotal) },
      net: m(net),
      rate: convertible ? crossRateText(rates, currency, base) : null,
      inBase: inBase ? { held: b(inBase.held), owed: b(inBase.owed), net: b(inBase.net) } : null,
      ifStronger: convertible ? b(effect) : null,
      ifWeaker: convertible ? b(-effect) : null,
    };
  });
  const b = (v: bigint) => amountOf(v, base);
  return {
    baseCurrency: base,
    move: formatDecimal(move),
    currencies: rows,
    totals: { held: b(totals.held), owed: b(totals.owed), net: b(totals.net), ifStronger: b(totals.ifStronger), ifWeaker: b(-totals.ifStronger) },
    complete,
    warnings,
  };
}

/** Tax collected under a scheme on the paid orders of one month, in the order currency, net of what refunds gave back. */
export type SchemeTaxRow = { lineScheme: string; currency: string; month: string; tax: bigint };

/** A scheme's tax of one period that is not due yet: what the store holds for the tax authority. */
export type SchemeTaxOwed = { scheme: string; period: string; dueDate: string; amount: Amount; collected: Amount[]; estimated: boolean };

/**
 * The scheme taxes still to be paid on `today`: per scheme and period, the tax collected in the
 * period's months, when the period's return is due on or after `today`. The obligation is in the
 * return's currency: tax collected in another currency is converted at `rates` (today's) as an
 * estimate, since the return converts it at the period's own rate.
 */
export function schemeTaxesOwed(
  rows: readonly SchemeTaxRow[],
  schemes: ReadonlyArray<{ lineScheme: string; code: string; returnCurrency: string; periodOf: (date: string) => { code: string; dueDate: string } }>,
  today: string,
  rates: BaseRates | null,
): { owed: SchemeTaxOwed[]; rows: OwedRow[]; warnings: string[] } {
  const groups = new Map<string, { scheme: string; period: string; dueDate: string; currency: string; amount: bigint; collected: Map<string, bigint>; estimated: boolean }>();
  const warnings: string[] = [];
  for (const r of rows) {
    const scheme = schemes.find((s) => s.lineScheme === r.lineScheme);
    if (!scheme) continue;
    const p = scheme.periodOf(`${r.month}-01`);
    if (p.dueDate < today) continue;
    const key = `${scheme.code}|${p.code}`;
    const g = groups.get(key) ?? { scheme: scheme.code, period: p.code, dueDate: p.dueDate, currency: scheme.returnCurrency, amount: 0n, collected: new Map(), estimated: false };
    g.collected.set(r.currency, (g.collected.get(r.currency) ?? 0n) + r.tax);
    groups.set(key, g);
  }
  const owed: SchemeTaxOwed[] = [];
  const out: OwedRow[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.scheme !== b.scheme ? (a.scheme < b.scheme ? -1 : 1) : a.period < b.period ? -1 : 1))) {
    for (const [currency, tax] of g.collected) {
      if (currency === g.currency) g.amount += tax;
      else if (rates && canConvert(rates, currency, g.currency)) {
        g.amount += convertMinor(tax, currency, g.currency, rates);
        g.estimated = true;
      } else {
        // No rate: the tax stays owed in the currency it was collected in.
        out.push({ currency, kind: 'schemeTaxes', amount: tax });
        warnings.push(`${g.scheme} ${g.period}: tax collected in ${currency} has no rate to ${g.currency}; counted as owed in ${currency}`);
      }
    }
    out.push({ currency: g.currency, kind: 'schemeTaxes', amount: g.amount });
    owed.push({ scheme: g.scheme, period: g.period, dueDate: g.dueDate, amount: amountOf(g.amount, g.currency), collected: [...g.collected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, v]) => amountOf(v, c)), estimated: g.estimated });
  }
  return { owed, rows: out, warnings };
}
