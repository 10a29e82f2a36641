import type { ImportKind, RowError } from '../../data/importers/types.js';
import type { FxRateRecord } from '../../db/repositories/fx-rate-repository.js';
import type { HsCodeRecord } from '../../db/repositories/hs-nomenclature-repository.js';
import type { NationalCodeRecord } from '../../db/repositories/national-nomenclature-repository.js';
import type { TariffLineRecord } from '../../db/repositories/tariff-line-repository.js';

/** The rows bound for one table, ready to write. */
export type ImportTarget =
  | { table: 'hs_nomenclature'; rows: HsCodeRecord[] }
  | { table: 'national_nomenclature'; rows: NationalCodeRecord[] }
  | { table: 'tariff_lines'; rows: TariffLineRecord[] }
  | { table: 'fx_rates'; rows: FxRateRecord[] };

/** A file read, checked and turned into database rows; nothing is written yet. */
export type PreparedImport = {
  readonly kind: ImportKind;
  /** Path or URL, as recorded in the import run. */
  readonly location: string;
  readonly sha256: string;
  readonly byteSize: number;
  /** The options that shaped the rows (edition, effectiveFrom, release, format), as recorded. */
  readonly options: Record<string, string>;
  /** The provenance text stored in each fact's `source` column. */
  readonly factSource: string;
  readonly read: number;
  readonly skipped: number;
  readonly errors: RowError[];
  readonly target: ImportTarget;
};

/** What one import run did; the CLI prints it and `--json` emits it as is. */
export type ImportSummary = {
  kind: ImportKind;
  source: string;
  sha256: string;
  importRunId: string;
  format?: string;
  options: Record<string, string>;
  table: ImportTarget['table'];
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
  /** The first 20 rejected records. */
  errors: RowError[];
  startedAt: string;
  finishedAt: string;
  durationMs: number;
};
