import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * Japan: applied (WTO) rates for the demo goods and preferences for Vietnamese goods. Sources, gaps
 * and open points: ./SOURCES.md.
 *
 * No official copy of Japan's Customs Tariff Schedule was read line by line. Lines are UNVERIFIED
 * unless their note says what supports them; demo goods whose rate could not be supported have no line
 * (gaps in SOURCES.md). Japan offers Vietnamese goods several overlapping agreements (VJEPA, AJCEP,
 * CPTPP, RCEP); the line encoded names the one checked or the lowest known, with the reason.
 */
const TARIFF = "Customs Tariff Schedules of Japan (2026), Japan Customs, https://www.customs.go.jp/english/tariff/ (WTO rate column)";
const VJEPA = 'Agreement between Japan and the Socialist Republic of Viet Nam for an Economic Partnership (VJEPA), Annex 1 Schedule of Japan; in force 2009-10-01; Customs Tariff Schedules of Japan, "Viet Nam" EPA column';
const CPTPP = 'CPTPP, Annex 2-D Schedule of Japan; in force between Japan and Viet Nam 2019-01-14; Customs Tariff Schedules of Japan, "CPTPP" column';

function mfn(hsPrefix: string, rate: string, description: string, note: string): TariffLineData {
  return { id: `tariff.JP.MFN.${hsPrefix}`, version: '1', source: TARIFF, effectiveFrom: '2025-01-01', territory: 'JP', hsPrefix, program: 'MFN', rate, description, note };
}

export const JP_TARIFF: TariffLineData[] = [
  mfn('090121', '12%', 'Roasted coffee, not decaffeinated', "UNVERIFIED: from the compiler's knowledge of the WTO rate (general rate 20%, WTO 12%)."),
  mfn('080132', 'Free', 'Cashew nuts, shelled', "UNVERIFIED: from the compiler's knowledge of the schedule."),
  mfn(
    '610910',
    '10.9%',
    'T-shirts, singlets and other vests, of cotton, knitted',
    "UNVERIFIED: the 2024 schedule as republished by htshub.com gives 10.9% for the neighbouring knitted cotton garments (6101.20, 6102.20); 6109.10 itself was not read.",
  ),
  mfn(
    '640399',
    '30% MIN JPY 4300/pair',
    'Footwear with rubber/plastics soles and leather uppers: 30% or JPY 4,300 per pair, whichever is greater (out of quota)',
    "UNVERIFIED: from the compiler's knowledge of the schedule. Leather footwear is under a tariff-rate quota: the lower in-quota rate needs a quota allocation, which the types cannot express, so the out-of-quota rate is encoded. The preference for Vietnamese leather footwear (CPTPP staging) was not found: no preferential line.",
  ),
  mfn(
    '420221',
    '10%',
    'Handbags with outer surface of leather, of composition leather or of patent leather (default: 4202.21-220, other)',
    'Read in Japan\'s Tariff Schedule (April 2024) as republished by htshub.com (chapter 42, page 2): 4202.21-220 "(2) Other", general rate 12.5%, WTO rate 10%, LDC free; Japan applies the lower of the general and WTO rates, so 10%. Handbags combined or trimmed with precious metal, precious stones, pearls, coral, ivory or Bekko and valued over JPY 6,000 each (4202.21-100) pay more (16% WTO for the comparable 4202.22-100 and 4202.11-100 lines); the 2026 schedule was not re-read.',
  ),
  mfn('330499', 'Free', 'Beauty or skin-care preparations, other', "UNVERIFIED: from the compiler's knowledge of the schedule (Japan charges no duty on cosmetics)."),
  {
    id: 'tariff.JP.CPTPP.VN.090121',
    version: '1',
    source: CPTPP,
    effectiveFrom: '2025-01-01',
    territory: 'JP',
    hsPrefix: '090121',
    program: 'PREFERENTIAL',
    agreement: 'CPTPP',
    origins: ['VN'],
    rate: 'Free',
    description: 'Roasted coffee, originating in Viet Nam (CPTPP)',
    note: 'UNVERIFIED: Japan eliminated its roasted-coffee duty under CPTPP within a few years of entry into force; encoded from 2025-01-01 only. VJEPA/AJCEP/RCEP rates for this line were not checked; CPTPP is encoded as the one known to be free.',
  },
  {
    id: 'tariff.JP.VJEPA.VN.420221',
    version: '1',
    source: VJEPA,
    effectiveFrom: '2025-01-01',
    territory: 'JP',
    hsPrefix: '420221',
    program: 'PREFERENTIAL',
    agreement: 'VJEPA',
    origins: ['VN'],
    rate: 'Free',
    description: 'Handbags with outer surface of leather, originating in Viet Nam (VJEPA)',
    note: 'UNVERIFIED for 4202.21 itself: the EPA columns of the 2024 schedule as republished by htshub.com show "Free" for Viet Nam, ASEAN (AJCEP) and RCEP (ASEAN/Australia/New Zealand) on the neighbouring leather line 4202.11-200 (same 12.5%/10% rates), while CPTPP was still staged there (3.6% in FY2024); the 4202.21 EPA columns were not read. VJEPA is encoded as the free agreement. Encoded from 2025-01-01 only.',
  },
  {
    id: 'tariff.JP.VJEPA.VN.610910',
    version: '1',
    source: VJEPA,
    effectiveFrom: '2025-01-01',
    territory: 'JP',
    hsPrefix: '610910',
    program: 'PREFERENTIAL',
    agreement: 'VJEPA',
    origins: ['VN'],
    rate: 'Free',
    description: 'T-shirts of cotton, knitted, originating in Viet Nam (VJEPA)',
    note: 'UNVERIFIED for 6109.10 itself: the schedule shows "Free" in the Viet Nam, ASEAN, CPTPP and RCEP columns for neighbouring knitted cotton garments (kanzei.or.jp, htshub.com). VJEPA is encoded because its rule of origin for apparel (two processes in Viet Nam or ASEAN/Japan) is the easiest of the four to meet.',
  },
];
