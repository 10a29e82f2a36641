import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Norway: MFN rates for the demo goods. Norway charges no duty on most industrial goods; clothing and
 * some textiles keep duties, and Viet Nam has no FTA in force with Norway (the EFTA-Viet Nam FTA is
 * still under negotiation; Viet Nam is a beneficiary of the Norwegian GSP, not encoded). Sources, gaps
 * and open points: ./SOURCES.md.
 *
 * No official copy of the Norwegian tariff (Tolltariffen) was available: every line is UNVERIFIED, and
 * the three clothing lines (6109.10, 6204.49, 6214.10), whose rates could not be supported, have no
 * line rather than a guessed one.
 */
const SOURCE = 'Norwegian Customs Tariff (Tolltariffen), Norwegian Customs (Tolletaten), https://tolltariffen.toll.no/';
const NOTE = "UNVERIFIED: not read in Tolltariffen; from the compiler's knowledge that Norway charges no duty on these goods.";

const FREE_GOODS: Array<[string, string]> = [
  ['090121', 'Roasted coffee, not decaffeinated'],
  ['080132', 'Cashew nuts, shelled'],
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

export const NO_TARIFF: TariffLineData[] = FREE_GOODS.map(
  ([hsPrefix, description]): TariffLineData => ({
    id: `tariff.NO.MFN.${hsPrefix}`,
    version: '1',
    source: SOURCE,
    effectiveFrom: '2025-01-01',
    territory: 'NO',
    hsPrefix,
    program: 'MFN',
    rate: 'Free',
    description,
    note: NOTE,
  }),
);
