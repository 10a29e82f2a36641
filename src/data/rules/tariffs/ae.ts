import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';
import { demoGoodsExcept } from './demo-goods.js';

/**
 * United Arab Emirates: the GCC Common Customs Tariff as applied by the UAE, for the demo goods
 * shipped from a US or EU warehouse (Vietnamese origin). Sources, gaps and open points: ./SOURCES.md.
 *
 * The UAE levies 5% of the CIF value on foreign goods, except a list of exempted commodities (staple
 * foods, medicines and others) and the higher rates on alcohol and tobacco. The manufactured demo goods
 * are encoded at 5%; coffee and cashews are left out (gaps) because basic foodstuffs may be on the
 * exemption list, which was not read. No UAE trade agreement covers Viet Nam. VAT 5% is a separate rule.
 */
const SOURCE =
  'UAE Federal Law raising customs duties from 4% to 5% on all foreign goods imported from outside the GCC Customs Union from 2003-01-01, except the 53 commodities exempted by the GCC Supreme Council (https://uaelegislation.gov.ae/en/legislations/1971); Common Customs Law of the GCC States (Federal Decree No. 15 of 2022); GCC Unified Customs Tariff';
const NOTE =
  'UNVERIFIED per line: not read in the GCC Unified Customs Tariff; rests on the UAE law setting 5% on foreign goods and on practitioner summaries (Lexology "Customs duties: UAE": 5% of CIF on most goods, 50% alcohol, 100% tobacco; staple foodstuffs exempt). Confirm the line in the UAE/GCC tariff (Federal Customs Authority) before relying on it.';

const GOODS: Array<[string, string]> = demoGoodsExcept('090121', '080132');

export const AE_TARIFF: TariffLineData[] = GOODS.map(
  ([hsPrefix, description]): TariffLineData => ({
    id: `tariff.AE.MFN.${hsPrefix}`,
    version: '1',
    source: SOURCE,
    effectiveFrom: '2025-01-01',
    territory: 'AE',
    hsPrefix,
    program: 'MFN',
    rate: '5%',
    description,
    note: NOTE,
  }),
);
