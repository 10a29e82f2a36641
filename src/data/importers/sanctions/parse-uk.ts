/**
 * The UK Sanctions List (FCDO, https://www.gov.uk/government/publications/the-uk-sanctions-list),
 * CSV export. Written from the published format; the shared data holds no copy of the file, and
 * test/fixtures/sanctions/uk-sample.csv follows its structure: a first line "Report Date:
 * dd/mm/yyyy", then a header, then one row per name of a designation, rows of one designation
 * sharing its Unique ID.
 *
 * Columns this parser relies on (matched without regard to case):
 * - required: "Unique ID", "Name 6" (surname, or the whole name of an entity or ship), "Name type"
 *   ("Primary name", "Primary name variation" or "Alias"), and the designation type as
 *   "Designation Type" or "Individual, Entity, Ship" (Individual / Entity / Ship);
 * - read when present: "Name 1" to "Name 5" (given names), "Alias strength", "Name non-latin
 *   script", "Regime Name", "Nationality(/ies)", "Address Line 1" to "Address Line 6", "Address
 *   Postal Code", "Address Country", "D.O.B", "Other Information".
 * Other columns (OFSI Group ID, UN Reference Number, Title, Sanctions Imposed, ship details, ...)
 * are not needed for screening and are ignored.
 */
import { fail, ok, type Result } from '../../../core/result/result.js';
import { field, type CsvRow } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { readListCsv } from './read-list-csv.js';
import { addAlias, addOnce, createEntryCollector, startEntry, tidy, type EntryDraft } from './entry-draft.js';
import { countryOfListName } from './sanctions-countries.js';
import { NO_ORPHANS, type SanctionsEntryType, type SanctionsParseOutcome, type SanctionsRowError } from './sanctions-entry.js';

const DESIGNATION_COLUMNS = ['Designation Type', 'Individual, Entity, Ship'] as const;
const TYPES: Readonly<Record<string, SanctionsEntryType>> = { individual: 'individual', entity: 'entity', ship: 'vessel' };
const GIVEN_NAMES = ['Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5'] as const;
const ADDRESS = ['Address Line 1', 'Address Line 2', 'Address Line 3', 'Address Line 4', 'Address Line 5', 'Address Line 6', 'Address Postal Code', 'Address Country'] as const;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Parse the UK Sanctions List CSV: rows grouped by Unique ID into one entry each, named by its
 * "Primary name" row (Name 1 to Name 5, then Name 6); "Primary name variation" rows and non-Latin
 * script names are strong aliases, "Alias" rows strong or weak by Alias strength ("Low" is weak).
 * The edition is the Report Date, as YYYY-MM-DD.
 * @example parseUk(csv).value.rows[0] // { list: 'uk', id: 'RUS0001', type: 'individual', ... }
 */
export function parseUk(text: string): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  const { body, reportDate } = withoutReportDate(text);
  const table = readListCsv(body, { required: ['Unique ID', 'Name 6', 'Name type'], expected: 'the UK Sanctions List CSV ("Report Date: ..." then Unique ID, Name 6, Name 1, ..., Name type, ...)' });
  if (!table.ok) return table;
  const designation = DESIGNATION_COLUMNS.find((c) => table.value.header.some((h) => h.toLowerCase() === c.toLowerCase()));
  if (!designation) {
    return fail('VALIDATION_FAILED', `not the UK Sanctions List CSV: missing required column Designation Type (Individual / Entity / Ship)`, { field: 'Designation Type' });
  }

  const errors: SanctionsRowError[] = [...table.value.errors];
  const groups = new Map<string, CsvRow[]>();
  for (const row of table.value.rows) {
    const id = field(row, 'Unique ID').trim();
    if (id === '') {
      errors.push({ line: row.line, field: 'Unique ID', message: 'Unique ID is empty' });
      continue;
    }
    const rows = groups.get(id);
    if (rows) rows.push(row);
    else groups.set(id, [row]);
  }

  const entries = createEntryCollector();
  for (const [id, rows] of groups) {
    const draft = buildEntry(id, rows, designation, errors);
    if (draft) entries.add(draft);
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({
    rows: entries.entries(),
    errors,
    read: table.value.rows.length + table.value.errors.length,
    skipped: 0,
    edition: reportDate,
    orphans: NO_ORPHANS,
    merged: 0,
  });
}

type NameType = 'primary' | 'variation' | 'alias';

function buildEntry(id: string, rows: CsvRow[], designation: string, errors: SanctionsRowError[]): EntryDraft | undefined {
  const named: Array<{ row: CsvRow; kind: NameType; name: string }> = [];
  for (const row of rows) {
    const kindText = tidy(field(row, 'Name type')).toLowerCase();
    const kind: NameType | undefined = kindText === 'primary name' ? 'primary' : kindText === 'primary name variation' ? 'variation' : kindText === 'alias' ? 'alias' : undefined;
    const name = tidy([...GIVEN_NAMES, 'Name 6'].map((c) => field(row, c)).join(' '));
    if (kind === undefined) {
      const shown = field(row, 'Name type').trim();
      errors.push({ line: row.line, field: 'Name type', message: shown === '' ? `Name type is empty (Unique ID ${id})` : `Name type is not Primary name, Primary name variation or Alias: ${quoteValue(shown)} (Unique ID ${id})` });
    } else if (name === '' && field(row, 'Name non-latin script').trim() === '') {
      errors.push({ line: row.line, field: 'Name 6', message: `the name is empty: Name 1 to Name 6 (Unique ID ${id})` });
    } else {
      named.push({ row, kind, name });
    }
  }
  const primary = named.find((n) => n.kind === 'primary' && n.name !== '');
  if (!primary) {
    if (named.length > 0) errors.push({ line: rows[0]!.line, field: 'Name type', message: `Unique ID ${id} has no Primary name row with a name` });
    return undefined;
  }
  const typeText = field(primary.row, designation).trim();
  const type = TYPES[typeText.toLowerCase()];
  if (type === undefined) {
    errors.push({ line: primary.row.line, field: designation, message: `${designation} is not Individual, Entity or Ship: ${quoteValue(typeText)} (Unique ID ${id})` });
    return undefined;
  }

  const draft = startEntry(rows[0]!.line, 'uk', id, type, primary.name);
  for (const { row, kind, name } of named) {
    const strength = field(row, 'Alias strength').trim().toLowerCase();
    addAlias(draft, name, kind === 'alias' && (strength.includes('low') || strength.includes('weak')) ? 'weak' : 'strong');
    addAlias(draft, field(row, 'Name non-latin script'), 'strong');
  }
  for (const row of rows) {
    for (const nationality of splitNumbered(field(row, 'Nationality(/ies)'))) addOnce(draft.countries, countryOfListName(nationality));
    addOnce(draft.countries, countryOfListName(field(row, 'Address Country')));
    addOnce(draft.addresses, ADDRESS.map((c) => tidy(field(row, c))).filter((p) => p !== '').join(', '));
    addOnce(draft.programs, field(row, 'Regime Name'));
    for (const date of splitNumbered(field(row, 'D.O.B'))) addOnce(draft.dates, date);
  }
  draft.remarks = field(primary.row, 'Other Information').trim() || null;
  return draft;
}

/** Several values in one cell: "(1) Russia (2) Cyprus", or joined by "|" or ";". */
function splitNumbered(value: string): string[] {
  return value
    .split(/\(\d+\)|[|;]/)
    .map((v) => tidy(v))
    .filter((v) => v !== '');
}

/**
 * Blank out the "Report Date: 01/10/2026" line (keeping its line break, so the lines of the rows
 * stay those of the file) and read its date: YYYY-MM-DD from dd/mm/yyyy or dd-Mon-yyyy, else as written.
 */
function withoutReportDate(text: string): { body: string; reportDate: string | null } {
  const lineEnd = text.search(/\r\n|\n|\r/);
  const first = lineEnd === -1 ? text : text.slice(0, lineEnd);
  const m = /^"?\s*Report Date\s*:\s*([^,"]*)/i.exec(first);
  if (!m) return { body: text, reportDate: null };
  const written = m[1]!.trim();
  return { body: lineEnd === -1 ? '' : text.slice(lineEnd), reportDate: written === '' ? null : isoDate(written) };
}

function isoDate(written: string): string {
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
  if (numeric) return `${numeric[3]}-${numeric[2]!.padStart(2, '0')}-${numeric[1]!.padStart(2, '0')}`;
  const named = /^(\d{1,2})[- ]([A-Za-z]{3})[A-Za-z]*[- ](\d{4})$/.exec(written);
  const month = named ? MONTHS.indexOf(named[2]!.toLowerCase()) : -1;
  if (named && month !== -1) return `${named[3]}-${String(month + 1).padStart(2, '0')}-${named[1]!.padStart(2, '0')}`;
  return written;
}
