import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Singapore: every demo good is duty-free. Singapore levies customs duty only on intoxicating liquors,
 * tobacco products, motor vehicles and motor fuel; all other goods, including these, are free, so no
 * preferential line is needed (CPTPP, RCEP and ATIGA would also give "Free"). GST is a separate rule.
 */
const SOURCE =
  'Singapore Customs, "Duties and Dutiable Goods" (customs duties are levied only on intoxicating liquors, tobacco products, motor vehicles and petroleum products); https://www.customs.gov.sg/businesses/valuation-duties-taxes-fees/duties-and-dutiable-goods/ ; Customs (Duties) Order';

const GOODS: Array<[string, string]> = [
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

export const SG_TARIFF: TariffLineData[] = GOODS.map(
  ([hsPrefix, description]): TariffLineData => ({
    id: `tariff.SG.MFN.${hsPrefix}`,
    version: '1',
    source: SOURCE,
    effectiveFrom: '2020-01-01',
    territory: 'SG',
    hsPrefix,
    program: 'MFN',
    rate: 'Free',
    description,
    note: 'Not a dutiable good in Singapore; the dated start is only the earliest date this data vouches for.',
  }),
);
