import { isUuid } from '../ids/uuid.js';
import { isCountry } from '../geo/countries.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { checkOptionalText, checkSlugList, checkText, fieldKey, isObject, isSlug, type AddIssue } from './field-checks.js';
import { canonicalLocale } from './locale-tag.js';
import { REQUIRED_LOCALE } from './pick-translation.js';
import { PRODUCT_STATUSES, type ProductStatus, type ValidProduct, type ValidTranslation, type ValidVariant } from './valid-product.js';
import { validateVariant } from './validate-variant.js';

export const PRODUCT_LIMITS = {
  handle: 100,
  title: 200,
  description: 5000,
  customsDescription: 200,
  material: 200,
  translations: 50,
  variants: 500,
  images: 50,
  imageUrl: 2048,
  imageAlt: 500,
  slugs: 50,
  slugLength: 50,
  nationalCodes: 50,
} as const;

export type ValidateProductOptions = {
  /** When given, every price must be in this currency (the store's base currency). */
  baseCurrency?: string;
};

const KNOWN = new Set(['handle', 'status', 'hsCode', 'nationalCodes', 'originCountry', 'material', 'categories', 'tags', 'images', 'translations', 'variants']);
const KNOWN_TEXT = new Set(['title', 'description', 'customsDescription']);

/**
 * Check a ProductInput as it arrives (admin API body, one element of an import file, the demo
 * catalog) and convert it to stored units. Every problem is reported with the path of its field
 * (`variants[1].price.amount`, `translations.de.title`), all at once.
 *
 * Rules: `handle` a slug of at most 100 characters that is not a UUID (URLs take either); `status`
 * draft, active or archived (default active, as an import of a live catalog expects); `hsCode`
 * 6 digits (dots and spaces are dropped: "0901.11"); `nationalCodes` 8 to 10 digits that extend the
 * HS code, keyed by an ISO country code or EU; `originCountry` ISO 3166-1 alpha-2; `translations`
 * keyed by BCP 47 tags, `en` required, title 1-200 characters, description up to 5,000, customs
 * description up to 200; `variants` 1 to 500 with unique SKUs and distinct options; prices are
 * decimal strings with no more decimals than the currency has (parseMoney), not negative; weight in
 * kilograms above 0 up to 1,000 with at most 3 decimals (stored as whole grams); dimensions in
 * centimetres with at most 1 decimal (stored as millimetres); images http(s) URLs or root-relative
 * paths on the store's own server (`/media/demo/a.png`, see imageUrl); categories and tags short slugs. Unknown fields are errors, so a misspelt field is never silently dropped.
 * @example validateProductInput({ handle: 'robusta-500g', hsCode: '090111', originCountry: 'VN',
 *   translations: { en: { title: 'Robusta beans' } },
 *   variants: [{ sku: 'ROB-500', price: { amount: '12.50', currency: 'USD' }, weightKg: '0.5' }] })
 * // ok({ ..., variants: [{ sku: 'ROB-500', price: { amount: 1250, currency: 'USD' }, weightG: 500, ... }] })
 */
export function validateProductInput(input: unknown, options: ValidateProductOptions = {}): Result<ValidProduct, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, message) => void issues.push({ field, message });
  if (!isObject(input)) return failed([{ field: 'body', message: 'must be a JSON object (a product)' }]);
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) add(fieldKey(key).replace(/^\./, ''), 'is not a known field');

  const handle = typeof input.handle === 'string' && isSlug(input.handle, PRODUCT_LIMITS.handle) && !isUuid(input.handle) ? input.handle : undefined;
  if (!handle) add('handle', 'must be 1 to 100 lowercase letters, digits and single dashes, not a UUID, e.g. "robusta-beans-500g"');

  const status = input.status === undefined ? 'active' : input.status;
  if (!PRODUCT_STATUSES.includes(status as ProductStatus)) add('status', 'must be draft, active or archived');

  const hsCode = typeof input.hsCode === 'string' && input.hsCode.length <= 20 ? input.hsCode.replace(/[.\s]/g, '') : '';
  const hsOk = /^\d{6}$/.test(hsCode);
  if (!hsOk) add('hsCode', 'must be a 6-digit HS subheading, e.g. "090111" or "0901.11"');

  const nationalCodes = checkNationalCodes(input.nationalCodes, hsOk ? hsCode : undefined, add);
  const originCountry = typeof input.originCountry === 'string' && isCountry(input.originCountry) ? input.originCountry : undefined;
  if (!originCountry) add('originCountry', 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. "VN"');
  const material = checkOptionalText(input.material, 'material', add, PRODUCT_LIMITS.material);
  const categories = checkSlugList(input.categories, 'categories', add, { maxItems: PRODUCT_LIMITS.slugs, maxLength: PRODUCT_LIMITS.slugLength });
  const tags = checkSlugList(input.tags, 'tags', add, { maxItems: PRODUCT_LIMITS.slugs, maxLength: PRODUCT_LIMITS.slugLength });
  const images = checkImages(input.images, add);
  const translations = checkTranslations(input.translations, add);
  const variants = checkVariants(input.variants, add, options);

  if (issues.length > 0) return failed(issues);
  return ok({
    handle: handle!,
    status: status as ProductStatus,
    hsCode,
    nationalCodes: nationalCodes!,
    originCountry: originCountry!,
    material: material ?? null,
    categories: categories!,
    tags: tags!,
    images: images!,
    translations: translations!,
    variants: variants!,
  });
}

function failed(issues: FieldIssue[]) {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

function checkNationalCodes(value: unknown, hsCode: string | undefined, add: AddIssue): ValidProduct['nationalCodes'] | undefined {
  if (value === undefined || value === null) return [];
  if (!isObject(value)) {
    add('nationalCodes', 'must be an object of national codes by territory, e.g. {"US": "0901110020", "EU": "09011100"}');
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > PRODUCT_LIMITS.nationalCodes) {
    add('nationalCodes', `must have at most ${PRODUCT_LIMITS.nationalCodes} territories`);
    return undefined;
  }
  const out: Array<{ territory: string; code: string }> = [];
  let bad = false;
  for (const [key, raw] of entries) {
    const at = `nationalCodes${fieldKey(key)}`;
    const territory = key.toUpperCase();
    if (key.length !== 2 || !(territory === 'EU' || isCountry(territory))) {
      bad = true;
      add(at, 'is not a customs territory: use an ISO 3166-1 alpha-2 country code or EU');
      continue;
    }
    if (out.some((c) => c.territory === territory)) {
      bad = true;
      add(at, `repeats the territory ${territory}`);
      continue;
    }
    const code = typeof raw === 'string' && raw.length <= 30 ? raw.replace(/[.\s]/g, '') : '';
    if (!/^\d{8,10}$/.test(code)) {
      bad = true;
      add(at, 'must be an 8 to 10 digit national code (dots and spaces allowed), e.g. "6109.10.0012"');
    } else if (hsCode && !code.startsWith(hsCode)) {
      bad = true;
      add(at, `must extend the HS code ${hsCode} (it starts with ${code.slice(0, 6)})`);
    } else out.push({ territory, code });
  }
  return bad ? undefined : out.sort((a, b) => (a.territory < b.territory ? -1 : 1));
}

function checkImages(value: unknown, add: AddIssue): ValidProduct['images'] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    add('images', 'must be an array of {"url": "https://...", "alt": "..."}');
    return undefined;
  }
  if (value.length > PRODUCT_LIMITS.images) {
    add('images', `must have at most ${PRODUCT_LIMITS.images} images`);
    return undefined;
  }
  const out: Array<{ url: string; alt: string | null }> = [];
  let bad = false;
  const issue: AddIssue = (f, m) => {
    bad = true;
    add(f, m);
  };
  value.forEach((image: unknown, i: number) => {
    const at = `images[${i}]`;
    if (!isObject(image)) return issue(at, 'must be an object with a url');
    for (const key of Object.keys(image)) if (key !== 'url' && key !== 'alt') issue(`${at}${fieldKey(key)}`, 'is not a known field');
    const url = typeof image.url === 'string' ? imageUrl(image.url) : undefined;
    if (!url) issue(`${at}.url`, `must be an http:// or https:// URL, or a path on this store starting with one / (e.g. "/media/demo/a.png", no ".." segments or backslashes), of at most ${PRODUCT_LIMITS.imageUrl} characters`);
    const alt = checkOptionalText(image.alt, `${at}.alt`, issue, PRODUCT_LIMITS.imageAlt);
    if (url && alt !== undefined) out.push({ url, alt });
  });
  return bad ? undefined : out;
}

/**
 * The image URL as given when it is an absolute http(s) URL with a host and no credentials, or a
 * root-relative path on the store's own server (`/media/demo/a.png`): one leading slash (`//host`
 * is another host), no backslash (browsers read `/\host` as `//host`), no `.` or `..` segment,
 * also percent-encoded (WHATWG URL treats `%2e%2e` as `..`). Never spaces or control characters.
 * Paths are made absolute against the public URL wherever they leave the server (channel feeds).
 */
function imageUrl(text: string): string | undefined {
  if (text.length > PRODUCT_LIMITS.imageUrl || /[\s\u0000-\u001f\u007f-\u009f]/.test(text)) return undefined;
  if (text.startsWith('/')) return rootRelativePath(text);
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password ? text : undefined;
  } catch {
    return undefined;
  }
}

/** A path on this server: `/` then no second slash, no backslash, no dot segment; resolves to the same host. */
function rootRelativePath(text: string): string | undefined {
  if (text.length < 2 || text.startsWith('//') || text.includes('\\')) return undefined;
  const path = text.split(/[?#]/, 1)[0]!;
  if (path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment))) return undefined;
  try {
    const base = 'https://store.invalid';
    return new URL(text, base).origin === base ? text : undefined;
  } catch {
    return undefined;
  }
}

function checkTranslations(value: unknown, add: AddIssue): ValidTranslation[] | undefined {
  if (!isObject(value)) {
    add('translations', 'must be an object of texts by locale, e.g. {"en": {"title": "Robusta beans"}}');
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) {
    add('translations', 'must have at least the en text');
    return undefined;
  }
  if (entries.length > PRODUCT_LIMITS.translations) {
    add('translations', `must have at most ${PRODUCT_LIMITS.translations} locales`);
    return undefined;
  }
  const out: ValidTranslation[] = [];
  let bad = false;
  const issue: AddIssue = (f, m) => {
    bad = true;
    add(f, m);
  };
  for (const [key, text] of entries) {
    const at = `translations${fieldKey(key)}`;
    const locale = canonicalLocale(key);
    if (!locale) {
      issue(at, 'is not a well-formed BCP 47 language tag, e.g. en, de, pt-BR, zh-Hans');
      continue;
    }
    if (out.some((t) => t.locale === locale)) {
      issue(at, `repeats the locale ${locale}`);
      continue;
    }
    if (!isObject(text)) {
      issue(at, 'must be an object with a title');
      continue;
    }
    for (const k of Object.keys(text)) if (!KNOWN_TEXT.has(k)) issue(`${at}${fieldKey(k)}`, 'is not a known field');
    const title = checkText(text.title, `${at}.title`, issue, { min: 1, max: PRODUCT_LIMITS.title });
    const description = checkOptionalText(text.description, `${at}.description`, issue, PRODUCT_LIMITS.description, true);
    const customsDescription = checkOptionalText(text.customsDescription, `${at}.customsDescription`, issue, PRODUCT_LIMITS.customsDescription);
    if (title !== undefined && description !== undefined && customsDescription !== undefined) out.push({ locale, title, description, customsDescription });
  }
  if (!bad && !out.some((t) => t.locale === REQUIRED_LOCALE)) issue(`translations.${REQUIRED_LOCALE}`, 'is required: English text is the fallback for every locale');
  return bad ? undefined : out.sort((a, b) => (a.locale < b.locale ? -1 : 1));
}

function checkVariants(value: unknown, add: AddIssue, options: ValidateProductOptions): ValidVariant[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    add('variants', 'must be a non-empty array (a product is sold as at least one SKU)');
    return undefined;
  }
  if (value.length > PRODUCT_LIMITS.variants) {
    add('variants', `must have at most ${PRODUCT_LIMITS.variants} variants`);
    return undefined;
  }
  const out: ValidVariant[] = [];
  let bad = false;
  const issue: AddIssue = (f, m) => {
    bad = true;
    add(f, m);
  };
  const skus = new Map<string, number>();
  const optionSets = new Map<string, number>();
  value.forEach((raw: unknown, i: number) => {
    const v = validateVariant(raw, `variants[${i}]`, issue, options);
    if (!v) return;
    const sameSku = skus.get(v.sku);
    if (sameSku !== undefined) return issue(`variants[${i}].sku`, `repeats the SKU of variants[${sameSku}]`);
    skus.set(v.sku, i);
    const key = JSON.stringify(Object.entries(v.options).map(([n, x]) => [n.toLowerCase(), x]).sort());
    const sameOptions = optionSets.get(key);
    if (sameOptions !== undefined && value.length > 1) return issue(`variants[${i}].options`, `are the same as those of variants[${sameOptions}]: variants must differ in at least one option`);
    optionSets.set(key, i);
    out.push(v);
  });
  return bad ? undefined : out;
}
