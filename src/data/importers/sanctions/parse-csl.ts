import { ok, type Result } from '../../../core/result/result.js';
import { field, type CsvRow } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { readListCsv } from './read-list-csv.js';
import { addAlias, addOnce, createEntryCollector, startEntry } from './entry-draft.js';
import { countryOfListCode } from './sanctions-countries.js';
import { NO_ORPHANS, type SanctionsEntryType, type SanctionsParseOutcome, type SanctionsRowError } from './sanctions-entry.js';

/** Short names of the CSL source lists, keyed by the abbreviation in the `source` column. */
const SOURCE_NAMES: Readonly<Record<string, string>> = {
  SDN: 'SDN',
  EL: 'Entity List',
  DTC: 'ITAR Debarred',
  DPL: 'Denied Persons',
  SSI: 'SSI',
  UVL: 'Unverified',
  ISN: 'ISN',
  PLC: 'PLC',
  MEU: 'MEU',
  CMIC: 'CMIC',
  CAP: 'CAPTA',
  'NS-MBS List': 'NS-MBS',
  FSE: 'FSE',
};

const TYPES: Readonly<Record<string, SanctionsEntryType>> = {
  individual: 'individual',
  entity: 'entity',
  vessel: 'vessel',
  aircraft: 'aircraft',
  '': 'unknown', // most BIS and State Department rows carry no type
};

/** Multi-valued CSL fields are joined with "; ". */
const split = (value: string) => value.split(';').map((v) => v.trim()).filter((v) => v !== '');

/**
 * Parse the US Consolidated Screening List CSV (International Trade Administration), one row per
 * listed party from 13 source lists. `list` is "csl:" and the source's short name ("csl:SDN",
 * "csl:Entity List"); a source not in the table keeps the abbreviation in its parentheses.
 * Aliases come from `alt_names` (no alias type: all strong); countries from the ISO code that ends
 * each address, `citizenships` and `nationalities`. The file states no edition.
 * @example parseCsl(text).value.rows[0] // { list: 'csl:SDN', id: '31911', type: 'individual', name: 'DARASHENKA, Volha Lieanidawna', ... }
 */
export function parseCsl(text: string): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  const table = readListCsv(text, { required: ['_id', 'source', 'type', 'name'], expected: 'the US Consolidated Screening List CSV (_id,source,entity_number,type,...)' });
  if (!table.ok) return table;
  const errors: SanctionsRowError[] = [...table.value.errors];
  const entries = createEntryCollector();
  for (const row of table.value.rows) {
    const error = addRow(row, entries);
    if (error) errors.push({ line: row.line, ...error });
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({
    rows: entries.entries(),
    errors,
    read: table.value.rows.length + table.value.errors.length,
    skipped: entries.merged,
    edition: null,
    orphans: NO_ORPHANS,
    merged: entries.merged,
  });
}

function addRow(row: CsvRow, entries: ReturnType<typeof createEntryCollector>): { field: string; message: string } | undefined {
  const get = (name: string) => field(row, name).trim();
  const id = get('_id');
  if (id === '') return { field: '_id', message: '_id is empty' };
  const source = get('source');
  if (source === '') return { field: 'source', message: `source is empty (_id ${id})` };
  const name = get('name');
  if (name === '') return { field: 'name', message: `name is empty (_id ${id})` };
  const type = TYPES[get('type').toLowerCase()];
  if (type === undefined) return { field: 'type', message: `type is not Individual, Entity, Vessel, Aircraft or empty: ${quoteValue(get('type'))} (_id ${id})` };

  const draft = startEntry(row.line, `csl:${sourceName(source)}`, id, type, name);
  for (const alias of split(field(row, 'alt_names'))) addAlias(draft, alias, 'strong');
  for (const address of split(field(row, 'addresses'))) {
    addOnce(draft.addresses, address);
    const last = address.slice(address.lastIndexOf(',') + 1);
    addOnce(draft.countries, countryOfListCode(last));
  }
  for (const code of [...split(field(row, 'citizenships')), ...split(field(row, 'nationalities'))]) addOnce(draft.countries, countryOfListCode(code));
  for (const program of split(field(row, 'programs'))) addOnce(draft.programs, program);
  for (const date of split(field(row, 'dates_of_birth'))) addOnce(draft.dates, date);
  draft.remarks = get('remarks') || null;
  entries.add(draft);
  return undefined;
}

/** "Entity List (EL) - Bureau of Industry and Security" -> "Entity List". */
function sourceName(source: string): string {
  const open = source.indexOf('(');
  const close = source.indexOf(')', open);
  if (open === -1 || close === -1) return source.split(' - ')[0]!.trim();
  const code = source.slice(open + 1, close).trim();
  return SOURCE_NAMES[code] ?? code;
}
