import { parse } from 'csv-parse/sync';
import { fail, ok, type Result } from '../../core/result/result.js';
import { quoteValue, type RowError } from './types.js';

/** One CSV record with the physical line where it starts and its fields by column name. */
export type CsvRow = { readonly line: number; readonly values: Readonly<Record<string, string>> };

export type CsvTable = {
  /** Column names as written in the header (trimmed). */
  readonly header: readonly string[];
  readonly rows: CsvRow[];
  /** Records whose number of fields differs from the header's. */
  readonly errors: RowError[];
};

export type ReadCsvOptions = {
  /** Columns the kind needs, matched without regard to case or surrounding spaces. */
  required: readonly string[];
  /** What the file should be, for messages: "an HS nomenclature CSV". */
  expected: string;
  /** Accept a last header cell that is empty, and an empty last field on every row (the ECB files end each line with a comma). */
  allowTrailingEmptyColumn?: boolean;
};

/**
 * Read a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks) with csv-parse,
 * keeping for each record the line where it starts, so errors point at the right line even after a
 * description that spans several lines. A missing required column, a header that is not there, or
 * broken quoting makes the file unusable (its later records cannot be trusted); a record with the
 * wrong number of fields is reported and left out.
 * @example readCsv('a,b\n1,2\n', { required: ['a'], expected: 'a test CSV' }) // rows: [{ line: 2, values: { a: '1', b: '2' } }]
 */
export function readCsv(text: string, options: ReadCsvOptions): Result<CsvTable, 'VALIDATION_FAILED'> {
  // csv-parse reports how many bytes it has consumed after each record; parsing the UTF-8 bytes
  // (not the string) makes those offsets comparable with the byte positions of line breaks.
  // (Its own `lines` counter counts a CRLF inside a quoted field as two lines, so it is not used.)
  const bytes = new TextEncoder().encode(text);
  const records: Array<{ fields: string[]; start: number }> = [];
  let consumed = 0;
  let syntaxError: { offset: number; message: string } | undefined;
  try {
    parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      // Accept CRLF, LF and CR alike, even mixed in one file (an edited export often is).
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (fields: string[], context: { bytes: number }) => {
        records.push({ fields, start: consumed });
        consumed = context.bytes;
        return null;
      },
    });
  } catch (error) {
    syntaxError = { offset: consumed, message: (error as Error).message.replace(/ at line \d+/, '') };
  }
  const starts = byteLineStarts(bytes);
  const lineOf = (offset: number) => lineAtOffset(starts, skipLineBreaks(bytes, offset));
  if (syntaxError) {
    return fail('VALIDATION_FAILED', `line ${lineOf(syntaxError.offset)}: malformed CSV: ${syntaxError.message}`, { field: 'file' });
  }

  const [first, ...body] = records;
  if (!first) return fail('VALIDATION_FAILED', 'the file has no header row', { field: 'file' });
  let header = first.fields.map((h) => h.trim());
  const trailing = options.allowTrailingEmptyColumn === true && header.length > 1 && header[header.length - 1] === '';
  if (trailing) header = header.slice(0, -1);
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name.toLowerCase())) index.set(name.toLowerCase(), i);
  });
  const missing = options.required.filter((c) => !index.has(c.toLowerCase()));
  if (missing.length > 0) {
    const found = header.slice(0, 8).map((h) => quoteValue(h, 30)).join(', ') + (header.length > 8 ? ', …' : '');
    return fail(
      'VALIDATION_FAILED',
      `not ${options.expected}: missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (the header has ${found || 'nothing'})`,
      { field: missing[0]! },
    );
  }

  const rows: CsvRow[] = [];
  const errors: RowError[] = [];
  for (const record of body) {
    const line = lineOf(record.start);
    let fields = record.fields;
    if (trailing && fields.length === header.length + 1 && fields[fields.length - 1] === '') fields = fields.slice(0, -1);
    if (fields.length !== header.length) {
      errors.push({ line, field: 'row', message: `the row has ${fields.length} fields, the header has ${header.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    for (const [name, i] of index) values[name] = fields[i]!;
    rows.push({ line, values });
  }
  return ok({ header, rows, errors });
}

/** The value of `column` (matched in lower case, as readCsv stores it). */
export function field(row: CsvRow, column: string): string {
  return row.values[column.toLowerCase()] ?? '';
}

function byteLineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Skipped empty lines sit between one record's end and the next one's start. */
function skipLineBreaks(bytes: Uint8Array, offset: number): number {
  let i = offset;
  while (i < bytes.length && (bytes[i] === 10 || bytes[i] === 13)) i++;
  return i;
}

function lineAtOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
