export { addExamples } from './add-examples.js';
export { buildHsIndex, type BuildHsIndexOptions } from './build-hs-index.js';
export { classify } from './classify.js';
export { DEFAULT_HS_PARAMS } from './default-params.js';
export { normalizeText, MAX_TEXT_LENGTH } from './normalize-text.js';
export { tokenize } from './tokenize.js';
export type * from './types.js';
