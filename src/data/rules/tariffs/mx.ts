import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Mexico: the general import tariff (TIGIE/LIGIE) where a demo line could be read, and the USMCA
 * (T-MEC) preference for US and Canadian goods. Sources, gaps and open points: ./SOURCES.md.
 *
 * Mexico rewrote the tariff of the LIGIE for 1,463 lines from 2026-01-01 (decree published in the DOF
 * on 2025-12-29; rates 5% to 50% for goods of countries without a trade agreement). Only the decree's
 * opening table (chapter 33) could be read, so only skin-care preparations (3304.99) have an MFN line,
 * from 2026-01-01. Textiles, apparel, footwear and leather goods are in the same decree but their
 * per-line rates were not read (reports disagree: 25% or 35%), and the rates before 2026 were also
 * changed by temporary decrees (DOF 2024-04-22, DOF 2024-12-19: apparel at 35% until 2026-04-23),
 * so they stay gaps rather than guesses. CPTPP has been in force between Mexico and Viet Nam since
 * 2019-01-14 (Acuerdo SE, DOF 2019-01-14); Mexico's CPTPP staging for Vietnamese goods was not read,
 * so no CPTPP line is encoded.
 */
const TMEC =
  'Tratado entre México, Estados Unidos y Canadá (T-MEC/USMCA), Annex 2-B (Mexico tariff schedule), in force 2020-07-01; Decreto DOF 2020-06-30 (tasa aplicable del IGI para mercancías originarias de América del Norte)';

function usmca(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.MX.USMCA.US-CA.${hsPrefix}`,
    version: '1',
    source: TMEC,
    effectiveFrom: '2020-07-01',
    territory: 'MX',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'USMCA',
    origins: ['US', 'CA'],
    rate: 'Free',
    description: `${description}, originating in the US or Canada`,
    note: 'UNVERIFIED per line: NAFTA duties between the three parties were fully eliminated by 2008 and USMCA kept them at zero; only goods meeting the USMCA rules of origin qualify. Where the good has no MFN line yet (see SOURCES.md gaps), the engine cannot use this line.',
  };
}

const LIGIE_2026 =
  'Decreto por el que se reforman diversas fracciones arancelarias de la Tarifa de la Ley de los Impuestos Generales de Importación y de Exportación (Congreso de la Unión; DOF 2025-12-29), Artículo Único, in force 2026-01-01; decree text as republished by Tirant Prime México, https://prime.tirant.com/mx/?p=8659';
const LIGIE_NOTE =
  'Read in a republished copy of the decree text (table opening with chapter 33: 3304.99.01 "Leches cutáneas" and 3304.99.99 "Las demás", cuota 25). The LIGIE rate applies to all origins; goods of FTA partners (US/CA under USMCA, VN under CPTPP) may claim their preferential rate instead (the CPTPP rate is not encoded). The rate before 2026-01-01 is not encoded: quotes dated earlier find no MFN line.';

function ligie2026(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.MX.MFN.${hsPrefix}`,
    version: '1',
    source: LIGIE_2026,
    effectiveFrom: '2026-01-01',
    territory: 'MX',
    hsPrefix,
    program: 'MFN',
    rate: '25%',
    description,
    note: LIGIE_NOTE,
  };
}

export const MX_TARIFF: TariffLineData[] = [
  ligie2026('330499', 'Beauty or skin-care preparations, other (default: the rate of both national lines)'),
  ligie2026('33049901', '3304.99.01: Leches cutáneas (skin milks)'),
  ligie2026('33049999', '3304.99.99: Other beauty or skin-care preparations'),
  usmca('090121', 'Roasted coffee, not decaffeinated'),
  usmca('080132', 'Cashew nuts, shelled'),
  usmca('621410', 'Shawls and scarves of silk'),
  usmca('620449', "Women's dresses of other textile materials (silk), not knitted"),
  usmca('610910', 'T-shirts of cotton, knitted'),
  usmca('420221', 'Handbags with outer surface of leather'),
  usmca('691110', 'Tableware and kitchenware of porcelain'),
  usmca('691200', 'Ceramic tableware other than porcelain'),
  usmca('442090', 'Wooden boxes and trays (lacquerware)'),
  usmca('441911', 'Bamboo boards'),
  usmca('441912', 'Bamboo chopsticks'),
  usmca('441919', 'Other bamboo tableware'),
  usmca('441990', 'Wooden tableware'),
  usmca('460211', 'Bamboo basketwork'),
  usmca('640399', 'Leather-upper footwear'),
  usmca('640419', 'Textile-upper footwear'),
  usmca('330499', 'Skin-care preparations'),
];
