import type { Money } from './money.js';

/**
 * Split `total` across parts in proportion to non-negative integer `weights` by largest remainder:
 * every part gets the floor of its exact share, and the minor units left over go one each to the
 * parts with the largest remainders (ties to the earlier part). The parts always sum to the total.
 * All-zero weights split evenly. Negative totals are split as the negation of the positive split.
 * Plain numbers are used while every product stays a safe integer, BigInt beyond.
 * @example allocate(money(100, 'EUR'), [1, 1, 1]) // 34, 33, 33 cents
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  let sumWeights = 0;
  let maxWeight = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError('weights must be non-negative integers');
    sumWeights += w;
    if (w > maxWeight) maxWeight = w;
  }
  if (total.amount === 0) return weights.map(() => ({ amount: 0, currency: total.currency }));
  if (total.amount < 0) {
    return allocate({ amount: -total.amount, currency: total.currency }, weights).map((m) => ({ amount: -m.amount || 0, currency: m.currency }));
  }
  const effective = sumWeights === 0 ? weights.map(() => 1) : weights;
  const divisor = sumWeights === 0 ? weights.length : sumWeights;
  const amounts = Number.isSafeInteger(total.amount * Math.max(maxWeight, 1)) && Number.isSafeInteger(sumWeights) ? splitNumbers(total.amount, effective, divisor) : splitBig(total.amount, effective, divisor);
  return amounts.map((amount) => ({ amount, currency: total.currency }));
}

function splitNumbers(amount: number, weights: readonly number[], divisor: number): number[] {
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    const exact = amount * weights[i]!;
    const r = exact % divisor;
    parts[i] = (exact - r) / divisor;
    remainders[i] = r;
    assigned += parts[i]!;
  }
  distributeLeftover(parts, remainders, amount - assigned);
  return parts;
}

function splitBig(amount: number, weights: readonly number[], divisor: number): number[] {
  const a = BigInt(amount);
  const d = BigInt(divisor);
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let assigned = 0;
  for (let i = 0; i < weights.length; i++) {
    const exact = a * BigInt(weights[i]!);
    parts[i] = Number(exact / d);
    // Remainders are below the divisor, a safe integer, so they compare exactly as numbers.
    remainders[i] = Number(exact % d);
    assigned += parts[i]!;
  }
  distributeLeftover(parts, remainders, amount - assigned);
  return parts;
}

function distributeLeftover(parts: number[], remainders: number[], left: number): void {
  if (left === 0) return;
  // Largest remainders first, ties to the earlier part; `left` is below the number of parts.
  const taken = new Uint8Array(parts.length);
  for (let k = 0; k < left; k++) {
    let best = -1;
    for (let i = 0; i < parts.length; i++) if (!taken[i] && (best < 0 || remainders[i]! > remainders[best]!)) best = i;
    taken[best] = 1;
    parts[best]! += 1;
  }
}
