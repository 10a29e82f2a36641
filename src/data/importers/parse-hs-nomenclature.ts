import { ok, type Result } from '../../core/result/result.js';
import { createDuplicateCheck } from './check-fields.js';
import { field, readCsv } from './read-csv.js';
import { problemIn, quoteValue, type ParseOutcome, type Problem, type RowError } from './types.js';

/** One HS chapter (2 digits), heading (4) or subheading (6) of an HS edition. */
export type HsNomenclatureRow = {
  readonly line: number;
  readonly code: string;
  readonly level: 2 | 4 | 6;
  /** The code one level up; null for chapters. */
  readonly parent: string | null;
  /** Roman numeral of the HS section (I to XXI); null where the source has none (chapter 99). */
  readonly section: string | null;
  readonly description: string;
};

export const HS_COLUMNS = ['section', 'hscode', 'description', 'parent', 'level'] as const;

const SECTIONS = new Set('I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI'.split(' '));

/**
 * Parse the HS nomenclature CSV of the open datasets project (`section,hscode,description,parent,level`,
 * one row per chapter, heading and subheading). The dataset's own "TOTAL" summary row is skipped;
 * its chapter 99 rows ("Commodities not specified according to kind", section "TOTAL") are kept
 * with no section.
 * @example parseHsNomenclature('section,hscode,description,parent,level\nII,09,Coffee...,TOTAL,2\n')
 */
export function parseHsNomenclature(text: string): Result<ParseOutcome<HsNomenclatureRow>, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: HS_COLUMNS, expected: 'an HS nomenclature CSV (section,hscode,description,parent,level)' });
  if (!table.ok) return table;
  const rows: HsNomenclatureRow[] = [];
  const errors: RowError[] = [...table.value.errors];
  const duplicate = createDuplicateCheck((code) => `hscode ${code}`);
  let skipped = 0;
  for (const row of table.value.rows) {
    const code = field(row, 'hscode').trim();
    const levelText = field(row, 'level').trim();
    const parentText = field(row, 'parent').trim();
    const sectionText = field(row, 'section').trim();
    const description = field(row, 'description').trim();
    if (code === 'TOTAL') {
      skipped++;
      continue;
    }
    const problem = checkRow(code, levelText, parentText, sectionText, description) ?? problemIn('hscode', duplicate(code, row.line));
    if (problem) {
      errors.push({ line: row.line, ...problem });
      continue;
    }
    const level = Number(levelText) as 2 | 4 | 6;
    rows.push({
      line: row.line,
      code,
      level,
      parent: level === 2 ? null : parentText,
      section: sectionText === 'TOTAL' ? null : sectionText,
      description,
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({ rows, errors, read: table.value.rows.length + table.value.errors.length, skipped });
}

function checkRow(code: string, level: string, parent: string, section: string, description: string): Problem | undefined {
  if (code === '') return { field: 'hscode', message: 'hscode is empty' };
  if (!/^\d+$/.test(code)) return { field: 'hscode', message: `hscode is not a number: ${quoteValue(code)}` };
  if (level === '') return { field: 'level', message: 'level is empty' };
  if (level !== '2' && level !== '4' && level !== '6') return { field: 'level', message: `level must be 2, 4 or 6: ${quoteValue(level)}` };
  if (code.length !== Number(level)) return { field: 'hscode', message: `hscode ${code} does not have ${level} digits as its level says` };
  if (level === '2') {
    if (parent !== 'TOTAL' && parent !== '') return { field: 'parent', message: `parent of chapter ${code} must be TOTAL or empty: ${quoteValue(parent)}` };
  } else if (parent !== code.slice(0, Number(level) - 2)) {
    return { field: 'parent', message: `parent ${quoteValue(parent)} is not the first ${Number(level) - 2} digits of hscode ${code}` };
  }
  if (section === '') return { field: 'section', message: 'section is empty' };
  if (section !== 'TOTAL' && !SECTIONS.has(section)) return { field: 'section', message: `section is not a Roman numeral I to XXI: ${quoteValue(section)}` };
  if (description === '') return { field: 'description', message: 'description is empty' };
  return undefined;
}
