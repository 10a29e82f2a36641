/**
 * Types of the market-selection scoring model: indicators the merchant weighs, the countries' values
 * with their year and source, and the ranking that comes back with its method stated in words.
 */

export type IndicatorSpec = {
  id: string;
  name: string;
  /** >= 0, any scale; normalized to sum 1 over the indicators used. */
  weight: number;
  /** Which way is better for the merchant: landed cost and delivery days are 'lower'. */
  direction: 'higher' | 'lower';
  /** 'log' for skewed values like population or GDP (natural log; values must be > 0). */
  transform?: 'none' | 'log';
  /** '%', a currency code like 'EUR' (written before the value), or any unit written after it. */
  unit?: string;
};

export type IndicatorValue = { value: number; year: number | null; source: string };

export type CountryInput = {
  /** ISO 3166-1 alpha-2. */
  country: string;
  name?: string;
  /** Keyed by indicator id; an absent key or `undefined` is a missing value (never zero). */
  values: Record<string, IndicatorValue | undefined>;
};

export type RankOptions = {
  normalization: 'min-max' | 'z-score' | 'rank';
  /**
   * 'reweight': the country's score uses the weights of the indicators it has, renormalized;
   * 'worst': a missing value counts as the worst observed value. Coverage is stated either way.
   */
  missing: 'reweight' | 'worst';
  /** 0..1: below this share of weight with data, the country is listed but not ranked (rank null). */
  minCoverage?: number;
};

export type Contribution = {
  id: string;
  name: string;
  /** The value as given (before any log transform); null when missing. */
  raw: number | null;
  year: number | null;
  source: string | null;
  /** 0..1, 1 = best among the countries; for a missing value under 'worst', the worst observed. Null when missing under 'reweight'. */
  normalized: number | null;
  /** The weight this indicator has in this country's score (sums to 1 over the indicators used for it). */
  weight: number;
  /** weight * normalized * 100: this indicator's share of the 0..100 score. */
  points: number;
  /** points minus the points the average country (mean normalized value) would get with the same weight. */
  vsAverage: number;
};

export type RankedCountry = {
  country: string;
  name: string;
  /** 1-based; null when the country is below minCoverage or has no data at all. */
  rank: number | null;
  /** 0..100; null when the country has no value for any weighted indicator. */
  score: number | null;
  /** Share (0..1) of the total weight for which the country has data. */
  coverage: number;
  contributions: Contribution[];
  lifts: string[];
  sinks: string[];
  missing: string[];
  /** Why the country is listed without a rank, in words; null when it is ranked. */
  notRanked: string | null;
};

export type IndicatorSummary = {
  id: string;
  name: string;
  /** Normalized weight (sums to 1 over the indicators). */
  weight: number;
  direction: 'higher' | 'lower';
  transform: 'none' | 'log';
  /** The unit the values are in, as the series states it (null when none was given). */
  unit: string | null;
  /** How many countries have a value. */
  countries: number;
  /** Oldest and newest year among the values (null when no value has a year). */
  years: { from: number; to: number } | null;
};

export type RankingMethod = {
  normalization: RankOptions['normalization'];
  missing: RankOptions['missing'];
  minCoverage: number;
  /** Normalized weights by indicator id. */
  weights: Record<string, number>;
  /** The method in plain words, exactly. */
  statement: string;
};

export type Ranking = {
  /** Ranked countries first (by rank), then the unranked ones (by score, then code). */
  countries: RankedCountry[];
  indicators: IndicatorSummary[];
  method: RankingMethod;
};
