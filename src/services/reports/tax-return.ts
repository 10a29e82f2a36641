import { baseRates } from '../../core/reports/amounts.js';
import { addDaysTo, dueDate, parsePeriod, periodOf, previousPeriod, type Period } from '../../core/reports/period.js';
import { compareTaxReturnLines, formatTaxReturnLine, taxReturnLines, type TaxLineEntry, type TaxReturnLine } from '../../core/reports/tax-return-lines.js';
import { summarizeTaxReturn, type PeriodRates, type TaxReturnSummary } from '../../core/reports/tax-return-summary.js';
import { TAX_RETURN_SCHEMES, type TaxReturnScheme, type TaxReturnSchemeCode } from '../../core/reports/tax-return-scheme.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { TAX_RETURN_SCHEME_RULES } from '../../data/reports/tax-return-schemes.js';
import { lineSchemeOf } from '../../data/rules/refund-policy.js';
import { createReportFxRepository } from '../../db/repositories/report-fx-repository.js';
import { createTaxReportRepository } from '../../db/repositories/tax-report-repository.js';
import type { Deps } from '../deps.js';

export type TaxReturnDeps = Pick<Deps, 'database' | 'clock' | 'registrations'>;

/** Days after a period's last day within which the ECB's next publication is looked for (holidays and weekends). */
const NEXT_PUBLICATION_DAYS = 10;

export type TaxReturnAnswer = TaxReturnSummary & {
  scheme: TaxReturnSchemeCode;
  name: string;
  /** The line scheme order lines carry for this scheme (the landed-cost scheme's name). */
  lineScheme: string;
  figuresPer: TaxReturnScheme['figuresPer'];
  returnCurrency: string;
  period: { code: string; granularity: string; start: string; lastDay: string; dueDate: string; ended: boolean };
  registration: { number: string; validFrom: string; validTo: string | null } | null;
  lineCount: number;
  /** The drill-down of every line, and per figure and correction its own (lines of orders, with their rates and amounts). */
  linesUrl: string;
  rules: Pick<TaxReturnScheme, 'period' | 'due' | 'chargeableEvent' | 'corrections' | 'conversion' | 'declaredRounding'>;
  figures: Array<TaxReturnSummary['figures'][number] & { linesUrl: string }>;
  corrections: Array<TaxReturnSummary['corrections'][number] & { linesUrl: string }>;
};

type Loaded = { scheme: TaxReturnScheme; period: Period; today: string; lines: TaxLineEntry[]; warnings: string[] };

/** `scheme` and `period` of a tax-return request; the period defaults to the latest one that has ended. */
export function readTaxReturnQuery(query: { scheme?: unknown; period?: unknown }, today: string): Result<{ scheme: TaxReturnScheme; period: Period }, 'VALIDATION_FAILED'> {
  const code = query.scheme;
  if (typeof code !== 'string' || !(TAX_RETURN_SCHEMES as readonly string[]).includes(code)) {
    return fail('VALIDATION_FAILED', `scheme must be one of ${TAX_RETURN_SCHEMES.join(', ')}`, { field: 'scheme' });
  }
  const scheme = TAX_RETURN_SCHEME_RULES[code as TaxReturnSchemeCode];
  const granularity = scheme.period.granularity;
  let period: Period;
  if (query.period === undefined || query.period === '') period = previousPeriod(periodOf(today, granularity));
  else {
    const parsed = parsePeriod(typeof query.period === 'string' ? query.period : '', granularity);
    if (!parsed.ok) return parsed;
    period = parsed.value;
  }
  if (period.start > today) return fail('VALIDATION_FAILED', `period must not be after the current one (${periodOf(today, granularity).code})`, { field: 'period' });
  if (period.lastDay < scheme.effectiveFrom) return fail('VALIDATION_FAILED', `period must not be before ${scheme.code} began (${scheme.effectiveFrom})`, { field: 'period' });
  return ok({ scheme, period });
}

/** The return's lines; `country` (already checked) reads only the orders to that destination, for a figure's drill-down. */
async function loadLines(deps: TaxReturnDeps, query: { scheme?: unknown; period?: unknown }, country?: string): Promise<Result<Loaded, 'VALIDATION_FAILED'>> {
  const today = deps.clock().toISOString().slice(0, 10);
  const read = readTaxReturnQuery(query, today);
  if (!read.ok) return read;
  const { scheme, period } = read.value;
  const found = await createTaxReportRepository(deps.database.orm).schemeLinesAndRefunds(lineSchemeOf(scheme.registration), {
    start: new Date(`${period.start}T00:00:00.000Z`),
    end: new Date(`${period.end}T00:00:00.000Z`),
  }, country);
  const { lines, warnings } = taxReturnLines(scheme, period, found.charges, found.refunds);
  return ok({ scheme, period, today, lines, warnings });
}

/** The ECB rates of the conversion date of each period lines in other currencies need (the last day, or the next publication). */
async function ratesForPeriods(deps: TaxReturnDeps, scheme: TaxReturnScheme, period: Period, lines: readonly TaxLineEntry[]): Promise<Map<string, PeriodRates>> {
  const needed = new Set<string>();
  for (const l of lines) {
    if (l.currency === scheme.returnCurrency) continue;
    needed.add(l.section === 'correction' ? l.salePeriod : period.code);
  }
  const fx = createReportFxRepository(deps.database.orm);
  const out = new Map<string, PeriodRates>();
  for (const code of needed) {
    const p = parsePeriod(code, scheme.period.granularity);
    if (!p.ok) continue;
    const published = await fx.firstOnOrAfter('ECB', 'EUR', p.value.lastDay, addDaysTo(p.value.lastDay, NEXT_PUBLICATION_DAYS));
    out.set(code, published ? { date: published.date, rates: baseRates('EUR', published.rates) } : null);
  }
  return out;
}

const linksOf = (scheme: string, period: string, filter: Record<string, string>) => {
  const q = new URLSearchParams({ scheme, period, ...filter });
  return `/v1/admin/reports/tax-returns/lines?${q}`;
};

/**
 * A low-value scheme's return for one period (IOSS monthly, the others quarterly): per member state
 * of consumption or country and per rate, the taxable amounts and the tax of the sales whose payment
 * was accepted in the period, less the refunds counted in it, in the return's currency; refunds of
 * earlier periods' sales as corrections (apart for IOSS); the rates used, the registration number,
 * when the return is due, and the rules with their sources. Every figure links to its lines.
 *
 * @example getTaxReturn(deps, { scheme: 'IOSS', period: '2026-11' })
 */
export async function getTaxReturn(deps: TaxReturnDeps, query: { scheme?: unknown; period?: unknown }): Promise<Result<TaxReturnAnswer, 'VALIDATION_FAILED'>> {
  const loaded = await loadLines(deps, query);
  if (!loaded.ok) return loaded;
  const { scheme, period, today, lines, warnings } = loaded.value;
  const rates = await ratesForPeriods(deps, scheme, period, lines);
  const summary = summarizeTaxReturn(scheme, period, lines, (code) => rates.get(code) ?? null);
  const registrations = (await deps.registrations.list()).filter((r) => r.scheme === scheme.registration && r.validFrom <= period.lastDay && (r.validTo === null || r.validTo >= period.start));
  const registration = registrations.sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
  const extra: string[] = [...warnings];
  if (!registration) extra.push(`no ${scheme.registration} registration of the store is valid in ${period.code}: add it (POST /v1/admin/registrations) so the return carries its number`);
  if (period.lastDay >= today) extra.push(`${period.code} has not ended: its figures will change until ${period.lastDay}`);
  return ok({
    scheme: scheme.code,
    name: scheme.name,
    lineScheme: lineSchemeOf(scheme.registration),
    figuresPer: scheme.figuresPer,
    returnCurrency: scheme.returnCurrency,
    period: { code: period.code, granularity: period.granularity, start: period.start, lastDay: period.lastDay, dueDate: dueDate(period, scheme.due), ended: period.lastDay < today },
    registration: registration ? { number: registration.number, validFrom: registration.validFrom, validTo: registration.validTo } : null,
    ...summary,
    figures: summary.figures.map((f) => ({ ...f, linesUrl: linksOf(scheme.code, period.code, { section: 'period', country: f.country, rate: f.rate }) })),
    corrections: summary.corrections.map((c) => ({ ...c, linesUrl: linksOf(scheme.code, period.code, { salePeriod: c.period, kind: 'refund', country: c.country, rate: c.rate }) })),
    lineCount: lines.length,
    linesUrl: linksOf(scheme.code, period.code, {}),
    rules: { period: scheme.period, due: scheme.due, chargeableEvent: scheme.chargeableEvent, corrections: scheme.corrections, conversion: scheme.conversion, ...(scheme.declaredRounding ? { declaredRounding: scheme.declaredRounding } : {}) },
    warnings: [...summary.warnings, ...extra],
  });
}

export type TaxReturnLinesQuery = { scheme?: unknown; period?: unknown; country?: unknown; rate?: unknown; section?: unknown; salePeriod?: unknown; kind?: unknown; limit?: unknown; cursor?: unknown };
export type TaxReturnLinesPage = { scheme: string; period: string; total: number; items: TaxReturnLine[]; nextCursor: string | null };

const MAX_LINES_PAGE = 1000;

/** Filters of the lines drill-down, each checked; `all` ignores the page (CSV export). */
function readLineFilters(q: TaxReturnLinesQuery, all: boolean): Result<{ country: string | undefined; filter: (l: TaxLineEntry) => boolean; offset: number; limit: number }, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const text = (field: keyof TaxReturnLinesQuery, pattern: RegExp, message: string): string | undefined => {
    const v = q[field];
    if (v === undefined || v === '') return undefined;
    if (typeof v !== 'string' || !pattern.test(v)) {
      issues.push({ field, message });
      return undefined;
    }
    return v;
  };
  const country = text('country', /^[A-Z]{2}$/, 'must be a country code of two capital letters, such as DE');
  const rate = text('rate', /^\d{1,3}(\.\d{1,4})?$/, 'must be a rate in percent as the return writes it, such as 19 or 5.5');
  const section = text('section', /^(period|correction)$/, 'must be period or correction');
  const salePeriod = text('salePeriod', /^\d{4}-(\d{2}|Q[1-4])$/, 'must be a period written YYYY-MM or YYYY-Qn');
  const kind = text('kind', /^(sale|refund)$/, 'must be sale or refund');
  let limit = 100;
  if (q.limit !== undefined && q.limit !== '') {
    const n = typeof q.limit === 'number' ? q.limit : typeof q.limit === 'string' && /^\d{1,4}$/.test(q.limit) ? Number(q.limit) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MAX_LINES_PAGE) issues.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_LINES_PAGE}` });
    else limit = n;
  }
  let offset = 0;
  if (q.cursor !== undefined && q.cursor !== '') {
    const m = typeof q.cursor === 'string' ? /^o(\d{1,9})$/.exec(q.cursor) : null;
    if (!m) issues.push({ field: 'cursor', message: 'is not one this API returned' });
    else offset = Number(m[1]);
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({
    country,
    filter: (l) => (!country || l.country === country) && (!rate || Number(l.rate) === Number(rate)) && (!section || l.section === section) && (!salePeriod || l.salePeriod === salePeriod) && (!kind || l.kind === kind),
    offset: all ? 0 : offset,
    limit: all ? Number.MAX_SAFE_INTEGER : limit,
  });
}

/**
 * The order lines behind a return (or behind one of its figures: filter by country, rate, section,
 * salePeriod, kind): order number, line, date, rate, taxable amount and tax in the order's currency.
 * A page at a time (`limit` up to 1,000, `cursor` from the previous page); `all` gives every line.
 */
export async function getTaxReturnLines(deps: TaxReturnDeps, query: TaxReturnLinesQuery, options: { all?: boolean } = {}): Promise<Result<TaxReturnLinesPage, 'VALIDATION_FAILED'>> {
  const filters = readLineFilters(query, options.all === true);
  if (!filters.ok) return filters;
  const loaded = await loadLines(deps, query, filters.value.country);
  if (!loaded.ok) return loaded;
  const matching = loaded.value.lines.filter(filters.value.filter).sort(compareTaxReturnLines);
  const { offset, limit } = filters.value;
  const items = matching.slice(offset, offset + limit).map(formatTaxReturnLine);
  return ok({ scheme: loaded.value.scheme.code, period: loaded.value.period.code, total: matching.length, items, nextCursor: offset + limit < matching.length ? `o${offset + limit}` : null });
}
