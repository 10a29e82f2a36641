import type { FeedLinks } from '../../../services/channels/feeds/build-feed-items.js';
import { marketSegment, paths } from '../../../web/storefront/urls.js';

/**
 * Feed links as the storefront builds its own: the product page under the market's
 * `/{language}-{country}/` segment with the variant chosen, absolute from the public URL.
 * @example feedLinks('https://shop.example').product('de', 'DE', 'silk-scarf', 'SCARF-RED')
 * // 'https://shop.example/de-de/p/silk-scarf?variant=SCARF-RED'
 */
export function feedLinks(publicUrl: string): FeedLinks {
  const base = publicUrl.replace(/\/+$/, '');
  return { publicUrl: base, product: (locale, country, handle, sku) => `${base}${paths.product(marketSegment(locale, country), handle, sku)}` };
}
