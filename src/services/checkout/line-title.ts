import { pickTranslation } from '../../core/catalog/pick-translation.js';
import type { CartVariant } from '../../db/repositories/cart-repository.js';

/** The product's title in the buyer's locale (or the nearest one held), with the variant's options. */
export function lineTitle(variant: Pick<CartVariant, 'titles' | 'options' | 'sku'>, locale: string, fallbackLocale: string): string {
  const tag = pickTranslation(Object.keys(variant.titles), locale, fallbackLocale);
  const title = tag ? variant.titles[tag]! : variant.sku;
  const options = Object.values(variant.options);
  return options.length > 0 ? `${title} (${options.join(', ')})` : title;
}
