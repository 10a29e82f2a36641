import { ok, type Result } from '../../core/result/result.js';
import { checkIsoDate, createDuplicateCheck } from './check-fields.js';
import { field, readCsv } from './read-csv.js';
import { problemIn, quoteValue, type ParseOutcome, type Problem, type RowError } from './types.js';

/** One line of the UK goods nomenclature: a 10-digit code and product-line suffix, with its parent. */
export type UkCommodityRow = {
  readonly line: number;
  readonly code: string;
  /** Product-line suffix: `80` for real codes, `10`, `20`, ... for unnumbered grouping headers. */
  readonly suffix: string;
  /** Stable goods-nomenclature SID of the UK tariff, when given. */
  readonly sid: number | null;
  /** The line's own text as written (it may hold line breaks). */
  readonly description: string;
  readonly validFrom: string;
  /** The end date exactly as published; null when open-ended (`#NA`). */
  readonly validTo: string | null;
  readonly parentCode: string | null;
  readonly parentSuffix: string | null;
};

export const UK_COMMODITY_COLUMNS = [
  'commodity__code',
  'commodity__suffix',
  'commodity__description',
  'commodity__validity_start',
  'commodity__validity_end',
  'parent__code',
  'parent__suffix',
] as const;

/** The export writes `#NA` for "no value"; an empty cell means the same. */
const isNone = (v: string) => v === '' || v === '#NA';

/**
 * Parse the `commodities-report` table of the DBT dataset "Tariffs to trade with the UK from
 * 1 January 2021" (CRLF, every field quoted, descriptions with line breaks inside quotes). The key
 * of a line is (code, suffix, validity start): the same code and suffix can appear twice with
 * different SIDs and start dates.
 * @example parseUkCommodities(csvText).value.rows[0] // { code: '0100000000', suffix: '80', ... }
 */
export function parseUkCommodities(text: string): Result<ParseOutcome<UkCommodityRow>, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: UK_COMMODITY_COLUMNS, expected: 'a UK commodities report CSV (commodity__code,commodity__suffix,...)' });
  if (!table.ok) return table;
  const rows: UkCommodityRow[] = [];
  const errors: RowError[] = [...table.value.errors];
  const duplicate = createDuplicateCheck((key) => `commodity ${key.replaceAll('|', ' / ')}`);
  for (const row of table.value.rows) {
    const get = (name: string) => field(row, name).trim();
    const candidate = {
      line: row.line,
      code: get('commodity__code'),
      suffix: get('commodity__suffix'),
      sid: get('commodity__sid'),
      description: field(row, 'commodity__description'),
      validFrom: get('commodity__validity_start'),
      validTo: get('commodity__validity_end'),
      parentCode: get('parent__code'),
      parentSuffix: get('parent__suffix'),
    };
    const problem =
      checkRow(candidate) ??
      problemIn('commodity__code', duplicate(`${candidate.code}|${candidate.suffix}|${candidate.validFrom}`, row.line));
    if (problem) {
      errors.push({ line: row.line, ...problem });
      continue;
    }
    rows.push({
      ...candidate,
      description: candidate.description.trim(),
      sid: isNone(candidate.sid) ? null : Number(candidate.sid),
      validTo: isNone(candidate.validTo) ? null : candidate.validTo,
      parentCode: isNone(candidate.parentCode) ? null : candidate.parentCode,
      parentSuffix: isNone(candidate.parentSuffix) ? null : candidate.parentSuffix,
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({ rows, errors, read: table.value.rows.length + table.value.errors.length, skipped: 0 });
}

type Candidate = { code: string; suffix: string; sid: string; description: string; validFrom: string; validTo: string; parentCode: string; parentSuffix: string };

function checkRow(c: Candidate): Problem | undefined {
  if (c.code === '') return { field: 'commodity__code', message: 'commodity__code is empty' };
  if (!/^\d{10}$/.test(c.code)) return { field: 'commodity__code', message: `commodity__code must be 10 digits: ${quoteValue(c.code)}` };
  if (!/^\d{2}$/.test(c.suffix)) return { field: 'commodity__suffix', message: `commodity__suffix must be 2 digits: ${quoteValue(c.suffix)}` };
  if (!isNone(c.sid) && !/^\d{1,9}$/.test(c.sid)) return { field: 'commodity__sid', message: `commodity__sid is not a number: ${quoteValue(c.sid)}` };
  if (c.description.trim() === '') return { field: 'commodity__description', message: 'commodity__description is empty' };
  const start = checkIsoDate(c.validFrom, 'commodity__validity_start');
  if (start) return { field: 'commodity__validity_start', message: start };
  if (!isNone(c.validTo)) {
    const end = checkIsoDate(c.validTo, 'commodity__validity_end');
    if (end) return { field: 'commodity__validity_end', message: end };
    if (c.validTo < c.validFrom) {
      return { field: 'commodity__validity_end', message: `commodity__validity_end ${c.validTo} is before commodity__validity_start ${c.validFrom}` };
    }
  }
  if (isNone(c.parentCode) !== isNone(c.parentSuffix)) {
    return { field: 'parent__suffix', message: 'parent__code and parent__suffix must both be given or both be #NA' };
  }
  if (!isNone(c.parentCode) && !/^\d{10}$/.test(c.parentCode)) return { field: 'parent__code', message: `parent__code must be 10 digits: ${quoteValue(c.parentCode)}` };
  if (!isNone(c.parentSuffix) && !/^\d{2}$/.test(c.parentSuffix)) return { field: 'parent__suffix', message: `parent__suffix must be 2 digits: ${quoteValue(c.parentSuffix)}` };
  return undefined;
}
