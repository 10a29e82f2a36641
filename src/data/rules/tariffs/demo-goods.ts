/**
 * The demo catalog's goods by HS 2022 subheading, shared by the territory files: each tariff lists
 * the subset it prices the same way.
 */
export const DEMO_GOODS: ReadonlyArray<readonly [hsPrefix: string, description: string]> = [
  ['090121', 'Roasted coffee, not decaffeinated'],
  ['080132', 'Cashew nuts, shelled'],
  ['621410', 'Shawls and scarves of silk'],
  ['620449', "Women's dresses of other textile materials (silk), not knitted"],
  ['610910', 'T-shirts of cotton, knitted'],
  ['420221', 'Handbags with outer surface of leather'],
  ['691110', 'Tableware and kitchenware of porcelain'],
  ['691200', 'Ceramic tableware other than porcelain'],
  ['442090', 'Wooden boxes and trays (lacquerware)'],
  ['441911', 'Bamboo boards'],
  ['441912', 'Bamboo chopsticks'],
  ['441919', 'Other bamboo tableware'],
  ['441990', 'Wooden tableware'],
  ['460211', 'Bamboo basketwork'],
  ['640399', 'Leather-upper footwear'],
  ['640419', 'Textile-upper footwear'],
  ['330499', 'Skin-care preparations'],
];

/** The demo goods without those listed (by HS prefix), as mutable [hsPrefix, description] pairs. */
export function demoGoodsExcept(...excluded: string[]): Array<[string, string]> {
  return DEMO_GOODS.filter(([hs]) => !excluded.includes(hs)).map(([hs, d]) => [hs, d]);
}
