import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * Australia: general (MFN) rates of Schedule 3 to the Customs Tariff Act 1995 for the demo goods, and
 * the preference for Vietnamese goods. Sources and open points: ./SOURCES.md.
 *
 * No official copy of the Working Tariff was available: lines are UNVERIFIED unless their note says
 * otherwise. Australia's general rate on most manufactured consumer goods is 5%. On 2024-07-01 about
 * 500 "nuisance" tariffs were abolished (bamboo chopsticks, pyjamas, protective footwear, toothbrushes
 * among the examples published); the full list was not read, so other demo lines may also be free.
 * For Vietnamese goods the rate is free under AANZFTA, CPTPP and RCEP alike; AANZFTA is encoded.
 */
const SCHEDULE3 =
  'Customs Tariff Act 1995 (Cth), Schedule 3, general rate; ABF Working Tariff https://www.abf.gov.au/importing-exporting-and-manufacturing/tariff-classification/current-tariff';
const AANZFTA =
  'Agreement Establishing the ASEAN-Australia-New Zealand Free Trade Area (AANZFTA), Annex 1 Schedule of Tariff Commitments of Australia (all duties eliminated by 2020); Customs Tariff Act 1995 (Cth), AANZFTA schedule; in force for Viet Nam 2010-01-01';
const UNVERIFIED = "UNVERIFIED: not read in the Working Tariff; from the compiler's knowledge of Schedule 3 (5% general rate on most manufactured goods). The July 2024 nuisance-tariff list was not read and may include this line.";

function mfn(hsPrefix: string, rate: string, description: string, note = UNVERIFIED, effectiveFrom = '2025-01-01'): TariffLineData {
  return { id: `tariff.AU.MFN.${hsPrefix}`, version: '1', source: SCHEDULE3, effectiveFrom, territory: 'AU', hsPrefix, program: 'MFN', rate, description, note };
}

function aanzfta(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.AU.AANZFTA.VN.${hsPrefix}`,
    version: '1',
    source: AANZFTA,
    effectiveFrom: '2025-01-01',
    territory: 'AU',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'AANZFTA',
    origins: ['VN'],
    rate: 'Free',
    description: `${description}, originating in Viet Nam (AANZFTA)`,
    note: 'UNVERIFIED per line: Australia eliminated all duties under AANZFTA by 2020; CPTPP and RCEP also give free entry, so AANZFTA (in force longest, with a well-known certificate of origin) is the one encoded. Encoded from 2025-01-01 only.',
  };
}

const DUTIABLE: Array<[string, string]> = demoGoodsExcept('090121', '080132', '441912');

export const AU_TARIFF: TariffLineData[] = [
  mfn('090121', 'Free', 'Roasted coffee, not decaffeinated'),
  mfn('080132', 'Free', 'Cashew nuts, shelled'),
  mfn(
    '441912',
    'Free',
    'Chopsticks of bamboo',
    'Bamboo chopsticks are named among the nuisance tariffs abolished from 2024-07-01 (Treasury announcement of 2024-03-10, reported by the Canberra Times and others); the 5% rate before that date is not encoded.',
    '2024-07-01',
  ),
  ...DUTIABLE.map(([hs, d]) => mfn(hs, '5%', d)),
  ...DUTIABLE.map(([hs, d]) => aanzfta(hs, d)),
];
