import { fail, ok, type Result } from '../../result/result.js';

/** One CSV record: the physical line where it starts (1-based) and its fields. */
export type CsvRecord = { readonly line: number; readonly fields: string[]; readonly tooLong: number | null };

/** A cell longer than this is not kept (its record is refused, naming the column): exports hold short values. */
export const MAX_CSV_CELL = 10_000;

/**
 * Split CSV text into records per RFC 4180: fields separated by commas, a field in double quotes
 * may hold commas, doubled quotes and line breaks; records end with CRLF, LF or CR. A leading byte
 * order mark is dropped (spreadsheet exports write one). Blank lines are skipped. Each record keeps
 * the line where it starts, so a refusal points at the right line after a quoted line break.
 * A quote left open, or text after a closing quote, makes the file unreadable (the rest of it
 * cannot be trusted). A cell above MAX_CSV_CELL characters is cut to nothing and its column index
 * kept in `tooLong`, so the caller can refuse that record by name without holding the cell.
 *
 * This reader is pure (the project's `readCsv` in src/data wraps a package the core may not use).
 * @example readCsvRecords('a,b\r\n"x,1",2\r\n') // ok: [{ line: 1, fields: ['a','b'] }, { line: 2, fields: ['x,1','2'] }]
 */
export function readCsvRecords(input: string): Result<CsvRecord[], 'VALIDATION_FAILED'> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Blank lines between records are skipped.
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    let tooLong: number | null = null;
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === 34) {
        // A quoted field: up to the closing quote; "" is one quote.
        i++;
        let from = i;
        for (;;) {
          if (i >= n) return fail('VALIDATION_FAILED', `line ${start}: malformed CSV: a quoted field is never closed`, { field: 'file' });
          const q = text.charCodeAt(i);
          if (q === 34) {
            if (text.charCodeAt(i + 1) === 34) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            break;
          }
          if (q === 10 || (q === 13 && text.charCodeAt(i + 1) !== 10)) line++;
          i++;
        }
        const after = text.charCodeAt(i);
        if (i < n && after !== 44 && after !== 10 && after !== 13) return fail('VALIDATION_FAILED', `line ${line}: malformed CSV: text after a closing quote in column ${fields.length + 1}`, { field: 'file' });
      } else {
        const from = i;
        while (i < n) {
          const q = text.charCodeAt(i);
          if (q === 44 || q === 10 || q === 13) break;
          if (q === 34) return fail('VALIDATION_FAILED', `line ${line}: malformed CSV: a quote inside an unquoted field in column ${fields.length + 1}`, { field: 'file' });
          i++;
        }
        value = text.slice(from, i);
      }
      if (value.length > MAX_CSV_CELL) {
        tooLong ??= fields.length;
        value = '';
      }
      fields.push(value);
      if (i >= n) break;
      const sep = text.charCodeAt(i);
      if (sep === 44) {
        i++;
        continue;
      }
      // End of record.
      i += sep === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    records.push({ line: start, fields, tooLong });
  }
  return ok(records);
}
