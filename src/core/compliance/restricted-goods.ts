import { normalizeText } from '../hs/normalize-text.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/**
 * Restricted and prohibited goods: rules as dated data per destination and channel, matched
 * against a product by HS prefix, keywords in its text and its attributes (material, categories,
 * tags).
 *
 * - `prohibited`: the goods may not enter the destination (by the channels named, or at all).
 * - `restricted`: they enter only with a licence or certificate (`requires`); a licence the store
 *   has recorded for the rule and destination lifts the block and is named on the line.
 * - `conditional`: allowed when the conditions are met (`conditions`); shown, never blocking.
 *
 * A rule matches when any of its `when` patterns matches and none of its `unless` patterns does;
 * a pattern matches when every field it gives matches (one of its HS prefixes, one of its keywords,
 * one of its materials, categories or tags). Keywords are compared on normalized text (lower case,
 * accents folded, `e-cigarette` as `ecigarette`), as whole words; a trailing `*` matches any
 * word starting so (`vape*`).
 */
export type RestrictionAction = 'prohibited' | 'restricted' | 'conditional';
export type Channel = 'postal' | 'courier';

export const RESTRICTION_CATEGORIES = [
  'lithium_batteries',
  'dangerous_goods',
  'alcohol',
  'tobacco',
  'vaping',
  'cosmetics',
  'food',
  'plants_seeds',
  'wood_packaging',
  'wood_products',
  'cultural_goods',
  'weapon_lookalikes',
  'wildlife',
] as const;
export type RestrictionCategory = (typeof RESTRICTION_CATEGORIES)[number];

export type GoodsPattern = {
  hs?: readonly string[];
  keywords?: readonly string[];
  materials?: readonly string[];
  categories?: readonly string[];
  tags?: readonly string[];
};

export type RestrictionRule = {
  id: string;
  category: RestrictionCategory;
  action: RestrictionAction;
  /** ISO 3166-1 alpha-2 codes, a group the caller defines (`EU`), or `*` for every destination. */
  destinations: readonly string[];
  /** The channels the rule covers; absent: every channel. */
  channels?: readonly Channel[];
  when: readonly GoodsPattern[];
  unless?: readonly GoodsPattern[];
  /** For `restricted`: the licence or certificate that allows the goods in. */
  requires?: string;
  /** For `conditional`: what must be true for the goods to go. */
  conditions?: string;
  /** For the merchant: what the rule is about, in a sentence. */
  detail: string;
  validFrom: string;
  validTo: string | null;
  source: string;
};

/** What is checked: the product as the catalog holds it. Texts in any language. */
export type GoodsItem = {
  hsCode: string;
  texts: readonly string[];
  material?: string | null;
  categories?: readonly string[];
  tags?: readonly string[];
};

export type RestrictionFinding = {
  rule: string;
  category: RestrictionCategory;
  action: RestrictionAction;
  /** The channels the finding covers; null: every channel. */
  channels: Channel[] | null;
  /** The destination group or country the rule names that covers this destination (`EU`, `AU`, `*`). */
  destination: string;
  requires: string | null;
  conditions: string | null;
  detail: string;
  source: string;
  /** What in the product matched: `HS 850760`, `keyword "power bank"`, `tag lithium-battery`. */
  matchedBy: string;
};

type CompiledPattern = {
  hs: readonly string[];
  keywords: ReadonlyArray<{ text: string; re: RegExp }>;
  materials: readonly string[];
  categories: readonly string[];
  tags: readonly string[];
};

type CompiledRule = { rule: RestrictionRule; when: CompiledPattern[]; unless: CompiledPattern[] };

export type RestrictionSet = {
  readonly rules: readonly RestrictionRule[];
  readonly byDestination: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly groups: Readonly<Record<string, readonly string[]>>;
};

const ID = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function keywordPattern(keyword: string): RegExp {
  const stem = keyword.endsWith('*');
  const words = normalizeText(stem ? keyword.slice(0, -1) : keyword);
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^| )${escaped}${stem ? '' : '(?= |$)'}`, 'u');
}

function checkPattern(p: unknown, field: string, add: (field: string, message: string) => void): CompiledPattern | undefined {
  if (typeof p !== 'object' || p === null || Array.isArray(p)) {
    add(field, 'must be an object with hs, keywords, materials, categories or tags');
    return undefined;
  }
  const o = p as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!['hs', 'keywords', 'materials', 'categories', 'tags'].includes(key)) add(`${field}.${key}`, 'is not a field of a goods pattern');
  const list = (key: string, test: (s: string) => boolean, what: string): string[] => {
    const v = o[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.length === 0 || v.length > 200 || !v.every((s) => typeof s === 'string' && test(s))) {
      add(`${field}.${key}`, `must be a list of 1 to 200 ${what}`);
      return [];
    }
    return v as string[];
  };
  const hs = list('hs', (s) => /^\d{2,10}$/.test(s), 'HS prefixes of 2 to 10 digits');
  const keywords = list('keywords', (s) => s.length <= 80 && normalizeText(s.replace(/\*$/, '')).length > 0, 'keywords (1 to 80 characters, with letters)');
  const materials = list('materials', (s) => s.length > 0 && s.length <= 80, 'materials');
  const categories = list('categories', (s) => SLUG.test(s), 'category slugs');
  const tags = list('tags', (s) => SLUG.test(s), 'tag slugs');
  if (hs.length + keywords.length + materials.length + categories.length + tags.length === 0) add(field, 'must name at least one of hs, keywords, materials, categories or tags');
  return { hs, keywords: keywords.map((k) => ({ text: k, re: keywordPattern(k) })), materials: materials.map((m) => normalizeText(m)), categories, tags };
}

/**
 * Check a rule list and index it by destination; `groups` names the destination groups the rules
 * may use (`{ EU: ['AT', 'BE', ...] }`). Every problem is named with its path.
 */
export function compileRestrictions(input: readonly unknown[], groups: Readonly<Record<string, readonly string[]>>): Result<RestrictionSet, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const compiled: CompiledRule[] = [];
  const seen = new Set<string>();
  input.forEach((raw, i) => {
    const at = `rules[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return add(at, 'must be a rule object');
    const r = raw as Record<string, unknown>;
    if (typeof r.id !== 'string' || !ID.test(r.id)) add(`${at}.id`, 'must be an id like au.vaping');
    else if (seen.has(r.id)) add(`${at}.id`, `${r.id} is used by an earlier rule`);
    else seen.add(r.id);
    if (!RESTRICTION_CATEGORIES.includes(r.category as RestrictionCategory)) add(`${at}.category`, `must be one of ${RESTRICTION_CATEGORIES.join(', ')}`);
    if (r.action !== 'prohibited' && r.action !== 'restricted' && r.action !== 'conditional') add(`${at}.action`, 'must be prohibited, restricted or conditional');
    if (!Array.isArray(r.destinations) || r.destinations.length === 0 || !r.destinations.every((d) => d === '*' || (typeof d === 'string' && (/^[A-Z]{2}$/.test(d) || d in groups)))) {
      add(`${at}.destinations`, `must list ISO country codes, ${Object.keys(groups).join(', ') || 'no groups'} or *`);
    }
    if (r.channels !== undefined && (!Array.isArray(r.channels) || r.channels.length === 0 || !r.channels.every((c) => c === 'postal' || c === 'courier'))) add(`${at}.channels`, 'must list postal and/or courier');
    if (r.action === 'restricted' && (typeof r.requires !== 'string' || r.requires.length === 0)) add(`${at}.requires`, 'must name the licence or certificate a restricted rule asks for');
    if (r.action === 'conditional' && (typeof r.conditions !== 'string' || r.conditions.length === 0)) add(`${at}.conditions`, 'must state the conditions of a conditional rule');
    for (const key of ['detail', 'source'] as const) if (typeof r[key] !== 'string' || (r[key] as string).length === 0) add(`${at}.${key}`, 'is required');
    if (typeof r.validFrom !== 'string' || !ISO_DATE.test(r.validFrom)) add(`${at}.validFrom`, 'must be a date like 2024-03-01');
    if (r.validTo !== null && (typeof r.validTo !== 'string' || !ISO_DATE.test(r.validTo) || (typeof r.validFrom === 'string' && r.validTo < r.validFrom))) add(`${at}.validTo`, 'must be null or a date not before validFrom');
    if (!Array.isArray(r.when) || r.when.length === 0) add(`${at}.when`, 'must list at least one goods pattern');
    const when = (Array.isArray(r.when) ? r.when : []).map((p, j) => checkPattern(p, `${at}.when[${j}]`, add));
    const unless = r.unless === undefined ? [] : Array.isArray(r.unless) ? r.unless.map((p, j) => checkPattern(p, `${at}.unless[${j}]`, add)) : (add(`${at}.unless`, 'must be a list of goods patterns'), []);
    compiled.push({ rule: raw as RestrictionRule, when: when.filter((p): p is CompiledPattern => p !== undefined), unless: unless.filter((p): p is CompiledPattern => p !== undefined) });
  });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.slice(0, 5).map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const byDestination = new Map<string, CompiledRule[]>();
  for (const c of compiled) for (const d of c.rule.destinations) byDestination.set(d, [...(byDestination.get(d) ?? []), c]);
  return ok({ rules: compiled.map((c) => c.rule), byDestination, groups });
}

/** An item with its text normalized once (the costly part of a check); reusable across destinations and quotes. */
export type PreparedGoods = { readonly prepared: true; hs: string; text: string; material: string; categories: readonly string[]; tags: readonly string[] };
type PreparedItem = PreparedGoods;

export function prepareGoods(item: GoodsItem): PreparedGoods {
  return {
    prepared: true,
    hs: item.hsCode,
    text: item.texts.map((t) => normalizeText(t)).join(' | '),
    material: item.material ? normalizeText(item.material) : '',
    categories: item.categories ?? [],
    tags: item.tags ?? [],
  };
}

/** What in the item matches the pattern, or undefined when some field of the pattern does not. */
function matchPattern(p: CompiledPattern, item: PreparedItem): string | undefined {
  const why: string[] = [];
  if (p.hs.length > 0) {
    const hit = p.hs.find((h) => item.hs.startsWith(h));
    if (!hit) return undefined;
    why.push(`HS ${hit}`);
  }
  if (p.keywords.length > 0) {
    const hit = p.keywords.find((k) => k.re.test(item.text));
    if (!hit) return undefined;
    why.push(`keyword "${hit.text}"`);
  }
  if (p.materials.length > 0) {
    const hit = p.materials.find((m) => item.material !== '' && keywordPattern(m).test(item.material));
    if (!hit) return undefined;
    why.push(`material ${hit}`);
  }
  if (p.categories.length > 0) {
    const hit = p.categories.find((c) => item.categories.includes(c));
    if (!hit) return undefined;
    why.push(`category ${hit}`);
  }
  if (p.tags.length > 0) {
    const hit = p.tags.find((t) => item.tags.includes(t));
    if (!hit) return undefined;
    why.push(`tag ${hit}`);
  }
  return why.join(' and ');
}

/**
 * The rules in force on `date` that cover `destination` and match the item; with `channel`, only
 * the rules for that channel (without, every rule, each saying which channels it covers).
 * Strongest first: prohibited, restricted, conditional.
 */
export function findRestrictions(set: RestrictionSet, item: GoodsItem | PreparedGoods, where: { destination: string; date: string; channel?: Channel }): RestrictionFinding[] {
  const prepared = 'prepared' in item ? item : prepareGoods(item);
  const keys = ['*', where.destination, ...Object.entries(set.groups).filter(([, members]) => members.includes(where.destination)).map(([g]) => g)];
  const out: RestrictionFinding[] = [];
  for (const key of keys) {
    for (const c of set.byDestination.get(key) ?? []) {
      const r = c.rule;
      if (r.validFrom > where.date || (r.validTo !== null && r.validTo < where.date)) continue;
      if (where.channel && r.channels && !r.channels.includes(where.channel)) continue;
      let matchedBy: string | undefined;
      for (const p of c.when) if ((matchedBy = matchPattern(p, prepared)) !== undefined) break;
      if (matchedBy === undefined || c.unless.some((p) => matchPattern(p, prepared) !== undefined)) continue;
      out.push({
        rule: r.id,
        category: r.category,
        action: r.action,
        channels: r.channels ? [...r.channels] : null,
        destination: key,
        requires: r.requires ?? null,
        conditions: r.conditions ?? null,
        detail: r.detail,
        source: r.source,
        matchedBy,
      });
    }
  }
  const rank = { prohibited: 0, restricted: 1, conditional: 2 } as const;
  return out.sort((a, b) => rank[a.action] - rank[b.action] || (a.rule < b.rule ? -1 : 1));
}

/** A licence or certificate the store holds for a restricted rule in a destination: a country, or the group the rule names (EU). */
export type HeldLicence = { rule: string; destination: string; reference: string };

export type GoodsVerdict = {
  /** False when the goods cannot go by this channel (or, without a channel, by any). */
  allowed: boolean;
  /** The findings that stop the goods. */
  blocking: RestrictionFinding[];
  /** Restricted findings a held licence lifts, with its reference. */
  licensed: Array<RestrictionFinding & { licence: string }>;
  /** Conditions to meet, and channel-limited findings that leave another channel open. */
  conditions: RestrictionFinding[];
};

/**
 * Decide from the findings whether the goods may go: by `channel` when given, else by at least one
 * channel (a rule for postal only leaves courier open, and is then a condition: "not by post").
 */
export function decideRestrictions(findings: readonly RestrictionFinding[], licences: readonly HeldLicence[], where: { country: string; channel?: Channel }): GoodsVerdict {
  const channel = where.channel;
  const blocking: RestrictionFinding[] = [];
  const licensed: GoodsVerdict['licensed'] = [];
  const conditions: RestrictionFinding[] = [];
  const held = (f: RestrictionFinding) => licences.find((l) => l.rule === f.rule && (l.destination === where.country || l.destination === f.destination));
  const barred = new Set<Channel>();
  for (const f of findings) {
    if (channel && f.channels && !f.channels.includes(channel)) continue;
    if (f.action === 'conditional') {
      conditions.push(f);
      continue;
    }
    const licence = f.action === 'restricted' ? held(f) : undefined;
    if (licence) {
      licensed.push({ ...f, licence: licence.reference });
      continue;
    }
    if (channel || f.channels === null) blocking.push(f);
    else {
      f.channels.forEach((c) => barred.add(c));
      conditions.push(f);
    }
  }
  // Without a channel: limits that together close every channel block too.
  if (!channel && barred.has('postal') && barred.has('courier')) {
    for (const f of [...conditions]) if (f.action !== 'conditional') {
      blocking.push(f);
      conditions.splice(conditions.indexOf(f), 1);
    }
  }
  return { allowed: blocking.length === 0, blocking, licensed, conditions };
}

/** The channels a finding list closes (prohibited or unlicensed restricted, for that channel only). */
export function barredChannels(findings: readonly RestrictionFinding[], licences: readonly HeldLicence[], country: string): Channel[] {
  return (['postal', 'courier'] as const).filter((channel) => !decideRestrictions(findings, licences, { country, channel }).allowed);
}
