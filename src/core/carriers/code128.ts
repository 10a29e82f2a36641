import { fail, ok, type Result } from '../result/result.js';

/**
 * Code 128 (ISO/IEC 15417), code set B, as carriers print tracking numbers on labels (UPU S10
 * names Code 128 for the item identifier's barcode). Each symbol is three bars and three spaces,
 * 11 modules wide; the stop symbol has a final 2-module bar (13 modules).
 *
 * Widths of symbol values 0 to 106 (bar, space, bar, space, bar, space; the stop adds a bar).
 */
export const CODE128_PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];
const START_B = 104;
const STOP = 106;

export type Code128 = {
  /** Symbol values: start B, the characters, the check symbol, stop. */
  values: number[];
  /** Element widths in modules, alternating bar and space, starting and ending with a bar. */
  widths: number[];
  /** Total width in modules (without quiet zones). */
  modules: number;
};

/**
 * Encode printable ASCII (32 to 126) in code set B. The check symbol is (104 + the sum of each
 * character's value times its position from 1) mod 103.
 * @example encodeCode128('AB').values // [104, 33, 34, 102, 106]: (104 + 33 + 2 x 34) mod 103 = 102
 */
export function encodeCode128(text: string): Result<Code128, 'VALIDATION_FAILED'> {
  if (text.length === 0 || text.length > 80) return fail('VALIDATION_FAILED', 'a barcode holds 1 to 80 characters', { field: 'text' });
  const values: number[] = [START_B];
  let sum = START_B;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126) return fail('VALIDATION_FAILED', `character ${i + 1} is not printable ASCII`, { field: 'text' });
    values.push(code - 32);
    sum += (code - 32) * (i + 1);
  }
  values.push(sum % 103, STOP);
  const widths = values.flatMap((v) => [...CODE128_PATTERNS[v]!].map(Number));
  return ok({ values, widths, modules: widths.reduce((a, b) => a + b, 0) });
}
