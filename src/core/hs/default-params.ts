import { RANK_FEATURES } from './candidate-features.js';
import type { HsRanker, HsScoringParams } from './types.js';

/** How candidates are gathered (chosen on an inner split of the train part of the shared HS data). */
export const DEFAULT_HS_PARAMS: HsScoringParams = {
  neighbours: 20,
  voteExponent: 2,
  nomenclatureCandidates: 40,
  headingCandidates: 3,
};

/**
 * The ranker a new index starts from, and stays near when it has few labeled examples to learn
 * from: weights learned on the train part of the shared HS data (`npm run eval:hs -- --weights`).
 */
/** A hand-set ranker to learn from when no learned one should be trusted (the evaluation's starting point). */
export const NEUTRAL_HS_RANKER: HsRanker = {
  features: [...RANK_FEATURES],
  weights: RANK_FEATURES.map((name) => ({ vote6: 4, max6: 1, wordSim: 2, charSim: 2, descSim: 4, ownCover: 2, prior6: 1 })[name as string] ?? 0),
  none: 3,
};

const LEARNED: Readonly<Record<string, number>> = {
  vote6: -0.2346, max6: 1.9306, vote4: -0.7686, max4: 2.4522, vote2: 1.0381, wordSim: -0.9608,
  charSim: 9.1734, headingSim: -1.7844, descSim: 4.0762, ownCover: 1.8831, headingCover: 0.5192,
  chapterCover: 0.9108, negated: -0.6497, prior6: 1.8455, prior4: 0.8864, seen: -0.1398, partsBoth: 0.761,
  partsCodeOnly: -0.0057, partsQueryOnly: -1.8347, residual: 0.1448, headOwn: 0.1897, headTitle: 0.3398,
  headChapter: -0.3944, headVote6: -0.3101, headVote4: 1.4915, nb6: -0.9824, nb4: 1.1346, nbLog6: 3.1971,
  nbLog4: 0.0107, setsBoth: -0.1956, setsQueryOnly: 0.0852,
};

export const DEFAULT_HS_RANKER: HsRanker = {
  features: [...RANK_FEATURES],
  weights: RANK_FEATURES.map((name) => LEARNED[name] ?? 0),
  none: 3.7178,
};
