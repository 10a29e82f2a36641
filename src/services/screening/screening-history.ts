import { isIsoDate } from '../../core/calendar/iso-date.js';
import { isUuid } from '../../core/ids/uuid.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { nextPageCursor, readPageInput, type Position } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { ScreeningDecision, ScreeningMatch } from '../../core/screening/types.js';
import type { SanctionsEditionRecord, ScreeningHistoryFilter, ScreeningRecord } from '../../db/repositories/screening-repository.js';
import type { Deps } from '../deps.js';
import type { screenParty } from './screen-party.js';

export type ScreeningHistoryDeps = Pick<Deps, 'screening' | 'orders'>;

export const SCREENING_DECISIONS = ['clear', 'potential_match', 'match'] as const satisfies readonly ScreeningDecision[];

/** Where a screening was made: the `source` screenParty records (the CLI screens without recording). */
export const SCREENING_SOURCES = ['api', 'checkout', 'cli'] as const;
type RecordedSource = NonNullable<Parameters<typeof screenParty>[2]>['source'];
// A source added to screenParty and not here (or the reverse) stops the build: the filter must know every one.
const sourcesCoverScreenParty: [RecordedSource] extends [(typeof SCREENING_SOURCES)[number]] ? ([(typeof SCREENING_SOURCES)[number]] extends [RecordedSource] ? true : never) : never = true;
void sourcesCoverScreenParty;

/** How many of a screening's matches a history page shows (the strongest; the whole screening has them all). */
export const HISTORY_TOP_MATCHES = 3;

/** The query parameters of the history: the page's and the filters. */
const PARAMETERS = ['limit', 'cursor', 'decision', 'source', 'reference', 'from', 'to'] as const;
const MAX_REFERENCE = 200;

/** A list edition a screening ran against: as recorded (kind, id, the date the file states), with what is known of it now. */
export type EditionUsed = {
  /** The list kind (`eu`, `ofac-sdn`, ...). */
  kind: string;
  id: string;
  /** The publication or generation date the imported file states, or null when it states none. */
  edition: string | null;
  /** When the edition was imported; null if it is no longer stored. */
  importedAt: string | null;
  /** The imported file or folder; null if the edition is no longer stored. */
  file: string | null;
  /** Whether it is still the active edition of its kind; null if it is no longer stored. */
  active: boolean | null;
};

export type ScreeningHistoryItem = {
  id: string;
  at: string;
  /** As given; `kind` is `address` for an address screened against the sanctioned destinations and the addresses the lists publish (its name is the address in one line). */
  query: { kind: 'name' | 'address'; name: string; country: string | null; type: string | null };
  decision: ScreeningDecision;
  /** The strongest matches (at most HISTORY_TOP_MATCHES on a page; all of them in one screening). */
  matches: ScreeningMatch[];
  /** How many entries matched in all. */
  matchCount: number;
  source: string;
  reference: string | null;
  editions: EditionUsed[];
};

export type ScreeningHistoryPage = { items: ScreeningHistoryItem[]; nextCursor: string | null };

/**
 * The recorded screenings, newest first, a keyset page at a time (`limit` 1 to 100, default 50;
 * `cursor` the previous page's `nextCursor`), filtered by `decision`, `source`, `reference` (as
 * given, and when it reads as an order number, also the id of that order: checkout records the
 * order id) and `from` / `to` (days `YYYY-MM-DD`, UTC, both included, or RFC 3339 timestamps).
 * Every bad parameter is named in one VALIDATION_FAILED.
 * @example listScreeningHistory(deps, { decision: 'match', limit: '20' })
 */
export async function listScreeningHistory(deps: ScreeningHistoryDeps, query: Record<string, unknown>): Promise<Result<ScreeningHistoryPage, 'VALIDATION_FAILED'>> {
  const read = readHistoryQuery(query);
  if (!read.ok) return read;
  const { filter, reference, limit, after } = read.value;
  if (reference !== undefined) filter.references = await referencesOf(deps, reference);
  const rows = await deps.screening.history(filter, { limit: limit + 1, ...(after ? { after } : {}) });
  const page = rows.slice(0, limit);
  const editions = await editionsOf(deps, page);
  return ok({
    items: page.map((r) => toItem(r, editions, HISTORY_TOP_MATCHES)),
    nextCursor: nextPageCursor(rows.map((r) => ({ createdAt: r.at, id: r.id })), limit),
  });
}

/** One recorded screening whole: every match with its reasons and the editions it ran against. */
export async function getScreening(deps: ScreeningHistoryDeps, id: string): Promise<Result<ScreeningHistoryItem, 'VALIDATION_FAILED' | 'NOT_FOUND'>> {
  if (!isUuid(id)) return fail('VALIDATION_FAILED', 'id must be a screening id (a UUID such as POST /v1/screening answers)', { field: 'id' });
  const row = await deps.screening.screening(id.toLowerCase());
  if (!row) return fail('NOT_FOUND', `no screening ${id}`, { field: 'id' });
  return ok(toItem(row, await editionsOf(deps, [row]), Infinity));
}

type HistoryQuery = { filter: ScreeningHistoryFilter; reference?: string; limit: number; after?: Position };

/** The query string checked: each problem named by its parameter, all of them at once. */
export function readHistoryQuery(query: Record<string, unknown>): Result<HistoryQuery, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  for (const name of Object.keys(query)) {
    if (!(PARAMETERS as readonly string[]).includes(name)) issues.push({ field: name, message: `is not a parameter of this list; it takes ${PARAMETERS.join(', ')}` });
  }
  const one = (name: (typeof PARAMETERS)[number]): string | undefined => {
    const v = query[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      issues.push({ field: name, message: 'must be given once' });
      return undefined;
    }
    return v;
  };
  const limitText = one('limit');
  const cursor = one('cursor');
  const page = readPageInput({ ...(limitText !== undefined ? { limit: /^\d{1,4}$/.test(limitText) ? Number(limitText) : limitText } : {}), ...(cursor !== undefined ? { cursor } : {}) }, issues);

  const filter: ScreeningHistoryFilter = {};
  const decision = one('decision');
  if (decision !== undefined) {
    if ((SCREENING_DECISIONS as readonly string[]).includes(decision)) filter.decision = decision;
    else issues.push({ field: 'decision', message: `must be one of ${SCREENING_DECISIONS.join(', ')}` });
  }
  const source = one('source');
  if (source !== undefined) {
    if ((SCREENING_SOURCES as readonly string[]).includes(source)) filter.source = source;
    else issues.push({ field: 'source', message: `must be one of ${SCREENING_SOURCES.join(', ')}` });
  }
  const referenceText = one('reference');
  let reference: string | undefined;
  if (referenceText !== undefined) {
    if (referenceText.trim() === '') issues.push({ field: 'reference', message: 'must not be empty' });
    else if (referenceText.length > MAX_REFERENCE) issues.push({ field: 'reference', message: `must be at most ${MAX_REFERENCE} characters` });
    else reference = referenceText.trim();
  }
  const from = readInstant('from', one('from'), 'start', issues);
  const to = readInstant('to', one('to'), 'end', issues);
  if (from && to && from.getTime() >= to.getTime()) issues.push({ field: 'from', message: 'must be on or before to' });
  if (from) filter.from = from;
  if (to) filter.before = to;

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ filter, ...(reference !== undefined ? { reference } : {}), limit: page.limit, ...(page.after ? { after: page.after } : {}) });
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * A day (UTC) or an RFC 3339 timestamp with its offset, as a bound: `start` is the first instant
 * included, `end` the first instant after the range (a day's end is the next day's midnight; a
 * timestamp's, one millisecond later, the precision screenings are recorded in).
 */
function readInstant(field: 'from' | 'to', text: string | undefined, bound: 'start' | 'end', issues: FieldIssue[]): Date | undefined {
  if (text === undefined) return undefined;
  const bad = () => issues.push({ field, message: 'must be a date (YYYY-MM-DD, UTC) or a timestamp with its offset (2026-11-27T09:00:00Z)' });
  if (isIsoDate(text)) {
    const day = Date.parse(`${text}T00:00:00Z`);
    if (Number.isNaN(day)) return void bad();
    return new Date(bound === 'start' ? day : day + 86_400_000);
  }
  const m = TIMESTAMP.exec(text);
  const at = Date.parse(text);
  if (!m || !isIsoDate(m[1]!) || Number.isNaN(at)) return void bad();
  return new Date(bound === 'start' ? at : at + 1);
}

/** The references a `reference` filter matches: as given, and an order number's canonical form and order id. */
async function referencesOf(deps: ScreeningHistoryDeps, reference: string): Promise<string[]> {
  const references = new Set([reference]);
  const number = parseOrderNumber(reference);
  if (number.ok) {
    references.add(number.value.number);
    const order = await deps.orders.byNumber(number.value.number);
    if (order) references.add(order.id);
  }
  return [...references];
}

async function editionsOf(deps: ScreeningHistoryDeps, rows: readonly ScreeningRecord[]): Promise<Map<string, SanctionsEditionRecord>> {
  const ids = new Set(rows.flatMap((r) => recordedEditions(r).map((e) => e.id)).filter((id) => isUuid(id)));
  const found = await deps.screening.editionsById([...ids]);
  return new Map(found.map((e) => [e.id, e]));
}

function recordedEditions(row: ScreeningRecord): Array<{ kind: string; id: string; edition: string | null }> {
  return Array.isArray(row.editions) ? row.editions.filter((e) => e && typeof e.id === 'string') : [];
}

function toItem(row: ScreeningRecord, editions: ReadonlyMap<string, SanctionsEditionRecord>, top: number): ScreeningHistoryItem {
  const matches = (Array.isArray(row.matches) ? row.matches : []).map(readMatch).filter((m): m is ScreeningMatch => m !== undefined);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: row.id,
    at: row.at.toISOString(),
    query: { kind: row.query.kind === 'address' ? 'address' : 'name', name: text(row.query.name) ?? '', country: text(row.query.country), type: text(row.query.type) },
    decision: row.decision as ScreeningDecision,
    matches: matches.slice(0, top),
    matchCount: matches.length,
    source: row.source,
    reference: row.reference,
    editions: recordedEditions(row).map((e) => {
      const stored = editions.get(e.id);
      return { kind: e.kind, id: e.id, edition: e.edition ?? null, importedAt: stored ? stored.importedAt.toISOString() : null, file: stored?.source ?? null, active: stored ? stored.active : null };
    }),
  };
}

/** A recorded match as the core wrote it (the column is JSON: anything else is left out, not guessed). */
function readMatch(value: unknown): ScreeningMatch | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (typeof m.list !== 'string' || typeof m.id !== 'string' || typeof m.name !== 'string' || typeof m.score !== 'number') return undefined;
  return {
    list: m.list,
    id: m.id,
    name: m.name,
    matchedName: typeof m.matchedName === 'string' ? m.matchedName : m.name,
    score: m.score,
    why: Array.isArray(m.why) ? m.why.filter((w): w is string => typeof w === 'string') : [],
  };
}
