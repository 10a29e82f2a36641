import { baseRates, parseMinor } from '../../core/reports/amounts.js';
import { readMove, schemeTaxesOwed, summarizeExposure, type ExposureSummary, type OwedRow, type SchemeTaxOwed } from '../../core/reports/currency-exposure.js';
import { dueDate, periodOf } from '../../core/reports/period.js';
import { TAX_RETURN_SCHEMES } from '../../core/reports/tax-return-scheme.js';
import type { FieldIssue, Result } from '../../core/result/result.js';
import { fail, ok } from '../../core/result/result.js';
import { TAX_RETURN_SCHEME_RULES } from '../../data/reports/tax-return-schemes.js';
import { lineSchemeOf } from '../../data/rules/refund-policy.js';
import { createExposureReportRepository } from '../../db/repositories/exposure-report-repository.js';
import { createReportFxRepository } from '../../db/repositories/report-fx-repository.js';
import { createTaxReportRepository } from '../../db/repositories/tax-report-repository.js';
import type { Deps } from '../deps.js';
import { addDays, readDashboardRange } from './dashboard-range.js';

export type CurrencyExposureAnswer = ExposureSummary & {
  from: string;
  to: string;
  timeZone: 'UTC';
  /** The day the position is valued on (today), and the rates used: the latest ECB rates on or before it. */
  valuedOn: string;
  rates: { source: 'ECB'; base: 'EUR'; date: string; stale: boolean } | null;
  /** The scheme taxes counted as owed: per scheme and period whose return is not due yet. */
  schemeTaxes: SchemeTaxOwed[];
  /** Where each figure's orders are: the paid orders of the range in each currency. */
  ordersUrl: string;
};

/**
 * Currency exposure of the orders paid from `from` to `to` (UTC days, both included; default the
 * last 30 days): per currency what is held (captured, less refunds paid out), what is owed (scheme
 * taxes whose return is not due yet, carriers' bills for DDP parcels, refunds pending), the net
 * position in the store's base currency at the latest ECB rates, and what a move of each currency
 * by `move` % (default 10) against the base does to the margin. Exact integer arithmetic; every
 * conversion rounded once, half-up.
 *
 * @example getCurrencyExposure(deps, { from: '2026-11-01', to: '2026-11-30', move: '10' })
 */
export async function getCurrencyExposure(deps: Pick<Deps, 'database' | 'clock' | 'store' | 'quotes'>, query: { from?: unknown; to?: unknown; move?: unknown }): Promise<Result<CurrencyExposureAnswer, 'VALIDATION_FAILED'>> {
  const today = deps.clock().toISOString().slice(0, 10);
  const issues: FieldIssue[] = [];
  const range = readDashboardRange(query, today);
  if (!range.ok) issues.push(...(range.details ?? [{ field: range.field ?? 'from', message: range.message }]));
  const move = readMove(typeof query.move === 'string' ? query.move : query.move === undefined ? undefined : String(query.move));
  if (!move.ok) issues.push({ field: 'move', message: move.message.replace(/^move /, '') });
  if (!range.ok || !move.ok) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const window = { start: new Date(`${range.value.from}T00:00:00.000Z`), end: new Date(`${addDays(range.value.to, 1)}T00:00:00.000Z`) };
  const orm = deps.database.orm;
  const exposure = createExposureReportRepository(orm);
  const [money, carriers, taxes, published, store] = [await exposure.moneyHeld(window), await exposure.carriersOwed(window), await createTaxReportRepository(orm).schemeTaxesByMonth(window), await createReportFxRepository(orm).latestOnOrBefore('ECB', 'EUR', today), await deps.store.get()];
  const base = store?.baseCurrency ?? 'USD';
  const rates = published ? baseRates('EUR', published.rates) : null;

  const schemes = TAX_RETURN_SCHEMES.map((code) => {
    const s = TAX_RETURN_SCHEME_RULES[code];
    return { lineScheme: lineSchemeOf(s.registration), code, returnCurrency: s.returnCurrency, periodOf: (date: string) => {
      const p = periodOf(date, s.period.granularity);
      return { code: p.code, dueDate: dueDate(p, s.due) };
    } };
  });
  const owedTaxes = schemeTaxesOwed(taxes, schemes, today, rates);
  const owed: OwedRow[] = [
    ...owedTaxes.rows,
    ...carriers.invoiced.map((r) => ({ currency: r.currency, kind: 'carriers' as const, amount: r.minor })),
    ...carriers.quoted.map((r) => ({ currency: r.currency, kind: 'carriers' as const, amount: parseMinor(r.amount, r.currency) ?? 0n })),
    ...money.pendingRefunds,
  ];
  const summary = summarizeExposure(base, move.value, rates, money.held, owed);
  const warnings = [...summary.warnings, ...owedTaxes.warnings];
  const stale = published ? (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${published.date}T00:00:00Z`)) / 86_400_000 > deps.quotes.maxFxAgeDays : false;
  if (!published) warnings.push('no ECB rates are stored: nothing can be valued in the base currency; import them (landfall fx refresh)');
  else if (stale) warnings.push(`the latest ECB rates stored are of ${published.date}, more than ${deps.quotes.maxFxAgeDays} days before ${today}: refresh them (landfall fx refresh) for today's values`);
  return ok({
    from: range.value.from,
    to: range.value.to,
    timeZone: 'UTC',
    valuedOn: today,
    rates: published ? { source: 'ECB', base: 'EUR', date: published.date, stale } : null,
    ...summary,
    schemeTaxes: owedTaxes.owed,
    ordersUrl: `/v1/admin/reports/orders?${new URLSearchParams({ from: range.value.from, to: range.value.to })}`,
    warnings,
  });
}
