import { phonetic } from './phonetic.js';
import { boundedEditDistance, jaroWinkler } from './similarity.js';

/** How two matching keys relate, for scoring and for the explanation. */
export type TokenRelation =
  | { kind: 'same'; similarity: 1 }
  | { kind: 'typo'; similarity: number; edits: number }
  | { kind: 'sound'; similarity: number; edits: number }
  | { kind: 'initial'; similarity: number }
  | { kind: 'article'; similarity: number }
  | { kind: 'none'; similarity: 0 };

/** What an initial (`I.` for Igor) is worth against the full name. */
export const INITIAL_SIMILARITY = 0.9;
/**
 * A typo that changes the consonants (the sound key) is worth less than one in the vowels:
 * romanizations of one name mostly differ in vowels (Rotenberg/Rotenburg, Hashimi/Hashemi),
 * while Xiaoming/Xiaoping are two names.
 */
export const CONSONANT_CHANGE = 0.9;
/** `alrashid` against `rashid`: the Arabic article written joined to the name. */
export const ARTICLE_SIMILARITY = 0.95;

/**
 * Edits a token may differ by and still be the same name, by the shorter token's length
 * (the schedule search engines use for fuzzy terms): none up to four letters, one from five,
 * two from nine. Tokens of six letters or more that also sound alike (same `phonetic` key) may
 * differ by one more. Short tokens must match exactly: Amin is not Amir, Sato is not Soto.
 */
export function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

const NONE: TokenRelation = { kind: 'none', similarity: 0 };

/**
 * Compare two matching keys (already folded). The similarity of a typo or sound-alike pair is
 * their Jaro-Winkler similarity (times CONSONANT_CHANGE when their sound keys differ); the edit
 * budget above decides whether they pair at all.
 * Examples: rotenberg ~ rotenburg typo (1 edit, 0.96); kadafi ~ gadhafi sound (2 edits);
 * i ~ igor initial; amin ~ amir none.
 */
export function relateTokens(a: string, b: string): TokenRelation {
  if (a === b) return { kind: 'same', similarity: 1 };
  const la = a.length;
  const lb = b.length;
  if (la === 1 || lb === 1) {
    const [short, long] = la === 1 ? [a, b] : [b, a];
    return long.length > 1 && long.startsWith(short) && /[a-z]/.test(short) ? { kind: 'initial', similarity: INITIAL_SIMILARITY } : NONE;
  }
  if ((la === lb + 2 && isArticleJoined(a, b)) || (lb === la + 2 && isArticleJoined(b, a))) return { kind: 'article', similarity: ARTICLE_SIMILARITY };
  const shorter = Math.min(la, lb);
  const soundBonus = shorter >= 6 ? 1 : 0;
  const budget = allowedEdits(shorter) + soundBonus;
  if (budget === 0 || Math.abs(la - lb) > budget) return NONE;
  const edits = boundedEditDistance(a, b, budget);
  if (edits > budget) return NONE;
  const soundAlike = phonetic(a) === phonetic(b);
  const similarity = jaroWinkler(a, b) * (soundAlike ? 1 : CONSONANT_CHANGE);
  if (edits <= allowedEdits(shorter)) return { kind: 'typo', similarity, edits };
  return soundAlike ? { kind: 'sound', similarity, edits } : NONE;
}

function isArticleJoined(long: string, short: string): boolean {
  return (long.startsWith('al') || long.startsWith('el')) && long.slice(2) === short;
}
