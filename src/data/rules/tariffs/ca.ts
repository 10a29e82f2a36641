import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * Canada: MFN rates for the demo goods, CPTPP preference for Vietnamese goods (CPTPT) and CUSMA for
 * US and Mexican goods (UST, MXT). Sources, gaps and open points: ./SOURCES.md.
 *
 * No official copy of the Canadian Customs Tariff was available to read. Lines marked UNVERIFIED come
 * from secondary copies or the compiler's knowledge of the schedule; demo goods whose MFN rate could
 * not be supported at all have no MFN line (listed as gaps in SOURCES.md) rather than a guessed one.
 */
const TARIFF =
  'Customs Tariff (S.C. 1997, c. 36), Schedule; CBSA Departmental Consolidation of the Customs Tariff 2026, https://www.cbsa-asfc.gc.ca/trade-commerce/tariff-tarif/';
const CPTPP =
  'Comprehensive and Progressive Agreement for Trans-Pacific Partnership Implementation Act (S.C. 2018, c. 23), Schedule 3 (CPTPT, Canada tariff elimination schedule); CPTPP in force for Viet Nam 2019-01-14; Customs Tariff column "CPTPT"';
const CUSMA =
  'Canada-United States-Mexico Agreement Implementation Act (S.C. 2020, c. 1); Customs Tariff columns "UST" and "MXT"; CUSMA in force 2020-07-01';

type Extra = { note?: string; effectiveFrom?: string; source?: string };

function mfn(hsPrefix: string, rate: string, description: string, extra: Extra = {}): TariffLineData {
  return {
    id: `tariff.CA.MFN.${hsPrefix}`,
    version: '1',
    source: extra.source ?? TARIFF,
    effectiveFrom: extra.effectiveFrom ?? '2025-01-01',
    territory: 'CA',
    hsPrefix,
    program: 'MFN',
    rate,
    description,
    ...(extra.note ? { note: extra.note } : {}),
  };
}

function cptpp(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.CA.CPTPP.VN.${hsPrefix}`,
    version: '1',
    source: CPTPP,
    effectiveFrom: '2025-01-01',
    territory: 'CA',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'CPTPP',
    origins: ['VN'],
    rate: 'Free',
    description: `${description}, originating in Viet Nam (CPTPT)`,
    note: 'UNVERIFIED per line: Canada eliminated apparel duties for CPTPP partners at entry into force and footwear within four years (Schedule 3 staging, e.g. 6403.51.10 CPTPT free from year 4), and the 2025 Customs Tariff lines read show "CPTPT: Free"; encoded from 2025-01-01 only, earlier staging not encoded. Textiles need the CPTPP yarn-forward rule of origin. CPTPP is the only agreement with Canada that covers Viet Nam.',
  };
}

function cusma(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.CA.CUSMA.US-MX.${hsPrefix}`,
    version: '1',
    source: CUSMA,
    effectiveFrom: '2020-07-01',
    territory: 'CA',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'CUSMA',
    origins: ['US', 'MX'],
    rate: 'Free',
    description: `${description}, originating in the US or Mexico (UST/MXT)`,
    note: 'CUSMA duties on these goods are eliminated (UST and MXT "Free" on the 2025 Customs Tariff lines read); only goods meeting the CUSMA rules of origin qualify, which the engine cannot test.',
  };
}

const UNVERIFIED = 'UNVERIFIED: not read in the 2026 Customs Tariff; from the compiler\'s knowledge of the schedule.';

const GOODS: Array<[string, string]> = demoGoodsExcept('090121', '080132');

export const CA_TARIFF: TariffLineData[] = [
  mfn('090121', 'Free', 'Roasted coffee, not decaffeinated', { note: UNVERIFIED }),
  mfn('080132', 'Free', 'Cashew nuts, shelled', { note: UNVERIFIED }),
  mfn('610910', '18%', 'T-shirts, singlets and other vests, of cotton, knitted', {
    note: 'Rate seen in a republished copy of the CBSA schedule (older edition, betterdollar.com); the 2026 edition was not read. Canadian apparel MFN rates have stood at 18% for years.',
  }),
  mfn('69111010', 'Free', '6911.10.10: Undecorated porcelain tableware, 3 mm or thicker, for making decorated hotel or restaurant ware', {
    note: 'Read in the 2025 Customs Tariff as republished by htshub.com (chapter 69). The rate of 6911.10.90 (other porcelain tableware, the demo good) was not found: no HS6 line, see SOURCES.md gaps.',
  }),
  mfn('69120010', 'Free', '6912.00.10: Undecorated earthenware or stoneware mugs for kiln-fired decoration; undecorated semi-porcelain hotel tableware for decoration', {
    note: 'Read in the 2025 Customs Tariff as republished by htshub.com (chapter 69). The rate for other ceramic tableware (the demo good) was not found: no HS6 line, see SOURCES.md gaps.',
  }),
  mfn('69120020', 'Free', '6912.00.20: Other undecorated semi-porcelain or white granite tableware for kiln-fired decoration', {
    note: 'Read in the 2025 Customs Tariff as republished by htshub.com (chapter 69).',
  }),
  mfn('640399', '18%', 'Other footwear with rubber/plastics soles and leather uppers', { note: UNVERIFIED }),
  mfn('640419', '18%', 'Other footwear with rubber/plastics soles and textile uppers', { note: UNVERIFIED }),
  mfn('330499', '6.5%', 'Beauty or skin-care preparations, other', { note: UNVERIFIED }),
  ...GOODS.map(([hs, d]) => cptpp(hs, d)),
  ...GOODS.map(([hs, d]) => cusma(hs, d)),
];
