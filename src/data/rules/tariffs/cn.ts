import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * China (customs territory of the mainland; Hong Kong and Macao are separate): MFN rates for the demo
 * goods shipped from a US or EU warehouse, Vietnamese origin. Sources, gaps and open points:
 * ./SOURCES.md.
 *
 * Only two demo lines could be read, in republished copies of the 2024 Customs Import and Export Tariff
 * of the PRC; the other demo goods have no line (gaps in SOURCES.md) rather than a guessed one. Not
 * encoded: China's provisional (interim) rates that may undercut MFN, the ASEAN-China FTA (ACFTA) and
 * RCEP preferences for Vietnamese goods, import VAT and consumption tax (separate rules), and the
 * cross-border e-commerce retail import regime (0% duty within the limits).
 */
const TARIFF =
  'Customs Import and Export Tariff of the People\'s Republic of China (Customs Tariff Commission of the State Council, 2024 edition), MFN column';

function mfn(hsPrefix: string, rate: string, description: string, source: string, note: string): TariffLineData {
  return { id: `tariff.CN.MFN.${hsPrefix}`, version: '1', source, effectiveFrom: '2024-01-01', territory: 'CN', hsPrefix, program: 'MFN', rate, description, note };
}

export const CN_TARIFF: TariffLineData[] = [
  mfn(
    '330499',
    '1%',
    'Beauty or skin-care preparations, other',
    `${TARIFF}; as republished by htshub.com (China tariff, version of 2024-01-18), 3304.99.00.29 and 3304.99.00.99`,
    'Read in the republished 2024 tariff: MFN 1% (general rate 150%) on 3304.99.00.29 (skin-care products labelled by weight) and 3304.99.00.99 (other beauty preparations); other 3304.99 statistical lines seen at 1% too. Consumption tax (15% at or above CNY 10,000 per unit) and VAT 13% are separate. The 2025 and 2026 tariffs were not re-read.',
  ),
  mfn(
    '621410',
    '6%',
    'Shawls, scarves, mufflers and the like, of silk or silk waste, not knitted',
    `${TARIFF}; as republished by china-gacc.agency (HS-CIQ code search, heading 6214): 6214.10.00.10 and 6214.10.00.90`,
    'Read in a republished copy: MFN 6% (general rate 130%) on both national lines (silk 70% or more, and less than 70%). The edition year of the republication was not stated; the 2026 tariff was not re-read.',
  ),
];
