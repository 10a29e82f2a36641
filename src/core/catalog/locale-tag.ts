/**
 * BCP 47 language tags as the catalog stores them: language (2 or 3 letters), optional script
 * (4 letters), optional region (2 letters or 3 digits) and variants, in the canonical case of
 * RFC 5646 section 2.1.1 (`zh-hans-cn` -> `zh-Hans-CN`). Extensions and private-use subtags are
 * not accepted: a catalog has no use for them, and refusing them keeps tags short and comparable.
 */
const TAG = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?((?:-(?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*)$/;

/** Longest tag accepted (RFC 5646 recommends supporting at least 35 characters). */
export const MAX_LOCALE_LENGTH = 35;

/**
 * The canonical form of a well-formed tag, or undefined when it is not one.
 * @example canonicalLocale('ZH-hans') // 'zh-Hans'
 * @example canonicalLocale('en_US')   // undefined (underscore is not a BCP 47 separator)
 */
export function canonicalLocale(tag: string): string | undefined {
  if (tag.length === 0 || tag.length > MAX_LOCALE_LENGTH) return undefined;
  const m = TAG.exec(tag.toLowerCase());
  if (!m) return undefined;
  const [, language, script, region, variants] = m;
  let out = language!;
  if (script) out += `-${script[0]!.toUpperCase()}${script.slice(1)}`;
  if (region) out += `-${region.toUpperCase()}`;
  return out + (variants ?? '');
}

/** The primary language subtag: `pt-BR` -> `pt`. */
export function languageOf(locale: string): string {
  const dash = locale.indexOf('-');
  return dash === -1 ? locale : locale.slice(0, dash);
}
