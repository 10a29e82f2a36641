import type { HsScoringParams } from './types.js';

/**
 * Scoring weights tuned on an inner split of the train part of the shared HS data
 * (`npm run eval:hs -- --tune`); temperature and confidence scale minimize the top candidate's
 * Brier score there, so a confidence of 0.6 is right about 60% of the time.
 */
export const DEFAULT_HS_PARAMS: HsScoringParams = {
  neighbours: 20,
  voteExponent: 3,
  exampleWeight: 1,
  headingWeight: 0,
  nomenclatureWeight: 0.3,
  descriptionVoteWeight: 2,
  priorWeight: 0.1,
  temperature: 0.05,
  confidenceScale: 0.6,
};
