/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field that holds
 * a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled. Text is
 * UTF-8 (the caller encodes); no byte order mark.
 *
 * Against formula injection (OWASP, "CSV Injection"): a cell that starts with =, +, -, @, a tab or
 * a carriage return is opened by a spreadsheet as a formula, so such a cell gets a leading
 * apostrophe, which spreadsheets show as text. Plain decimal numbers ("-3.05") are numbers, not
 * formulas, and are left as they are so that negative amounts stay numeric.
 */
export type CsvValue = string | number | bigint | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field, escaped. null and undefined are empty.
 * @example csvField('a,b') -> '"a,b"'; csvField('=1+1') -> "'=1+1"; csvField('-3.05') -> '-3.05'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header record and the data records, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`);
  return lines.join('');
}
