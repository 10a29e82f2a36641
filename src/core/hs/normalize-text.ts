/**
 * Normalize product text for matching: HTML stripped, lowercased, accents folded, emoji dropped,
 * quantities with units and counts dropped (`500g`, `100 ml`, `2x`, `x3`, `12 pcs`; on the dev
 * split unit-kind tokens did no better than dropping them), punctuation turned into spaces.
 * Scripts written without spaces (Han, kana, Hangul, Thai) are kept; `tokenize` splits them into
 * character pairs. Text over 2,000 characters is truncated.
 */
export const MAX_TEXT_LENGTH = 2000;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };

const FOLD: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i' };

const UNIT_WORDS = 'mg|g|gr|grams?|kgs?|kilos?|oz|lbs?|ml|cl|dl|l|ltr|lit(?:re|er)s?|mm|cm|m|in|inch(?:es)?|ft|w|kw|v|mah|wh|mb|gb|tb';
const QUANTITY = new RegExp(`(?<![a-z])\\d+(?:[.,]\\d+)?\\s*(${UNIT_WORDS})(?![a-z])`, 'g');
const COUNT = /(?<![a-z0-9])(?:\d+\s*(?:x|pcs?|pieces?|pk|pack|ct|count)|x\s*\d+)(?![a-z])/g;

export function normalizeText(input: string): string {
  let text = input.length > MAX_TEXT_LENGTH ? input.slice(0, MAX_TEXT_LENGTH) : input;
  text = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?[a-z0-9]+);/gi, (_m, name: string) => ENTITIES[name.toLowerCase()] ?? ' ')
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0f\u20e3]/gu, ' ')
    .toLowerCase()
    .normalize('NFKD')
    // accents are folded on Latin letters only: kana keep their voicing marks
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFKC')
    .replace(/[ßæœøđłþðı]/g, (c) => FOLD[c] ?? c);
  text = text
    .replace(QUANTITY, ' ')
    .replace(COUNT, ' ')
    // single-letter prefixes stay joined: t-shirt -> tshirt, e-bike -> ebike
    .replace(/(?<![\p{L}\p{N}])([a-z])-(?=[a-z]{2})/gu, '$1')
    .replace(/(?<![a-z])t shirt/g, 'tshirt')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    // bare numbers (model numbers, sizes) carry no class information
    .replace(/(?<![\p{L}\p{N}])\d+(?![\p{L}\p{N}])/gu, ' ');
  return text.replace(/\s+/g, ' ').trim();
}

