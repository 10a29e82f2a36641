import { fail, ok, type Result } from '../../core/result/result.js';
import { checkRateText } from './check-rate-text.js';
import { createDuplicateCheck } from './check-fields.js';
import { jsonElementLines } from './json-element-lines.js';
import { quoteValue, type ParseOutcome, type Problem, type RowError } from './types.js';

/** One numbered HTS line that prints a general (column 1, MFN) rate. */
export type UsHtsRow = {
  readonly line: number;
  /** The HTS number without dots: `0901210000`, `61091000`. */
  readonly code: string;
  readonly description: string;
  /** Column 1 General rate as printed: `6.4%`, `Free`, `1.5¢/kg`, `37.5¢/kg + 14.9%`. */
  readonly rate: string;
  /** Column 1 Special (preference programmes) as printed, or null when blank. */
  readonly special: string | null;
};

export const US_HTS_FIELDS = ['htsno', 'description', 'general', 'special'] as const;

const HTSNO = /^\d{4}(\.\d{2}){0,3}$/;

/**
 * Parse the USITC HTS JSON export: a top-level array with one object per printed line. Lines with
 * an HTS number and a general rate become rows; unnumbered headers and lines without a rate of
 * their own (statistical suffixes inherit the rate printed above them) are skipped, not errors.
 * Rates are kept as printed, without surrounding spaces (the export has "3.7% " and "\n").
 * @example parseUsHts('[{"htsno":"0901.21.00","description":"Not decaffeinated","general":"Free","special":""}]')
 */
export function parseUsHts(text: string): Result<ParseOutcome<UsHtsRow>, 'VALIDATION_FAILED'> {
  const expected = 'not a USITC HTS JSON export (a top-level array of objects with htsno, description, general, special)';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('VALIDATION_FAILED', `${expected}: the file is not valid JSON (${(error as Error).message})`, { field: 'file' });
  }
  if (!Array.isArray(data)) return fail('VALIDATION_FAILED', `${expected}: the JSON is not an array`, { field: 'file' });
  const sample = data.slice(0, 50).filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x));
  if (data.length === 0) return fail('VALIDATION_FAILED', 'the HTS array is empty', { field: 'file' });
  const missing = US_HTS_FIELDS.filter((f) => !sample.some((o) => f in o));
  if (sample.length === 0 || missing.length > 0) {
    return fail('VALIDATION_FAILED', `${expected}: missing field${missing.length > 1 ? 's' : ''} ${missing.join(', ') || 'htsno'}`, { field: missing[0] ?? 'htsno' });
  }

  const lines = jsonElementLines(text);
  const rows: UsHtsRow[] = [];
  const errors: RowError[] = [];
  const duplicate = createDuplicateCheck((htsno) => `htsno ${htsno}`);
  let skipped = 0;
  data.forEach((element, i) => {
    const line = lines[i] ?? 0;
    const read = readElement(element);
    if (read.kind === 'skip') {
      skipped++;
      return;
    }
    if (read.kind === 'problem') {
      errors.push({ line, ...read.problem });
      return;
    }
    const again = duplicate(read.item.htsno, line);
    if (again) {
      errors.push({ line, field: 'htsno', message: again });
      return;
    }
    const { htsno, description, general, special } = read.item;
    rows.push({ line, code: htsno.replaceAll('.', ''), description, rate: general, special });
  });
  return ok({ rows, errors, read: data.length, skipped });
}

type Item = { htsno: string; description: string; general: string; special: string | null };
type Read = { kind: 'skip' } | { kind: 'problem'; problem: Problem } | { kind: 'item'; item: Item };

function readElement(element: unknown): Read {
  const problem = (field: string, message: string): Read => ({ kind: 'problem', problem: { field, message } });
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return problem('item', 'the array element is not an object');
  const o = element as Record<string, unknown>;
  for (const name of US_HTS_FIELDS) {
    const v = o[name];
    if (v !== undefined && v !== null && typeof v !== 'string') return problem(name, `${name} is not a string`);
  }
  const text = (name: (typeof US_HTS_FIELDS)[number]) => ((o[name] as string | null | undefined) ?? '').trim();
  const htsno = text('htsno');
  const general = text('general');
  if (htsno === '' || general === '') return { kind: 'skip' };
  if (!HTSNO.test(htsno)) return problem('htsno', `htsno is not an HTS number (0000.00.00.00): ${quoteValue(htsno)}`);
  const rateProblem = checkRateText(general, 'general', { allowWords: true });
  if (rateProblem) return problem('general', rateProblem);
  const special = text('special');
  return { kind: 'item', item: { htsno, description: text('description'), general, special: special === '' ? null : special } };
}
