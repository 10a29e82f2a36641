import { detectAll } from 'tinyld';

/** The fewest letters worth detecting a language from ("ok", "thanks!" say too little); CJK letters carry more each. */
const MIN_LETTERS = 8;
const MIN_CJK = 4;

/**
 * The language of a message's own words (quoted replies, order numbers and addresses left out), as
 * an ISO 639-1 code, when the detector is sure enough; else undefined.
 */
export function detectLanguage(text: string): string | undefined {
  const own = text
    .split('\n')
    .filter((line) => !line.startsWith('>'))
    .join('\n')
    .split(/\n(?:On .{0,200} wrote:|Am .{0,200} schrieb .{0,200}:|Le .{0,200} a écrit :|-{2,} ?Original Message ?-{2,})/)[0]!
    .replace(/\bLF-?\d+\b|\S+@\S+|https?:\/\/\S+/gi, ' ');
  const letters = own.match(/\p{L}/gu)?.length ?? 0;
  const cjk = own.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  if (letters < MIN_LETTERS && cjk < MIN_CJK) return undefined;
  const [best] = detectAll(own.slice(0, 5000));
  return best && best.accuracy >= 0.5 ? best.lang : undefined;
}
