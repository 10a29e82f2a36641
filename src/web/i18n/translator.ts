import { IntlMessageFormat } from 'intl-messageformat';
import { BASE_LOCALE, type Catalogs, type MessageCatalog } from './catalogs.js';
import { textDirection } from './direction.js';

export type MessageValue = string | number | Date;

/**
 * Text and formats for one page: the UI language chosen from the catalogs and the buyer's country,
 * which together make the page's language tag (`de-CH`) that numbers, prices and dates follow.
 */
export type Translator = {
  /** The catalog the UI text comes from (`de`; `en` when the market's language has no catalog). */
  readonly uiLocale: string;
  /** The page's tag: the UI language with the buyer's country (`de-CH`, `zh-Hans-SG`), for `lang` and every Intl format. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** An ICU message by key, in the UI language, else in English; a key English lacks is a bug and throws. */
  t(key: string, values?: Record<string, MessageValue>): string;
  /** Whether the UI catalog (or English) has this key: for optional labels such as category names. */
  has(key: string): boolean;
  /** A decimal amount as text ("29.90") in its currency, formatted without a float round trip. */
  money(amount: string, currency: string): string;
  /** A percentage written as a decimal string ("19", "5.5") as the locale writes it ("19 %", "5,5 %"). */
  percent(percent: string): string;
  number(n: number): string;
  /** A date (YYYY-MM-DD) or instant (ISO 8601) as a calendar date in UTC. */
  date(iso: string, style?: 'medium' | 'long'): string;
  /** Two dates as one range ("13–20 May 2025"). */
  dateRange(fromIso: string, toIso: string): string;
  /** A country's name in the UI language (`DE` -> "Deutschland"). */
  regionName(country: string): string;
  /** A language's name in that language, capitalized for a menu (`fr` -> "Français"). */
  languageName(locale: string): string;
  /** Sort order of the UI language. */
  compare(a: string, b: string): number;
};

/** Dates in messages and formats are calendar dates: the server does not know the buyer's time zone, so UTC. */
const DATE_FORMATS = {
  date: {
    short: { timeZone: 'UTC', year: '2-digit', month: 'numeric', day: 'numeric' },
    medium: { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' },
    long: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
    full: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' },
  },
} as const;

/**
 * The catalog locale for a market language: the same tag, else the same language and script as
 * CLDR's likely subtags give them (`zh-CN` and `zh` are written in Simplified Chinese, so they
 * take `zh-Hans`), else the same language, else English.
 * @example pickCatalogLocale(catalogs, 'zh-CN') // 'zh-Hans'
 * @example pickCatalogLocale(catalogs, 'nl') // 'en' (no Dutch catalog)
 */
export function pickCatalogLocale(catalogs: Catalogs, locale: string): string {
  if (catalogs.has(locale)) return locale;
  const wanted = maximized(locale);
  if (!wanted) return BASE_LOCALE;
  let sameLanguage: string | undefined;
  for (const tag of catalogs.keys()) {
    const have = maximized(tag);
    if (!have || have.language !== wanted.language) continue;
    if (have.script === wanted.script) return tag;
    sameLanguage ??= tag;
  }
  return sameLanguage ?? BASE_LOCALE;
}

function maximized(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}

/** `de` + `CH` -> `de-CH`; a tag that already names a region keeps it. */
export function withRegion(locale: string, country: string | undefined): string {
  try {
    const l = new Intl.Locale(locale);
    return country && !l.region ? new Intl.Locale(l.baseName, { region: country }).toString() : l.toString();
  } catch {
    return BASE_LOCALE;
  }
}

/**
 * Translators over a set of catalogs, one per UI language and country, built once and kept: each
 * compiles a message the first time it is used and keeps its Intl formatters, so a page renders
 * without parsing anything again.
 */
export function createI18n(catalogs: Catalogs): { catalogs: Catalogs; translator(locale: string, country?: string): Translator } {
  const base = catalogs.get(BASE_LOCALE);
  if (!base) throw new Error(`the catalogs lack ${BASE_LOCALE}, every key's fallback`);
  const made = new Map<string, Translator>();
  return {
    catalogs,
    translator(locale, country) {
      const uiLocale = pickCatalogLocale(catalogs, locale);
      const key = `${uiLocale}|${country ?? ''}`;
      let t = made.get(key);
      if (!t) {
        t = makeTranslator(catalogs.get(uiLocale)!, base, withRegion(uiLocale, country));
        // Bounded by catalogs x countries; the guard only stops a bug from growing it forever.
        if (made.size < 5_000) made.set(key, t);
      }
      return t;
    },
  };
}

function makeTranslator(catalog: MessageCatalog, base: MessageCatalog, lang: string): Translator {
  const compiled = new Map<string, IntlMessageFormat>();
  const numbers = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, options: Intl.NumberFormatOptions) => {
    let f = numbers.get(key);
    if (!f) numbers.set(key, (f = new Intl.NumberFormat(lang, options)));
    return f;
  };
  const dates = { medium: new Intl.DateTimeFormat(lang, DATE_FORMATS.date.medium), long: new Intl.DateTimeFormat(lang, DATE_FORMATS.date.long) };
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(lang);
  const autonyms = new Map<string, string>();
  const toDate = (iso: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);

  return {
    uiLocale: catalog.locale,
    lang,
    dir: textDirection(lang),
    t(key, values) {
      let message = compiled.get(key);
      if (!message) {
        const text = catalog.messages[key] ?? base.messages[key];
        if (text === undefined) throw new Error(`no message "${key}" in ${catalog.locale} or ${base.locale}`);
        message = new IntlMessageFormat(text, lang, DATE_FORMATS, { ignoreTag: true });
        compiled.set(key, message);
      }
      return String(message.format(values));
    },
    has: (key) => key in catalog.messages || key in base.messages,
    money: (amount, currency) =>
      // Intl formats a decimal string exactly (ECMA-402 "Intl.NumberFormat v3"); no float is made.
      numberFormat(`c:${currency}`, { style: 'currency', currency }).format(amount as unknown as number),
    percent: (percent) => numberFormat('%', { style: 'percent', maximumFractionDigits: 2 }).format(Number(percent) / 100),
    number: (n) => numberFormat('n', {}).format(n),
    date: (iso, style = 'medium') => dates[style].format(toDate(iso)),
    dateRange: (fromIso, toIso) => dates.medium.formatRange(toDate(fromIso), toDate(toIso)),
    regionName: (country) => regions.of(country) ?? country,
    languageName(locale) {
      let name = autonyms.get(locale);
      if (name === undefined) {
        try {
          const own = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(locale) ?? locale;
          name = own.charAt(0).toLocaleUpperCase(locale) + own.slice(1);
        } catch {
          name = locale;
        }
        autonyms.set(locale, name);
      }
      return name;
    },
    compare: (a, b) => collator.compare(a, b),
  };
}
