import { languageOf } from './locale-tag.js';

/**
 * PostgreSQL text search configurations by language subtag. Only configurations shipped with
 * PostgreSQL 15 (the oldest server Landfall supports) are named, and PGlite ships the same
 * Snowball stemmers, so a tsvector means the same on both. Languages without a stemmer (Vietnamese,
 * Japanese, Chinese, Korean, Thai, ...) use `simple`: lower-cased words, no stemming, no stop words.
 */
const CONFIGS: Readonly<Record<string, string>> = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/** Every configuration name this module can return (the database column is checked against it). */
export const TEXT_SEARCH_CONFIGS: readonly string[] = [...new Set([...Object.values(CONFIGS), 'simple'])].sort();

/**
 * The PostgreSQL text search configuration for a locale's text.
 * @example textSearchConfigFor('de-AT') // 'german'
 * @example textSearchConfigFor('ja')    // 'simple'
 */
export function textSearchConfigFor(locale: string): string {
  const language = languageOf(locale).toLowerCase();
  return Object.hasOwn(CONFIGS, language) ? CONFIGS[language]! : 'simple';
}

/**
 * Han, Hiragana, Katakana (with the prolonged sound mark) and Hangul. These scripts write words
 * without spaces, so PostgreSQL's parser sees a whole phrase as one "word".
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005]+/gu;

/**
 * Index terms for the CJK text in `text`: every character and every pair of neighbouring
 * characters of each run (the usual n-gram approach when no word segmenter is at hand: a search
 * for any 1 or 2+ character substring then matches). Empty when the text has no CJK characters.
 * @example cjkIndexTerms('コーヒー豆') // 'コ ー ヒ 豆 コー ーヒ ヒー ー豆'
 */
export function cjkIndexTerms(text: string): string {
  const terms: string[] = [];
  for (const run of text.matchAll(CJK_RUN)) {
    const chars = [...run[0]];
    for (const c of chars) terms.push(c);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  }
  return [...new Set(terms)].join(' ');
}

/**
 * A search box's text split for the database: `words` (everything but CJK runs) for
 * `websearch_to_tsquery` in the locale's configuration, and `cjkTerms` that must all be present
 * among the indexed n-grams (one character for a one-character run, else its pairs).
 * @example searchQueryParts('ja', 'コーヒー 500g') // { config: 'simple', words: '500g', cjkTerms: ['コー', 'ーヒ', 'ヒー'] }
 */
export function searchQueryParts(locale: string, q: string): { config: string; words: string; cjkTerms: string[] } {
  const cjkTerms: string[] = [];
  for (const run of q.matchAll(CJK_RUN)) {
    const chars = [...run[0]];
    if (chars.length === 1) cjkTerms.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) cjkTerms.push(chars[i]! + chars[i + 1]!);
  }
  const words = q.replace(CJK_RUN, ' ').replace(/\s+/g, ' ').trim();
  return { config: textSearchConfigFor(locale), words, cjkTerms: [...new Set(cjkTerms)] };
}
