import { parse } from 'csv-parse/sync';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { readCsv, type CsvRow } from '../../../data/importers/read-csv.js';
import { quoteValue, type RowError } from '../../../data/importers/types.js';
import type { CatalogCandidate } from './catalog-candidate.js';
import { classifyColumn, CSV_REQUIRED_COLUMNS, type CsvColumn } from './catalog-csv-columns.js';

/** A catalog CSV read into products: candidates to validate, and rows already refused. */
export type ParsedCatalogCsv = {
  candidates: CatalogCandidate[];
  /** Problems found while grouping rows (a product whose rows disagree, a row without a handle, ...). */
  errors: RowError[];
  /** Data rows read (not counting the header). */
  rowsRead: number;
  /** Products (and their rows) refused while grouping; rows without a product count in rows only. */
  rejected: { products: number; rows: number };
};

type Column = { header: string; key: string; spec: CsvColumn };

/**
 * Read a catalog CSV (see CSV_COLUMNS_HELP): one row per variant, grouped into products by handle.
 * The file is unusable (a failure) when a required column is missing, a column is unknown or
 * repeated, or the CSV is malformed. Otherwise every row is checked: a product whose rows disagree
 * on a product column, or one of whose rows is broken, is refused with the lines at fault, and the
 * other products go on to validation.
 * @example parseCatalogCsv('handle,hs_code,origin_country,title_en,sku,price,currency,weight_kg\nrob,090111,VN,Robusta,R1,12.50,USD,0.5\n')
 * // ok({ candidates: [{ handle: 'rob', line: 2, rows: 1, input: { handle: 'rob', ... } }], errors: [], rowsRead: 1, ... })
 */
export function parseCatalogCsv(text: string): Result<ParsedCatalogCsv, 'VALIDATION_FAILED'> {
  const table = readCsv(text, { required: CSV_REQUIRED_COLUMNS, expected: 'a catalog CSV' });
  if (!table.ok) return table;
  const columns: Column[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const header of table.value.header) {
    const key = header.toLowerCase();
    if (seen.has(key)) problems.push(`column ${quoteValue(header)} appears twice`);
    seen.add(key);
    const spec = classifyColumn(header);
    if ('error' in spec) problems.push(`column ${quoteValue(header)}: ${spec.error}`);
    else columns.push({ header, key, spec });
  }
  if (problems.length > 0) {
    return fail('VALIDATION_FAILED', `not a usable catalog CSV: ${problems.join('; ')} (see "landfall catalog import --help" for the columns)`, { field: 'header' });
  }
  const rows = table.value.rows;
  const errors: RowError[] = [...table.value.errors];
  const rowsRead = rows.length + table.value.errors.length;
  if (rowsRead === 0) return fail('VALIDATION_FAILED', 'the file has a header but no data rows', { field: 'file' });

  // Group rows by handle, in the order products first appear.
  const groups = new Map<string, CsvRow[]>();
  let orphanRows = 0;
  for (const row of rows) {
    const handle = (row.values.handle ?? '').trim();
    if (handle === '') {
      errors.push({ line: row.line, field: 'handle', message: 'handle is empty: every row names its product' });
      orphanRows++;
      continue;
    }
    const list = groups.get(handle);
    if (list) list.push(row);
    else groups.set(handle, [row]);
  }
  // A row with the wrong number of fields cannot be read safely, but its product is known when its
  // handle cell is intact: that product is refused rather than imported without the row's variant.
  const brokenHandles = brokenRowHandles(text, table.value.header, rows, table.value.errors);
  const refused = new Set<string>();
  for (const [line, handle] of brokenHandles) {
    if (groups.has(handle) && !refused.has(handle)) {
      refused.add(handle);
      errors.push({ line, field: 'row', message: `the product ${quoteValue(handle)} is not imported because this row of it is broken` });
    }
  }

  const candidates: CatalogCandidate[] = [];
  let rejectedProducts = 0;
  let rejectedRows = orphanRows + table.value.errors.length;
  for (const [handle, group] of groups) {
    const built = buildCandidate(handle, group, columns);
    if (!built.ok || refused.has(handle)) {
      if (!built.ok) errors.push(...built.errors);
      rejectedProducts++;
      rejectedRows += group.length;
      continue;
    }
    candidates.push(built.candidate);
  }
  errors.sort((a, b) => a.line - b.line);
  return ok({ candidates, errors, rowsRead, rejected: { products: rejectedProducts, rows: rejectedRows } });
}

type Built = { ok: true; candidate: CatalogCandidate } | { ok: false; errors: RowError[] };

function buildCandidate(handle: string, group: CsvRow[], columns: readonly Column[]): Built {
  const errors: RowError[] = [];
  const first = group[0]!.line;
  // Product columns: the first non-empty value wins; a different non-empty value later is an error.
  const productValues = new Map<string, { value: string; line: number }>();
  for (const column of columns) {
    if (column.spec.level !== 'product') continue;
    for (const row of group) {
      const value = (row.values[column.key] ?? '').trim();
      if (value === '') continue;
      const held = productValues.get(column.key);
      if (!held) productValues.set(column.key, { value, line: row.line });
      else if (held.value !== value) {
        errors.push({
          line: row.line,
          field: column.header,
          message: `${column.header} ${quoteValue(value)} disagrees with line ${held.line} (${quoteValue(held.value)}) of the product ${quoteValue(handle)}: repeat the product's values on each of its rows or leave them empty`,
        });
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const value = (key: string) => productValues.get(key)?.value;
  const list = (key: string) => (value(key) ?? '').split('|').map((s) => s.trim()).filter((s) => s !== '');
  const translations = new Map<string, Record<string, string>>();
  const nationalCodes: Array<[string, string]> = [];
  const headerOf = new Map<string, string>();
  for (const column of columns) {
    const spec = column.spec;
    if (spec.level !== 'product' || spec.kind === 'field') continue;
    const v = value(column.key);
    if (spec.kind === 'nationalCode') {
      headerOf.set(`nationalCodes.${spec.territory}`, column.header);
      if (v !== undefined) nationalCodes.push([spec.territory, v]);
      continue;
    }
    headerOf.set(`translations.${spec.locale}.${spec.kind}`, column.header);
    if (v === undefined) continue;
    const text = translations.get(spec.locale) ?? {};
    text[spec.kind] = v;
    translations.set(spec.locale, text);
  }
  const variantColumns = columns.filter((c) => c.spec.level === 'variant');
  const cell = (row: CsvRow, key: string) => {
    const v = (row.values[key] ?? '').trim();
    return v === '' ? undefined : v;
  };
  const variants = group.map((row) => {
    const options: Array<[string, string]> = [];
    for (const c of variantColumns) {
      if (c.spec.kind !== 'option') continue;
      const v = cell(row, c.key);
      if (v !== undefined) options.push([c.spec.option, v]);
    }
    const [length, width, height] = [cell(row, 'length_cm'), cell(row, 'width_cm'), cell(row, 'height_cm')];
    const barcode = cell(row, 'barcode');
    return {
      sku: cell(row, 'sku') ?? '',
      options: Object.fromEntries(options),
      price: { amount: cell(row, 'price') ?? '', currency: cell(row, 'currency') ?? '' },
      weightKg: cell(row, 'weight_kg') ?? '',
      ...(length !== undefined || width !== undefined || height !== undefined ? { dimensionsCm: { length, width, height } } : {}),
      ...(barcode !== undefined ? { barcode } : {}),
    };
  });
  const optional = (key: string, field: string) => (value(key) !== undefined ? { [field]: value(key) } : {});
  const input = {
    handle,
    ...optional('status', 'status'),
    hsCode: value('hs_code') ?? '',
    ...(nationalCodes.length > 0 ? { nationalCodes: Object.fromEntries(nationalCodes) } : {}),
    originCountry: value('origin_country') ?? '',
    ...optional('material', 'material'),
    categories: list('categories'),
    tags: list('tags'),
    images: list('image_urls').map((url) => ({ url })),
    translations: Object.fromEntries(translations),
    variants,
  };
  const optionHeader = new Map(variantColumns.flatMap((c) => (c.spec.kind === 'option' ? [[c.spec.option, c.header] as const] : [])));
  const lineOfProductColumn = (header: string) => productValues.get(header.toLowerCase())?.line ?? first;

  return {
    ok: true,
    candidate: {
      input,
      handle,
      line: first,
      rows: group.length,
      skus: group.flatMap((row) => {
        const sku = cell(row, 'sku');
        return sku === undefined ? [] : [{ sku, line: row.line }];
      }),
      rewrite: (message) => message.replace(/variants\[(\d+)\]/g, (_, i: string) => `line ${group[Number(i)]?.line ?? first}`),
      locate(field) {
        const v = /^variants\[(\d+)\](.*)$/.exec(field);
        if (v) {
          const line = group[Number(v[1])]?.line ?? first;
          return { line, label: variantLabel(v[2]!, optionHeader) };
        }
        const header = productLabel(field, headerOf);
        return { line: lineOfProductColumn(header), label: header };
      },
    },
  };
}

const VARIANT_LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^\.sku/, 'sku'],
  [/^\.price\.currency/, 'currency'],
  [/^\.price/, 'price'],
  [/^\.weightKg/, 'weight_kg'],
  [/^\.dimensionsCm\.width/, 'width_cm'],
  [/^\.dimensionsCm\.height/, 'height_cm'],
  [/^\.dimensionsCm/, 'length_cm'],
  [/^\.barcode/, 'barcode'],
];

function variantLabel(rest: string, optionHeader: ReadonlyMap<string, string>): string {
  for (const [pattern, label] of VARIANT_LABELS) if (pattern.test(rest)) return label;
  const option = /^\.options(?:\.(.+)|\["(.*)"\])$/.exec(rest);
  if (option) return optionHeader.get(option[1] ?? option[2] ?? '') ?? 'option columns';
  if (rest.startsWith('.options')) return 'option columns';
  return 'row';
}

const PRODUCT_LABELS: ReadonlyArray<[RegExp, string]> = [
  [/^handle/, 'handle'],
  [/^status/, 'status'],
  [/^hsCode/, 'hs_code'],
  [/^originCountry/, 'origin_country'],
  [/^material/, 'material'],
  [/^categories/, 'categories'],
  [/^tags/, 'tags'],
  [/^images/, 'image_urls'],
  [/^variants/, 'sku'],
];

function productLabel(field: string, headerOf: ReadonlyMap<string, string>): string {
  for (const [pattern, label] of PRODUCT_LABELS) if (pattern.test(field)) return label;
  const t = /^translations\.([^.]+)(?:\.(title|description|customsDescription))?/.exec(field);
  if (t) return headerOf.get(`translations.${t[1]}.${t[2] ?? 'title'}`) ?? `title_${t[1]}`;
  const n = /^nationalCodes\.([A-Za-z]{2})$/.exec(field);
  if (n) return headerOf.get(`nationalCodes.${n[1]!.toUpperCase()}`) ?? `national_code_${n[1]!.toLowerCase()}`;
  if (field === 'translations') return 'title_en';
  return field;
}

/**
 * The handle cell of each record that readCsv refused for its field count, by line. csv-parse
 * reads the file again without line tracking; its records come in the same order as readCsv's rows
 * and refused records together (both skip the same empty lines), so the n-th body record is the
 * n-th of those sorted by line.
 */
function brokenRowHandles(text: string, header: readonly string[], rows: readonly CsvRow[], broken: readonly RowError[]): Array<[number, string]> {
  if (broken.length === 0) return [];
  const handleIndex = header.findIndex((h) => h.toLowerCase() === 'handle');
  const records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
  const order = [...rows.map((r) => ({ line: r.line, broken: false })), ...broken.map((b) => ({ line: b.line, broken: true }))].sort((a, b) => a.line - b.line);
  const out: Array<[number, string]> = [];
  order.forEach((entry, i) => {
    if (!entry.broken) return;
    const handle = records[i + 1]?.[handleIndex]?.trim();
    if (handle) out.push([entry.line, handle]);
  });
  return out;
}
