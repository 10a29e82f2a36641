import { ok, type Result } from '../../../core/result/result.js';
import { createEntryCollector } from './entry-draft.js';
import { NO_ORPHANS, type SanctionsParseOutcome, type SanctionsRowError } from './sanctions-entry.js';
import { scanXmlRecords, type XmlElement } from './scan-xml.js';

export type EntryCollector = ReturnType<typeof createEntryCollector>;

/**
 * A list published as XML (the EU and UN lists): each record the scan picks is read into the
 * collector by `addRecord`, a record it refuses is reported with its line, and the edition comes
 * from the root element's attribute.
 */
export function parseXmlList(
  text: string,
  list: { expected: string; root: string; isRecord: (path: readonly string[]) => boolean; editionAttribute: string; addRecord: (record: XmlElement, entries: EntryCollector) => { field: string; message: string } | undefined },
): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  const errors: SanctionsRowError[] = [];
  const entries = createEntryCollector();
  let read = 0;
  const scanned = scanXmlRecords(text, {
    expected: list.expected,
    root: list.root,
    isRecord: list.isRecord,
    record: (element) => {
      read++;
      const problem = list.addRecord(element, entries);
      if (problem) errors.push({ line: element.line, ...problem });
    },
  });
  if (!scanned.ok) return scanned;
  return ok({
    rows: entries.entries(),
    errors,
    read,
    skipped: entries.merged,
    edition: scanned.value.attributes[list.editionAttribute]?.trim() || null,
    orphans: NO_ORPHANS,
    merged: entries.merged,
  });
}
