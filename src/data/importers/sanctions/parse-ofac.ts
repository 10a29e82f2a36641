import { fail, ok, type Result } from '../../../core/result/result.js';
import { field, type CsvRow } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { addAlias, addOnce, createEntryCollector, startEntry, type EntryDraft } from './entry-draft.js';
import { ofacValue, readLegacyCsv } from './read-legacy-csv.js';
import { countryOfListName } from './sanctions-countries.js';
import type { SanctionsEntryType, SanctionsParseOutcome, SanctionsRowError } from './sanctions-entry.js';

/** Column names of the OFAC legacy CSV data specification, in file order. */
const MAIN = ['ent_num', 'sdn_name', 'sdn_type', 'program', 'title', 'call_sign', 'vess_type', 'tonnage', 'grt', 'vess_flag', 'vess_owner', 'remarks'] as const;
const ALT = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'] as const;
const ADD = ['ent_num', 'add_num', 'address', 'city/state/postal', 'country', 'add_remarks'] as const;
const COMMENTS = ['ent_num', 'remarks_extended'] as const;

/** The four files of one OFAC list, by their official names. */
export type OfacFileNames = { readonly main: string; readonly alt: string; readonly add: string; readonly comments: string };

export const OFAC_FILES: Readonly<Record<'ofac-sdn' | 'ofac-non-sdn', OfacFileNames>> = {
  'ofac-sdn': { main: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' },
  'ofac-non-sdn': { main: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv', comments: 'cons_comments.csv' },
};

type File = { readonly name: string; readonly bytes: Uint8Array };

const TYPES: Readonly<Record<string, SanctionsEntryType>> = {
  individual: 'individual',
  vessel: 'vessel',
  aircraft: 'aircraft',
  '': 'entity', // SDN_Type is "-0-" for entities
};

const ALIAS_TYPES = new Set(['aka', 'fka', 'nka']);

/**
 * Parse an OFAC list in the legacy CSV layout: the main file (sdn.csv or cons_prim.csv) and, when
 * given, its alias, address and remarks-overflow files, joined on ent_num. Alias and address rows
 * whose ent_num the main file lacks are orphans, counted and skipped, not errors: OFAC publishes
 * the files separately and a download can mix editions (SOURCES.md: 1,468 alias rows of the 2025
 * alt.csv point past the 2024 sdn.csv). `alt.csv` names are strong; the quoted "a.k.a. '...'"
 * names in the remarks are what OFAC calls weak aliases and are kept as weak. Dates of birth and
 * nationality/citizenship come from the remarks ("DOB 09 May 1973; ... nationality Russia").
 * @example parseOfac('ofac-sdn', { main, alt, add }) // ok({ rows: [{ list: 'ofac-sdn', id: '24183', ... }], orphans: { aliases: 1468, ... } })
 */
export function parseOfac(
  list: 'ofac-sdn' | 'ofac-non-sdn',
  files: { readonly main: File; readonly alt?: File; readonly add?: File; readonly comments?: File },
): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  const names = OFAC_FILES[list];
  const main = readLegacyCsv(files.main, MAIN, `the OFAC ${list === 'ofac-sdn' ? 'SDN' : 'non-SDN'} main file (${names.main}: 12 columns, ent_num first)`);
  if (!main.ok) return main;
  if (main.value.rows.length + main.value.errors.length === 0) return fail('VALIDATION_FAILED', `${files.main.name} has no records`, { field: 'file' });
  const alt = files.alt ? readLegacyCsv(files.alt, ALT, `the OFAC alternate names file (${names.alt}: 5 columns)`) : undefined;
  if (alt && !alt.ok) return alt;
  const add = files.add ? readLegacyCsv(files.add, ADD, `the OFAC addresses file (${names.add}: 6 columns)`) : undefined;
  if (add && !add.ok) return add;
  const comments = files.comments ? readLegacyCsv(files.comments, COMMENTS, `the OFAC remarks overflow file (${names.comments}: 2 columns)`) : undefined;
  if (comments && !comments.ok) return comments;

  const errors: SanctionsRowError[] = [...main.value.errors];
  const entries = createEntryCollector();
  const known = new Set<string>();
  const remarks = new Map<EntryDraft, string>();
  for (const row of main.value.rows) {
    const entNum = ofacValue(field(row, 'ent_num'));
    if (/^\d+$/.test(entNum)) known.add(entNum);
    const problem = mainProblem(row, entNum);
    if (problem) {
      errors.push({ line: row.line, file: files.main.name, field: problem.field, message: `${problem.message} (${files.main.name})` });
      continue;
    }
    const draft = startEntry(row.line, list, entNum, TYPES[ofacValue(field(row, 'sdn_type')).toLowerCase()]!, ofacValue(field(row, 'sdn_name')));
    for (const program of ofacValue(field(row, 'program')).split('] [')) addOnce(draft.programs, program.replace(/^\[|\]$/g, ''));
    entries.add(draft);
    const first = entries.get(list, entNum)!;
    const before = remarks.get(first);
    const text = ofacValue(field(row, 'remarks'));
    remarks.set(first, before ? `${before}; ${text}` : text);
  }

  const orphans = { aliases: 0, addresses: 0, comments: 0 };
  // Rows that belong to a main record rejected above are left out with it, quietly.
  const owner = (row: CsvRow, file: File): EntryDraft | 'orphan' | 'error' | undefined => {
    const entNum = ofacValue(field(row, 'ent_num'));
    if (!/^\d+$/.test(entNum)) {
      errors.push({ line: row.line, file: file.name, field: 'ent_num', message: `ent_num is not a number: ${quoteValue(entNum)} (${file.name})` });
      return 'error';
    }
    if (!known.has(entNum)) return 'orphan';
    return entries.get(list, entNum);
  };

  if (alt?.ok && files.alt) {
    errors.push(...alt.value.errors);
    for (const row of alt.value.rows) {
      const draft = owner(row, files.alt);
      if (draft === 'orphan') orphans.aliases++;
      if (typeof draft !== 'object') continue;
      const type = ofacValue(field(row, 'alt_type'));
      const name = ofacValue(field(row, 'alt_name'));
      if (!ALIAS_TYPES.has(type.toLowerCase())) {
        errors.push({ line: row.line, file: files.alt.name, field: 'alt_type', message: `alt_type is not aka, fka or nka: ${quoteValue(type)} (${files.alt.name}, ent_num ${draft.id})` });
      } else if (name === '') {
        errors.push({ line: row.line, file: files.alt.name, field: 'alt_name', message: `alt_name is empty (${files.alt.name}, ent_num ${draft.id})` });
      } else {
        addAlias(draft, name, 'strong');
      }
    }
  }
  if (add?.ok && files.add) {
    errors.push(...add.value.errors);
    for (const row of add.value.rows) {
      const draft = owner(row, files.add);
      if (draft === 'orphan') orphans.addresses++;
      if (typeof draft !== 'object') continue;
      const country = ofacValue(field(row, 'country'));
      addOnce(draft.addresses, [ofacValue(field(row, 'address')), ofacValue(field(row, 'city/state/postal')), country].filter((p) => p !== '').join(', '));
      addOnce(draft.countries, countryOfListName(country));
    }
  }
  if (comments?.ok && files.comments) {
    errors.push(...comments.value.errors);
    for (const row of comments.value.rows) {
      const draft = owner(row, files.comments);
      if (draft === 'orphan') orphans.comments++;
      // The overflow continues the Remarks field mid-word: joined as is.
      if (typeof draft === 'object') remarks.set(draft, (remarks.get(draft) ?? '') + ofacValue(field(row, 'remarks_extended')));
    }
  }
  for (const [draft, text] of remarks) readRemarks(draft, text);

  const fileOrder = [files.main.name, files.alt?.name, files.add?.name, files.comments?.name];
  errors.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line);
  const read = main.value.read + (alt?.ok ? alt.value.read : 0) + (add?.ok ? add.value.read : 0) + (comments?.ok ? comments.value.read : 0);
  return ok({
    rows: entries.entries(),
    errors,
    read,
    skipped: orphans.aliases + orphans.addresses + orphans.comments + entries.merged,
    edition: null,
    orphans,
    merged: entries.merged,
  });
}

function mainProblem(row: CsvRow, entNum: string): { field: string; message: string } | undefined {
  if (entNum === '') return { field: 'ent_num', message: 'ent_num is empty' };
  if (!/^\d+$/.test(entNum)) return { field: 'ent_num', message: `ent_num is not a number: ${quoteValue(entNum)}` };
  if (ofacValue(field(row, 'sdn_name')) === '') return { field: 'SDN_Name', message: `SDN_Name is empty (ent_num ${entNum})` };
  const type = ofacValue(field(row, 'sdn_type'));
  if (TYPES[type.toLowerCase()] === undefined) {
    return { field: 'SDN_Type', message: `SDN_Type is not individual, vessel, aircraft or -0- (entity): ${quoteValue(type)} (ent_num ${entNum})` };
  }
  return undefined;
}

// Remarks pack details as "; "-separated phrases: "DOB 09 May 1973; POB St. Peterburg, Russia;
// nationality Russia; a.k.a. 'BNC'." A phrase ends at ";" or at the final ".".
const WEAK_ALIAS = /\b[afn]\.k\.a\.\s*'(.+?)'(?=[;.,)]|\s*$)/g;
const DATE_OF_BIRTH = /\bDOB\s+([^;]+?)\s*(?=;|\.?\s*$)/g;
const NATIONALITY = /\b(?:nationality|citizen)\s+([^;]+?)\s*(?=;|\.?\s*$)/g;

/** Weak aliases, dates of birth and nationality/citizenship from the Remarks text. */
function readRemarks(draft: EntryDraft, text: string): void {
  draft.remarks = text === '' ? null : text;
  for (const m of text.matchAll(WEAK_ALIAS)) {
    // ''FOOPIE'': a nickname in quotes inside the quotes
    const name = m[1]!.length > 2 && m[1]!.startsWith("'") && m[1]!.endsWith("'") ? m[1]!.slice(1, -1) : m[1]!;
    addAlias(draft, name, 'weak');
  }
  for (const m of text.matchAll(DATE_OF_BIRTH)) addOnce(draft.dates, m[1]);
  for (const m of text.matchAll(NATIONALITY)) addOnce(draft.countries, countryOfListName(m[1]!));
}
