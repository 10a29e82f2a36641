import { fail, ok, type Result } from '../../core/result/result.js';
import { decodeUtf8Text } from './decode-text.js';
import type { EcbRateRow } from './fx-rate-row.js';
import { guessKind } from './guess-kind.js';
import { parseEcbRates } from './parse-ecb-rates.js';
import { parseHsNomenclature, type HsNomenclatureRow } from './parse-hs-nomenclature.js';
import { parseUkCommodities, type UkCommodityRow } from './parse-uk-commodities.js';
import { parseUkGlobalTariff, type UkGlobalTariffRow } from './parse-uk-global-tariff.js';
import { parseUsHts, type UsHtsRow } from './parse-us-hts.js';
import type { ImportKind, ParseOutcome } from './types.js';

/** The parsed rows of one file, tagged with their kind. */
export type ParsedFile =
  | ({ kind: 'hs' } & ParseOutcome<HsNomenclatureRow>)
  | ({ kind: 'uk-tariff' } & ParseOutcome<UkGlobalTariffRow>)
  | ({ kind: 'uk-commodities' } & ParseOutcome<UkCommodityRow>)
  | ({ kind: 'us-hts' } & ParseOutcome<UsHtsRow>)
  | ({ kind: 'ecb' } & ParseOutcome<EcbRateRow>);

export const KIND_LABELS: Readonly<Record<ImportKind, string>> = {
  hs: 'an HS nomenclature CSV',
  'uk-tariff': 'a UK Global Tariff CSV',
  'uk-commodities': 'a UK commodities report CSV',
  'us-hts': 'a USITC HTS JSON export',
  ecb: 'ECB euro reference rates',
};

/**
 * Decode a file's bytes and parse them as `kind`. An unusable file (empty, binary, not UTF-8, not
 * the kind claimed) is a VALIDATION_FAILED failure; when it looks like another kind, the message
 * says which. A file in which every record was rejected is unusable too.
 * @example parseImportFile('ecb', bytes) // ok({ kind: 'ecb', rows, errors, read, skipped, format: 'csv' })
 */
export function parseImportFile(kind: ImportKind, bytes: Uint8Array): Result<ParsedFile, 'VALIDATION_FAILED'> {
  const text = decodeUtf8Text(bytes);
  if (!text.ok) return text;
  const parsed = parseText(kind, text.value);
  if (!parsed.ok) {
    const looksLike = guessKind(text.value);
    const hint = looksLike && looksLike !== kind ? `; it looks like ${KIND_LABELS[looksLike]}: try "landfall data import ${looksLike} ..."` : '';
    return fail('VALIDATION_FAILED', `${parsed.message}${hint}`, parsed.field ? { field: parsed.field } : {});
  }
  const { rows, errors, read } = parsed.value;
  if (rows.length === 0 && errors.length > 0) {
    return fail('VALIDATION_FAILED', `no usable rows: all ${errors.length} rejected (first: line ${errors[0]!.line}: ${errors[0]!.message})`, {
      field: errors[0]!.field ?? 'file',
      details: errors.slice(0, 20).map((e) => ({ field: `line ${e.line}`, message: e.message })),
    });
  }
  if (read === 0) return fail('VALIDATION_FAILED', 'the file has a header but no data rows', { field: 'file' });
  return parsed;
}

function parseText(kind: ImportKind, text: string): Result<ParsedFile, 'VALIDATION_FAILED'> {
  switch (kind) {
    case 'hs':
      return tag('hs', parseHsNomenclature(text));
    case 'uk-tariff':
      return tag('uk-tariff', parseUkGlobalTariff(text));
    case 'uk-commodities':
      return tag('uk-commodities', parseUkCommodities(text));
    case 'us-hts':
      return tag('us-hts', parseUsHts(text));
    case 'ecb':
      return tag('ecb', parseEcbRates(text));
  }
}

function tag<K extends ImportKind, T>(kind: K, r: Result<ParseOutcome<T>, 'VALIDATION_FAILED'>) {
  return r.ok ? ok({ kind, ...r.value } as ParsedFile) : r;
}
