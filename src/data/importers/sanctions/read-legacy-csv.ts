import { fail, ok, type Result } from '../../../core/result/result.js';
import { decodeUtf8Text } from '../decode-text.js';
import type { CsvRow } from '../read-csv.js';
import { quoteValue } from '../types.js';
import { readListCsv } from './read-list-csv.js';
import type { SanctionsRowError } from './sanctions-entry.js';

export type LegacyCsv = {
  /** Records with the expected number of fields, each with its physical line in the file. */
  readonly rows: CsvRow[];
  /** Records with another number of fields. */
  readonly errors: SanctionsRowError[];
  /** Records read, a header row (when one was added by hand) not counted. */
  readonly read: number;
};

/** OFAC writes "-0-" (sometimes "-0- ") for an empty field. */
export function ofacValue(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  return trimmed === '-0-' ? '' : trimmed;
}

/**
 * Read one file of the legacy OFAC CSV layout (sdn.csv, alt.csv, add.csv, sdn_comments.csv and
 * their cons_* twins): no header row, CRLF, ASCII or Latin-1 text, a SUB byte (0x1A, the old DOS
 * end-of-file mark) on the last line. Fields are named by `columns` (lower case, the names of the
 * OFAC data specification). The first record decides whether the file is of this layout at all:
 * another number of fields there, or a first field that is no ent_num, makes it unusable; a later
 * record with the wrong number of fields is reported and left out. A header row typed in by hand
 * (first field "ent_num") is accepted and skipped.
 * @example readLegacyCsv({ name: 'alt.csv', bytes }, ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'], 'the OFAC alternate names file')
 */
export function readLegacyCsv(
  file: { readonly name: string; readonly bytes: Uint8Array },
  columns: readonly string[],
  expected: string,
): Result<LegacyCsv, 'VALIDATION_FAILED'> {
  const text = decodeLegacyText(file);
  if (!text.ok) return text;
  const body = withoutEndOfFileMark(text.value);
  if (body.trim() === '') return ok({ rows: [], errors: [], read: 0 });

  const table = readListCsv(body, { required: columns, expected, columns });
  if (!table.ok) return fail('VALIDATION_FAILED', `${file.name}: ${table.message}`, { field: 'file' });
  const rows = table.value.rows;
  const errors: SanctionsRowError[] = table.value.errors.map((e) => ({
    line: e.line,
    file: file.name,
    field: 'row',
    message: `${e.message} (${file.name})`,
  }));

  const firstError = errors[0];
  const firstRow = rows[0];
  if (firstError && (!firstRow || firstError.line < firstRow.line)) {
    return fail(
      'VALIDATION_FAILED',
      `${file.name} is not ${expected}: line ${firstError.line}: ${table.value.errors[0]!.message} (the legacy OFAC CSV has no header row)`,
      { field: 'file' },
    );
  }
  let read = rows.length + errors.length;
  if (firstRow) {
    const entNum = (firstRow.values[columns[0]!] ?? '').trim();
    if (entNum.toLowerCase() === 'ent_num') {
      rows.shift();
      read--;
    } else if (!/^\d+$/.test(entNum)) {
      return fail('VALIDATION_FAILED', `${file.name} is not ${expected}: its first field is ${quoteValue(entNum)}, expected an ent_num (a number); the legacy OFAC CSV has no header row`, { field: 'file' });
    }
  }
  return ok({ rows, errors, read });
}

/** UTF-8 when the bytes are valid UTF-8 (ASCII is), else Latin-1 (read as Windows-1252, its superset for printable text). */
function decodeLegacyText(file: { readonly name: string; readonly bytes: Uint8Array }): Result<string, 'VALIDATION_FAILED'> {
  const utf8 = decodeUtf8Text(file.bytes);
  if (utf8.ok) return utf8;
  // decodeUtf8Text refuses invalid UTF-8 with this message; every other refusal (empty, binary, ZIP) stands.
  if (utf8.message.startsWith('the file is not UTF-8')) return ok(new TextDecoder('windows-1252').decode(file.bytes));
  return fail('VALIDATION_FAILED', `${file.name}: ${utf8.message}`, { field: 'file' });
}

/** Drop the SUB byte (0x1A) that ends each OFAC file, with the white space around it. */
function withoutEndOfFileMark(text: string): string {
  const end = text.trimEnd();
  return end.endsWith('\u001a') ? end.slice(0, -1) : text;
}
