import { createRequire } from 'node:module';
import { rankCountries } from '../../core/market-selection/rank.js';
import { weightSensitivity, type WeightSensitivity } from '../../core/market-selection/sensitivity.js';
import type { CountryInput, IndicatorSpec, Ranking } from '../../core/market-selection/types.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { DEFAULT_PROFILE, type ScoringProfile } from '../../data/markets/default-profile.js';
import type { Deps } from '../deps.js';
import { OWN_INDICATORS, ownEvidence } from './own-evidence.js';

const require = createRequire(import.meta.url);
const countryNames = require('i18n-iso-countries') as { getName(code: string, lang: string): string | undefined };

export type MarketDeps = Pick<Deps, 'indicators' | 'quotes' | 'shipping' | 'warehouses' | 'markets' | 'referenceCache' | 'clock'>;

const PROFILE_ID = 'default';
const NORMALIZATIONS = ['min-max', 'z-score', 'rank'] as const;
const MISSING = ['reweight', 'worst'] as const;

/** Read a scoring profile from JSON, naming every bad field (`indicators[2].weight`). */
export function parseProfile(input: unknown): Result<ScoringProfile, 'VALIDATION_FAILED'> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'a profile must be a JSON object', { field: 'body' });
  const o = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(o)) if (!['indicators', 'normalization', 'missing', 'minCoverage'].includes(key)) issues.push({ field: key, message: 'is not a field of a profile' });
  if (!Array.isArray(o.indicators) || o.indicators.length === 0 || o.indicators.length > 60) issues.push({ field: 'indicators', message: 'must be a list of 1 to 60 indicators' });
  const seen = new Set<string>();
  const indicators = (Array.isArray(o.indicators) ? o.indicators : []).map((raw: unknown, i: number) => {
    const f = `indicators[${i}]`;
    const x = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null) issues.push({ field: f, message: 'must be an object {id, weight, direction}' });
    for (const key of Object.keys(x)) if (!['id', 'weight', 'direction', 'transform'].includes(key)) issues.push({ field: `${f}.${key}`, message: 'is not a field of an indicator' });
    if (typeof x.id !== 'string' || !/^[A-Za-z0-9_.-]{2,80}$/.test(x.id)) issues.push({ field: `${f}.id`, message: 'must be an indicator id like wdi.SP.POP.TOTL (see GET /v1/admin/market-selection/indicators)' });
    else if (seen.has(x.id)) issues.push({ field: `${f}.id`, message: `${x.id} is listed twice` });
    else seen.add(x.id);
    if (typeof x.weight !== 'number' || !Number.isFinite(x.weight) || x.weight < 0 || x.weight > 1000) issues.push({ field: `${f}.weight`, message: 'must be a number from 0 to 1000' });
    if (x.direction !== 'higher' && x.direction !== 'lower') issues.push({ field: `${f}.direction`, message: 'must be higher or lower (which way is better for you)' });
    const transform = x.transform ?? 'none';
    if (transform !== 'none' && transform !== 'log') issues.push({ field: `${f}.transform`, message: 'must be none or log' });
    return { id: x.id as string, weight: x.weight as number, direction: x.direction as 'higher' | 'lower', transform: transform as 'none' | 'log' };
  });
  if (indicators.length > 0 && indicators.every((x) => x.weight === 0)) issues.push({ field: 'indicators', message: 'at least one indicator needs a weight above 0' });
  const normalization = o.normalization ?? 'min-max';
  if (!(NORMALIZATIONS as readonly unknown[]).includes(normalization)) issues.push({ field: 'normalization', message: `must be one of ${NORMALIZATIONS.join(', ')}` });
  const missing = o.missing ?? 'reweight';
  if (!(MISSING as readonly unknown[]).includes(missing)) issues.push({ field: 'missing', message: `must be one of ${MISSING.join(', ')}` });
  const minCoverage = o.minCoverage ?? 0.5;
  if (typeof minCoverage !== 'number' || !(minCoverage >= 0 && minCoverage <= 1)) issues.push({ field: 'minCoverage', message: 'must be a number from 0 to 1' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ indicators, normalization: normalization as ScoringProfile['normalization'], missing: missing as ScoringProfile['missing'], minCoverage: minCoverage as number });
}

export async function getProfile(deps: MarketDeps): Promise<ScoringProfile> {
  const stored = await deps.indicators.profile(PROFILE_ID);
  const parsed = stored === undefined ? undefined : parseProfile(stored);
  return parsed?.ok ? parsed.value : DEFAULT_PROFILE;
}

export async function putProfile(deps: MarketDeps, input: unknown, by: string | null): Promise<Result<ScoringProfile, 'VALIDATION_FAILED'>> {
  const parsed = parseProfile(input);
  if (!parsed.ok) return parsed;
  await deps.indicators.putProfile(PROFILE_ID, parsed.value as unknown as Record<string, unknown>, by, deps.clock());
  return parsed;
}

export type MarketRanking = Ranking & {
  profile: ScoringProfile;
  /** Indicators of the profile with no data at all (not imported): left out, named. */
  unavailable: { id: string; reason: string }[];
  evidence: { notes: string[]; catalog: { products: number; typicalParcelG: number | null } };
  sensitivity: WeightSensitivity | null;
};

/**
 * Rank every country with data by the store's profile (or one given with the request): the latest
 * value of each imported indicator, and the store's own evidence (landed cost of its catalog,
 * shipping from its rate cards, its sales), normalized and weighted as the method states, with
 * per-country explanations and, on request, how ranks move when a weight moves.
 */
export async function rankMarkets(deps: MarketDeps, query: { profile?: unknown; sensitivity?: boolean; top?: number } = {}): Promise<Result<MarketRanking, 'VALIDATION_FAILED'>> {
  let profile: ScoringProfile;
  if (query.profile !== undefined) {
    const parsed = parseProfile(query.profile);
    if (!parsed.ok) return parsed;
    profile = parsed.value;
  } else profile = await getProfile(deps);

  const imported = profile.indicators.filter((i) => !i.id.startsWith('own.'));
  const [series, latest] = [await deps.indicators.seriesById(imported.map((i) => i.id)), await deps.indicators.latest(imported.map((i) => i.id))];
  const known = new Map(series.map((s) => [s.id, s]));
  const own = new Map(OWN_INDICATORS.map((o) => [o.id, o]));
  const unavailable: MarketRanking['unavailable'] = [];
  const specs: IndicatorSpec[] = [];
  for (const i of profile.indicators) {
    const s = known.get(i.id);
    const o = own.get(i.id);
    if (!s && !o) {
      unavailable.push({ id: i.id, reason: i.id.startsWith('own.') ? `unknown evidence (known: ${OWN_INDICATORS.map((x) => x.id).join(', ')})` : 'no such series has been imported (landfall data import indicators FILE)' });
      continue;
    }
    specs.push({ id: i.id, name: s?.name ?? o!.name, weight: i.weight, direction: i.direction, transform: i.transform ?? 'none', unit: s?.unit ?? o!.unit });
  }
  const candidates = [...new Set(latest.map((v) => v.country))].sort();
  const evidence = await ownEvidence(deps, candidates);
  const byCountry = new Map<string, CountryInput>(candidates.map((c) => [c, { country: c, name: countryNames.getName(c, 'en') ?? c, values: {} }]));
  for (const v of latest) byCountry.get(v.country)!.values[v.seriesId] = { value: v.value, year: v.year, source: known.get(v.seriesId)!.source };
  for (const [id, m] of evidence.values) for (const [country, v] of m) {
    const c = byCountry.get(country);
    if (c) c.values[id] = v;
  }
  for (const s of specs) if (s.id.startsWith('own.') && !evidence.values.has(s.id)) unavailable.push({ id: s.id, reason: 'no value for any country (see the evidence notes)' });
  const usable = specs.filter((s) => !unavailable.some((u) => u.id === s.id));
  if (usable.length === 0) return fail('VALIDATION_FAILED', 'no indicator of the profile has data: import indicators first (landfall data import indicators FILE)', { field: 'indicators' });
  const countries = [...byCountry.values()];
  const options = { normalization: profile.normalization, missing: profile.missing, minCoverage: profile.minCoverage };
  const ranked = rankCountries(countries, usable, options);
  if (!ranked.ok) return ranked;
  const sensitivity = query.sensitivity ? weightSensitivity(countries, usable, options, { top: query.top ?? 10 }) : null;
  if (sensitivity && !sensitivity.ok) return sensitivity;
  return ok({ ...ranked.value, profile, unavailable, evidence: { notes: evidence.notes, catalog: evidence.catalog }, sensitivity: sensitivity?.value ?? null });
}
