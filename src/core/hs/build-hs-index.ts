import { buildAbbreviations } from './abbreviations.js';
import { candidateFeatures } from './candidate-features.js';
import { tokenize } from './tokenize.js';
import { DEFAULT_HS_PARAMS, DEFAULT_HS_RANKER } from './default-params.js';
import { prepareIndex, sharePrepared } from './prepare-index.js';
import { fitRanker, type FitRankerOptions, type RankerSample } from './ranker.js';
import { normalizeSynonyms } from './normalize-synonyms.js';
import { headId, mergeFeatures, textFeatures } from './text-features.js';
import { HS_INDEX_VERSION, type HsExample, type HsIndex, type HsIndexCode, type HsIndexExample, type HsNomenclatureEntry, type HsScoringParams, type HsSynonyms } from './types.js';
import { vectorize } from './vectorize.js';

export type BuildHsIndexOptions = {
  readonly synonyms?: HsSynonyms;
  readonly params?: Partial<HsScoringParams>;
  /** Weight of the given examples in the vote (merchant confirmations are added later, heavier). */
  readonly exampleWeight?: number;
  /** How the ranker is fitted; `false` keeps the default ranker. */
  readonly ranker?: FitRankerOptions | false;
};

/** How much the heading's and the chapter's text count in a subheading's document. */
const HEADING_SHARE = 0.25;
const CHAPTER_SHARE = 0.25;

/**
 * Build the classifier's index from the nomenclature (chapters, headings, subheadings) and labeled
 * examples. Every HS6 subheading gets a document of its own text plus its heading's and chapter's,
 * so a code no example names can still be found, and its own description (with its heading's
 * when it reads "Other") also votes beside the examples. Examples whose code is not in the nomenclature
 * are kept (they still vote) with their heading's description.
 */
export function buildHsIndex(nomenclature: readonly HsNomenclatureEntry[], examples: readonly HsExample[], options: BuildHsIndexOptions = {}): HsIndex {
  const synonyms = normalizeSynonyms(options.synonyms ?? {});
  const titles: Record<string, string> = {};
  const subheadings: HsNomenclatureEntry[] = [];
  for (const entry of nomenclature) {
    if (entry.level === 6) subheadings.push(entry);
    else titles[entry.code] = entry.description;
  }

  const codeCounts = subheadings.map((entry) => {
    const counts = textFeatures(entry.description, synonyms);
    const heading = titles[entry.code.slice(0, 4)];
    const chapter = titles[entry.code.slice(0, 2)];
    if (heading) mergeFeatures(counts, textFeatures(heading, synonyms, HEADING_SHARE));
    if (chapter) mergeFeatures(counts, textFeatures(chapter, synonyms, CHAPTER_SHARE));
    return counts;
  });
  const frequency = new Map<string, number>();
  for (const text of [...subheadings.map((e) => e.description), ...Object.values(titles), ...examples.map((e) => e.text)])
    for (const word of new Set(tokenize(text))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const abbreviations = buildAbbreviations(frequency);
  const exampleCounts = examples.map((example) => textFeatures(example.text, synonyms, 1, abbreviations));
  const descriptionCounts = subheadings.map((entry) => descriptionText(entry, titles)).map((text) => textFeatures(text, synonyms));

  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const counts of [...codeCounts, ...exampleCounts]) {
    for (const key of counts.keys()) {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
        df.push(0);
      }
      df[id]!++;
    }
  }
  const documents = codeCounts.length + exampleCounts.length;
  const idf = df.map((n) => Math.round(Math.log((documents + 1) / (n + 1)) * 1e4) / 1e4 + 1);
  const unseenIdf = Math.log(documents + 1) + 1;

  const codes: HsIndexCode[] = subheadings.map((entry, i) => ({ hs6: entry.code, description: entry.description, ...vectorize(codeCounts[i]!, ids, idf) }));
  const weight = options.exampleWeight ?? 1;
  const indexed: HsIndexExample[] = [
    ...examples.map((example, i) => ({ hs6: example.hs6, weight, ...vectorize(exampleCounts[i]!, ids, idf), ...headId(example.text, ids) })),
    ...subheadings.map((entry, i): HsIndexExample => ({ hs6: entry.code, weight: 1, nomenclature: true, ...vectorize(descriptionCounts[i]!, ids, idf) })),
  ];

  const features = [...ids.keys()];
  const docs = indexed.filter((e) => e.f.length > 0);
  const untrained: HsIndex = {
    version: HS_INDEX_VERSION,
    features,
    idf,
    unseenIdf,
    synonyms,
    abbreviations,
    codes,
    examples: docs,
    titles,
    params: { ...DEFAULT_HS_PARAMS, ...options.params },
    ranker: DEFAULT_HS_RANKER,
  };
  if (options.ranker === false) return untrained;
  const trained = { ...untrained, ranker: fitRanker(leaveOneOutSamples(untrained), options.ranker?.start ?? DEFAULT_HS_RANKER, options.ranker) };
  sharePrepared(untrained, trained);
  return trained;
}

/**
 * Each labeled example as a query against the index without it and without any example of the
 * same text: what the ranker learns from is what it will meet (a code with one example looks
 * unseen when that example is the query).
 */
function leaveOneOutSamples(index: HsIndex): RankerSample[] {
  const prep = prepareIndex(index);
  const sameText = new Map<string, number[]>();
  index.examples.forEach((example, e) => {
    if (example.nomenclature) return;
    const key = `${example.f.join(',')}|${example.v.join(',')}`;
    const group = sameText.get(key);
    if (group) group.push(e);
    else sameText.set(key, [e]);
  });
  const samples: RankerSample[] = [];
  for (const group of sameText.values()) {
    for (const e of group) {
      const example = index.examples[e]!;
      const candidates = candidateFeatures(example, index, prep, group);
      samples.push({ candidates, gold: candidates.hs6.indexOf(example.hs6) });
    }
  }
  return samples;
}

/** A subheading's own words; "Other" subheadings borrow their heading's. */
function descriptionText(entry: HsNomenclatureEntry, titles: Readonly<Record<string, string>>): string {
  const heading = titles[entry.code.slice(0, 4)] ?? '';
  return /^other\b|n\.e\.c\./i.test(entry.description) ? `${heading} ${entry.description}` : entry.description;
}
