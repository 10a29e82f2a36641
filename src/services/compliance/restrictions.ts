import { pickTranslation } from '../../core/catalog/pick-translation.js';
import { isIsoDate } from '../../core/calendar/iso-date.js';
import {
  barredChannels,
  compileRestrictions,
  decideRestrictions,
  findRestrictions,
  prepareGoods,
  type Channel,
  type GoodsItem,
  type HeldLicence,
  type PreparedGoods,
  type RestrictionFinding,
  type RestrictionSet,
} from '../../core/compliance/restricted-goods.js';
import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { RESTRICTED_GOODS, RESTRICTION_GROUPS } from '../../data/compliance/restricted-goods.js';
import { RESTRICTION_CATEGORY_NAMES, RESTRICTION_SENTENCES, type RestrictionTextKind } from '../../data/compliance/restriction-texts.js';
import type { GoodsLicenceRecord } from '../../db/repositories/goods-restriction-repository.js';
import type { Deps } from '../deps.js';

/** The rule set every check reads; the data is checked by test/compliance/restricted-goods-data.test.ts. */
export const RESTRICTIONS: RestrictionSet = (() => {
  const r = compileRestrictions(RESTRICTED_GOODS, RESTRICTION_GROUPS);
  if (!r.ok) throw new Error(`the restricted-goods rules are not valid: ${r.message}`);
  return r.value;
})();

/** One finding as the API and the cart show it. */
export type RestrictionView = RestrictionFinding & {
  /** The licence reference that lifts a restricted finding, or null. */
  licence: string | null;
  /** Does it stop the goods: everywhere (`all`), on some channels only, or not at all (a condition). */
  blocks: 'all' | Channel[] | 'none';
};

/** What the checks say about one item in one destination. */
export type GoodsCheck = {
  allowed: boolean;
  /** The channels the item cannot travel by (both when it cannot go at all). */
  barredChannels: Channel[];
  findings: RestrictionView[];
  /** For the buyer, in their language: why the item cannot go, or by which channel it cannot; null when nothing stops it. */
  reason: string | null;
};

type LicenceDeps = Pick<Deps, 'goodsRestrictions' | 'referenceCache'>;

/** The licences valid on a date, cached with the other reference data (cleared when a licence changes). */
export async function heldLicences(deps: LicenceDeps, date: string): Promise<HeldLicence[]> {
  const rows = await deps.referenceCache.get(`goods-licences:${date}`, () => deps.goodsRestrictions.validOn(date));
  return rows.map((r) => ({ rule: r.rule, destination: r.destination, reference: r.reference }));
}

/** The buyer's sentence, in the best of the storefront's languages for `locale`. */
export function buyerReason(kind: RestrictionTextKind, category: RestrictionFinding['category'], locale: string, country: string): string {
  const lang = pickTranslation(Object.keys(RESTRICTION_SENTENCES), locale, 'en') ?? 'en';
  let name = country;
  try {
    name = new Intl.DisplayNames([lang], { type: 'region' }).of(country) ?? country;
  } catch {
    // an unknown region code keeps its code
  }
  return RESTRICTION_SENTENCES[lang]![kind].replace('{country}', name).replace('{category}', RESTRICTION_CATEGORY_NAMES[lang]![category]);
}

/**
 * Normalizing a product's text in every language is most of a check's cost; the same products are
 * checked on every cart quote, so the prepared form is kept (bounded: the oldest entries go first).
 */
const PREPARED_LIMIT = 5_000;
const preparedCache = new Map<string, PreparedGoods>();
function prepared(item: GoodsItem): PreparedGoods {
  const key = JSON.stringify([item.hsCode, item.texts, item.material ?? null, item.categories ?? [], item.tags ?? []]);
  let p = preparedCache.get(key);
  if (!p) {
    p = prepareGoods(item);
    if (preparedCache.size >= PREPARED_LIMIT) preparedCache.delete(preparedCache.keys().next().value!);
    preparedCache.set(key, p);
  }
  return p;
}

/** Check one item for a destination on a date, optionally for one channel. Pure given the licences. */
export function checkGoods(item: GoodsItem, where: { country: string; date: string; locale: string; channel?: Channel }, licences: readonly HeldLicence[]): GoodsCheck {
  const findings = findRestrictions(RESTRICTIONS, prepared(item), { destination: where.country, date: where.date, ...(where.channel ? { channel: where.channel } : {}) });
  const scope = where.channel ? { country: where.country, channel: where.channel } : { country: where.country };
  const verdict = decideRestrictions(findings, licences, scope);
  const barred = where.channel ? (verdict.allowed ? [] : [where.channel]) : barredChannels(findings, licences, where.country);
  const licensed = new Map(verdict.licensed.map((l) => [l.rule, l.licence]));
  const blockingRules = new Set(verdict.blocking.map((f) => f.rule));
  const views: RestrictionView[] = findings.map((f) => ({
    ...f,
    licence: licensed.get(f.rule) ?? null,
    blocks: f.action === 'conditional' || licensed.has(f.rule) ? 'none' : blockingRules.has(f.rule) && (where.channel || f.channels === null) ? 'all' : f.channels ? [...f.channels] : 'all',
  }));
  let reason: string | null = null;
  const first = verdict.blocking[0];
  if (first) reason = buyerReason(first.action === 'restricted' ? 'restricted' : 'prohibited', first.category, where.locale, where.country);
  else if (barred.includes('postal')) {
    const postal = findings.find((f) => f.action !== 'conditional' && f.channels?.includes('postal') && !licensed.has(f.rule));
    if (postal) reason = buyerReason('postal', postal.category, where.locale, where.country);
  }
  return { allowed: verdict.allowed, barredChannels: barred, findings: views, reason };
}

// --- The public check API -------------------------------------------------------------------

const MAX_ITEMS = 100;
const ITEM_FIELDS = ['hsCode', 'title', 'description', 'customsDescription', 'texts', 'material', 'categories', 'tags'];

/**
 * POST /v1/restrictions/check: `{ destination, channel?, date?, locale?, items: [{ hsCode, title?,
 * description?, customsDescription?, texts?, material?, categories?, tags? }] }` (1 to 100 items).
 */
export async function checkGoodsRequest(deps: LicenceDeps & Pick<Deps, 'clock'>, input: unknown): Promise<Result<{ destination: string; channel: Channel | null; date: string; items: Array<GoodsCheck & { index: number }> }, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'body must be a JSON object like {"destination": "AU", "items": [{"hsCode": "854340", "title": "..."}]}', { field: 'body' });
  const b = input as Record<string, unknown>;
  for (const key of Object.keys(b)) if (!['destination', 'channel', 'date', 'locale', 'items'].includes(key)) add(key, 'is not a field of this request');
  const destination = typeof b.destination === 'string' ? b.destination.toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(destination)) add('destination', 'is required: an ISO 3166-1 alpha-2 country code like AU');
  if (b.channel !== undefined && b.channel !== 'postal' && b.channel !== 'courier') add('channel', 'must be postal or courier');
  if (b.date !== undefined && (typeof b.date !== 'string' || !isIsoDate(b.date))) add('date', 'must be a date YYYY-MM-DD');
  if (b.locale !== undefined && (typeof b.locale !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/.test(b.locale))) add('locale', 'must be a language tag like de or zh-Hans');
  if (!Array.isArray(b.items) || b.items.length === 0 || b.items.length > MAX_ITEMS) add('items', `must be a list of 1 to ${MAX_ITEMS} items`);
  const items: GoodsItem[] = [];
  if (Array.isArray(b.items) && b.items.length <= MAX_ITEMS) {
    b.items.forEach((raw, i) => {
      const at = `items[${i}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return add(at, 'must be an object with hsCode and title');
      const it = raw as Record<string, unknown>;
      for (const key of Object.keys(it)) if (!ITEM_FIELDS.includes(key)) add(`${at}.${key}`, 'is not a field of an item');
      if (typeof it.hsCode !== 'string' || !/^\d{6,10}$/.test(it.hsCode)) add(`${at}.hsCode`, 'is required: 6 to 10 digits');
      const texts: string[] = [];
      for (const key of ['title', 'description', 'customsDescription', 'material'] as const) {
        const v = it[key];
        if (v === undefined || v === null) continue;
        if (typeof v !== 'string' || v.length > 5000) add(`${at}.${key}`, 'must be text of at most 5,000 characters');
        else if (key !== 'material') texts.push(v);
      }
      if (it.texts !== undefined && (!Array.isArray(it.texts) || it.texts.length > 20 || !it.texts.every((t) => typeof t === 'string' && t.length <= 5000))) add(`${at}.texts`, 'must be a list of at most 20 texts of at most 5,000 characters (other languages)');
      else if (Array.isArray(it.texts)) texts.push(...(it.texts as string[]));
      const slugs = (key: 'categories' | 'tags'): string[] => {
        const v = it[key];
        if (v === undefined) return [];
        if (!Array.isArray(v) || v.length > 50 || !v.every((s) => typeof s === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && s.length <= 60)) {
          add(`${at}.${key}`, 'must be a list of at most 50 slugs like lithium-battery');
          return [];
        }
        return v as string[];
      };
      items.push({ hsCode: typeof it.hsCode === 'string' ? it.hsCode : '', texts, material: typeof it.material === 'string' ? it.material : null, categories: slugs('categories'), tags: slugs('tags') });
    });
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.slice(0, 5).map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const date = typeof b.date === 'string' ? b.date : deps.clock().toISOString().slice(0, 10);
  const channel = (b.channel as Channel | undefined) ?? null;
  const licences = await heldLicences(deps, date);
  const where = { country: destination, date, locale: typeof b.locale === 'string' ? b.locale : 'en', ...(channel ? { channel } : {}) };
  return ok({ destination, channel, date, items: items.map((item, index) => ({ index, ...checkGoods(item, where, licences) })) });
}

// --- The catalog, per market ----------------------------------------------------------------

export type CatalogRestrictionRow = {
  productId: string;
  handle: string;
  title: string;
  status: string;
  hsCode: string;
  skus: string[];
  /** Per destination country of the market with something to say. */
  destinations: Array<{ country: string } & Omit<GoodsCheck, 'reason'>>;
};

/**
 * Every product not archived, checked against each country of a market on the date: what is
 * blocked, by which channel, and the conditions to meet. Products with nothing to say are left out
 * (`checked` counts them all).
 */
export async function catalogRestrictions(deps: LicenceDeps & Pick<Deps, 'markets' | 'clock'>, marketId: unknown, dateInput?: unknown): Promise<Result<{ market: string; countries: string[]; date: string; checked: number; items: CatalogRestrictionRow[] }, 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND'>> {
  if (typeof marketId !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(marketId)) return fail('VALIDATION_FAILED', 'market is required: a market id like EU', { field: 'market' });
  if (dateInput !== undefined && (typeof dateInput !== 'string' || !isIsoDate(dateInput))) return fail('VALIDATION_FAILED', 'date must be a date YYYY-MM-DD', { field: 'date' });
  const market = await deps.markets.get(marketId);
  if (!market) return fail('MARKET_NOT_FOUND', `no market ${marketId}`, { field: 'market' });
  const date = typeof dateInput === 'string' ? dateInput : deps.clock().toISOString().slice(0, 10);
  const [goods, licences] = await Promise.all([deps.goodsRestrictions.catalogGoods(), heldLicences(deps, date)]);
  const countries = [...market.countries].sort();
  const items: CatalogRestrictionRow[] = [];
  for (const g of goods) {
    const item: GoodsItem = { hsCode: g.hsCode, texts: g.texts, material: g.material, categories: g.categories, tags: g.tags };
    const destinations = countries
      .map((country) => {
        const { reason: _reason, ...check } = checkGoods(item, { country, date, locale: 'en' }, licences);
        return { country, ...check };
      })
      .filter((d) => d.findings.length > 0);
    if (destinations.length > 0) items.push({ productId: g.productId, handle: g.handle, title: g.title, status: g.status, hsCode: g.hsCode, skus: g.skus, destinations });
  }
  return ok({ market: market.id, countries, date, checked: goods.length, items });
}

/** The rules with whether each is in force on the date. */
export function listRestrictionRules(deps: Pick<Deps, 'clock'>): { date: string; groups: Record<string, readonly string[]>; items: Array<(typeof RESTRICTED_GOODS)[number] & { inForce: boolean }> } {
  const date = deps.clock().toISOString().slice(0, 10);
  return { date, groups: { ...RESTRICTION_GROUPS }, items: RESTRICTIONS.rules.map((r) => ({ ...r, inForce: r.validFrom <= date && (r.validTo === null || r.validTo >= date) })) };
}

// --- Licences -------------------------------------------------------------------------------

export type GoodsLicenceView = { id: string; rule: string; destination: string; reference: string; validFrom: string; validTo: string | null; note: string | null; createdAt: string };

const licenceView = (r: GoodsLicenceRecord): GoodsLicenceView => ({ id: r.id, rule: r.rule, destination: r.destination, reference: r.reference, validFrom: r.validFrom, validTo: r.validTo, note: r.note, createdAt: r.createdAt.toISOString() });

export async function listLicences(deps: Pick<Deps, 'goodsRestrictions'>): Promise<GoodsLicenceView[]> {
  return (await deps.goodsRestrictions.list()).map(licenceView);
}

/**
 * Record a licence or certificate for a restricted rule: `{ rule, destination, reference,
 * validFrom, validTo?, note? }`. The rule must be a `restricted` one (a prohibition has no
 * licence); the destination one the rule covers (a country of it, or the group it names).
 */
export async function addLicence(deps: LicenceDeps, input: unknown): Promise<Result<GoodsLicenceView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'body must be a JSON object', { field: 'body' });
  const b = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  for (const key of Object.keys(b)) if (!['rule', 'destination', 'reference', 'validFrom', 'validTo', 'note'].includes(key)) add(key, 'is not a field of a licence');
  const rule = typeof b.rule === 'string' ? RESTRICTIONS.rules.find((r) => r.id === b.rule) : undefined;
  if (!rule) add('rule', 'must be the id of a restricted-goods rule (GET /v1/admin/restrictions/rules)');
  else if (rule.action !== 'restricted') add('rule', `${rule.id} is ${rule.action}: only a restricted rule can be lifted by a licence`);
  const destination = typeof b.destination === 'string' ? b.destination.toUpperCase() : '';
  if (!/^([A-Z]{2}|EU)$/.test(destination)) add('destination', 'is required: a country code like DE, or EU');
  else if (rule && !rule.destinations.some((d) => d === '*' || d === destination || (RESTRICTION_GROUPS[d] ?? []).includes(destination))) add('destination', `${rule.id} does not cover ${destination} (it covers ${rule.destinations.join(', ')})`);
  if (typeof b.reference !== 'string' || b.reference.trim().length < 1 || b.reference.length > 100 || /[\u0000-\u001f]/.test(b.reference)) add('reference', 'is required: the licence or certificate number, 1 to 100 characters');
  if (typeof b.validFrom !== 'string' || !isIsoDate(b.validFrom)) add('validFrom', 'is required: the first day, YYYY-MM-DD');
  if (b.validTo !== undefined && b.validTo !== null && (typeof b.validTo !== 'string' || !isIsoDate(b.validTo))) add('validTo', 'must be a date YYYY-MM-DD or null');
  if (typeof b.validTo === 'string' && typeof b.validFrom === 'string' && b.validTo < b.validFrom) add('validTo', 'is before validFrom');
  if (b.note !== undefined && b.note !== null && (typeof b.note !== 'string' || b.note.length > 500)) add('note', 'must be text of at most 500 characters');
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const reference = (b.reference as string).trim();
  const inserted = await deps.goodsRestrictions.insert({ rule: rule!.id, destination, reference, validFrom: b.validFrom as string, validTo: (b.validTo as string | undefined) ?? null, note: (b.note as string | undefined) ?? null });
  if (!inserted) return fail('CONFLICT', `licence ${reference} is already recorded for ${rule!.id} in ${destination}`, { field: 'reference' });
  deps.referenceCache.clear();
  return ok(licenceView(inserted));
}

export async function removeLicence(deps: LicenceDeps, id: string): Promise<Result<true, 'NOT_FOUND'>> {
  if (!isUuid(id) || !(await deps.goodsRestrictions.remove(id))) return fail('NOT_FOUND', `no licence ${id}`, { field: 'id' });
  deps.referenceCache.clear();
  return ok(true);
}
