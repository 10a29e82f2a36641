import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Mexico: only the USMCA (T-MEC) preference for US and Canadian goods. Sources, gaps and open points:
 * ./SOURCES.md.
 *
 * No MFN line is encoded: Mexico rewrote the general import tariff (LIGIE/TIGIE) on 2026-01-01 for
 * about 1,463 lines (decree of 2025-12-29; reported rates 5% to 50%, with textiles, apparel, footwear,
 * leather goods and cosmetics between 25% and 36%), and no source giving the rate of each demo line was
 * available. The CPTPP rates for Vietnamese goods (in force between Mexico and Viet Nam since
 * 2019-01-14, with long staging for Mexican apparel and footwear) could not be read either. Rather than
 * guess, Mexico is left without MFN and CPTPP lines; quotes into Mexico will say the tariff is missing.
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
    note: 'UNVERIFIED per line: NAFTA duties between the three parties were fully eliminated by 2008 and USMCA kept them at zero; only goods meeting the USMCA rules of origin qualify. Without an MFN line the engine cannot use this line yet.',
  };
}

export const MX_TARIFF: TariffLineData[] = [
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
