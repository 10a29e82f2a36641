import { isIsoDate } from '../../core/calendar/iso-date.js';
import { inEffect, type Dated, type RuleSet } from '../../core/landed-cost/compile-rules.js';
import { isCountry } from '../../core/geo/countries.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { RuleSource } from '../landed-cost/rule-source.js';

export type RulesSummary = {
  version: string;
  counts: Record<string, number>;
  destinations: string[];
  importedLinesSkipped: number;
};

/** What the rule set holds: its version, how many rules of each kind, which destinations. */
export async function summarizeRules(deps: { rules: RuleSource }): Promise<RulesSummary> {
  const rules = await deps.rules.get();
  const counts: Record<string, number> = {};
  for (const { kind } of rules.byId.values()) counts[kind] = (counts[kind] ?? 0) + 1;
  return { version: rules.version, counts, destinations: [...rules.profiles.keys()].sort(), importedLinesSkipped: deps.rules.skipped() };
}

/** One rule as written, with its kind. */
export async function getRule(deps: { rules: RuleSource }, id: string): Promise<Result<{ kind: string; rule: unknown }, 'NOT_FOUND' | 'VALIDATION_FAILED'>> {
  if (id.length === 0 || id.length > 200) return fail('VALIDATION_FAILED', 'id must be 1 to 200 characters', { field: 'id' });
  const found = (await deps.rules.get()).byId.get(id);
  return found ? ok({ kind: found.kind, rule: found.data }) : fail('NOT_FOUND', `no rule with id "${id}"`, { field: 'id' });
}

/** Every rule that applies to a destination on a date, as written (tariff lines are counted, not listed). */
export async function describeDestination(
  deps: { rules: RuleSource },
  country: string,
  date: string,
): Promise<Result<Record<string, unknown>, 'NOT_FOUND' | 'VALIDATION_FAILED'>> {
  if (!isCountry(country)) return fail('VALIDATION_FAILED', 'country must be an ISO 3166-1 alpha-2 code', { field: 'country' });
  if (!isIsoDate(date)) return fail('VALIDATION_FAILED', 'date must be YYYY-MM-DD', { field: 'date' });
  const rules: RuleSet = await deps.rules.get();
  const profile = inEffect(rules.profiles.get(country), date)[0];
  if (!profile) return fail('NOT_FOUND', `no landed-cost rules for ${country} on ${date}`, { field: 'country' });
  const keys = profile.territory === country ? [country] : [country, profile.territory];
  const data = (id: string) => rules.byId.get(id)?.data;
  const pick = <T extends Dated>(map: ReadonlyMap<string, readonly T[]>) =>
    keys.flatMap((k) => inEffect(map.get(k), date)).map((r) => data(r.meta.id));
  const tariffLines = [...(rules.tariffs.get(profile.territory)?.values() ?? [])].reduce((n, lines) => n + inEffect(lines, date).length, 0);
  return ok({
    country,
    date,
    rulesVersion: rules.version,
    profile: data(profile.meta.id),
    taxes: inEffect(rules.taxes.get(country), date).map((r) => data(r.meta.id)),
    deMinimis: pick(rules.deMinimis),
    schemes: pick(rules.schemes),
    flatDuties: pick(rules.flatDuties),
    fees: pick(rules.fees),
    tariffLinesInEffect: tariffLines,
  });
}

export type TariffLineView = {
  id: string;
  hsPrefix: string;
  program: string;
  agreement: string | null;
  rate: string;
  origins: string[] | null;
  exceptOrigins: string[] | null;
  description: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
};

/**
 * The tariff lines of a customs territory in effect on a date, for the rules inspector: those under
 * an HS code (`hs` "6109" lists 6109 and every longer line below it) and those that cover it (the
 * heading's line for a longer code), by code then program, at most `limit` (1 to 500, default 100).
 */
export async function listTariffLines(
  deps: { rules: RuleSource },
  query: { territory?: unknown; hs?: unknown; date: unknown; limit?: unknown },
): Promise<Result<{ territory: string; hs: string | null; date: string; total: number; items: TariffLineView[] }, 'VALIDATION_FAILED'>> {
  const issues: Array<{ field: string; message: string }> = [];
  const territory = typeof query.territory === 'string' ? query.territory.toUpperCase() : '';
  if (!/^[A-Z]{2,5}$/.test(territory)) issues.push({ field: 'territory', message: 'is required: a customs territory such as EU, GB, US, CH or JP' });
  const hs = query.hs === undefined || query.hs === '' ? null : typeof query.hs === 'string' ? query.hs.replace(/[.\s]/g, '') : '';
  if (hs !== null && !/^\d{2,10}$/.test(hs)) issues.push({ field: 'hs', message: 'must be 2 to 10 digits of an HS code (dots allowed), e.g. 6109 or 6109.10' });
  const date = typeof query.date === 'string' ? query.date : '';
  if (!isIsoDate(date)) issues.push({ field: 'date', message: 'must be a date as YYYY-MM-DD' });
  const limit = query.limit === undefined ? 100 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 500' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const rules = await deps.rules.get();
  const lines = rules.tariffs.get(territory);
  if (!lines) {
    return fail('VALIDATION_FAILED', `no tariff lines for ${territory}; territories with lines: ${[...rules.tariffs.keys()].sort().join(', ')}`, { field: 'territory' });
  }
  const found = inEffect([...lines.values()].flat(), date).filter((l) => hs === null || l.hsPrefix.startsWith(hs) || hs.startsWith(l.hsPrefix));
  found.sort((a, b) => (a.hsPrefix < b.hsPrefix ? -1 : a.hsPrefix > b.hsPrefix ? 1 : a.program < b.program ? -1 : a.program > b.program ? 1 : 0));
  const items = found.slice(0, limit).map((l): TariffLineView => {
    const data = rules.byId.get(l.meta.id)?.data as { description?: string } | undefined;
    return {
      id: l.meta.id,
      hsPrefix: l.hsPrefix,
      program: l.program,
      agreement: l.agreement ?? null,
      rate: l.rateText,
      origins: l.origins ? [...l.origins].sort() : null,
      exceptOrigins: l.exceptOrigins ? [...l.exceptOrigins].sort() : null,
      description: data?.description ?? null,
      effectiveFrom: l.meta.effectiveFrom,
      effectiveTo: l.meta.effectiveTo ?? null,
      source: l.meta.source,
    };
  });
  return ok({ territory, hs, date, total: found.length, items });
}
