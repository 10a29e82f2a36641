import { buildAddressIndex, screenAddress, type AddressIndex, type AddressMatch, type AddressQuery } from '../../core/screening/address.js';
import { buildScreeningIndex, type ScreeningIndex } from '../../core/screening/index.js';
import { screenName } from '../../core/screening/match.js';
import type { ScreeningOutcome } from '../../core/screening/types.js';
import { fail, ok, type Result } from '../../core/result/result.js';
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

export type AddressScreeningAnswer = { decision: 'clear' | 'potential_match'; matches: AddressMatch[]; id: string | null; editions: EditionRef[] };

/** The address in one line, as it is recorded and shown. */
export function addressLine(a: AddressQuery): string {
  return [...a.lines, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter((x) => x && x.trim() !== '').join(', ');
}

/**
 * Screen an address against the addresses the active lists publish: a listed door is a potential
 * match (held for review; a building holds many tenants), never a block on its own. Recorded like
 * a name, the query being the address in one line.
 */
export async function screenAddressOf(deps: ScreeningDeps, address: AddressQuery, options: { record: boolean; source: 'api' | 'cli' | 'checkout'; reference?: string | null }): Promise<Result<AddressScreeningAnswer, 'NO_LISTS'>> {
  const { addresses, editions } = await screeningIndex(deps);
  if (editions.length === 0) return fail('NO_LISTS', 'no denied-party list has been imported: landfall data import sanctions <kind> <file or folder>', { field: 'lists' });
  const matches = screenAddress(addresses, address);
  const decision = matches.length > 0 ? 'potential_match' : 'clear';
  let id: string | null = null;
  if (options.record) {
    const recorded = matches.map((m) => ({ list: m.list, id: m.id, name: m.name, matchedName: m.address, score: m.score, why: m.why }));
    id = await deps.screening.recordScreening({ at: deps.clock(), source: options.source, query: { name: addressLine(address), country: address.country, kind: 'address' }, decision, matches: recorded, editions: editions.map((e) => ({ kind: e.kind, id: e.id, edition: e.edition })), reference: options.reference ?? null });
  }
  return ok({ decision, matches, id, editions });
}
