/** Scripts written right to left (ISO 15924 codes): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan, Mende Kikakui, Old Hungarian. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr', 'Mend', 'Hung']);

const cache = new Map<string, 'ltr' | 'rtl'>();

/**
 * The writing direction of a BCP 47 tag, from its script: written (`az-Arab`) or the language's
 * likely script (`ar` -> Arab, `he` -> Hebr, `dv` -> Thaa), as CLDR's likely subtags give it.
 * Intl.Locale#textInfo is not used: Node 20 answers ltr for `dv` and `az-Arab`. A malformed tag is ltr.
 * @example textDirection('ar-EG') // 'rtl'
 * @example textDirection('zh-Hans-SG') // 'ltr'
 */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  let dir = cache.get(locale);
  if (dir) return dir;
  let script: string | undefined;
  try {
    script = new Intl.Locale(locale).maximize().script;
  } catch {
    script = undefined;
  }
  dir = script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  if (cache.size < 500) cache.set(locale, dir);
  return dir;
}
