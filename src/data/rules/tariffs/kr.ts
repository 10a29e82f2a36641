import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Korea: applied MFN rates for the demo goods and the preference for Vietnamese goods. Sources and
 * open points: ./SOURCES.md.
 *
 * No official copy of the Korean tariff was available: every line is UNVERIFIED, from the compiler's
 * knowledge of its structure (8% on most manufactured goods, 13% on clothing and footwear, 6.5% on
 * cosmetics, 8% on these agricultural lines). Vietnamese goods can use AKFTA (2007), VKFTA (2015-12-20)
 * and RCEP (for Korea 2022-02-01); VKFTA is encoded as free for all the demo goods.
 */
const TARIFF = 'Korean Customs Tariff Schedule (Customs Act, Annex), Korea Customs Service UNI-PASS, https://unipass.customs.go.kr/';
const VKFTA =
  'Free Trade Agreement between the Republic of Korea and the Socialist Republic of Viet Nam (VKFTA), Annex 2-A Schedule of Korea; in force 2015-12-20';
const UNVERIFIED = "UNVERIFIED: not read in the Korean tariff; from the compiler's knowledge of its structure.";

const GOODS: Array<[string, string, string]> = [
  ['090121', '8%', 'Roasted coffee, not decaffeinated'],
  ['080132', '8%', 'Cashew nuts, shelled'],
  ['621410', '13%', 'Shawls and scarves of silk'],
  ['620449', '13%', "Women's dresses of other textile materials (silk), not knitted"],
  ['610910', '13%', 'T-shirts of cotton, knitted'],
  ['420221', '8%', 'Handbags with outer surface of leather'],
  ['691110', '8%', 'Tableware and kitchenware of porcelain'],
  ['691200', '8%', 'Ceramic tableware other than porcelain'],
  ['442090', '8%', 'Wooden boxes and trays (lacquerware)'],
  ['441911', '8%', 'Bamboo boards'],
  ['441912', '8%', 'Bamboo chopsticks'],
  ['441919', '8%', 'Other bamboo tableware'],
  ['441990', '8%', 'Wooden tableware'],
  ['460211', '8%', 'Bamboo basketwork'],
  ['640399', '13%', 'Leather-upper footwear'],
  ['640419', '13%', 'Textile-upper footwear'],
  ['330499', '6.5%', 'Skin-care preparations'],
];

export const KR_TARIFF: TariffLineData[] = [
  ...GOODS.map(
    ([hsPrefix, rate, description]): TariffLineData => ({
      id: `tariff.KR.MFN.${hsPrefix}`,
      version: '1',
      source: TARIFF,
      effectiveFrom: '2025-01-01',
      territory: 'KR',
      hsPrefix,
      program: 'MFN',
      rate,
      description,
      note: UNVERIFIED,
    }),
  ),
  ...GOODS.map(
    ([hsPrefix, , description]): TariffLineData => ({
      id: `tariff.KR.VKFTA.VN.${hsPrefix}`,
      version: '1',
      source: VKFTA,
      effectiveFrom: '2025-01-01',
      territory: 'KR',
      hsPrefix,
      program: 'PREFERENTIAL',
      agreement: 'VKFTA',
      origins: ['VN'],
      rate: 'Free',
      description: `${description}, originating in Viet Nam (VKFTA)`,
      note: 'UNVERIFIED per line: Korea eliminated duties on these industrial goods for ASEAN under AKFTA (normal track) and VKFTA kept or deepened that; for coffee and cashews the AKFTA/VKFTA category was not checked. VKFTA is encoded as the bilateral agreement with the widest coverage; RCEP gives no lower rate. Encoded from 2025-01-01 only.',
    }),
  ),
];
