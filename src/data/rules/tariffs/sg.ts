import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * Singapore: every demo good is duty-free. Singapore levies customs duty only on intoxicating liquors,
 * tobacco products, motor vehicles and motor fuel; all other goods, including these, are free, so no
 * preferential line is needed (CPTPP, RCEP and ATIGA would also give "Free"). GST is a separate rule.
 */
const SOURCE =
  'Singapore Customs, "Duties and Dutiable Goods" (customs duties are levied only on intoxicating liquors, tobacco products, motor vehicles and petroleum products); https://www.customs.gov.sg/businesses/valuation-duties-taxes-fees/duties-and-dutiable-goods/ ; Customs (Duties) Order';

const GOODS: Array<[string, string]> = demoGoodsExcept();

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
