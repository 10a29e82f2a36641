import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * Norway: MFN rates for the demo goods. Norway charges no duty on most industrial goods; clothing and
 * some textiles keep duties, and Viet Nam has no FTA in force with Norway (the EFTA-Viet Nam FTA is
 * still under negotiation; Viet Nam is a beneficiary of the Norwegian GSP, not encoded). Sources, gaps
 * and open points: ./SOURCES.md.
 *
 * No per-line copy of the Norwegian tariff (Tolltariffen) could be read for the demo goods: every line
 * is UNVERIFIED. The three clothing lines (6109.10, 6204.49, 6214.10) carry 10.7%, the rate Norwegian
 * Customs gives for most clothing; the free lines rest on the compiler's knowledge (Norwegian Customs
 * also states that there is no customs duty on shoes).
 */
const SOURCE = 'Norwegian Customs Tariff (Tolltariffen), Norwegian Customs (Tolletaten), https://tolltariffen.toll.no/';
const NOTE = "UNVERIFIED: not read in Tolltariffen; from the compiler's knowledge that Norway charges no duty on these goods.";

const CLOTHING_SOURCE =
  'Norwegian Customs (Tolletaten), "Importation of clothing", https://www.toll.no/en/goods/clothes-and-shoes/importation-of-clothing/ ("In most cases, the customs duty rate is 10.7 per cent"); Norwegian Customs Tariff (Tolltariffen), chapters 61 and 62, https://tolltariffen.toll.no/';
const CLOTHING_NOTE =
  'UNVERIFIED per line: Norwegian Customs states that most clothing pays 10.7%, and the Tolltariffen chapter 63 lines read (blankets, 63.01) show 10.7% ordinary with "FHA, G+: 0" (free for FTA partners and GSP+ countries); the chapter 61/62 lines themselves were not read. Viet Nam has no FTA with Norway; whether Vietnamese goods qualify for Norwegian GSP on these lines was not checked, so no preference is encoded. Goods sold through VOEC are relieved of duty (see the VOEC scheme rule). Confirm in Tolltariffen (61.09.1000, 62.04.4900, 62.14.1000).';

const CLOTHING: Array<[string, string]> = [
  ['621410', 'Shawls, scarves and the like, of silk, not knitted'],
  ['620449', "Women's or girls' dresses of other textile materials (silk), not knitted"],
  ['610910', 'T-shirts, singlets and other vests, of cotton, knitted'],
];

const FREE_GOODS: Array<[string, string]> = demoGoodsExcept(...CLOTHING.map(([hs]) => hs));

export const NO_TARIFF: TariffLineData[] = [
  ...CLOTHING.map(
    ([hsPrefix, description]): TariffLineData => ({
      id: `tariff.NO.MFN.${hsPrefix}`,
      version: '1',
      source: CLOTHING_SOURCE,
      effectiveFrom: '2025-01-01',
      territory: 'NO',
      hsPrefix,
      program: 'MFN',
      rate: '10.7%',
      description,
      note: CLOTHING_NOTE,
    }),
  ),
  ...FREE_GOODS.map(
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
  ),
];
