import { fail, ok, type Result } from '../../core/result/result.js';
import type { ParseOutcome, RowError } from './types.js';

/** One labeled example: a product text and its HS 2022 subheading. */
export type HsExampleRow = { line: number; text: string; hs6: string };

/**
 * Read labeled HS examples as JSON lines: one `{"text": "...", "hs6": "610910"}` per line. Blank
 * lines are skipped; a line that is not such an object is rejected with its line number and field.
 * A file with no usable line at all is unusable.
 */
export function parseHsExamples(content: string): Result<ParseOutcome<HsExampleRow>, 'VALIDATION_FAILED'> {
  const rows: HsExampleRow[] = [];
  const errors: RowError[] = [];
  let read = 0;
  let skipped = 0;
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      if (i < lines.length - 1) skipped++;
      return;
    }
    read++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line, message: 'is not a JSON object' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void errors.push({ line, message: 'is not a JSON object' });
    const { text, hs6 } = value as { text?: unknown; hs6?: unknown };
    if (typeof text !== 'string' || text.trim() === '' || text.length > 2000) return void errors.push({ line, field: 'text', message: 'text must be 1 to 2,000 characters' });
    const code = typeof hs6 === 'string' ? hs6.replace(/[.\s]/g, '') : typeof hs6 === 'number' ? String(hs6).padStart(6, '0') : '';
    if (!/^\d{6}$/.test(code)) return void errors.push({ line, field: 'hs6', message: 'hs6 must be 6 digits' });
    rows.push({ line, text: text.trim(), hs6: code });
  });
  if (rows.length === 0) return fail('VALIDATION_FAILED', read === 0 ? 'the examples file is empty' : `no usable example in the file (first problem: line ${errors[0]?.line}: ${errors[0]?.message})`, { field: 'examples' });
  return ok({ rows, errors, read, skipped });
}
