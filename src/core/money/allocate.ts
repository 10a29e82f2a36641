import type { Money } from './money.js';

/**
 * Split `total` across parts in proportion to non-negative integer `weights` by largest remainder:
 * every part gets the floor of its exact share, and the minor units left over go one each to the
 * parts with the largest remainders (ties to the earlier part). The parts always sum to the total.
 * All-zero weights split evenly. Negative totals are split as the negation of the positive split.
 * @example allocate(money(100, 'EUR'), [1, 1, 1]) // 34, 33, 33 cents
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights must be non-negative integers');
  if (total.amount < 0) return allocate({ amount: -total.amount, currency: total.currency }, weights).map((m) => ({ amount: -m.amount || 0, currency: m.currency }));
  const sumWeights = weights.reduce((a, b) => a + b, 0);
  const effective = sumWeights === 0 ? weights.map(() => 1) : weights;
  const divisor = BigInt(sumWeights === 0 ? weights.length : sumWeights);
  const amount = BigInt(total.amount);
  const parts: bigint[] = [];
  const remainders: Array<{ index: number; remainder: bigint }> = [];
  let assigned = 0n;
  effective.forEach((w, index) => {
    const exact = amount * BigInt(w);
    const part = exact / divisor;
    parts.push(part);
    assigned += part;
    remainders.push({ index, remainder: exact % divisor });
  });
  let left = amount - assigned;
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (let i = 0; left > 0n; i++, left--) parts[remainders[i % remainders.length]!.index]! += 1n;
  return parts.map((p) => ({ amount: Number(p), currency: total.currency }));
}
