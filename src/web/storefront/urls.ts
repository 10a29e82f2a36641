/**
 * Storefront URLs: every page lives under `/{language}-{country}/`, lowercase (`/de-de/`,
 * `/zh-sg/`). The language is the primary subtag of the market's locale (`zh-Hans` -> `zh`), so a
 * market cannot offer two locales of one language (zh-Hans and zh-Hant) under distinct URLs.
 */

/** The primary language subtag, lowercase: `zh-Hans` -> `zh`. */
export function urlLanguage(locale: string): string {
  const dash = locale.indexOf('-');
  return (dash === -1 ? locale : locale.slice(0, dash)).toLowerCase();
}

/**
 * The market segment for a locale and country.
 * @example marketSegment('zh-Hans', 'SG') // 'zh-sg'
 */
export function marketSegment(locale: string, country: string): string {
  return `${urlLanguage(locale)}-${country.toLowerCase()}`;
}

/** A storefront segment as written in a URL: `de-de` -> { language: 'de', country: 'DE' }; anything else undefined. */
export function parseSegment(segment: string): { language: string; country: string } | undefined {
  const m = /^([a-z]{2,3})-([a-z]{2})$/.exec(segment);
  return m ? { language: m[1]!, country: m[2]!.toUpperCase() } : undefined;
}

export const paths = {
  home: (segment: string) => `/${segment}/`,
  category: (segment: string, slug: string, page = 1) => `/${segment}/c/${encodeURIComponent(slug)}${page > 1 ? `?page=${page}` : ''}`,
  search: (segment: string, q?: string, page = 1) => {
    const query = new URLSearchParams();
    if (q !== undefined) query.set('q', q);
    if (page > 1) query.set('page', String(page));
    const text = query.toString();
    return `/${segment}/search${text ? `?${text}` : ''}`;
  },
  product: (segment: string, handle: string, sku?: string) => `/${segment}/p/${encodeURIComponent(handle)}${sku ? `?variant=${encodeURIComponent(sku)}` : ''}`,
  cart: (segment: string) => `/${segment}/cart`,
  cartUpdate: (segment: string) => `/${segment}/cart/update`,
  cartRemove: (segment: string) => `/${segment}/cart/remove`,
  checkout: (segment: string) => `/${segment}/checkout`,
  pay: (segment: string, number: string) => `/${segment}/order/${encodeURIComponent(number)}/pay`,
  payMethod: (segment: string, number: string) => `/${segment}/order/${encodeURIComponent(number)}/pay/method`,
  payReturn: (segment: string, number: string) => `/${segment}/order/${encodeURIComponent(number)}/pay/return`,
  confirmation: (segment: string, number: string) => `/${segment}/order/${encodeURIComponent(number)}/confirmation`,
  order: (segment: string) => `/${segment}/order`,
  contact: (segment: string) => `/${segment}/contact`,
  regions: (segment: string) => `/${segment}/regions`,
  help: (segment: string) => `/${segment}/help`,
};
