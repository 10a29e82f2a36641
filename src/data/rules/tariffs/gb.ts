import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * United Kingdom (GB): UK Global Tariff (MFN) rates for the demo goods and the UK-Viet Nam FTA
 * (UKVFTA) preference. Sources and open points: ./SOURCES.md.
 *
 * MFN rates were read from the ukgt_duty_rate column of DIT global-uk-tariff.csv, the UKGT as it took
 * effect on 2021-01-01 (CN 2020 codes; these demo codes are unchanged in HS 2022). No later change to
 * these lines is known, but the current UK Trade Tariff was not read line by line. Northern Ireland
 * applies the EU tariff in many cases and is not modelled here.
 */
const UKGT =
  'UK Global Tariff (The Customs Tariff (Establishment) (EU Exit) Regulations 2020, SI 2020/1430), DIT global-uk-tariff.csv (2021-01-27), ukgt_duty_rate; current rates: https://www.trade-tariff.service.gov.uk/commodities/ (10-digit code)';
const UKVFTA =
  'Free Trade Agreement between the United Kingdom and the Socialist Republic of Viet Nam (London, 11 December 2020; CS Viet Nam No.1/2021), incorporating EVFTA Annex 2-A/Appendix 2-A-1 mutatis mutandis; in force 2021-01-01; https://www.gov.uk/government/collections/uk-vietnam-free-trade-agreement';

function mfn(hsPrefix: string, rate: string, description: string, note?: string): TariffLineData {
  return {
    id: `tariff.GB.MFN.${hsPrefix}`,
    version: '1',
    source: UKGT,
    effectiveFrom: '2021-01-01',
    territory: 'GB',
    hsPrefix,
    program: 'MFN',
    rate,
    description,
    ...(note ? { note } : {}),
  };
}

function ukvftaA(hsPrefix: string, description: string, note: string): TariffLineData {
  return {
    id: `tariff.GB.UKVFTA.VN.${hsPrefix}`,
    version: '1',
    source: UKVFTA,
    effectiveFrom: '2021-01-01',
    territory: 'GB',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'UKVFTA',
    origins: ['VN'],
    rate: 'Free',
    description: `${description}, originating in Viet Nam (UKVFTA, EVFTA staging A carried over)`,
    note,
  };
}

/** EVFTA staging B7 carried over: the UK preferential rate for 2024, 2025, 2026, then free from 2027-01-01. */
function ukvftaB7(hsPrefix: string, rates: [string, string, string], description: string, note: string): TariffLineData[] {
  const years = ['2024', '2025', '2026'] as const;
  const lines = years.map(
    (year, i): TariffLineData => ({
      id: `tariff.GB.UKVFTA.VN.${hsPrefix}.${year}`,
      version: '1',
      source: UKVFTA,
      effectiveFrom: `${year}-01-01`,
      effectiveTo: `${Number(year) + 1}-01-01`,
      territory: 'GB',
      hsPrefix,
      program: 'PREFERENTIAL',
      agreement: 'UKVFTA',
      origins: ['VN'],
      rate: rates[i]!,
      description: `${description}, originating in Viet Nam (UKVFTA, EVFTA staging B7 carried over, stage ${i + 5} of 8)`,
      note,
    }),
  );
  lines.push({
    id: `tariff.GB.UKVFTA.VN.${hsPrefix}.2027`,
    version: '1',
    source: UKVFTA,
    effectiveFrom: '2027-01-01',
    territory: 'GB',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'UKVFTA',
    origins: ['VN'],
    rate: 'Free',
    description: `${description}, originating in Viet Nam (UKVFTA, free from year 8)`,
    note,
  });
  return lines;
}

const MIRROR =
  'The UK agreement carries over the EVFTA staging; the rates here are the EVFTA staged rates (see eu.ts). Where the UKGT rate is lower than a staged preferential rate the UKGT applies anyway.';
const B7_UNCHECKED = `UNVERIFIED: EVFTA staging B7 assumed (see eu.ts), and the UK value assumed equal to the EU staged rate although the UK base (UKGT) can differ; the UK Trade Tariff was not read. ${MIRROR}`;

export const GB_TARIFF: TariffLineData[] = [
  mfn("090121", "6%", "Roasted coffee, not decaffeinated"),
  mfn("080132", "Free", "Cashew nuts, shelled"),
  mfn("621410", "8%", "Shawls, scarves, mufflers and the like, of silk or silk waste (not knitted)"),
  mfn("620449", "12%", "Women's or girls' dresses of other textile materials (CN 6204 49 10 silk; 6204 49 90 other), not knitted"),
  mfn("610910", "12%", "T-shirts, singlets and other vests, of cotton, knitted or crocheted"),
  mfn("420221", "2%", "Handbags with outer surface of leather, composition leather or patent leather"),
  mfn("691110", "12%", "Tableware and kitchenware of porcelain or china"),
  mfn("691200", "4%", "Ceramic tableware, kitchenware and household articles other than of porcelain (default line)", "The tariff splits this subheading below HS6; the HS6 line carries the rate of CN 6912 00 23 (tableware and kitchenware of stoneware), the demo stoneware; common pottery, earthenware/fine pottery and other ceramics differ. Classify to 8 digits for the exact rate."),
  mfn("69120021", "4%", "6912 00 21: Tableware and kitchenware, of common pottery (excl. statuettes and other ornamental articles, pots, jars, carboys and similar receptacles for the conveyance or packing of goods, and coffee grinders..."),
  mfn("69120023", "4%", "6912 00 23: Tableware and kitchenware, of stoneware (excl. statuettes and other ornamental articles, pots, jars, carboys and similar receptacles for the conveyance or packing of goods, and coffee grinders and ..."),
  mfn("69120025", "8%", "6912 00 25: Tableware and kitchenware, of earthenware or fine pottery (excl. statuettes and other ornamental articles, pots, jars, carboys and similar receptacles for the conveyance or packing of goods, and co..."),
  mfn("69120029", "6%", "6912 00 29: Tableware and kitchenware, of ceramics other than porcelain, china, common pottery, stoneware, earthenware or fine pottery (excl. statuettes and other ornamental articles, pots, jars, carboys and s..."),
  mfn("69120081", "4%", "6912 00 81: Household articles and toilet articles, of common pottery (excl. tableware, kitchenware, baths, bidets, sinks and similar sanitary fixtures, statuettes and other ornamental articles, pots, jars, ca..."),
  mfn("69120083", "4%", "6912 00 83: Household articles and toilet articles, of stoneware (excl. tableware, kitchenware, baths, bidets, sinks and similar sanitary fixtures, statuettes and other ornamental articles, pots, jars, carboys..."),
  mfn("69120085", "8%", "6912 00 85: Household articles and toilet articles, of earthenware or fine pottery (excl. tableware, kitchenware, baths, bidets, sinks and similar sanitary fixtures, statuettes and other ornamental articles, p..."),
  mfn("69120089", "6%", "6912 00 89: Household articles and toilet articles, of ceramics other than porcelain, china, common pottery, stoneware, earthenware or fine pottery (excl. tableware, kitchenware, baths, bidets, sinks and simil..."),
  mfn("442090", "Free", "Wooden caskets, boxes, marquetry and other articles of heading 4420 (excl. statuettes) (default line)", "The tariff splits this subheading below HS6; the HS6 line carries the rate of CN 4420 90 99 (caskets, boxes and similar articles not of the listed tropical woods), the demo lacquered box or tray; of listed tropical woods (4420 90 91) and marquetry (4420 90 10) differ. Classify to 8 digits for the exact rate."),
  mfn("44209010", "4%", "4420 90 10: Wood marquetry and inlaid wood (excl. statuettes and other ornaments, articles of furniture, lamps and lighting fittings and parts thereof)"),
  mfn("44209091", "2%", "4420 90 91: Caskets and cases for jewellery or cutlery, and similar articles and articles of furniture of okoumé, obeche, sapelli, sipo, acajou d'Afrique, makoré, iroko, tiama, mansonia, ilomba, dibétou, limba..."),
  mfn("44209099", "Free", "4420 90 99: Caskets and cases for jewellery or cutlery, and similar articles and articles of furniture (excl. okoumé, obeche, sapelli, sipo, acajou d'Afrique, makoré, iroko, tiama, mansonia, ilomba, dibétou, l..."),
  mfn("441911", "Free", "Bread boards, chopping boards and similar boards, of bamboo"),
  mfn("441912", "Free", "Chopsticks of bamboo"),
  mfn("441919", "Free", "Other tableware and kitchenware of bamboo"),
  mfn("441990", "Free", "Tableware and kitchenware of wood other than bamboo"),
  mfn("460211", "2%", "Basketwork, wickerwork and other articles of bamboo"),
  mfn("640399", "4%", "Other footwear, outer soles of rubber/plastics/composition leather, uppers of leather, not covering the ankle (default line)", "The tariff splits this subheading below HS6; the HS6 line carries the rate of CN 6403 99 38 (women's footwear with a vamp of straps or cut-outs, sole and heel not over 3 cm, in-sole 24 cm or more), the demo women's sandal; most other lines of 6403 99 are 8%. Classify to 8 digits for the exact rate."),
  mfn("64039905", "8%", "6403 99 05: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, made on a base or platform of wood, with neither an inner sole nor a protective metal toecap (excl. cov..."),
  mfn("64039911", "8%", "6403 99 11: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, with a vamp made of straps or which has one or several pieces cut out, with a maximum sole and heel hei..."),
  mfn("64039931", "8%", "6403 99 31: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, with a vamp made of straps or which has one or several pieces cut out, with a maximum sole and heel hei..."),
  mfn("64039933", "8%", "6403 99 33: Footwear non-identifiable as men's or women's footwear, with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with a vamp made of straps or w..."),
  mfn("64039936", "8%", "6403 99 36: Men's footwear with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with a vamp made of straps or which has one or several pieces cut out, w..."),
  mfn("64039938", "4%", "6403 99 38: Women's footwear with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with a vamp made of straps or which has one or several pieces cut out,..."),
  mfn("64039950", "8%", "6403 99 50: Slippers and other indoor footwear, with outer soles of rubber, plastics, or composition leather and uppers of leather (excl. covering the ankle, with a vamp made of straps or which has one or seve..."),
  mfn("64039991", "8%", "6403 99 91: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, with in-soles of < 24 cm in length (excl. covering the ankle, incorporating a protective metal toecap, ..."),
  mfn("64039993", "8%", "6403 99 93: Footwear non-identifiable as men's or women's footwear, with outer soles of rubber, plastics or composition leather and uppers of leather, with in-soles of a length of >= 24 cm (excl. footwear cove..."),
  mfn("64039996", "8%", "6403 99 96: Men's footwear with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with in-soles of a length >= 24 cm (excl. 6403.11-00 to 6403.40.00, 6403..."),
  mfn("64039998", "6%", "6403 99 98: Footwear with outer soles of rubber, plastics or composition leather and uppers of leather, with in-soles of a length of >= 24 cm, for women (excl. footwear covering the ankle; with a protective me..."),
  mfn("640419", "16%", "Other footwear, outer soles of rubber or plastics, uppers of textile materials (excl. sports footwear)"),
  mfn("330499", "Free", "Beauty or make-up preparations and skin-care preparations, other (creams, serums)"),
  ukvftaA('090121', 'Roasted coffee, not decaffeinated', `EVFTA staging A (coffee free at entry into force, secondary sources). ${MIRROR}`),
  ukvftaA('420221', 'Handbags with outer surface of leather', `EVFTA staging A (bags free at entry into force, secondary sources). ${MIRROR}`),
  ukvftaA('691110', 'Tableware and kitchenware of porcelain or china', `EVFTA staging A (ceramics free at entry into force, secondary sources). ${MIRROR}`),
  ukvftaA('691200', 'Ceramic tableware and kitchenware other than of porcelain', `EVFTA staging A (ceramics free at entry into force, secondary sources). ${MIRROR}`),
  ukvftaA('442090', 'Wooden caskets, boxes and other articles of heading 4420', `UNVERIFIED: EVFTA staging A assumed. ${MIRROR}`),
  ukvftaA('460211', 'Basketwork and other articles of bamboo', `UNVERIFIED: EVFTA staging A assumed. ${MIRROR}`),
  ...ukvftaB7('610910', ['4.5%', '3%', '1.5%'], 'T-shirts of cotton, knitted', B7_UNCHECKED),
  ...ukvftaB7('620449', ['4.5%', '3%', '1.5%'], "Women's dresses of other textile materials (silk)", B7_UNCHECKED),
  ...ukvftaB7('621410', ['3%', '2%', '1%'], 'Shawls and scarves of silk', B7_UNCHECKED),
  ...ukvftaB7('640399', ['3%', '2%', '1%'], 'Leather-upper footwear, lines with an 8% base', B7_UNCHECKED),
  ...ukvftaB7('64039938', ['1.8%', '1.2%', '0.6%'], "Women's leather-upper strap footwear, 6403 99 38", B7_UNCHECKED),
  ...ukvftaB7('64039998', ['2.6%', '1.7%', '0.8%'], "Women's leather-upper footwear, 6403 99 98", B7_UNCHECKED),
  ...ukvftaB7('640419', ['6.3%', '4.2%', '2.1%'], 'Textile-upper footwear, 6404 19', B7_UNCHECKED),
];
