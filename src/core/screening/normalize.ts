import { ABD_AL_KEY, foldTokens } from './fold-token.js';
import { findLegalForms, INNER_NOISE_WORDS, NOISE_WORDS } from './legal-forms.js';
import { scriptsUsed, transliterate } from './transliterate.js';

export { phonetic } from './phonetic.js';

/**
 * Name normalization for screening. A name goes through:
 * 1. Unicode NFKD, lower case, diacritics stripped; Cyrillic and Greek transliterated (transliterate.ts).
 * 2. `SURNAME, Given Names` (one comma) read as `Given Names SURNAME`; in a person's name written so,
 *    a second surname (GUTIÉRREZ MÁRQUEZ, José Luis) is optional, as Spanish and Portuguese usage drops it.
 * 3. Apostrophes dropped (O'Neill -> oneill), dotted abbreviations joined (S.A. -> sa),
 *    hyphenated Arabic articles dropped (al-Rashid, ar-Rahman, ad-Din), & read as "and",
 *    every other punctuation mark and hyphen turned into a space.
 * 4. Company legal forms dropped (legal-forms.ts) unless the name is a person's, then noise words
 *    (the, of, and, de, al ...; bin, le and do only between two other words). Neither step may
 *    leave a name without tokens.
 * 5. "Abd al" compounds split and every token folded to its matching key (fold-token.ts).
 */
export type NameAnalysis = {
  /** Matching keys, in reading order (given names first). */
  tokens: string[];
  /** The normalized spelling each key came from (lower case, ASCII), for explanations. */
  raw: string[];
  /** Tokens a variant may leave out without it being another party: patronymics, a person's middle names and second surname. */
  optional: boolean[];
  /** Legal forms dropped, upper case (`LLC`, `JOINT STOCK`). */
  legalForms: string[];
  /** The name carried diacritics (é, ü, ș...). */
  hadDiacritics: boolean;
  /** Scripts transliterated. */
  scripts: ('Cyrillic' | 'Greek')[];
};

export type AnalyzeOptions = {
  /** The name is a person's: legal forms are kept, and middle names and a second surname are optional (see `optional`). */
  individual?: boolean;
};

/** Russian, Ukrainian, Belarusian patronymics and the Turkic oglu/kyzy, on folded keys (y is i, w is v). */
const PATRONYMIC = /(?:ovich|evich|avich|ovna|evna|avna|auna|ivna|ichna|ogli|oglu|kizi)$/;

/** Words that form one name with the word after them (Abd al-Rahman, Abu Zayd): that word is never a second surname. */
const BOUND_PREFIXES: ReadonlySet<string> = new Set([ABD_AL_KEY, 'abu', 'um']);

const DOTTED = /(?<![\p{L}\p{N}])(?:(?:\p{L}\.){2,}|(?:\p{L}\.)+\p{L})(?![\p{L}\p{N}])/gu;
const HYPHENATED_ARTICLE = /(?<![\p{L}\p{N}])(?:al|el|ar|as|ash|ad|an|at|az|ul|ud|ur|us|ut)-(?=\p{L})/gu;

/** One part of a name -> words: apostrophes dropped, dotted abbreviations joined, hyphenated articles dropped, & read as "and", punctuation to spaces. */
function splitWords(part: string, ascii: boolean): string[] {
  let text = part;
  // Each pass runs only when its character is present: most names need none of them.
  if (/['’‘`ʼʻ]/.test(text)) text = text.replace(/['’‘`ʼʻ]/g, '');
  if (text.includes('.')) text = text.replace(DOTTED, (m) => m.replace(/\./g, ''));
  if (text.includes('-')) text = text.replace(HYPHENATED_ARTICLE, '');
  if (text.includes('&')) text = text.replace(/&/g, ' and ');
  text = ascii ? text.replace(/[^a-z0-9]+/g, ' ') : text.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return text.split(' ').filter((w) => w !== '');
}

/** Analyze one name (see the steps above). Example: `ROTENBERG, Igor Arkadyevich` -> tokens igor, arkadevich, rotenberg. */
export function analyzeName(name: string, options: AnalyzeOptions = {}): NameAnalysis {
  let text = name.normalize('NFKD').toLowerCase();
  // Most list names are plain ASCII: skip the Unicode passes for them (index builds over ~70,000 names).
  const ascii = !/[^\x00-\x7f]/.test(text);
  const hadDiacritics = !ascii && /\p{M}/u.test(text);
  const scripts = ascii ? [] : scriptsUsed(text);
  if (!ascii) text = transliterate(text.replace(/\p{M}+/gu, ''));
  // `SURNAME, Given Names`: read the given names first and remember where the surname starts.
  const comma = text.split(',');
  const parts = comma.length === 2 && comma[0]!.trim() !== '' && comma[1]!.trim() !== '' ? [comma[1]!, comma[0]!] : [text];
  let words: string[] = [];
  let inSurname: boolean[] = [];
  parts.forEach((part, p) => {
    const partWords = splitWords(part, ascii);
    words.push(...partWords);
    inSurname.push(...partWords.map(() => p === 1));
  });
  let legalForms: string[] = [];
  if (!options.individual) {
    const cut = findLegalForms(words);
    if (cut.kept.length > 0) {
      [words, inSurname] = [cut.kept.map((i) => words[i]!), cut.kept.map((i) => inSurname[i]!)];
      legalForms = cut.removed;
    }
  }
  const last = words.length - 1;
  const meaningful = words.flatMap((w, i) => (NOISE_WORDS.has(w) || (INNER_NOISE_WORDS.has(w) && i > 0 && i < last) ? [] : [i]));
  if (meaningful.length > 0) [words, inSurname] = [meaningful.map((i) => words[i]!), meaningful.map((i) => inSurname[i]!)];
  const folded = foldTokens(words);
  const n = folded.length;
  // A person's optional parts: written `SURNAME, Given`, the given names after the first and the
  // surnames after the first (Spanish second surname); written in one run, everything between the
  // first and the last part. Patronymics always.
  const surnameStart = folded.findIndex((t) => inSurname[t.source]);
  const isOptional = (i: number): boolean => {
    if (PATRONYMIC.test(folded[i]!.key)) return true;
    if (!options.individual) return false;
    if (surnameStart < 0) return n >= 3 && i > 0 && i < n - 1;
    if (i < surnameStart) return i > 0;
    return i > surnameStart && !BOUND_PREFIXES.has(folded[i - 1]!.key);
  };
  const optional = folded.map((_, i) => isOptional(i));
  return { tokens: folded.map((t) => t.key), raw: folded.map((t) => t.raw), optional, legalForms, hadDiacritics, scripts };
}

/**
 * A name -> its matching keys, in reading order.
 * Example: `Mohamed Abdel-Rahman Al-Rashid LLC` -> ['muhamad', 'abdal', 'rahman', 'rashid'].
 */
export function nameKey(name: string): string[] {
  return analyzeName(name).tokens;
}
