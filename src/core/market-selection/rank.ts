import { ok, type Result } from '../result/result.js';
import { explainContributions, explainMissing, explainNotRanked, methodStatement } from './explain.js';
import { normalizeIndicators } from './normalize.js';
import { scoreCountries } from './score.js';
import type { Contribution, CountryInput, IndicatorSpec, IndicatorSummary, RankedCountry, Ranking, RankOptions } from './types.js';
import { validateRankingInput } from './validate-ranking-input.js';

export type { CountryInput, IndicatorSpec, Ranking, RankOptions } from './types.js';

/**
 * Rank countries for a merchant on weighted indicators. Each indicator is scaled to 0..1 over the
 * countries that have it (min-max, z-score or rank; lower-is-better indicators turned around), and
 * the score is 0..100 = 100 * sum(w_i * n_i) / sum(w_i over the indicators used). A missing value is
 * never zero: it is left out with its weight spread over the others ('reweight') or counted as the
 * worst observed value ('worst'), and said so in `missing`. Every country comes with its coverage,
 * its contributions per indicator, and up to three sentences on what lifts and what sinks it
 * against the average country. Ties are ordered by country code. Cost O(k n log n): 200 countries
 * with 20 indicators take a few milliseconds.
 *
 * @example
 * rankCountries(
 *   [{ country: 'DE', values: { internet: { value: 92.5, year: 2023, source: 'ITU' } } }, ...],
 *   [{ id: 'internet', name: 'Internet use', weight: 2, direction: 'higher', unit: '%' }, ...],
 *   { normalization: 'min-max', missing: 'reweight', minCoverage: 0.5 },
 * ) // ok({ countries: [{ country: 'DE', rank: 1, score: 87.3, ... }], method: { statement: 'Each indicator ...' } })
 */
export function rankCountries(
  countries: readonly CountryInput[],
  specs: readonly IndicatorSpec[],
  options: RankOptions,
): Result<Ranking, 'VALIDATION_FAILED'> {
  const valid = validateRankingInput(countries, specs, options);
  if (!valid.ok) return valid;
  const k = specs.length;
  const minCoverage = options.minCoverage ?? 0;
  const rawWeights = specs.map((s) => s.weight);
  const total = rawWeights.reduce((a, b) => a + b, 0);
  const weights = rawWeights.map((w) => w / total);
  const codes = countries.map((c) => c.country);

  const m = normalizeIndicators(countries, specs, options.normalization);
  const s = scoreCountries(m, codes, rawWeights, options.missing, minCoverage);

  const ranked: RankedCountry[] = s.order.map((c) => {
    const input = countries[c]!;
    const denominator = s.denominator[c]!;
    const contributions: Contribution[] = specs.map((spec, i) => {
      const cell = c * k + i;
      const v = input.values[spec.id];
      const value = m.norm[cell]!;
      const has = v !== undefined;
      const imputed = !has && options.missing === 'worst' && m.count[i]! > 0;
      const normalized = has ? value : imputed ? m.worst[i]! : null;
      const weight = (has || imputed) && denominator > 0 ? spec.weight / denominator : 0;
      return {
        id: spec.id,
        name: spec.name,
        raw: has ? v.value : null,
        year: has ? v.year : null,
        source: has ? v.source : null,
        normalized,
        weight,
        points: normalized === null ? 0 : weight * normalized * 100,
        vsAverage: normalized === null ? 0 : weight * (normalized - m.mean[i]!) * 100,
      };
    });
    const positions = m.position.subarray(c * k, c * k + k);
    const { lifts, sinks } = explainContributions(contributions, specs, positions);
    const score = s.score[c]!;
    return {
      country: input.country,
      name: input.name ?? input.country,
      rank: s.rank[c]! > 0 ? s.rank[c]! : null,
      score: Number.isNaN(score) ? null : score,
      coverage: s.coverage[c]!,
      contributions,
      lifts,
      sinks,
      missing: explainMissing(contributions, weights, m.count, options.missing),
      notRanked: explainNotRanked(s.rank[c]!, s.coverage[c]!, minCoverage),
    };
  });

  const indicators: IndicatorSummary[] = specs.map((spec, i) => {
    let from = Number.POSITIVE_INFINITY;
    let to = Number.NEGATIVE_INFINITY;
    for (const country of countries) {
      const year = country.values[spec.id]?.year;
      if (year === undefined || year === null) continue;
      if (year < from) from = year;
      if (year > to) to = year;
    }
    return {
      id: spec.id,
      name: spec.name,
      weight: weights[i]!,
      direction: spec.direction,
      transform: spec.transform ?? 'none',
      unit: spec.unit ?? null,
      countries: m.count[i]!,
      years: Number.isFinite(from) ? { from, to } : null,
    };
  });

  return ok({
    countries: ranked,
    indicators,
    method: {
      normalization: options.normalization,
      missing: options.missing,
      minCoverage,
      weights: Object.fromEntries(specs.map((spec, i) => [spec.id, weights[i]!])),
      statement: methodStatement(specs, weights, options, minCoverage),
    },
  });
}
