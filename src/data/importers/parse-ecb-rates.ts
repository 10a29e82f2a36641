import type { Result } from '../../core/result/result.js';
import type { EcbRateRow } from './fx-rate-row.js';
import { parseEcbCsv } from './parse-ecb-csv.js';
import { parseEcbXml } from './parse-ecb-xml.js';
import type { ParseOutcome } from './types.js';

/**
 * Parse ECB euro reference rates in either published format, told apart by content (not by the
 * file name, which a URL may not have): XML starts with `<`, the history CSV with its header.
 * @example parseEcbRates(text).value.format // 'csv' or 'xml'
 */
export function parseEcbRates(text: string): Result<ParseOutcome<EcbRateRow>, 'VALIDATION_FAILED'> {
  return text.trimStart().startsWith('<') ? parseEcbXml(text) : parseEcbCsv(text);
}
