import type { SanctionsEntry, SanctionsEntryType } from './sanctions-entry.js';

/** An entry being assembled from one or more records or files. */
export type EntryDraft = {
  line: number;
  list: string;
  id: string;
  type: SanctionsEntryType;
  name: string;
  aliases: Array<{ name: string; quality: 'strong' | 'weak' }>;
  countries: string[];
  addresses: string[];
  programs: string[];
  remarks: string | null;
  dates: string[];
};

/** A new draft with the record's identity and primary name; everything else empty. */
export function startEntry(line: number, list: string, id: string, type: SanctionsEntryType, name: string): EntryDraft {
  return { line, list, id, type, name: tidy(name), aliases: [], countries: [], addresses: [], programs: [], remarks: null, dates: [] };
}

/** Collapse runs of white space (line breaks in XML text included) and trim. */
export function tidy(text: string): string {
  const trimmed = text.trim();
  return SPACE_RUN.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

const SPACE_RUN = /\s\s|[\t\n\r\f\v\u00a0]/;

const nameKey = (name: string) => tidy(name).toLowerCase();

/**
 * Add another name. Empty names and repeats of the primary name are dropped; a name given twice
 * keeps the stronger quality.
 */
export function addAlias(draft: EntryDraft, name: string, quality: 'strong' | 'weak'): void {
  const shown = tidy(name);
  if (shown === '') return;
  const key = shown.toLowerCase();
  if (key === nameKey(draft.name)) return;
  const known = draft.aliases.find((a) => nameKey(a.name) === key);
  if (known) {
    if (quality === 'strong') known.quality = 'strong';
    return;
  }
  draft.aliases.push({ name: shown, quality });
}

/** Append a value that is not empty and not there yet. */
export function addOnce(values: string[], value: string | null | undefined): void {
  const shown = value === null || value === undefined ? '' : tidy(value);
  if (shown !== '' && !values.includes(shown)) values.push(shown);
}

/** Fold a second record with the same list and id into the first: its name becomes an alias. */
export function mergeInto(first: EntryDraft, again: EntryDraft): void {
  if (first.type === 'unknown') first.type = again.type;
  addAlias(first, again.name, 'strong');
  for (const alias of again.aliases) addAlias(first, alias.name, alias.quality);
  for (const c of again.countries) addOnce(first.countries, c);
  for (const a of again.addresses) addOnce(first.addresses, a);
  for (const p of again.programs) addOnce(first.programs, p);
  for (const d of again.dates) addOnce(first.dates, d);
  if (first.remarks === null) first.remarks = again.remarks;
}

/**
 * Collects drafts in file order, merging a record whose (list, id) was seen before into the
 * first one (the CSL repeats a few rows that differ only in a URL).
 */
export function createEntryCollector() {
  const byKey = new Map<string, EntryDraft>();
  let merged = 0;
  return {
    add(draft: EntryDraft): void {
      const key = `${draft.list}\u0000${draft.id}`;
      const first = byKey.get(key);
      if (first) {
        mergeInto(first, draft);
        merged++;
      } else {
        byKey.set(key, draft);
      }
    },
    get(list: string, id: string): EntryDraft | undefined {
      return byKey.get(`${list}\u0000${id}`);
    },
    get merged(): number {
      return merged;
    },
    entries(): SanctionsEntry[] {
      return [...byKey.values()].map(finishEntry);
    },
  };
}

/** The finished entry; remarks that are only white space become null. */
export function finishEntry(d: EntryDraft): SanctionsEntry {
  const remarks = d.remarks === null ? null : d.remarks.trim();
  return {
    line: d.line,
    list: d.list,
    id: d.id,
    type: d.type,
    name: d.name,
    aliases: d.aliases.map((a) => ({ name: a.name, quality: a.quality })),
    countries: d.countries,
    addresses: d.addresses,
    programs: d.programs,
    remarks: remarks === '' ? null : remarks,
    dates: d.dates,
  };
}
