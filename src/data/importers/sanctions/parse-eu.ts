import type { Result } from '../../../core/result/result.js';
import { quoteValue } from '../types.js';
import { addAlias, addOnce, startEntry, tidy } from './entry-draft.js';
import { countryOfListCode } from './sanctions-countries.js';
import type { SanctionsEntryType, SanctionsParseOutcome } from './sanctions-entry.js';
import { childrenNamed, type XmlElement } from './scan-xml.js';
import { parseXmlList, type EntryCollector } from './xml-list.js';

const SUBJECT_TYPES: Readonly<Record<string, SanctionsEntryType>> = { person: 'individual', enterprise: 'entity' };

const ADDRESS_PARTS = ['street', 'poBox', 'city', 'zipCode', 'region', 'place', 'countryDescription'] as const;

/**
 * Parse the EU consolidated financial sanctions list XML (Financial Sanctions Files, format
 * "xmlFullSanctionsList_1_1"): `<export generationDate=...>` with one `<sanctionEntity logicalId=...>`
 * per listed party, holding `<subjectType code="person|enterprise"/>`, `<nameAlias wholeName=...
 * strong="true|false" nameLanguage=.../>`, `<citizenship countryIso2Code=.../>`, `<address .../>`,
 * `<birthdate birthdate=... year=.../>`, `<regulation programme=.../>` and `<remark>`. The file marks
 * no name as primary: the first strong nameAlias is taken as the name (the first nameAlias if none
 * is strong); the others are aliases, weak where strong="false". "00" (unknown) country codes are
 * left out. The edition is generationDate. Written from the published format; the shared data has
 * no copy of the file (test/fixtures/sanctions/eu-sample.xml follows its structure).
 * @example parseEu(xml).value.rows[0] // { list: 'eu', id: '13', type: 'individual', name: '...', ... }
 */
export function parseEu(text: string): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  return parseXmlList(text, {
    expected: 'the EU consolidated financial sanctions list XML (<export> with <sanctionEntity> elements)',
    root: 'export',
    isRecord: (path) => path.length === 1 && path[0] === 'sanctionEntity',
    editionAttribute: 'generationDate',
    addRecord,
  });
}

function addRecord(record: XmlElement, entries: EntryCollector): { field: string; message: string } | undefined {
  const id = (record.attributes.logicalId ?? '').trim();
  if (id === '') return { field: 'logicalId', message: 'logicalId of <sanctionEntity> is empty' };
  const code = (childrenNamed(record, 'subjectType')[0]?.attributes.code ?? '').trim();
  const type = SUBJECT_TYPES[code.toLowerCase()];
  if (type === undefined) {
    return { field: 'subjectType', message: `subjectType code is not person or enterprise: ${quoteValue(code)} (logicalId ${id})` };
  }
  const names = childrenNamed(record, 'nameAlias')
    .map((alias) => ({ name: aliasName(alias), strong: (alias.attributes.strong ?? 'true').trim().toLowerCase() !== 'false' }))
    .filter((alias) => alias.name !== '');
  const primary = names.find((n) => n.strong) ?? names[0];
  if (!primary) return { field: 'nameAlias', message: `no nameAlias with a wholeName (logicalId ${id})` };

  const draft = startEntry(record.line, 'eu', id, type, primary.name);
  for (const alias of names) if (alias !== primary) addAlias(draft, alias.name, alias.strong ? 'strong' : 'weak');
  for (const citizenship of childrenNamed(record, 'citizenship')) addOnce(draft.countries, countryOfListCode(citizenship.attributes.countryIso2Code ?? ''));
  for (const address of childrenNamed(record, 'address')) {
    const parts = ADDRESS_PARTS.map((part) => tidy(address.attributes[part] ?? '')).filter((p) => p !== '' && p.toUpperCase() !== 'UNKNOWN');
    addOnce(draft.addresses, parts.join(', '));
    addOnce(draft.countries, countryOfListCode(address.attributes.countryIso2Code ?? ''));
  }
  for (const regulation of childrenNamed(record, 'regulation')) addOnce(draft.programs, regulation.attributes.programme);
  for (const birth of childrenNamed(record, 'birthdate')) addOnce(draft.dates, birth.attributes.birthdate || birth.attributes.year);
  const remarks = childrenNamed(record, 'remark').map((r) => r.text.trim()).filter((r) => r !== '');
  draft.remarks = remarks.length > 0 ? remarks.join('; ') : null;
  entries.add(draft);
  return undefined;
}

/** wholeName, or firstName middleName lastName when wholeName is empty. */
function aliasName(alias: XmlElement): string {
  const a = alias.attributes;
  return tidy(a.wholeName ?? '') || tidy([a.firstName, a.middleName, a.lastName].filter((p) => p).join(' '));
}
