import type { Result } from '../../../core/result/result.js';
import { quoteValue } from '../types.js';
import { addAlias, addOnce, startEntry, tidy } from './entry-draft.js';
import { countryOfListName } from './sanctions-countries.js';
import type { SanctionsEntryType, SanctionsParseOutcome } from './sanctions-entry.js';
import { childrenNamed, childText, type XmlElement } from './scan-xml.js';
import { parseXmlList, type EntryCollector } from './xml-list.js';

const RECORD_TYPES: Readonly<Record<string, SanctionsEntryType>> = { INDIVIDUAL: 'individual', ENTITY: 'entity' };

/** Alias QUALITY: "Good" and the a.k.a./f.k.a. of older entries are strong, "Low" is weak. */
const WEAK_QUALITIES = new Set(['low']);

const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;
const ADDRESS_PARTS = ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY'] as const;

/**
 * Parse the UN Security Council Consolidated List XML (scsanctions.un.org consolidated.xml):
 * `<CONSOLIDATED_LIST dateGenerated=...>` with `<INDIVIDUALS><INDIVIDUAL>` and `<ENTITIES><ENTITY>`.
 * The name is FIRST_NAME to FOURTH_NAME joined by spaces (entities use FIRST_NAME only); the id is
 * REFERENCE_NUMBER ("SOi.009"); NAME_ORIGINAL_SCRIPT is a strong alias; countries come from
 * NATIONALITY and the address COUNTRY; programs from UN_LIST_TYPE; the edition is dateGenerated.
 * @example parseUn(xml).value.rows[0] // { list: 'un', id: 'CDi.001', type: 'individual', name: 'ERIC BADEGE', ... }
 */
export function parseUn(text: string): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  return parseXmlList(text, {
    expected: 'the UN Security Council consolidated list XML (<CONSOLIDATED_LIST> with <INDIVIDUALS> and <ENTITIES>)',
    root: 'CONSOLIDATED_LIST',
    isRecord: (path) => path.length === 2 && (path[0] === 'INDIVIDUALS' || path[0] === 'ENTITIES'),
    editionAttribute: 'dateGenerated',
    addRecord,
  });
}

function addRecord(record: XmlElement, entries: EntryCollector): { field: string; message: string } | undefined {
  const type = RECORD_TYPES[record.name];
  if (type === undefined) return { field: 'type', message: `unknown record type <${record.name}>: expected <INDIVIDUAL> or <ENTITY>` };
  const id = childText(record, 'REFERENCE_NUMBER');
  if (id === '') return { field: 'REFERENCE_NUMBER', message: `REFERENCE_NUMBER is empty (<${record.name}> DATAID ${quoteValue(childText(record, 'DATAID'))})` };
  const name = tidy(NAME_PARTS.map((part) => childText(record, part)).join(' '));
  if (name === '') return { field: 'FIRST_NAME', message: `the name is empty: no FIRST_NAME to FOURTH_NAME (REFERENCE_NUMBER ${id})` };

  const draft = startEntry(record.line, 'un', id, type, name);
  for (const alias of childrenNamed(record, `${record.name}_ALIAS`)) {
    const quality = childText(alias, 'QUALITY').toLowerCase();
    addAlias(draft, childText(alias, 'ALIAS_NAME'), WEAK_QUALITIES.has(quality) ? 'weak' : 'strong');
  }
  addAlias(draft, childText(record, 'NAME_ORIGINAL_SCRIPT'), 'strong');
  for (const nationality of childrenNamed(record, 'NATIONALITY')) {
    for (const value of childrenNamed(nationality, 'VALUE')) addOnce(draft.countries, countryOfListName(value.text));
  }
  for (const address of childrenNamed(record, `${record.name}_ADDRESS`)) {
    addOnce(draft.addresses, ADDRESS_PARTS.map((part) => tidy(childText(address, part))).filter((p) => p !== '').join(', '));
    addOnce(draft.countries, countryOfListName(childText(address, 'COUNTRY')));
  }
  addOnce(draft.programs, childText(record, 'UN_LIST_TYPE'));
  for (const birth of childrenNamed(record, 'INDIVIDUAL_DATE_OF_BIRTH')) addOnce(draft.dates, dateOfBirth(birth));
  draft.remarks = childText(record, 'COMMENTS1') || null;
  entries.add(draft);
  return undefined;
}

/** DATE ("1979-04-10"), YEAR ("1971"), or FROM_YEAR and TO_YEAR for TYPE_OF_DATE BETWEEN ("1960 to 1962"). */
function dateOfBirth(birth: XmlElement): string | null {
  const date = childText(birth, 'DATE') || childText(birth, 'YEAR');
  if (date !== '') return date;
  const from = childText(birth, 'FROM_YEAR');
  const to = childText(birth, 'TO_YEAR');
  if (from !== '' && to !== '') return `${from} to ${to}`;
  return from || to || null;
}
