/**
 * Cyrillic and Greek letters to Latin, one simple table each, for matching only (not for display).
 * Russian follows the common passport-style romanization (ж zh, х kh, ц ts, ч ch, ш sh, щ shch,
 * ю yu, я ya); й and ы become y, which the token folds then treat like i. Ukrainian and Belarusian
 * letters that Russian lacks are included (і ї є ґ ў). Greek follows ELOT 743 in its simple form.
 * Letters with accents are decomposed before this table is used, so only base letters appear here.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', ђ: 'dj', џ: 'dz', ѕ: 'dz',
};

const GREEK: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Latin letters that do not decompose under NFKD. */
const LATIN: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng', ĸ: 'k',
};

const TABLE: Readonly<Record<string, string>> = { ...CYRILLIC, ...GREEK, ...LATIN };

const NON_ASCII_LETTER = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/gu;

/** Which scripts other than Latin the text uses (for the explanation). Expects lower case. */
export function scriptsUsed(text: string): ('Cyrillic' | 'Greek')[] {
  const out: ('Cyrillic' | 'Greek')[] = [];
  if (/\p{Script=Cyrillic}/u.test(text)) out.push('Cyrillic');
  if (/\p{Script=Greek}/u.test(text)) out.push('Greek');
  return out;
}

/**
 * Lower-case, decomposed text -> the same text with Cyrillic, Greek and the undecomposable Latin
 * letters spelled in ASCII. Letters of other scripts are left as they are.
 * Example: `ротенберг` -> `rotenberg`, `σαμαράς` (after NFKD and mark removal) -> `samaras`.
 */
export function transliterate(text: string): string {
  return text.replace(NON_ASCII_LETTER, (c) => TABLE[c] ?? c);
}
