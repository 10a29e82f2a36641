import { fail, ok, type Result } from '../result/result.js';
import { compositeWeights, type CompositeMethod, type CompositeWeights } from './composite-weights.js';
import { formatNumber } from './format.js';
import { pearson, spearman } from './stats.js';

export type { CompositeMethod } from './composite-weights.js';

export type CompositeRow = { country: string; components: (number | null)[]; published: number | null };

export type CompositeAgreement = { country: string; published: number; computed: number; difference: number };

export type CompositeReproduction = {
  method: CompositeWeights & { round: number | null };
  /** One line per country with every component and a published score; difference = computed - published. */
  agreement: CompositeAgreement[];
  summary: {
    countries: number;
    maxAbsDifference: number | null;
    meanAbsDifference: number | null;
    /** Pearson correlation of computed with published; null below two countries. */
    correlation: number | null;
    /** Share of countries whose difference is within the tolerance: the rounding step, else 0.01. */
    within: { tolerance: number; share: number | null };
    /** Spearman correlation of the computed with the published scores. */
    rankCorrelation: number | null;
  };
  /** Rows left out, with the reason: a missing value is never taken as zero. */
  skipped: { country: string; reason: string }[];
};

/** Differences this much past the tolerance are float noise, not disagreement. */
const FLOAT_SLACK = 1e-9;

/**
 * Round half away from zero to `decimals`, as spreadsheets do: 1.005 -> 1.01. The value is nudged by
 * a relative 1e-12 first, so a half that binary floating point stores a hair low still rounds up.
 */
export function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const y = Math.abs(x) * f;
  return (Math.sign(x) * Math.round(y * (1 + 1e-12))) / f;
}

/**
 * Reproduce a published composite index from its components with the publisher's method (or a
 * configured one), and show the agreement per country: published, computed, difference, and a
 * summary (largest and mean absolute difference, correlation, rank correlation, share within the
 * rounding step or 0.01). Rows with a missing component or no published score are skipped with the
 * reason. Example: the World Bank LPI 2018 overall score from its six component scores with
 * { kind: 'pca-first-component' } or { kind: 'least-squares' }.
 */
export function reproduceComposite(
  rows: readonly CompositeRow[],
  componentNames: readonly string[],
  method: CompositeMethod,
): Result<CompositeReproduction, 'VALIDATION_FAILED'> {
  const bad = (field: string, message: string) => fail('VALIDATION_FAILED', message, { field });
  if (!Array.isArray(componentNames) || componentNames.length === 0) return bad('componentNames', 'at least one component is needed');
  for (const [i, name] of componentNames.entries()) {
    if (typeof name !== 'string' || name.trim() === '') return bad(`componentNames[${i}]`, 'a component needs a name');
  }
  const k = componentNames.length;
  if (!['weighted-mean', 'pca-first-component', 'least-squares'].includes(method?.kind)) {
    return bad('method.kind', 'method must be "weighted-mean", "pca-first-component" or "least-squares"');
  }
  if (method.round !== undefined && !(Number.isInteger(method.round) && method.round >= 0 && method.round <= 12)) {
    return bad('method.round', 'round is a number of decimals from 0 to 12');
  }
  if (method.kind === 'pca-first-component' && method.weightsOn !== undefined && method.weightsOn !== 'standardized' && method.weightsOn !== 'raw') {
    return bad('method.weightsOn', 'weightsOn must be "standardized" or "raw"');
  }
  if (method.kind === 'weighted-mean') {
    if (!Array.isArray(method.weights) || method.weights.length !== k) return bad('method.weights', `one weight per component is needed (${k})`);
    for (const [i, w] of method.weights.entries()) {
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) return bad(`method.weights[${i}]`, 'a weight must be a finite number >= 0');
    }
    if (!method.weights.some((w) => w > 0)) return bad('method.weights', 'at least one weight must be above 0');
  }
  if (!Array.isArray(rows)) return bad('rows', 'rows must be a list');
  const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
  for (const [r, row] of rows.entries()) {
    if (typeof row?.country !== 'string' || row.country.trim() === '') return bad(`rows[${r}].country`, 'a row needs a country');
    if (!Array.isArray(row.components) || row.components.length !== k) return bad(`rows[${r}].components`, `${row.country} needs ${k} components (null when missing)`);
    for (const [i, v] of row.components.entries()) {
      if (!isNumberOrNull(v)) return bad(`rows[${r}].components[${i}]`, `${componentNames[i]} for ${row.country} must be a finite number or null`);
    }
    if (!isNumberOrNull(row.published)) return bad(`rows[${r}].published`, `the published score of ${row.country} must be a finite number or null`);
  }

  const skipped: { country: string; reason: string }[] = [];
  const complete: { row: CompositeRow; x: number[] }[] = [];
  for (const row of rows) {
    const absent = componentNames.filter((_, i) => row.components[i] === null);
    const reasons: string[] = [];
    if (absent.length > 0) reasons.push(`no value for ${absent.join(', ')}`);
    if (row.published === null) reasons.push('no published score');
    if (absent.length === 0) complete.push({ row, x: row.components as number[] });
    if (reasons.length > 0) skipped.push({ country: row.country, reason: reasons.join('; ') });
  }
  const compared = complete.filter((c) => c.row.published !== null);
  const weighed = compositeWeights(
    method,
    componentNames,
    complete.map((c) => c.x),
    { x: compared.map((c) => c.x), y: compared.map((c) => c.row.published!) },
  );
  if (!weighed.ok) return weighed;
  const { weights } = weighed.value;
  const round = method.round ?? null;

  const agreement = compared.map(({ row, x }): CompositeAgreement => {
    let computed = 0;
    for (let i = 0; i < k; i++) computed += weights[i]! * x[i]!;
    if (round !== null) computed = roundHalfAway(computed, round);
    const published = row.published!;
    return { country: row.country, published, computed, difference: computed - published };
  });
  const n = agreement.length;
  const abs = agreement.map((a) => Math.abs(a.difference));
  const tolerance = round !== null ? 10 ** -round : 0.01;
  const within = abs.filter((d, i) => d <= tolerance + FLOAT_SLACK * Math.max(1, Math.abs(agreement[i]!.published))).length;
  const published = agreement.map((a) => a.published);
  const computed = agreement.map((a) => a.computed);
  const rounding = round !== null ? ` The computed score is rounded to ${round} decimal${round === 1 ? '' : 's'} (half away from zero), as published.` : '';
  const tolerancePart = ` Agreement counts a difference of at most ${formatNumber(tolerance, round ?? 2)} (${round !== null ? 'one rounding step' : 'the default'}).`;

  return ok({
    method: { ...weighed.value, statement: weighed.value.statement + rounding + tolerancePart, round },
    agreement,
    summary: {
      countries: n,
      maxAbsDifference: n > 0 ? Math.max(...abs) : null,
      meanAbsDifference: n > 0 ? abs.reduce((a, b) => a + b, 0) / n : null,
      correlation: pearson(published, computed),
      within: { tolerance, share: n > 0 ? within / n : null },
      rankCorrelation: spearman(published, computed),
    },
    skipped,
  });
}
