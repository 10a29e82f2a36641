/** Shapes shared by the HS classifier: inputs, the serializable index and the answer. */
import type { HsAbbreviations } from './abbreviations.js';

/** One chapter (2 digits), heading (4) or subheading (6) of the HS nomenclature. */
export type HsNomenclatureEntry = {
  readonly code: string;
  readonly level: 2 | 4 | 6;
  readonly parent: string | null;
  readonly description: string;
};

/** A labeled example: product text and its HS6 subheading. */
export type HsExample = { readonly text: string; readonly hs6: string };

/** Hand-written synonyms: a word or two-word phrase (normalized, singular) -> words added beside it. */
export type HsSynonyms = Readonly<Record<string, readonly string[]>>;

/** A sparse feature vector: feature ids and their weights (L2-normalized). */
export type SparseVector = { readonly f: readonly number[]; readonly v: readonly number[] };

export type HsIndexExample = SparseVector & {
  readonly hs6: string;
  readonly weight: number;
  /** Set on the subheading descriptions that vote beside the examples (left out of the prior). */
  readonly nomenclature?: true;
  /** Feature id of the text's head noun (`headWord`), when the index knows it. */
  readonly h?: number;
};

export type HsIndexCode = SparseVector & { readonly hs6: string; readonly description: string };

/** How candidates are gathered, stored in the index so a saved model answers the same way. */
export type HsScoringParams = {
  /** How many nearest examples vote. */
  readonly neighbours: number;
  /** A neighbour's vote is its cosine similarity to this power (times the example's weight). */
  readonly voteExponent: number;
  /** Codes taken from the nomenclature similarity alone, besides those the examples name. */
  readonly nomenclatureCandidates: number;
  /** Headings whose every subheading becomes a candidate (the strongest by example vote). */
  readonly headingCandidates: number;
};

/**
 * A linear ranker over the candidate features (`RANK_FEATURES`, by name): a candidate's score is
 * the weighted sum of its features; confidence is the softmax of the scores beside a "none of
 * these" option scored `none`.
 */
export type HsRanker = {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  readonly none: number;
};

/** The shape version of `HsIndex`; a stored model of another version must be rebuilt. */
export const HS_INDEX_VERSION = 2;

/**
 * The model: plain data, JSON round-trippable. Features are word unigrams (`w:`), word bigrams
 * (`b:`) and character 3- and 4-grams (`c:`), weighted by inverse document frequency.
 */
export type HsIndex = {
  readonly version: typeof HS_INDEX_VERSION;
  readonly features: readonly string[];
  readonly idf: readonly number[];
  /** Inverse document frequency given to a feature the index has never seen. */
  readonly unseenIdf: number;
  readonly synonyms: HsSynonyms;
  /** Consonant skeleton -> word, for abbreviated words in examples and queries. */
  readonly abbreviations: HsAbbreviations;
  readonly codes: readonly HsIndexCode[];
  readonly examples: readonly HsIndexExample[];
  /** Descriptions of headings and chapters, by code. */
  readonly titles: Readonly<Record<string, string>>;
  readonly params: HsScoringParams;
  readonly ranker: HsRanker;
};

export type HsCandidate = {
  readonly hs6: string;
  readonly confidence: number;
  readonly heading: string;
  readonly chapter: string;
  readonly description: string;
  readonly matchedTerms: readonly string[];
};

export type HsClassification = {
  readonly candidates: readonly HsCandidate[];
  readonly abstained: boolean;
};

export type ClassifyOptions = {
  /** Most candidates returned (default 5). */
  readonly limit?: number;
  /** Abstain when the top confidence is below this (default 0.2). */
  readonly abstainBelow?: number;
};
