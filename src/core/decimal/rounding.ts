/**
 * Named rounding modes. Every division in Landfall names one.
 * - half-up: ties away from zero (2.5 -> 3, -2.5 -> -3); most customs and VAT rules
 * - half-even: ties to the even neighbour (banker's rounding)
 * - down: toward zero (truncate); Japan rounds its tax base down, for example
 * - up: away from zero
 * - floor / ceil: toward minus / plus infinity
 */
export const ROUNDING_MODES = ['half-up', 'half-even', 'down', 'up', 'floor', 'ceil'] as const;
export type RoundingMode = (typeof ROUNDING_MODES)[number];

/**
 * round(n / d) for integers n and d (d > 0) with the given mode, exactly.
 * Uses plain numbers while every value is a safe integer and BigInt otherwise.
 * @example divRound(5, 2, 'half-up') // 3
 */
export function divRound(n: number, d: number, mode: RoundingMode): number {
  if (d <= 0 || !Number.isSafeInteger(d) || !Number.isSafeInteger(n)) {
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d) && d <= 0) throw new RangeError('divisor must be positive');
    return Number(divRoundBig(BigInt(n), BigInt(d), mode));
  }
  const r = n % d;
  const q = (n - r) / d; // exact: n - r is a multiple of d
  if (r === 0) return q;
  return q + adjust(r, d, q % 2 !== 0, mode);
}

/** round(a * b / d) exactly, for integers a, b and d > 0. */
export function mulDivRound(a: number, b: number, d: number, mode: RoundingMode): number {
  const p = a * b;
  if (Number.isSafeInteger(p)) return divRound(p, d, mode);
  return Number(divRoundBig(BigInt(a) * BigInt(b), BigInt(d), mode));
}

/** BigInt version of divRound, for products past 2^53. */
export function divRoundBig(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d <= 0n) throw new RangeError('divisor must be positive');
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  const twice = (r < 0n ? -r : r) * 2n;
  const negative = r < 0n;
  const away = negative ? -1n : 1n;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + away;
    case 'floor':
      return negative ? q - 1n : q;
    case 'ceil':
      return negative ? q : q + 1n;
    case 'half-up':
      return twice >= d ? q + away : q;
    case 'half-even':
      if (twice > d) return q + away;
      if (twice < d) return q;
      return q % 2n === 0n ? q : q + away;
  }
}

function adjust(r: number, d: number, qOdd: boolean, mode: RoundingMode): number {
  const negative = r < 0;
  const away = negative ? -1 : 1;
  const twice = Math.abs(r) * 2;
  switch (mode) {
    case 'down':
      return 0;
    case 'up':
      return away;
    case 'floor':
      return negative ? -1 : 0;
    case 'ceil':
      return negative ? 0 : 1;
    case 'half-up':
      return twice >= d ? away : 0;
    case 'half-even':
      if (twice > d) return away;
      if (twice < d) return 0;
      return qOdd ? away : 0;
  }
}
