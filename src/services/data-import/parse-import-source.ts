import { isIsoDate } from '../../core/calendar/iso-date.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { OFFICIAL_SOURCES } from '../../data/importers/official-sources.js';
import { parseImportFile, type ParsedFile } from '../../data/importers/parse-import-file.js';
import type { ImportKind } from '../../data/importers/types.js';
import { htsReleaseFromName } from '../../data/importers/us-hts-releases.js';
import type { LoadedSource } from './load-import-source.js';
import type { ImportTarget, PreparedImport } from './prepared-import.js';

export type ImportOptions = {
  /** HS edition of an `hs` file (default HS2022). */
  edition?: string;
  /** First day the `uk-tariff` or `us-hts` rates apply (defaults: 2021-01-01; the HTS release's date). */
  effectiveFrom?: string;
};

/** The UK Global Tariff replaced the EU Common External Tariff in the UK on this day. */
export const UKGT_IN_FORCE_FROM = '2021-01-01';
export const DEFAULT_HS_EDITION = 'HS2022';

/**
 * Parse and check a loaded file as `kind` and turn its rows into database rows, with the options
 * that apply (edition, effective date) resolved. Nothing touches the database, so a bad file is
 * refused before a connection is opened.
 * @example parseImportSource('uk-tariff', loaded, {}) // ok({ target: { table: 'tariff_lines', rows }, ... })
 */
export function parseImportSource(kind: ImportKind, source: LoadedSource, options: ImportOptions = {}): Result<PreparedImport, 'VALIDATION_FAILED'> {
  const resolved = resolveOptions(kind, source, options);
  if (!resolved.ok) return resolved;
  const parsed = parseImportFile(kind, source.bytes);
  if (!parsed.ok) return parsed;
  const file = parsed.value;
  const { factSource, target } = toTarget(file, resolved.value);
  return ok({
    kind,
    location: source.location,
    sha256: source.sha256,
    byteSize: source.bytes.byteLength,
    options: { ...resolved.value, ...(file.format ? { format: file.format } : {}) },
    factSource,
    read: file.read,
    skipped: file.skipped,
    errors: file.errors,
    target,
  });
}

function resolveOptions(kind: ImportKind, source: LoadedSource, options: ImportOptions): Result<Record<string, string>, 'VALIDATION_FAILED'> {
  if (options.edition !== undefined && kind !== 'hs') return fail('VALIDATION_FAILED', '--edition applies to the hs kind only', { field: 'edition' });
  if (options.effectiveFrom !== undefined && kind !== 'uk-tariff' && kind !== 'us-hts') {
    return fail('VALIDATION_FAILED', '--effective-from applies to the uk-tariff and us-hts kinds only', { field: 'effectiveFrom' });
  }
  if (options.effectiveFrom !== undefined && !isIsoDate(options.effectiveFrom)) {
    return fail('VALIDATION_FAILED', `--effective-from must be a date YYYY-MM-DD, got "${options.effectiveFrom}"`, { field: 'effectiveFrom' });
  }
  switch (kind) {
    case 'hs': {
      const edition = options.edition ?? DEFAULT_HS_EDITION;
      if (!/^HS\d{4}$/.test(edition)) return fail('VALIDATION_FAILED', `--edition must look like HS2022, got "${edition}"`, { field: 'edition' });
      return ok({ edition });
    }
    case 'uk-tariff':
      return ok({ effectiveFrom: options.effectiveFrom ?? UKGT_IN_FORCE_FROM });
    case 'us-hts': {
      const release = htsReleaseFromName(source.name);
      const effectiveFrom = options.effectiveFrom ?? release?.effectiveFrom;
      if (!effectiveFrom) {
        const which = release ? `HTS ${release.name}` : `this file (${source.name || source.location})`;
        return fail('VALIDATION_FAILED', `the date from which ${which} applies is not known: pass --effective-from YYYY-MM-DD`, { field: 'effectiveFrom' });
      }
      return ok({ effectiveFrom, ...(release ? { release: release.name } : {}) });
    }
    case 'uk-commodities':
    case 'ecb':
      return ok({});
  }
}

function toTarget(file: ParsedFile, options: Record<string, string>): { factSource: string; target: ImportTarget } {
  const official = OFFICIAL_SOURCES[file.kind];
  switch (file.kind) {
    case 'hs':
      return {
        factSource: `${official.name}, ${options.edition}`,
        target: {
          table: 'hs_nomenclature',
          rows: file.rows.map((r) => ({ edition: options.edition!, code: r.code, level: r.level, parent: r.parent, section: r.section, description: r.description })),
        },
      };
    case 'uk-tariff':
      return {
        factSource: official.name,
        target: {
          table: 'tariff_lines',
          rows: file.rows.map((r) => ({
            territory: 'GB',
            code: r.code,
            description: r.description,
            mfnRate: r.rate,
            specialRate: null,
            effectiveFrom: options.effectiveFrom!,
            effectiveTo: null,
          })),
        },
      };
    case 'us-hts':
      return {
        factSource: options.release ? `${official.name}, ${options.release}` : official.name,
        target: {
          table: 'tariff_lines',
          rows: file.rows.map((r) => ({
            territory: 'US',
            code: r.code,
            description: r.description,
            mfnRate: r.rate,
            specialRate: r.special,
            effectiveFrom: options.effectiveFrom!,
            effectiveTo: null,
          })),
        },
      };
    case 'uk-commodities':
      return {
        factSource: official.name,
        target: {
          table: 'national_nomenclature',
          rows: file.rows.map((r) => ({
            territory: 'GB',
            code: r.code,
            suffix: r.suffix,
            sid: r.sid,
            description: r.description,
            parentCode: r.parentCode,
            parentSuffix: r.parentSuffix,
            validFrom: r.validFrom,
            validTo: r.validTo,
          })),
        },
      };
    case 'ecb':
      return {
        factSource: official.name,
        target: { table: 'fx_rates', rows: file.rows.map((r) => ({ source: 'ECB', base: 'EUR', quote: r.quote, rateDate: r.date, rate: r.rate })) },
      };
  }
}
