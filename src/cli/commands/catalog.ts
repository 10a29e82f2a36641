import { formatRowError, type RowError } from '../../data/importers/types.js';
import { CSV_COLUMNS_HELP } from '../../services/catalog/import/catalog-csv-columns.js';
import { CATALOG_FORMATS, prepareCatalogImport, type CatalogFormat, type PreparedCatalog } from '../../services/catalog/import/prepare-catalog-import.js';
import { DEFAULT_CATALOG_BATCH_SIZE, MAX_CATALOG_BATCH_SIZE, writeCatalogImport, type CatalogImportSummary } from '../../services/catalog/import/write-catalog-import.js';
import { loadImportSource } from '../../services/data-import/load-import-source.js';
import { createProgressThrottle } from '../../services/data-import/progress-throttle.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';

const OPTIONS = {
  format: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'batch-size': { type: 'string' },
} as const;

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'Import products and variants from a CSV or JSON file',
  help: `Usage:
  landfall catalog import <file> [--format csv|json] [--dry-run] [--batch-size N] [--json]

Imports products and their variants. JSON: an array of products, each the body of
POST /v1/admin/products. CSV: one row per variant, described below. The format comes from
--format, else the file's extension, else its first character ("[" is JSON).

${CSV_COLUMNS_HELP}

Every row is checked, and every problem is listed with its line number and column. A product with
any bad row is not imported (nothing of it is written); the others are. A handle or SKU used twice in
the file refuses every product involved. Products are written in transactions of --batch-size
products (default ${DEFAULT_CATALOG_BATCH_SIZE}): a batch is written whole or not at all. Products are upserted by handle and
variants by SKU (texts by locale, national codes by territory; nothing is deleted), so running the
same file again changes nothing and an interrupted import is finished by running it again. A SKU
that already belongs to another product is not moved: that product is refused.

Options:
  --format csv|json   the file's format (default: from the extension or content)
  --dry-run           read and check the file and say what would be imported; no database
  --batch-size N      products per transaction (default ${DEFAULT_CATALOG_BATCH_SIZE}, at most ${MAX_CATALOG_BATCH_SIZE})
  --json              print only the final summary as JSON on stdout

Progress goes to stderr. Exit codes: 0 imported (the summary says when some products were
refused), 1 the import failed, 2 bad usage or an unusable file (empty, not UTF-8, malformed, a
required column missing, an unknown column, or every product refused), 3 database unreachable,
4 file not found.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, OPTIONS, true);
    if (!args.ok) return usageError(io, 'catalog', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, file, ...extra] = args.positionals;
    if (action !== 'import') return usageError(io, 'catalog', action ? `unknown action "${action}" (import)` : 'missing action (import)');
    if (file === undefined) return usageError(io, 'catalog', 'missing the file to import');
    if (extra.length > 0) return usageError(io, 'catalog', `unexpected argument "${extra[0]}"`);
    const format = args.values.format;
    if (format !== undefined && !(CATALOG_FORMATS as readonly string[]).includes(format)) return usageError(io, 'catalog', '--format must be csv or json');
    const batchText = args.values['batch-size'];
    const batchSize = batchText === undefined ? DEFAULT_CATALOG_BATCH_SIZE : /^\d+$/.test(batchText) ? Number(batchText) : NaN;
    if (!(batchSize >= 1 && batchSize <= MAX_CATALOG_BATCH_SIZE)) return usageError(io, 'catalog', `--batch-size must be a whole number from 1 to ${MAX_CATALOG_BATCH_SIZE}`);
    const json = args.values.json;
    const formatOption = format ? { format: format as CatalogFormat } : {};

    // The file is read and checked before the database is opened: a bad file is refused (exit 2)
    // even where no database is reachable, and --dry-run needs none.
    const loaded = await loadImportSource(file, { cwd: io.cwd });
    if (!loaded.ok) return reportFailure(io, loaded, json);
    let prepared = prepareCatalogImport(loaded.value, formatOption);
    if (!prepared.ok) return reportUnusable(io, prepared, json);
    if (args.values['dry-run']) return printDryRun(io, prepared.value, json);

    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    try {
      const { deps } = opened.value;
      // Once the store is set up, prices must be in its base currency: check again knowing it.
      const baseCurrency = (await deps.store.get())?.baseCurrency;
      if (baseCurrency) {
        prepared = prepareCatalogImport(loaded.value, { ...formatOption, baseCurrency });
        if (!prepared.ok) return reportUnusable(io, prepared, json);
      }
      const stop = new AbortController();
      void io.stopSignal.then(() => stop.abort());
      const due = createProgressThrottle();
      const total = prepared.value.products.length;
      due(0, total, Date.now());
      const written = await writeCatalogImport(deps, prepared.value, {
        batchSize,
        signal: stop.signal,
        onProgress: ({ done }) => {
          if (due(done, total, Date.now())) io.stderr(`catalog: ${count(done)}/${count(total)} products (${Math.floor((done / total) * 100)}%)\n`);
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

function reportUnusable(io: CliIo, failure: { code: string; message: string; field?: string; details?: ReadonlyArray<{ field: string; message: string }> }, json: boolean): number {
  const code = reportFailure(io, failure, json);
  for (const d of failure.details ?? []) io.stderr(`  ${d.field}: ${d.message}\n`);
  return code;
}

function printSummary(io: CliIo, s: CatalogImportSummary, json: boolean): void {
  if (json) return io.stdout(`${JSON.stringify(s)}\n`);
  const line = (label: string, value: string) => `  ${label.padEnd(11)} ${value}`;
  const counts = (c: { inserted: number; updated: number; unchanged: number }) => `${count(c.inserted)} new, ${count(c.updated)} updated, ${count(c.unchanged)} unchanged`;
  io.stdout(
    [
      `catalog: ${count(s.read.products)} products in ${count(s.read.rows)} ${s.format === 'csv' ? 'rows' : 'elements'} read from ${s.source} (${s.format})`,
      line('sha256', s.sha256),
      line('products', counts(s.products)),
      line('variants', counts(s.variants)),
      line('refused', `${count(s.rejected.products)} products (${count(s.rejected.rows)} ${s.format === 'csv' ? 'rows' : 'elements'})`),
      line('written', `in ${count(s.batches)} transaction${s.batches === 1 ? '' : 's'}, ${(s.durationMs / 1000).toFixed(1)} s`),
    ].join('\n') + `\n${problems(s.errors, s.rejected.products, 'the other products were imported')}`,
  );
}

function printDryRun(io: CliIo, p: PreparedCatalog, json: boolean): number {
  const variants = p.products.reduce((n, x) => n + x.product.variants.length, 0);
  if (json) {
    io.stdout(`${JSON.stringify({ dryRun: true, format: p.format, source: p.location, sha256: p.sha256, read: p.read, valid: { products: p.products.length, variants }, rejected: p.rejected, errors: p.errors.slice(0, 100) })}\n`);
  } else {
    io.stdout(
      `catalog: ${count(p.read.products)} products in ${count(p.read.rows)} ${p.format === 'csv' ? 'rows' : 'elements'} read from ${p.location} (${p.format}; dry run: nothing written)\n` +
        `  ${count(p.products.length)} products with ${count(variants)} variants would be imported; ${count(p.rejected.products)} refused\n` +
        problems(p.errors, p.rejected.products, 'the other products would be imported'),
    );
  }
  return EXIT.ok;
}

function problems(errors: readonly RowError[], refused: number, rest: string): string {
  if (errors.length === 0) return '';
  const shown = errors.slice(0, 50);
  const more = errors.length > shown.length ? `  ... and ${count(errors.length - shown.length)} more (--json lists the first 100)\n` : '';
  return `${count(refused)} product${refused === 1 ? ' was' : 's were'} refused; ${rest}:\n${shown.map((e) => `  ${formatRowError(e)}\n`).join('')}${more}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
