import { OFFICIAL_SOURCES } from '../../data/importers/official-sources.js';
import { formatRowError, IMPORT_KINDS, isImportKind, type ImportKind, type RowError } from '../../data/importers/types.js';
import { listImportRuns } from '../../services/data-import/list-import-runs.js';
import { loadImportSource } from '../../services/data-import/load-import-source.js';
import { parseImportSource } from '../../services/data-import/parse-import-source.js';
import type { ImportSummary, PreparedImport } from '../../services/data-import/prepared-import.js';
import { createProgressThrottle } from '../../services/data-import/progress-throttle.js';
import { writeImport } from '../../services/data-import/write-import.js';
import { importIndicators } from '../../services/market-selection/import-indicators.js';
import { importSanctions } from '../../services/screening/import-sanctions.js';
import { isSanctionsKind, SANCTIONS_KINDS, type SanctionsKind } from '../../data/importers/sanctions/sanctions-entry.js';
import { parseIndicatorFile } from '../../data/importers/indicators/parse-indicators.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';

const KIND_HELP: Readonly<Record<ImportKind, string>> = {
  hs: 'HS nomenclature CSV (section,hscode,description,parent,level) -> hs_nomenclature',
  'uk-tariff': 'UK Global Tariff CSV: the UKGT MFN rate of each commodity code -> tariff_lines, GB',
  'uk-commodities': 'UK commodity codes (DBT commodities-report CSV) -> national_nomenclature, GB',
  'us-hts': 'USITC HTS JSON export: general (MFN) and special rates -> tariff_lines, US',
  ecb: 'ECB euro reference rates, history CSV or daily / 90-day XML -> fx_rates',
};

const OPTIONS = {
  edition: { type: 'string' },
  'effective-from': { type: 'string' },
  'batch-size': { type: 'string' },
  timeout: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  kind: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  indicator: { type: 'string' },
  name: { type: 'string' },
  year: { type: 'string' },
} as const;

export const dataCommand: Command = {
  name: 'data',
  summary: 'Import reference data (HS, UK and US tariffs, ECB rates, country indicators) from official files or URLs',
  help: `Usage:
  landfall data import <kind> <file or URL> [options]
  landfall data runs [--kind KIND] [--limit N] [--json]

Kinds:
${IMPORT_KINDS.map((k) => `  ${k.padEnd(15)} ${KIND_HELP[k]}\n  ${''.padEnd(15)} e.g. ${OFFICIAL_SOURCES[k].file}`).join('\n')}

  indicators      country indicators for market selection, all or nothing -> indicator_values:
                  World Bank WDI CSV (bulk wide, or long Country Name,Country Code,Year,Value
                  with --indicator CODE), ITU DataHub CSV, LPI sheets as CSV (2023 needs --year),
                  B-READY pillar scores, or your own CSV country,indicator,year,value[,name,unit,source]
                  (country as ISO2, ISO3 or an English name). A file with any bad row (unknown country,
                  duplicate, text in a number, missing year) imports nothing and lists every row.
                  Options: --format wdi-wide|wdi-long|itu|lpi|bready|csv, --indicator ID,
                  --name NAME, --year YYYY

  sanctions KIND  a denied-party list, atomically (a list with any bad record is refused and the
                  previous edition stays active): csl (US Consolidated Screening List CSV),
                  ofac-sdn and ofac-non-sdn (a folder with sdn.csv, alt.csv, add.csv, sdn_comments.csv
                  or cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv), un (UN Security
                  Council consolidated XML), eu (EU consolidated financial sanctions XML), uk (UK
                  Sanctions List CSV). e.g. landfall data import sanctions ofac-sdn ./ofac-sdn/

Options of import:
  --edition HS2022         HS edition of an hs file (default HS2022)
  --effective-from DATE    first day the uk-tariff or us-hts rates apply, YYYY-MM-DD (default
                           2021-01-01 for uk-tariff; for us-hts the release's date, known from the
                           USITC file name, e.g. hts_2026_revision_10_json.json -> 2026-06-08)
  --batch-size N           rows per transaction (default 1000, at most 5000)
  --timeout SECONDS        give up on a URL after this long (default 60)
  --dry-run                read and check the file and print what would be imported; no database
  --json                   print only the final summary as JSON on stdout

Each row is checked; rejected rows are listed with their line number and the rest is imported.
Rows are upserted by natural key in transactions of --batch-size rows, so running the same import
again changes nothing, and an interrupted import is finished by running it again. Every run is
recorded in import_runs (source, SHA-256, counts, first errors); imported facts name their run.
Progress goes to stderr. URLs (http:// or https://) are downloaded first.

Exit codes: 0 imported (the summary says when some rows were rejected), 1 the import failed,
2 bad usage or an unusable file (empty, not UTF-8, not this kind, a required column missing, or
every row rejected), 3 database unreachable, 4 file or URL not found.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, OPTIONS, true);
    if (!args.ok) return usageError(io, 'data', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...rest] = args.positionals;
    if (action === 'runs') return listRuns(io, args.values, rest);
    if (action !== 'import') return usageError(io, 'data', action ? `unknown action "${action}" (import, runs)` : 'missing action (import, runs)');
    const [kind, source, ...extra] = rest;
    if (kind === 'sanctions') {
      const [listKind, path_, ...more] = [source, ...extra];
      if (listKind === undefined || !isSanctionsKind(listKind)) return usageError(io, 'data', `sanctions needs a list kind (${SANCTIONS_KINDS.join(', ')})${listKind ? `, not "${listKind}"` : ''}`);
      if (path_ === undefined) return usageError(io, 'data', 'missing the file or folder of the list');
      if (more.length > 0) return usageError(io, 'data', `unexpected argument "${more[0]}"`);
      return importSanctionsList(io, listKind, path_, args.values.json);
    }
    if (kind === 'indicators') {
      if (source === undefined) return usageError(io, 'data', 'missing the file or URL to import');
      if (extra.length > 0) return usageError(io, 'data', `unexpected argument "${extra[0]}"`);
      return importIndicatorFile(io, source, args.values);
    }
    if (args.values.format !== undefined || args.values.indicator !== undefined || args.values.name !== undefined || args.values.year !== undefined) {
      return usageError(io, 'data', '--format, --indicator, --name and --year belong to the indicators kind');
    }
    if (kind === undefined || !isImportKind(kind)) {
      return usageError(io, 'data', kind ? `unknown kind "${kind}" (${IMPORT_KINDS.join(', ')}, indicators, sanctions)` : `missing kind (${IMPORT_KINDS.join(', ')}, indicators, sanctions)`);
    }
    if (source === undefined) return usageError(io, 'data', 'missing the file or URL to import');
    if (extra.length > 0) return usageError(io, 'data', `unexpected argument "${extra[0]}"`);
    if (args.values.kind !== undefined || args.values.limit !== undefined) return usageError(io, 'data', '--kind and --limit belong to "data runs"');
    const batchSize = wholeNumber(args.values['batch-size'], 1, 5000);
    if (batchSize === null) return usageError(io, 'data', '--batch-size must be a whole number from 1 to 5000');
    const timeout = wholeNumber(args.values.timeout, 1, 3600);
    if (timeout === null) return usageError(io, 'data', '--timeout must be a whole number of seconds from 1 to 3600');
    const json = args.values.json;

    // The file is read and checked before the database is opened: a bad file is refused (exit 2)
    // even where no database is reachable, and --dry-run needs none.
    const loaded = await loadImportSource(source, { cwd: io.cwd, ...(timeout ? { timeoutMs: timeout * 1000 } : {}) });
    if (!loaded.ok) return reportFailure(io, loaded, json);
    const prepared = parseImportSource(kind, loaded.value, {
      ...(args.values.edition !== undefined ? { edition: args.values.edition } : {}),
      ...(args.values['effective-from'] !== undefined ? { effectiveFrom: args.values['effective-from'] } : {}),
    });
    if (!prepared.ok) {
      const code = reportFailure(io, prepared, json);
      for (const d of prepared.details ?? []) io.stderr(`  ${d.field}: ${d.message}\n`);
      return code;
    }
    if (args.values['dry-run']) return printDryRun(io, prepared.value, json);

    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    const stop = new AbortController();
    void io.stopSignal.then(() => stop.abort());
    const due = createProgressThrottle();
    const total = prepared.value.target.rows.length;
    due(0, total, Date.now());
    try {
      const written = await writeImport(opened.value.deps, prepared.value, {
        signal: stop.signal,
        ...(batchSize ? { batchSize } : {}),
        onProgress: ({ done }) => {
          if (due(done, total, Date.now())) io.stderr(`${kind}: ${count(done)}/${count(total)} rows (${Math.floor((done / total) * 100)}%)\n`);
        },
      });
      if (!written.ok) return reportFailure(io, written, json);
      printSummary(io, written.value, json);
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};

const OPTION_LABELS: Readonly<Record<string, string>> = { edition: 'edition', effectiveFrom: 'effective from', release: 'release', format: 'format' };

function printSummary(io: CliIo, s: ImportSummary, json: boolean): void {
  if (json) return io.stdout(`${JSON.stringify(s)}\n`);
  const width = count(Math.max(s.inserted, s.updated, s.unchanged, s.skipped, s.rejected)).length;
  const line = (label: string, value: string) => `  ${label.padEnd(15)} ${value}`;
  const number = (label: string, n: number, note = '') => line(label, `${count(n).padStart(width)}${note}`);
  const lines = [
    `${s.kind}: ${count(s.rowsRead)} rows read from ${s.source}`,
    line('sha256', s.sha256),
    ...Object.entries(s.options).map(([k, v]) => line(OPTION_LABELS[k] ?? k, v)),
    number('new', s.inserted),
    number('updated', s.updated),
    number('unchanged', s.unchanged),
    number('skipped', s.skipped, s.skipped > 0 ? '  (nothing to import on these rows)' : ''),
    number('rejected', s.rejected),
    line('written to', `${s.table} by import run ${s.importRunId} in ${(s.durationMs / 1000).toFixed(1)} s`),
  ];
  io.stdout(`${lines.join('\n')}\n${rejections(s.rejected, s.errors, 'the other rows were imported')}`);
}

function printDryRun(io: CliIo, p: PreparedImport, json: boolean): number {
  const summary = {
    dryRun: true,
    kind: p.kind,
    source: p.location,
    sha256: p.sha256,
    options: p.options,
    table: p.target.table,
    rowsRead: p.read,
    valid: p.target.rows.length,
    skipped: p.skipped,
    rejected: p.errors.length,
    errors: p.errors.slice(0, 20),
  };
  if (json) io.stdout(`${JSON.stringify(summary)}\n`);
  else {
    io.stdout(
      `${p.kind}: ${count(p.read)} rows read from ${p.location} (dry run: nothing written)\n` +
        `  ${count(p.target.rows.length)} rows would be written to ${p.target.table}; ${count(p.skipped)} skipped; ${count(p.errors.length)} rejected\n` +
        rejections(p.errors.length, p.errors, 'the other rows would be imported'),
    );
  }
  return EXIT.ok;
}

function rejections(rejected: number, errors: readonly RowError[], rest: string): string {
  if (rejected === 0) return '';
  const shown = errors.slice(0, 20);
  const more = rejected > shown.length ? `  ... and ${count(rejected - shown.length)} more (import_runs.errors keeps the first 100)\n` : '';
  return `${count(rejected)} row${rejected === 1 ? ' was' : 's were'} rejected; ${rest}:\n${shown.map((e) => `  ${formatRowError(e)}\n`).join('')}${more}`;
}

async function listRuns(io: CliIo, values: { kind?: string | undefined; limit?: string | undefined; json: boolean }, rest: string[]): Promise<number> {
  if (rest.length > 0) return usageError(io, 'data', `unexpected argument "${rest[0]}"`);
  const limit = wholeNumber(values.limit, 1, 1000);
  if (limit === null) return usageError(io, 'data', '--limit must be a whole number from 1 to 1000');
  const opened = await openRuntime(io);
  if (!opened.ok) return reportFailure(io, opened, values.json);
  try {
    const runs = await listImportRuns(opened.value.deps, { ...(values.kind ? { kind: values.kind } : {}), ...(limit ? { limit } : {}) });
    if (!runs.ok) return reportFailure(io, runs, values.json);
    if (values.json) io.stdout(`${JSON.stringify({ items: runs.value })}\n`);
    for (const r of values.json ? [] : runs.value) {
      const counts = `${count(r.inserted)} new, ${count(r.updated)} updated, ${count(r.unchanged)} unchanged, ${count(r.rejected)} rejected`;
      io.stdout(`${r.startedAt.toISOString()}  ${r.kind.padEnd(14)} ${r.status.padEnd(9)} ${counts}  ${r.source}  ${r.id}\n`);
    }
    return EXIT.ok;
  } finally {
    await opened.value.close();
  }
}

/** undefined when absent, null when not a whole number within bounds. */
function wholeNumber(text: string | undefined, min: number, max: number): number | undefined | null {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

const INDICATOR_FORMATS = ['wdi-wide', 'wdi-long', 'itu', 'lpi', 'bready', 'csv'] as const;

/** `landfall data import indicators FILE`: all or nothing; every bad row and unmapped name listed. */
async function importIndicatorFile(io: CliIo, source: string, values: { json: boolean; format?: string; indicator?: string; name?: string; year?: string; 'dry-run'?: boolean }): Promise<number> {
  const json = values.json;
  if (values.format !== undefined && !(INDICATOR_FORMATS as readonly string[]).includes(values.format)) return usageError(io, 'data', `--format must be one of ${INDICATOR_FORMATS.join(', ')}`);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) return usageError(io, 'data', '--year must be a year like 2023');
  if (values['dry-run']) {
    // Read and check the file, no database: what would be imported, or every row that stops it.
    const loaded = await loadImportSource(source, { cwd: io.cwd });
    if (!loaded.ok) return reportFailure(io, loaded, json);
    const parsed = parseIndicatorFile(loaded.value.bytes, { ...(values.format ? { format: values.format as (typeof INDICATOR_FORMATS)[number] } : {}), ...(values.indicator ? { indicator: values.indicator } : {}), ...(values.name ? { name: values.name } : {}), ...(year ? { year } : {}), fileName: loaded.value.name });
    if (!parsed.ok) return reportFailure(io, parsed, json);
    const f = parsed.value;
    const summary = { dryRun: true, format: f.format, rowsRead: f.read, values: f.rows.length, missingValues: f.skipped, aggregates: f.aggregates, series: f.series, rejected: f.errors.length, errors: f.errors.slice(0, 200), unmapped: f.unmapped };
    if (json) io.stdout(`${JSON.stringify(summary)}\n`);
    else {
      io.stdout(`indicators (${f.format}), dry run: ${count(f.read)} records, ${count(f.rows.length)} values in ${f.series.length} series; ${count(f.skipped)} empty cells, ${count(f.aggregates)} aggregates\n`);
      for (const e of f.errors.slice(0, 200)) io.stdout(`  ${formatRowError(e)}\n`);
      if (f.errors.length > 0) io.stdout(`${f.errors.length} rows rejected: the import would write nothing\n`);
    }
    return f.errors.length > 0 ? EXIT.usage : EXIT.ok;
  }
  const opened = await openRuntime(io);
  if (!opened.ok) return reportFailure(io, opened, json);
  try {
    io.stderr(`indicators: reading ${source}\n`);
    const r = await importIndicators(opened.value.deps, {
      source,
      options: { ...(values.format ? { format: values.format as (typeof INDICATOR_FORMATS)[number] } : {}), ...(values.indicator ? { indicator: values.indicator } : {}), ...(values.name ? { name: values.name } : {}), ...(year ? { year } : {}) },
      load: { cwd: io.cwd },
    });
    if (!r.ok) {
      const code = reportFailure(io, r, json);
      const refusal = (r as { refusal?: { errors: RowError[]; unmapped: { line: number; value: string; message: string }[] } }).refusal;
      if (refusal) {
        for (const e of refusal.errors.slice(0, 200)) io.stderr(`  ${formatRowError(e)}\n`);
        if (refusal.errors.length > 200) io.stderr(`  ... and ${refusal.errors.length - 200} more\n`);
        if (refusal.unmapped.length > 0) io.stderr(`  did not map to a country: ${[...new Set(refusal.unmapped.map((u) => u.value))].join('; ')}\n`);
      } else for (const d of r.details ?? []) io.stderr(`  ${d.field}: ${d.message}\n`);
      return code;
    }
    const s = r.value;
    if (json) io.stdout(`${JSON.stringify(s)}\n`);
    else {
      io.stdout(`indicators (${s.format}) from ${s.source}: ${count(s.rowsRead)} records read, ${count(s.inserted)} values inserted, ${count(s.updated)} updated, ${count(s.unchanged)} unchanged; ${count(s.missingValues)} empty cells, ${count(s.aggregates)} aggregates skipped\n`);
      for (const x of s.series) io.stdout(`  ${x.id}: ${x.name} (${x.unit}), ${count(x.rows)} values; ${x.source}\n`);
    }
    return EXIT.ok;
  } finally {
    await opened.value.close();
  }
}

/** `landfall data import sanctions <kind> <file or folder>`: all or nothing; every bad record listed. */
async function importSanctionsList(io: CliIo, kind: SanctionsKind, source: string, json: boolean): Promise<number> {
  const opened = await openRuntime(io);
  if (!opened.ok) return reportFailure(io, opened, json);
  try {
    io.stderr(`sanctions ${kind}: reading ${source}\n`);
    const r = await importSanctions(opened.value.deps, { kind, source, cwd: io.cwd });
    if (!r.ok) {
      const code = reportFailure(io, r, json);
      const errors = (r as { errors?: RowError[] }).errors;
      for (const e of (errors ?? []).slice(0, 200)) io.stderr(`  ${formatRowError(e)}\n`);
      if (errors && errors.length > 200) io.stderr(`  ... and ${errors.length - 200} more\n`);
      return code;
    }
    const s = r.value;
    if (json) io.stdout(`${JSON.stringify(s)}\n`);
    else io.stdout(`sanctions ${kind}${s.edition ? ` of ${s.edition}` : ''}: ${count(s.entries)} entries, ${count(s.names)} names and aliases, active now${s.replaced ? ' (the previous edition is kept for the screenings made with it)' : ''}; ${s.durationMs} ms\n`);
    return EXIT.ok;
  } finally {
    await opened.value.close();
  }
}
