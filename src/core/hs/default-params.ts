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
  vote6: 2.7452, max6: 0.261, vote4: -2.0692, max4: 3.0665, vote2: 1.0612, wordSim: -0.296, charSim: 10.2575,
  headingSim: -2.4251, descSim: 3.9307, ownCover: 1.709, headingCover: 0.4848, chapterCover: 1.0343, negated: -0.7096,
  prior6: 1.5561, prior4: 0.9776, seen: 0.0427, partsBoth: 0.7618, partsCodeOnly: -0.0013, partsQueryOnly: -2.0534,
  residual: 0.2142, headOwn: 0.2788, headTitle: 0.2932, headChapter: -0.4594, headVote6: -1.9709, headVote4: 2.3996,
  nb6: -1.6281, nb4: 1.3884, nbLog6: 3.4406, nbLog4: 0.1034,
};

export const DEFAULT_HS_RANKER: HsRanker = {
  features: [...RANK_FEATURES],
  weights: RANK_FEATURES.map((name) => LEARNED[name] ?? 0),
  none: 3.5623,
};
