import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { findSourceDir } from './find-source-dir.js';

/**
 * One language's storefront messages: ICU MessageFormat strings by key (`product.addToCart`),
 * as shipped in src/data/i18n/<locale>.json.
 */
export type MessageCatalog = { readonly locale: string; readonly messages: Readonly<Record<string, string>> };

/** Catalogs by their locale tag (`en`, `zh-Hans`). English must be there: it is every key's fallback. */
export type Catalogs = ReadonlyMap<string, MessageCatalog>;

/** The language every other catalog falls back to, key by key. */
export const BASE_LOCALE = 'en';

/** Where the shipped catalogs live (src/data/i18n), from src/, dist/ or the benchmark build alike. */
export function defaultCatalogDir(): string {
  return findSourceDir(import.meta.url, 'data/i18n', `${BASE_LOCALE}.json`);
}

/**
 * Read every `<locale>.json` of a folder. Each file is `{ "locale": "de", "messages": { key: ICU text } }`
 * and its name must match its locale. Read once at start; a malformed file stops the start, naming it.
 */
export function loadCatalogs(dir: string = defaultCatalogDir()): Catalogs {
  const catalogs = new Map<string, MessageCatalog>();
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const file = path.join(dir, name);
    const parsed = readCatalog(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
    if (typeof parsed === 'string') throw new Error(`${file}: ${parsed}`);
    if (`${parsed.locale}.json` !== name) throw new Error(`${file}: declares locale ${parsed.locale}; the file must be named ${parsed.locale}.json`);
    catalogs.set(parsed.locale, parsed);
  }
  if (!catalogs.has(BASE_LOCALE)) throw new Error(`${dir}: no ${BASE_LOCALE}.json, the catalog every other language falls back to`);
  return catalogs;
}

/** The catalog of a parsed file, or why it is not one. */
export function readCatalog(input: unknown): MessageCatalog | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'must be an object { "locale", "messages" }';
  const { locale, messages } = input as Record<string, unknown>;
  if (typeof locale !== 'string' || !isLocaleTag(locale)) return 'locale must be a BCP 47 tag such as de or zh-Hans';
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) return 'messages must be an object of key: ICU message';
  for (const [key, text] of Object.entries(messages)) {
    if (!/^[a-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/.test(key)) return `message key "${key}" must be dotted words like product.addToCart`;
    if (typeof text !== 'string' || text.length === 0) return `message ${key} must be non-empty text`;
  }
  return { locale, messages: messages as Record<string, string> };
}

function isLocaleTag(tag: string): boolean {
  try {
    return new Intl.Locale(tag).toString() === tag;
  } catch {
    return false;
  }
}

/**
 * What is wrong with a catalog measured against the base: messages ICU cannot parse, keys the base
 * lacks (never shown), and translations whose arguments differ from the base's (a dropped {price}
 * or a misspelt {count} shows the wrong text). Keys it lacks are listed too: they fall back to the
 * base language, which a shipped catalog should not need.
 * @example checkCatalog(de, en) // ['missing: product.addToCart', 'product.price: arguments {amount} differ from en {price}']
 */
export function checkCatalog(catalog: MessageCatalog, base: MessageCatalog): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(base.messages)) if (!(key in catalog.messages)) problems.push(`missing: ${key}`);
  for (const [key, text] of Object.entries(catalog.messages)) {
    const baseText = base.messages[key];
    if (baseText === undefined) {
      problems.push(`unknown key: ${key}`);
      continue;
    }
    let args: string[];
    try {
      args = argumentsOf(text, catalog.locale);
    } catch (e) {
      problems.push(`${key}: not an ICU message (${(e as Error).message})`);
      continue;
    }
    const expected = argumentsOf(baseText, base.locale);
    if (args.join(',') !== expected.join(',')) problems.push(`${key}: arguments {${args.join('} {')}} differ from ${base.locale} {${expected.join('} {')}}`);
  }
  return problems;
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The sorted argument names of an ICU message (plural, select, number and date arguments included). */
export function argumentsOf(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly Element[]) => {
    for (const e of elements) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (the parser's TYPE enum).
      if (e.type >= 1 && e.type <= 6 && typeof e.value === 'string') names.add(e.value);
      for (const option of Object.values(e.options ?? {})) walk(option.value);
      if (e.children) walk(e.children);
    }
  };
  walk(new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as unknown as Element[]);
  return [...names].sort();
}
