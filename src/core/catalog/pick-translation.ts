import { languageOf } from './locale-tag.js';

/** The locale every product has text in (validateProductInput requires it). */
export const REQUIRED_LOCALE = 'en';

/**
 * Choose which of a product's translations to show for `locale`: the exact tag, else one of the same
 * language (`de-CH` asked, `de` held; `zh-Hant` asked, `zh-Hant-TW` held), then the same for
 * `fallbackLocale`, then `en`, then the first available. Undefined only for an empty list.
 * Tags are compared in canonical case (see canonicalLocale).
 * @example pickTranslation(['en', 'de'], 'de-AT', 'en') // 'de'
 * @example pickTranslation(['en', 'vi'], 'ja', 'vi')    // 'vi'
 */
export function pickTranslation(available: readonly string[], locale: string, fallbackLocale: string): string | undefined {
  return bestFor(available, locale) ?? bestFor(available, fallbackLocale) ?? (available.includes(REQUIRED_LOCALE) ? REQUIRED_LOCALE : available[0]);
}

function bestFor(available: readonly string[], wanted: string): string | undefined {
  // From the whole tag down to its language (RFC 4647 lookup: zh-Hant-TW -> zh-Hant -> zh), take
  // the tag itself, else the most general held tag that extends it (zh-Hant asked, zh-Hant-TW held).
  for (let tag = wanted; ; tag = tag.slice(0, tag.lastIndexOf('-'))) {
    if (available.includes(tag)) return tag;
    const longer = available.filter((a) => a.startsWith(`${tag}-`)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    if (longer) return longer;
    if (!tag.includes('-')) return undefined;
  }
}

/**
 * The locales whose rows can decide `pickTranslation` for these two, so a query can load only them:
 * both tags, their prefixes and `en`. Rows of the same language with other regions are found
 * through `languages`.
 */
export function translationCandidates(locale: string, fallbackLocale: string): { locales: string[]; languages: string[] } {
  const locales = new Set<string>([REQUIRED_LOCALE]);
  for (const wanted of [locale, fallbackLocale]) {
    for (let tag = wanted; ; tag = tag.slice(0, tag.lastIndexOf('-'))) {
      locales.add(tag);
      if (!tag.includes('-')) break;
    }
  }
  return { locales: [...locales], languages: [...new Set([languageOf(locale), languageOf(fallbackLocale)])] };
}
