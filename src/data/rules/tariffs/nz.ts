import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * New Zealand: MFN rates for the demo goods and the preference for Vietnamese goods. Sources, gaps and
 * open points: ./SOURCES.md.
 *
 * No official copy of the Working Tariff Document was available: every line is UNVERIFIED, and demo
 * goods whose MFN rate could not be supported have no MFN line (gaps listed in SOURCES.md). For
 * Vietnamese goods the rate is free under AANZFTA, CPTPP and RCEP alike; AANZFTA is encoded for all
 * demo goods so a later MFN line finds its preference.
 */
const WTD = 'Working Tariff Document of New Zealand, NZ Customs Service, https://www.customs.govt.nz/business/tariffs/working-tariff-document/';
const AANZFTA =
  'Agreement Establishing the ASEAN-Australia-New Zealand Free Trade Area (AANZFTA), Annex 1 Schedule of Tariff Commitments of New Zealand (all duties eliminated by 2020); in force for Viet Nam 2010-01-01; Working Tariff Document preferential column';
const UNVERIFIED = "UNVERIFIED: not read in the Working Tariff Document; from the compiler's knowledge of it (clothing 10%).";

function mfn(hsPrefix: string, rate: string, description: string): TariffLineData {
  return { id: `tariff.NZ.MFN.${hsPrefix}`, version: '1', source: WTD, effectiveFrom: '2025-01-01', territory: 'NZ', hsPrefix, program: 'MFN', rate, description, note: UNVERIFIED };
}

const GOODS: Array<[string, string]> = demoGoodsExcept('090121', '080132');

export const NZ_TARIFF: TariffLineData[] = [
  mfn('090121', 'Free', 'Roasted coffee, not decaffeinated'),
  mfn('080132', 'Free', 'Cashew nuts, shelled'),
  mfn('621410', '10%', 'Shawls, scarves and the like, of silk'),
  mfn('620449', '10%', "Women's or girls' dresses of other textile materials (silk), not knitted"),
  mfn('610910', '10%', 'T-shirts, singlets and other vests, of cotton, knitted'),
  ...GOODS.map(
    ([hsPrefix, description]): TariffLineData => ({
      id: `tariff.NZ.AANZFTA.VN.${hsPrefix}`,
      version: '1',
      source: AANZFTA,
      effectiveFrom: '2025-01-01',
      territory: 'NZ',
      hsPrefix,
      program: 'PREFERENTIAL',
      agreement: 'AANZFTA',
      origins: ['VN'],
      rate: 'Free',
      description: `${description}, originating in Viet Nam (AANZFTA)`,
      note: 'UNVERIFIED per line: New Zealand eliminated all duties under AANZFTA by 2020; CPTPP and RCEP also give free entry. Encoded from 2025-01-01 only.',
    }),
  ),
];
