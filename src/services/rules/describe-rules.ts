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
