import { fail, ok, type Result } from '../result/result.js';
import { inSentence } from './format.js';
import { normalizeIndicators } from './normalize.js';
import { scoreCountries } from './score.js';
import { spearman } from './stats.js';
import type { CountryInput, IndicatorSpec, RankOptions } from './types.js';
import { validateRankingInput } from './validate-ranking-input.js';

export type SensitivityOptions = {
  /** Multipliers applied to one weight at a time; default [0, 0.5, 1.5, 2]. */
  factors?: number[];
  /** Size of the top set whose membership is watched; default 10. */
  top?: number;
};

export type RankMove = { country: string; from: number | null; to: number | null };

export type WeightVariation = {
  factor: number;
  /** The indicator's normalized weight under this variation. */
  weight: number;
  /** False when the variation leaves no weight at all (the only weighted indicator set to 0). */
  possible: boolean;
  /** Every country's rank under this variation, in the new order (null: not ranked). */
  ranks: { country: string; rank: number | null }[];
  /** Countries whose rank changed, largest move first (entering or leaving the ranking counts as largest). */
  moved: RankMove[];
  /** Spearman correlation with the base ranking over the countries ranked in both; null below two. */
  spearman: number | null;
  topChanged: boolean;
  /** Countries that enter and leave the top set. */
  entered: string[];
  left: string[];
  summary: string;
};

export type IndicatorSensitivity = {
  id: string;
  name: string;
  /** Normalized base weight. */
  weight: number;
  variations: WeightVariation[];
  /** The variations' sentences in one paragraph. */
  summary: string;
};

export type WeightSensitivity = {
  factors: number[];
  top: number;
  base: { country: string; rank: number | null }[];
  indicators: IndicatorSensitivity[];
};

const DEFAULT_FACTORS = [0, 0.5, 1.5, 2];
const DEFAULT_TOP = 10;

function changing(factor: number, name: string): string {
  const what = `the weight of ${inSentence(name)}`;
  if (factor === 0) return `Setting ${what} to 0`;
  if (factor === 0.5) return `Halving ${what}`;
  if (factor === 1) return `Keeping ${what}`;
  if (factor === 2) return `Doubling ${what}`;
  if (factor === 3) return `Tripling ${what}`;
  return `Multiplying ${what} by ${String(factor)}`;
}

function names(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * How the ranking moves when one weight moves: each indicator's weight is multiplied by each factor
 * in turn (the others unchanged, then all renormalized) and the countries re-ranked. Reports the new
 * ranks, the countries that moved (from, to) largest first, the Spearman rank correlation with the
 * base ranking, whether the top N set changed, and a sentence per variation:
 * "Doubling the weight of internet use moves 12 countries; the top 10 stays the same".
 * The scaling does not depend on weights, so it is done once; each variation is one scoring pass.
 */
export function weightSensitivity(
  countries: readonly CountryInput[],
  specs: readonly IndicatorSpec[],
  options: RankOptions,
  sensitivity: SensitivityOptions = {},
): Result<WeightSensitivity, 'VALIDATION_FAILED'> {
  const valid = validateRankingInput(countries, specs, options);
  if (!valid.ok) return valid;
  const factors = sensitivity.factors ?? DEFAULT_FACTORS;
  const top = sensitivity.top ?? DEFAULT_TOP;
  if (!Array.isArray(factors) || factors.length === 0) return fail('VALIDATION_FAILED', 'at least one factor is needed', { field: 'sensitivity.factors' });
  for (const [j, f] of factors.entries()) {
    if (typeof f !== 'number' || !Number.isFinite(f) || f < 0) {
      return fail('VALIDATION_FAILED', 'a factor must be a finite number >= 0', { field: `sensitivity.factors[${j}]` });
    }
  }
  if (!Number.isInteger(top) || top < 1) return fail('VALIDATION_FAILED', 'top must be a whole number >= 1', { field: 'sensitivity.top' });

  const minCoverage = options.minCoverage ?? 0;
  const codes = countries.map((c) => c.country);
  const label = countries.map((c) => c.name ?? c.country);
  const m = normalizeIndicators(countries, specs, options.normalization);
  const baseWeights = specs.map((s) => s.weight);
  const baseTotal = baseWeights.reduce((a, b) => a + b, 0);
  const base = scoreCountries(m, codes, baseWeights, options.missing, minCoverage);
  const rankOrNull = (r: number) => (r > 0 ? r : null);
  const inTop = (rank: Int32Array) => new Set(codes.map((_, c) => c).filter((c) => rank[c]! > 0 && rank[c]! <= top));
  const baseTop = inTop(base.rank);

  const indicators = specs.map((spec, i): IndicatorSensitivity => {
    const variations = factors.map((factor): WeightVariation => {
      const weights = baseWeights.slice();
      weights[i] = spec.weight * factor;
      const total = weights.reduce((a, b) => a + b, 0);
      if (total === 0) {
        return {
          factor,
          weight: 0,
          possible: false,
          ranks: [],
          moved: [],
          spearman: null,
          topChanged: false,
          entered: [],
          left: [],
          summary: `${changing(factor, spec.name)} leaves no weight at all: nothing to rank`,
        };
      }
      const s = scoreCountries(m, codes, weights, options.missing, minCoverage);
      const moved: RankMove[] = [];
      const a: number[] = [];
      const b: number[] = [];
      for (let c = 0; c < codes.length; c++) {
        const from = base.rank[c]!;
        const to = s.rank[c]!;
        if (from !== to) moved.push({ country: codes[c]!, from: rankOrNull(from), to: rankOrNull(to) });
        if (from > 0 && to > 0) {
          a.push(from);
          b.push(to);
        }
      }
      const size = (x: RankMove) => (x.from === null || x.to === null ? Number.POSITIVE_INFINITY : Math.abs(x.to - x.from));
      moved.sort((x, y) => size(y) - size(x) || (x.country < y.country ? -1 : 1));
      const newTop = inTop(s.rank);
      const entered = s.order.filter((c) => newTop.has(c) && !baseTop.has(c));
      const left = base.order.filter((c) => baseTop.has(c) && !newTop.has(c));
      const topChanged = entered.length > 0 || left.length > 0;
      const count = moved.length;
      const most = moved.reduce((x, mv) => Math.max(x, size(mv)), 0);
      const howFar = count === 0 || !Number.isFinite(most) ? '' : ` (at most ${most} place${most === 1 ? '' : 's'})`;
      const topText = topChanged
        ? `the top ${top} changes: ${[
            entered.length > 0 ? `${names(entered.map((c) => label[c]!))} ${entered.length === 1 ? 'comes' : 'come'} in` : '',
            left.length > 0 ? `${names(left.map((c) => label[c]!))} ${left.length === 1 ? 'drops' : 'drop'} out` : '',
          ]
            .filter(Boolean)
            .join(', ')}`
        : `the top ${top} stays the same`;
      return {
        factor,
        weight: weights[i]! / total,
        possible: true,
        ranks: s.order.map((c) => ({ country: codes[c]!, rank: rankOrNull(s.rank[c]!) })),
        moved,
        spearman: spearman(a, b),
        topChanged,
        entered: entered.map((c) => codes[c]!),
        left: left.map((c) => codes[c]!),
        summary: `${changing(factor, spec.name)} moves ${count === 0 ? 'no country' : `${count} ${count === 1 ? 'country' : 'countries'}`}${howFar}; ${topText}`,
      };
    });
    return {
      id: spec.id,
      name: spec.name,
      weight: spec.weight / baseTotal,
      variations,
      summary: variations.map((v) => `${v.summary}.`).join(' '),
    };
  });

  return ok({
    factors: factors.slice(),
    top,
    base: base.order.map((c) => ({ country: codes[c]!, rank: rankOrNull(base.rank[c]!) })),
    indicators,
  });
}
