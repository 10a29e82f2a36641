import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Switzerland (customs territory CH, with Liechtenstein): Swiss duties are specific, in CHF per 100 kg
 * gross weight. On 2024-01-01 Switzerland abolished its customs duties on industrial products
 * (HS chapters 25-97, Annex 1 to the Customs Tariff Act), so all the demo goods except coffee and
 * cashews are free from that date. Sources, gaps and open points: ./SOURCES.md.
 *
 * Not encoded: the pre-2024 specific rates of the industrial lines (no copy of the pre-2024 Tares was
 * available, so they would have been guesses) and the rate for roasted coffee (0901.21): both are
 * open points. Quotes dated before 2024-01-01, and coffee quotes, will say the tariff is missing.
 */
const INDUSTRIAL =
  'Customs Tariff Act of 9 October 1986 (Zolltarifgesetz, SR 632.10), Annex 1, as amended on 1 October 2021 to abolish duties on industrial products (HS chapters 25-97), in force 2024-01-01; Tares https://www.tares.admin.ch';
const TARES = 'Swiss customs tariff Tares (Federal Office for Customs and Border Security, BAZG), https://www.tares.admin.ch';

function industrialFree(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.CH.MFN.${hsPrefix}.2024`,
    version: '1',
    source: INDUSTRIAL,
    effectiveFrom: '2024-01-01',
    territory: 'CH',
    hsPrefix,
    program: 'MFN',
    rate: 'Free',
    description: `${description} (industrial product, chapter ${hsPrefix.slice(0, 2)})`,
    note: 'Free for every origin since the abolition of industrial tariffs on 2024-01-01. The pre-2024 rate (CHF per 100 kg gross) is not encoded: it could not be read (open point).',
  };
}

export const CH_TARIFF: TariffLineData[] = [
  {
    id: 'tariff.CH.MFN.080132',
    version: '1',
    source: TARES,
    effectiveFrom: '2025-01-01',
    territory: 'CH',
    hsPrefix: '080132',
    program: 'MFN',
    rate: 'Free',
    description: 'Cashew nuts, shelled (agricultural product, tariff not abolished in 2024)',
    note: "UNVERIFIED: not read in Tares; from the compiler's knowledge that Switzerland charges no duty on shelled tropical nuts. Agricultural lines keep their specific rates (CHF per 100 kg gross) where they have one.",
  },
  industrialFree('621410', 'Shawls and scarves of silk'),
  industrialFree('620449', "Women's dresses of other textile materials (silk), not knitted"),
  industrialFree('610910', 'T-shirts of cotton, knitted'),
  industrialFree('420221', 'Handbags with outer surface of leather'),
  industrialFree('691110', 'Tableware and kitchenware of porcelain'),
  industrialFree('691200', 'Ceramic tableware other than porcelain'),
  industrialFree('442090', 'Wooden boxes and trays (lacquerware)'),
  industrialFree('441911', 'Bamboo boards'),
  industrialFree('441912', 'Bamboo chopsticks'),
  industrialFree('441919', 'Other bamboo tableware'),
  industrialFree('441990', 'Wooden tableware'),
  industrialFree('460211', 'Bamboo basketwork'),
  industrialFree('640399', 'Leather-upper footwear'),
  industrialFree('640419', 'Textile-upper footwear'),
  industrialFree('330499', 'Skin-care preparations'),
];
