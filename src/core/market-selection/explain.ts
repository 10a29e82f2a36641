import { capitalized, formatPoints, formatShare, formatValue, inSentence } from './format.js';
import type { Contribution, IndicatorSpec, RankOptions } from './types.js';

/** Lifts and sinks smaller than this (they would read "+0.0 points") are not worth a sentence. */
const NOTABLE_POINTS = 0.05;
const MAX_REASONS = 3;

/** Where a raw value sits among all countries' values (0 = lowest, 1 = highest), in words. */
export function positionPhrase(position: number): string {
  if (position >= 0.9) return 'is among the highest';
  if (position >= 2 / 3) return 'is high';
  if (position > 1 / 3) return 'is in the middle';
  if (position > 0.1) return 'is low';
  return 'is among the lowest';
}

function valueText(c: Contribution, spec: IndicatorSpec): string {
  const value = formatValue(c.raw!, spec.unit);
  return c.year === null ? value : `${value} in ${c.year}`;
}

/**
 * Up to three sentences each for what lifts the country above the average country and what sinks
 * it below, largest first, from `vsAverage`:
 * "Internet use (92.5 % in 2023) is among the highest: +6.1 points over the average country".
 * `positions[i]` is where the raw value sits among the countries (see positionPhrase).
 */
export function explainContributions(
  contributions: readonly Contribution[],
  specs: readonly IndicatorSpec[],
  positions: ArrayLike<number>,
): { lifts: string[]; sinks: string[] } {
  const notable = contributions.map((c, i) => ({ c, i })).filter(({ c }) => Math.abs(c.vsAverage) >= NOTABLE_POINTS);
  const sentence = ({ c, i }: { c: Contribution; i: number }) => {
    const points = formatPoints(c.vsAverage);
    if (c.raw === null) return `No value for ${inSentence(c.name)}, counted as the worst observed: -${points} points against the average country`;
    const head = `${capitalized(c.name)} (${valueText(c, specs[i]!)}) ${positionPhrase(positions[i]!)}`;
    return c.vsAverage > 0 ? `${head}: +${points} points over the average country` : `${head}: -${points} points against the average country`;
  };
  const lifts = notable
    .filter(({ c }) => c.vsAverage > 0)
    .sort((a, b) => b.c.vsAverage - a.c.vsAverage || a.i - b.i)
    .slice(0, MAX_REASONS)
    .map(sentence);
  const sinks = notable
    .filter(({ c }) => c.vsAverage < 0)
    .sort((a, b) => a.c.vsAverage - b.c.vsAverage || a.i - b.i)
    .slice(0, MAX_REASONS)
    .map(sentence);
  return { lifts, sinks };
}

/**
 * One sentence per weighted indicator the country has no value for, saying what was done:
 * "no value for GDP per capita: its 15 % weight was spread over the others".
 * `weights` are the normalized weights; `observed[i]` is how many countries have indicator i.
 */
export function explainMissing(
  contributions: readonly Contribution[],
  weights: readonly number[],
  observed: ArrayLike<number>,
  missing: RankOptions['missing'],
): string[] {
  const out: string[] = [];
  contributions.forEach((c, i) => {
    const w = weights[i]!;
    if (c.raw !== null || w === 0) return;
    const name = inSentence(c.name);
    if (observed[i] === 0) out.push(`no value for ${name} in any country: its ${formatShare(w)} weight was spread over the others`);
    else if (missing === 'worst') out.push(`no value for ${name}: counted as the worst observed value`);
    else out.push(`no value for ${name}: its ${formatShare(w)} weight was spread over the others`);
  });
  return out;
}

/** Why a country has no rank, or null when it has one. */
export function explainNotRanked(rank: number, coverage: number, minCoverage: number): string | null {
  if (rank > 0) return null;
  if (coverage === 0) return 'no value for any weighted indicator: listed but not ranked';
  return `data for ${formatShare(coverage)} of the weight, below the ${formatShare(minCoverage)} required: listed but not ranked`;
}

const SCALING: Record<RankOptions['normalization'], string> = {
  'min-max': 'Scaling is min-max: (value - lowest) / (highest - lowest); an indicator with the same value in every country gives 0.5 to all.',
  'z-score':
    'Scaling is by z-score: z = (value - mean) / standard deviation (the population standard deviation, dividing by the number of countries), clipped to -3..3 and mapped to (z + 3) / 6; an indicator with the same value in every country gives 0.5 to all.',
  rank: 'Scaling is by rank: countries are ranked from worst (1) to best (n), tied values sharing the average of their ranks, and the scaled value is (rank - 1) / (n - 1); a single country gets 0.5.',
};

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The method in plain words, exactly as computed. `weights` are normalized. */
export function methodStatement(specs: readonly IndicatorSpec[], weights: readonly number[], options: RankOptions, minCoverage: number): string {
  const parts: string[] = [];
  const lower = specs.filter((s) => s.direction === 'lower').map((s) => inSentence(s.name));
  parts.push(
    'Each indicator is scaled to 0..1 across the countries that have a value for it, so that 1 is the best' +
      (lower.length > 0 ? `; for ${list(lower)} lower is better, so the scale is turned around.` : '.'),
  );
  const logged = specs.filter((s) => s.transform === 'log').map((s) => inSentence(s.name));
  if (logged.length > 0) parts.push(`${capitalized(list(logged))} ${logged.length === 1 ? 'is' : 'are'} taken as natural logarithms first, because ${logged.length === 1 ? 'its values are' : 'their values are'} skewed.`);
  parts.push(SCALING[options.normalization]);
  parts.push('The score (0 to 100) is 100 times the weighted sum of the scaled values divided by the sum of the weights used.');
  const weighted = specs.map((s, i) => `${inSentence(s.name)} ${formatShare(weights[i]!)}`).filter((_, i) => weights[i]! > 0);
  parts.push(`Weights, normalized to sum 100 %: ${list(weighted)}.`);
  const unweighted = specs.filter((_, i) => weights[i] === 0).map((s) => inSentence(s.name));
  if (unweighted.length > 0) parts.push(`${capitalized(list(unweighted))} ${unweighted.length === 1 ? 'has' : 'have'} weight 0: shown, not scored.`);
  parts.push(
    options.missing === 'reweight'
      ? "A missing value is never counted as zero: the country's score uses the weights of the indicators it has, renormalized to sum 1, and its coverage (the share of the weight with data) is stated."
      : "A missing value is never counted as zero: it counts as the worst value observed among the countries (the lowest scaled value any country has), and the country's coverage (the share of the weight with data) is stated. An indicator no country has is left out and its weight spread over the others.",
  );
  if (minCoverage > 0) parts.push(`Countries with data for less than ${formatShare(minCoverage)} of the weight are listed but not ranked.`);
  parts.push('Countries with equal scores are ordered by country code.');
  return parts.join(' ');
}
