import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * Norway: MFN rates for the demo goods. Norway charges no duty on most industrial goods; clothing and
 * some textiles keep duties, and Viet Nam has no FTA in force with Norway (the EFTA-Viet Nam FTA is
 * still under negotiation; Viet Nam is a beneficiary of the Norwegian GSP, not encoded). Sources, gaps
 * and open points: ./SOURCES.md.
 *
 * No official copy of the Norwegian tariff (Tolltariffen) was available: every line is UNVERIFIED, and
 * the three clothing lines (6109.10, 6204.49, 6214.10), whose rates could not be supported, have no
 * line rather than a guessed one.
 */
const SOURCE = 'Norwegian Customs Tariff (Tolltariffen), Norwegian Customs (Tolletaten), https://tolltariffen.toll.no/';
const NOTE = "UNVERIFIED: not read in Tolltariffen; from the compiler's knowledge that Norway charges no duty on these goods.";

const FREE_GOODS: Array<[string, string]> = demoGoodsExcept('621410', '620449', '610910');

export const NO_TARIFF: TariffLineData[] = FREE_GOODS.map(
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
);
