import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * European Union (customs territory "EU"): Common Customs Tariff (conventional, erga omnes) rates for
 * the demo goods, and the EU-Viet Nam FTA (EVFTA) preference. Sources and open points: ./SOURCES.md.
 *
 * MFN rates were read from the CET column of the DIT global-uk-tariff.csv (the CET as of 2020) and are
 * dated from 2020-01-01; no CN change for these lines since is known, but CN 2026 was not re-read
 * line by line. Where the CN splits a demo subheading, every CN8 line is listed and the HS6 line carries
 * the rate of the line that fits the demo good.
 */
const CET =
  'Council Regulation (EEC) No 2658/87, Annex I (Combined Nomenclature, conventional rate of duty) as replaced each year by Commission Implementing Regulation (CN 2025: (EU) 2024/2522, OJ L 31.10.2024); TARIC https://ec.europa.eu/taxation_customs/dds2/taric/taric_consultation.jsp ; read from the cet_duty_rate column of DIT global-uk-tariff.csv (CET as of 2020)';
const EVFTA =
  'Free Trade Agreement between the European Union and the Socialist Republic of Viet Nam, Annex 2-A and Appendix 2-A-1 (Tariff Schedule of the Union), OJ L 186, 12.6.2020, p. 3; https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L:2020:186:TOC ; in force 2020-08-01 (OJ L 207, 30.6.2020)';

function mfn(hsPrefix: string, rate: string, description: string, note?: string): TariffLineData {
  return {
    id: `tariff.EU.MFN.${hsPrefix}`,
    version: '1',
    source: CET,
    effectiveFrom: '2020-01-01',
    territory: 'EU',
    hsPrefix,
    program: 'MFN',
    rate,
    description,
    ...(note ? { note } : {}),
  };
}

/** Staging category A: duty-free for originating goods from entry into force, 2020-08-01. */
function evftaA(hsPrefix: string, description: string, note: string): TariffLineData {
  return {
    id: `tariff.EU.EVFTA.VN.${hsPrefix}`,
    version: '1',
    source: EVFTA,
    effectiveFrom: '2020-08-01',
    territory: 'EU',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'EVFTA',
    origins: ['VN'],
    rate: 'Free',
    description: `${description}, originating in Viet Nam (EVFTA staging A)`,
    note,
  };
}

/**
 * Staging category B7: eight equal cuts, the first on 2020-08-01 and then each 1 January, free from
 * 2027-01-01. `rates` are the 2024, 2025 and 2026 rates (base x 3/8, 2/8, 1/8, rounded down to 0.1
 * percentage point); earlier stages are not encoded.
 */
function evftaB7(hsPrefix: string, base: string, rates: [string, string, string], description: string, note: string): TariffLineData[] {
  const years = ['2024', '2025', '2026'] as const;
  const lines = years.map(
    (year, i): TariffLineData => ({
      id: `tariff.EU.EVFTA.VN.${hsPrefix}.${year}`,
      version: '1',
      source: EVFTA,
      effectiveFrom: `${year}-01-01`,
      effectiveTo: `${Number(year) + 1}-01-01`,
      territory: 'EU',
      hsPrefix,
      program: 'PREFERENTIAL',
      agreement: 'EVFTA',
      origins: ['VN'],
      rate: rates[i]!,
      description: `${description}, originating in Viet Nam (EVFTA staging B7, base ${base}, stage ${i + 5} of 8)`,
      note,
    }),
  );
  lines.push({
    id: `tariff.EU.EVFTA.VN.${hsPrefix}.2027`,
    version: '1',
    source: EVFTA,
    effectiveFrom: '2027-01-01',
    territory: 'EU',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'EVFTA',
    origins: ['VN'],
    rate: 'Free',
    description: `${description}, originating in Viet Nam (EVFTA staging B7, free from year 8)`,
    note,
  });
  return lines;
}

const A_CHECKED = 'Staging A confirmed by secondary sources (see SOURCES.md); the line itself was not read in Appendix 2-A-1.';
const A_UNCHECKED = 'UNVERIFIED: staging A assumed (most EU lines for wood, basketwork and ceramics were liberalised at entry into force); the line was not read in Appendix 2-A-1.';
const B7_UNCHECKED =
  'UNVERIFIED: staging category B7 assumed from secondary summaries (garments 3-7 years; leather footwear 3-7 years; only ~13% of apparel lines still dutiable in year 7); the line was not read in Appendix 2-A-1. If the line is B3 or B5 it is already free (from 2023-01-01 or 2025-01-01). Textiles need the EVFTA two-stage rule of origin (Vietnamese, EU or Korean fabric).';

export const EU_TARIFF: TariffLineData[] = [
  mfn("090121", "7.5%", "Roasted coffee, not decaffeinated"),
  mfn("080132", "Free", "Cashew nuts, shelled"),
  mfn("621410", "8%", "Shawls, scarves, mufflers and the like, of silk or silk waste (not knitted)"),
  mfn("620449", "12%", "Women's or girls' dresses of other textile materials (CN 6204 49 10 silk; 6204 49 90 other), not knitted"),
  mfn("610910", "12%", "T-shirts, singlets and other vests, of cotton, knitted or crocheted"),
  mfn("420221", "3%", "Handbags with outer surface of leather, composition leather or patent leather"),
  mfn("691110", "12%", "Tableware and kitchenware of porcelain or china"),
  mfn("691200", "5.5%", "Ceramic tableware, kitchenware and household articles other than of porcelain (default line)", "The tariff splits this subheading below HS6; the HS6 line carries the rate of CN 6912 00 23 (tableware and kitchenware of stoneware), the demo stoneware; common pottery, earthenware/fine pottery and other ceramics differ. Classify to 8 digits for the exact rate."),
  mfn("69120021", "5%", "CN 6912 00 21: Tableware and kitchenware, of common pottery (excl. statuettes and other ornamental articles, pots, jars, carboys and similar receptacles for the conveyance or packing of goods, and coffee grinders..."),
  mfn("69120023", "5.5%", "CN 6912 00 23: Tableware and kitchenware, of stoneware (excl. statuettes and other ornamental articles, pots, jars, carboys and similar receptacles for the conveyance or packing of goods, and coffee grinders and ..."),
  mfn("69120025", "9%", "CN 6912 00 25: Tableware and kitchenware, of earthenware or fine pottery (excl. statuettes and other ornamental articles, pots, jars, carboys and similar receptacles for the conveyance or packing of goods, and co..."),
  mfn("69120029", "7%", "CN 6912 00 29: Tableware and kitchenware, of ceramics other than porcelain, china, common pottery, stoneware, earthenware or fine pottery (excl. statuettes and other ornamental articles, pots, jars, carboys and s..."),
  mfn("69120081", "5%", "CN 6912 00 81: Household articles and toilet articles, of common pottery (excl. tableware, kitchenware, baths, bidets, sinks and similar sanitary fixtures, statuettes and other ornamental articles, pots, jars, ca..."),
  mfn("69120083", "5.5%", "CN 6912 00 83: Household articles and toilet articles, of stoneware (excl. tableware, kitchenware, baths, bidets, sinks and similar sanitary fixtures, statuettes and other ornamental articles, pots, jars, carboys..."),
  mfn("69120085", "9%", "CN 6912 00 85: Household articles and toilet articles, of earthenware or fine pottery (excl. tableware, kitchenware, baths, bidets, sinks and similar sanitary fixtures, statuettes and other ornamental articles, p..."),
  mfn("69120089", "7%", "CN 6912 00 89: Household articles and toilet articles, of ceramics other than porcelain, china, common pottery, stoneware, earthenware or fine pottery (excl. tableware, kitchenware, baths, bidets, sinks and simil..."),
  mfn("442090", "Free", "Wooden caskets, boxes, marquetry and other articles of heading 4420 (excl. statuettes) (default line)", "The tariff splits this subheading below HS6; the HS6 line carries the rate of CN 4420 90 99 (caskets, boxes and similar articles not of the listed tropical woods), the demo lacquered box or tray; of listed tropical woods (4420 90 91) and marquetry (4420 90 10) differ. Classify to 8 digits for the exact rate."),
  mfn("44209010", "4%", "CN 4420 90 10: Wood marquetry and inlaid wood (excl. statuettes and other ornaments, articles of furniture, lamps and lighting fittings and parts thereof)"),
  mfn("44209091", "3%", "CN 4420 90 91: Caskets and cases for jewellery or cutlery, and similar articles and articles of furniture of okoumé, obeche, sapelli, sipo, acajou d'Afrique, makoré, iroko, tiama, mansonia, ilomba, dibétou, limba..."),
  mfn("44209099", "Free", "CN 4420 90 99: Caskets and cases for jewellery or cutlery, and similar articles and articles of furniture (excl. okoumé, obeche, sapelli, sipo, acajou d'Afrique, makoré, iroko, tiama, mansonia, ilomba, dibétou, l..."),
  mfn("441911", "Free", "Bread boards, chopping boards and similar boards, of bamboo"),
  mfn("441912", "Free", "Chopsticks of bamboo"),
  mfn("441919", "Free", "Other tableware and kitchenware of bamboo"),
  mfn("441990", "Free", "Tableware and kitchenware of wood other than bamboo"),
  mfn("460211", "3.7%", "Basketwork, wickerwork and other articles of bamboo"),
  mfn("640399", "5%", "Other footwear, outer soles of rubber/plastics/composition leather, uppers of leather, not covering the ankle (default line)", "The tariff splits this subheading below HS6; the HS6 line carries the rate of CN 6403 99 38 (women's footwear with a vamp of straps or cut-outs, sole and heel not over 3 cm, in-sole 24 cm or more), the demo women's sandal; most other lines of 6403 99 are 8%. Classify to 8 digits for the exact rate."),
  mfn("64039905", "8%", "CN 6403 99 05: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, made on a base or platform of wood, with neither an inner sole nor a protective metal toecap (excl. cov..."),
  mfn("64039911", "8%", "CN 6403 99 11: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, with a vamp made of straps or which has one or several pieces cut out, with a maximum sole and heel hei..."),
  mfn("64039931", "8%", "CN 6403 99 31: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, with a vamp made of straps or which has one or several pieces cut out, with a maximum sole and heel hei..."),
  mfn("64039933", "8%", "CN 6403 99 33: Footwear non-identifiable as men's or women's footwear, with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with a vamp made of straps or w..."),
  mfn("64039936", "8%", "CN 6403 99 36: Men's footwear with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with a vamp made of straps or which has one or several pieces cut out, w..."),
  mfn("64039938", "5%", "CN 6403 99 38: Women's footwear with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with a vamp made of straps or which has one or several pieces cut out,..."),
  mfn("64039950", "8%", "CN 6403 99 50: Slippers and other indoor footwear, with outer soles of rubber, plastics, or composition leather and uppers of leather (excl. covering the ankle, with a vamp made of straps or which has one or seve..."),
  mfn("64039991", "8%", "CN 6403 99 91: Footwear with outer soles of rubber, plastics or composition leather, with uppers of leather, with in-soles of < 24 cm in length (excl. covering the ankle, incorporating a protective metal toecap, ..."),
  mfn("64039993", "8%", "CN 6403 99 93: Footwear non-identifiable as men's or women's footwear, with outer soles of rubber, plastics or composition leather and uppers of leather, with in-soles of a length of >= 24 cm (excl. footwear cove..."),
  mfn("64039996", "8%", "CN 6403 99 96: Men's footwear with outer soles of rubber, plastics or composition leather, with uppers of leather (not covering the ankle), with in-soles of a length >= 24 cm (excl. 6403.11-00 to 6403.40.00, 6403..."),
  mfn("64039998", "7%", "CN 6403 99 98: Footwear with outer soles of rubber, plastics or composition leather and uppers of leather, with in-soles of a length of >= 24 cm, for women (excl. footwear covering the ankle; with a protective me..."),
  mfn("640419", "16.9%", "Other footwear, outer soles of rubber or plastics, uppers of textile materials (excl. sports footwear)"),
  mfn("330499", "Free", "Beauty or make-up preparations and skin-care preparations, other (creams, serums)"),
  evftaA('090121', 'Roasted coffee, not decaffeinated', `${A_CHECKED} Government and press reports at entry into force: duties on all coffee products, roasted included, eliminated on 2020-08-01.`),
  evftaA('420221', 'Handbags with outer surface of leather', `${A_CHECKED} Trade press: bags, wallets and suitcases duty-free at entry into force.`),
  evftaA('691110', 'Tableware and kitchenware of porcelain or china', `${A_CHECKED} Ceramic products are named among the goods liberalised at entry into force.`),
  evftaA('691200', 'Ceramic tableware and kitchenware other than of porcelain', `${A_CHECKED} Ceramic products are named among the goods liberalised at entry into force.`),
  evftaA('442090', 'Wooden caskets, boxes and other articles of heading 4420', A_UNCHECKED),
  evftaA('460211', 'Basketwork and other articles of bamboo', A_UNCHECKED),
  ...evftaB7('610910', '12%', ['4.5%', '3%', '1.5%'], 'T-shirts of cotton, knitted', B7_UNCHECKED),
  ...evftaB7('620449', '12%', ['4.5%', '3%', '1.5%'], "Women's dresses of other textile materials (silk)", B7_UNCHECKED),
  ...evftaB7('621410', '8%', ['3%', '2%', '1%'], 'Shawls and scarves of silk', B7_UNCHECKED),
  ...evftaB7('640399', '8%', ['3%', '2%', '1%'], 'Leather-upper footwear, CN 6403 99 lines with an 8% base', B7_UNCHECKED),
  ...evftaB7('64039938', '5%', ['1.8%', '1.2%', '0.6%'], "Women's leather-upper strap footwear, CN 6403 99 38", B7_UNCHECKED),
  ...evftaB7('64039998', '7%', ['2.6%', '1.7%', '0.8%'], "Women's leather-upper footwear, CN 6403 99 98", B7_UNCHECKED),
  ...evftaB7('640419', '16.9%', ['6.3%', '4.2%', '2.1%'], 'Textile-upper footwear, CN 6404 19', `${B7_UNCHECKED} Some sources put slippers (6404 19 10) in category A.`),
];
