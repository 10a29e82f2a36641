import { normalizeText } from './normalize-text.js';
import { stemWord } from './stem-word.js';

/** Words that say nothing about the goods (nomenclature boilerplate included). */
const STOPWORDS = new Set(
  ('a an and or the of for with without to in on at by from as its their whether not than other others ' +
    'such this that these those be is are being but nes nec n e c etc including excluding whose which ' +
    'kind kinds used use type mainly principally solely chiefly wholly new').split(' '),
);

const NEGATORS = new Set(['not', 'non', 'than', 'excluding', 'except']);

/** Scripts written without spaces between words: split into overlapping character pairs. */
const UNSPACED = /[\u30fc\u3005\uff70\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;

/**
 * Product text -> tokens: normalized, split on spaces, English plurals stemmed, stopwords dropped,
 * the word after a negation ("not", "non", "than", "excluding", "except") dropped;
 * runs of Han, kana, Hangul or Thai become character bigrams (a single character stays as it is).
 */
export function tokenize(text: string): string[] {
  return split(text).tokens;
}

/** Where the first noun phrase of a product text ends: a comma, bracket or dash, or a preposition. */
const PHRASE_END = /[,;:(\[|/]|\s[-–—]\s|\s(?:for|of|with|without|in|from|on|to|by|made|containing|incl|including)\s/i;

/**
 * The head noun of a product text, the thing it is ("bicycle pumps" -> pump, "jugs, porcelain" ->
 * jug, "parts for spectacles" -> part): the last word of its first noun phrase. Undefined when
 * there is no word.
 */
export function headWord(text: string): string | undefined {
  const cut = text.search(PHRASE_END);
  const first = tokenize(cut > 0 ? text.slice(0, cut) : text);
  return first.at(-1) ?? tokenize(text).at(-1);
}

/** The words `tokenize` drops because a negation precedes them ("not knitted" -> knitted). */
export function negatedTokens(text: string): string[] {
  return split(text).negated;
}

function split(text: string): { tokens: string[]; negated: string[] } {
  const tokens: string[] = [];
  const dropped: string[] = [];
  let negated = false;
  for (const word of normalizeText(text).split(' ')) {
    if (word === '') continue;
    // "not roasted", "other than cotton", "non alcoholic": the negated word is not evidence for the code
    if (NEGATORS.has(word)) {
      negated = true;
      continue;
    }
    if (negated) {
      negated = false;
      const stemmed = stemWord(word);
      if (keep(stemmed)) dropped.push(stemmed);
      continue;
    }
    if (UNSPACED.test(word)) {
      UNSPACED.lastIndex = 0;
      const rest = word.replace(UNSPACED, ' ').trim();
      for (const run of word.match(UNSPACED) ?? []) tokens.push(...characterPairs(run));
      if (rest !== '') tokens.push(...rest.split(' ').map(stemWord).filter(keep));
      continue;
    }
    const stemmed = stemWord(word);
    if (keep(stemmed)) tokens.push(stemmed);
  }
  return { tokens, negated: dropped };
}

function keep(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}

function characterPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}
