import type { ProductInput } from '../../src/core/catalog/product-input.js';

/** A valid product input; `n` makes the handle and SKUs unique. */
export function sampleProduct(n: number | string, overrides: Partial<ProductInput> = {}): ProductInput {
  return {
    handle: `product-${n}`,
    hsCode: '090111',
    originCountry: 'VN',
    categories: ['coffee'],
    translations: { en: { title: `Product ${n}` } },
    variants: [
      { sku: `SKU-${n}-S`, options: { size: 'S' }, price: { amount: '10.00', currency: 'USD' }, weightKg: '0.25' },
      { sku: `SKU-${n}-L`, options: { size: 'L' }, price: { amount: '18.50', currency: 'USD' }, weightKg: '1' },
    ],
    ...overrides,
  };
}

/** Products with text in several languages, for full-text search. */
export const SEARCHABLE: ProductInput[] = [
  sampleProduct('robusta', {
    handle: 'robusta-beans',
    categories: ['coffee'],
    tags: ['single-origin'],
    translations: {
      en: { title: 'Robusta coffee beans', description: 'Dark roasted beans from the Central Highlands.', customsDescription: 'Roasted coffee, not decaffeinated' },
      de: { title: 'Geröstete Robusta-Kaffeebohnen', description: 'Dunkel geröstete Bohnen aus dem zentralen Hochland.' },
      fr: { title: 'Grains de café Robusta torréfiés', description: 'Des grains torréfiés des hauts plateaux.' },
      ja: { title: 'ロブスタコーヒー豆', description: 'ベトナム中部高原の深煎りコーヒー豆です。' },
      vi: { title: 'Cà phê hạt Robusta rang', description: 'Hạt cà phê rang đậm từ Tây Nguyên.' },
      'zh-Hans': { title: '罗布斯塔咖啡豆' },
    },
  }),
  sampleProduct('tea', {
    handle: 'lotus-tea',
    categories: ['tea'],
    translations: {
      en: { title: 'Lotus green tea', description: 'Green tea scented with lotus flowers.' },
      de: { title: 'Grüner Lotustee', description: 'Grüner Tee, mit Lotusblüten aromatisiert.' },
      fr: { title: 'Thé vert au lotus', description: 'Thé vert parfumé aux fleurs de lotus.' },
      ja: { title: '蓮茶（ハス茶）', description: '蓮の花で香りづけした緑茶です。' },
    },
  }),
  sampleProduct('scarf', {
    handle: 'silk-scarf',
    hsCode: '621410',
    categories: ['accessories'],
    tags: ['silk', 'handmade'],
    material: '100% silk',
    translations: {
      en: { title: 'Hand-woven silk scarf', description: 'Woven by hand in Hoi An.' },
      de: { title: 'Handgewebter Seidenschal' },
      fr: { title: 'Écharpe en soie tissée à la main' },
      ja: { title: '手織りシルクスカーフ' },
    },
  }),
];
