import { buildAddressIndex, screenAddress, type AddressIndex, type AddressQuery } from '../../core/screening/address.js';
import { sanctionedRegionsOf } from '../../core/screening/region.js';
import { buildScreeningIndex, type ScreeningIndex } from '../../core/screening/index.js';
import { screenName } from '../../core/screening/match.js';
import type { ScreeningOutcome } from '../../core/screening/types.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { SANCTIONED_REGIONS } from '../../data/compliance/sanctioned-regions.js';
import { countryFromName } from '../../data/markets/country-names.js';
import type { SanctionsEditionRecord } from '../../db/repositories/screening-repository.js';
import type { Deps } from '../deps.js';

export type ScreeningDeps = Pick<Deps, 'screening' | 'referenceCache' | 'clock'>;
export type EditionRef = { kind: string; id: string; edition: string | null; importedAt: string };
export type ScreeningAnswer = ScreeningOutcome & { id: string | null; editions: EditionRef[] };

type Loaded = { key: string; index: ScreeningIndex; addresses: AddressIndex; editions: EditionRef[] };
let loaded: Promise<Loaded> | undefined;
let loadedKey = '';

/**
 * The index of every active list (names and aliases, and the addresses that name a door), built once per set of active editions and kept in memory (a new
 * edition anywhere, seen within the reference cache's time, rebuilds it).
 */
export async function screeningIndex(deps: ScreeningDeps): Promise<Loaded> {
  const active = await deps.referenceCache.get('sanctions-editions', () => deps.screening.activeEditions());
  const key = active.map((e) => e.id).join(',');
  if (!loaded || loadedKey !== key) {
    loadedKey = key;
    loaded = (async () => {
      const entries = await deps.screening.entries(active.map((e) => e.id));
      const index = buildScreeningIndex(entries.map((e) => ({ ...e, type: e.type as 'individual' | 'entity' | 'vessel' | 'aircraft' | 'unknown' })));
      return { key, index, addresses: buildAddressIndex(entries), editions: active.map(editionRef) };
    })();
    loaded.catch(() => {
      loaded = undefined;
      loadedKey = '';
    });
  }
  return loaded;
}

function editionRef(e: SanctionsEditionRecord): EditionRef {
  return { kind: e.kind, id: e.id, edition: e.edition, importedAt: e.importedAt.toISOString() };
}

const resolveCountry = (text: string) => countryFromName(text);

/**
 * Screen one party (a buyer, a consignee, an address's name) against every active list: the
 * decision (clear, potential_match: hold for review, match: block), the entries that matched with
 * their score and why, and the editions used. Recorded when `record` (the API and checkout do).
 */
export async function screenParty(deps: ScreeningDeps, query: unknown, options: { record: boolean; source: 'api' | 'cli' | 'checkout'; reference?: string | null } = { record: false, source: 'cli' }): Promise<Result<ScreeningAnswer, 'VALIDATION_FAILED' | 'NO_LISTS'>> {
  const { index, editions } = await screeningIndex(deps);
  if (editions.length === 0) return fail('NO_LISTS', 'no denied-party list has been imported: landfall data import sanctions <kind> <file or folder>', { field: 'lists' });
  const r = screenName(index, query, { resolveCountry });
  if (!r.ok) return r;
  let id: string | null = null;
  if (options.record) {
    id = await deps.screening.recordScreening({ at: deps.clock(), source: options.source, query: query as Record<string, unknown>, decision: r.value.decision, matches: r.value.matches, editions: editions.map((e) => ({ kind: e.kind, id: e.id, edition: e.edition })), reference: options.reference ?? null });
  }
  return ok({ ...r.value, id, editions });
}

export type AddressScreeningMatch = { list: string; id: string; name: string; score: number; why: string[]; address: string | null; field: 'country' | 'region' | 'city' | 'postalCode' | 'lines' };
export type AddressScreeningAnswer = { decision: 'clear' | 'potential_match' | 'match'; matches: AddressScreeningMatch[]; id: string | null; editions: EditionRef[] };

/** The address in one line, as it is recorded and shown. */
export function addressLine(a: AddressQuery): string {
  return [...a.lines, [a.postalCode, a.city].filter(Boolean).join(' '), a.region ?? '', a.country].filter((x) => x && x.trim() !== '').join(', ');
}

/**
 * Screen an address: against the sanctioned destinations (src/data/compliance/sanctioned-regions.ts:
 * a `block` region is a match, a `review` region a potential match), and against the addresses the
 * active lists publish (a listed door is a potential match, never a block on its own: a building
 * holds many tenants). Recorded like a name (`kind: address`, the query being the address in one
 * line). Without any list and outside every sanctioned destination: NO_LISTS.
 */
export async function screenAddressOf(deps: ScreeningDeps, address: AddressQuery, options: { record: boolean; source: 'api' | 'cli' | 'checkout'; reference?: string | null }): Promise<Result<AddressScreeningAnswer, 'NO_LISTS'>> {
  const { addresses, editions } = await screeningIndex(deps);
  const regions = sanctionedRegionsOf(address, SANCTIONED_REGIONS, deps.clock().toISOString().slice(0, 10));
  if (editions.length === 0 && regions.length === 0) return fail('NO_LISTS', 'no denied-party list has been imported: landfall data import sanctions <kind> <file or folder>', { field: 'lists' });
  const matches: AddressScreeningMatch[] = [
    ...regions.map((h) => ({ list: 'sanctioned-regions', id: h.region.id, name: h.region.name, score: 1, why: [h.matchedBy, `${h.region.action === 'block' ? 'sanctioned' : 'partly sanctioned, a person decides'}: ${h.region.source}`], address: null, field: h.field })),
    ...screenAddress(addresses, address).map((m) => ({ list: m.list, id: m.id, name: m.name, score: m.score, why: m.why, address: m.address, field: 'lines' as const })),
  ];
  const decision = regions.some((h) => h.region.action === 'block') ? 'match' : matches.length > 0 ? 'potential_match' : 'clear';
  let id: string | null = null;
  if (options.record) {
    const recorded = matches.map((m) => ({ list: m.list, id: m.id, name: m.name, matchedName: m.address ?? m.why[0]!, score: m.score, why: m.why }));
    id = await deps.screening.recordScreening({ at: deps.clock(), source: options.source, query: { name: addressLine(address), country: address.country, kind: 'address' }, decision, matches: recorded, editions: editions.map((e) => ({ kind: e.kind, id: e.id, edition: e.edition })), reference: options.reference ?? null });
  }
  return ok({ decision, matches, id, editions });
}

/**
 * POST /v1/screening/addresses: `{ lines: [..1-3], city, postalCode?, region?, country, reference? }`,
 * every field checked and named.
 */
export function parseAddressQuery(input: unknown): Result<{ address: AddressQuery; reference: string | null }, 'VALIDATION_FAILED'> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'body must be a JSON object like {"lines": ["Friedrichstrasse 123"], "city": "Berlin", "country": "DE"}', { field: 'body' });
  const b = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  for (const key of Object.keys(b)) if (!['lines', 'city', 'postalCode', 'region', 'country', 'reference'].includes(key)) add(key, 'is not a field of an address');
  const text = (key: string, max: number, required: boolean): string | null => {
    const v = b[key];
    if (v === undefined || v === null) {
      if (required) add(key, 'is required');
      return null;
    }
    if (typeof v !== 'string' || v.trim().length === 0 || v.length > max) add(key, `must be text of 1 to ${max} characters`);
    return typeof v === 'string' ? v.trim() : null;
  };
  if (!Array.isArray(b.lines) || b.lines.length < 1 || b.lines.length > 3 || !b.lines.every((l) => typeof l === 'string' && l.trim().length > 0 && l.length <= 200)) add('lines', 'must be 1 to 3 lines of street address, each 1 to 200 characters');
  const city = text('city', 100, true);
  const postalCode = text('postalCode', 20, false);
  const region = text('region', 100, false);
  const reference = text('reference', 200, false);
  const country = typeof b.country === 'string' ? b.country.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(country)) add('country', 'is required: an ISO 3166-1 alpha-2 code like DE');
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ address: { lines: (b.lines as string[]).map((l) => l.trim()), city: city!, postalCode, region, country }, reference });
}
