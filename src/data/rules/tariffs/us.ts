import type { TariffLineData } from '../../../core/landed-cost/rule-data.js';

/**
 * United States: MFN (column 1 general) rates for the demo goods, USMCA preference, and the additional
 * duties that touched Vietnamese goods in 2025-2026. Sources and open points: ./SOURCES.md.
 *
 * MFN lines were read from the official USITC JSON export of the 2026 HTS, Revision 10 (in force
 * 2026-06-08). They are dated from 2025-01-01: these are long-standing bound rates, and the date gives
 * the 2025-2026 additional duties a base rate; only Revision 10 was read line by line.
 * Where the HTS splits a demo subheading below HS6, every 8-digit line is listed and the HS6 line
 * carries the rate of the line that fits the demo good (its note says which), so an item classified
 * only to HS6 still finds a rate and an item classified to 8 or 10 digits finds its exact one.
 */
const HTS =
  'USITC, Harmonized Tariff Schedule of the United States (2026) Revision 10, column 1 general; https://hts.usitc.gov/ (official JSON export hts_2026_revision_10_json.json)';
const HTS_SPECIAL =
  'USITC, HTSUS (2026) Revision 10, column 1 special, program symbol "S" (USMCA, General Note 11); https://hts.usitc.gov/';

function mfn(hsPrefix: string, rate: string, description: string, note?: string): TariffLineData {
  return {
    id: `tariff.US.MFN.${hsPrefix}`,
    version: '1',
    source: HTS,
    effectiveFrom: '2025-01-01',
    territory: 'US',
    hsPrefix,
    program: 'MFN',
    rate,
    description,
    ...(note ? { note } : {}),
  };
}

/** USMCA: every dutiable line of these subheadings lists "S" (free) in the special column. */
function usmca(hsPrefix: string, description: string): TariffLineData {
  return {
    id: `tariff.US.USMCA.CA-MX.${hsPrefix}`,
    version: '1',
    source: HTS_SPECIAL,
    effectiveFrom: '2020-07-01',
    territory: 'US',
    hsPrefix,
    program: 'PREFERENTIAL',
    agreement: 'USMCA',
    origins: ['CA', 'MX'],
    rate: 'Free',
    description: `${description}: USMCA-originating goods of Canada or Mexico`,
    note: 'Free only for goods that meet the USMCA rules of origin (textiles and apparel: yarn-forward) with a valid certification of origin; the engine cannot test qualification, so it applies to every CA/MX origin.',
  };
}

const EO_14257 =
  'Executive Order 14257 of 2025-04-02 (90 Fed. Reg. 15041), as amended by EO 14266 (pause, 2025-04-09) and EO 14326 (90 Fed. Reg. 37963, 2025-07-31); HTSUS 9903.01.25, 9903.01.72, 9903.02.69';
const S122 =
  'Proclamation of 2026-02-20 "Imposing a Temporary Import Surcharge" under Section 122 of the Trade Act of 1974 (19 U.S.C. 2132); HTSUS 9903.03.01-9903.03.11 (2026 Rev. 10); CBP CSMS #67844987';

function ieepaVn(from: string, to: string, rate: string, description: string, note: string, exceptHsPrefixes?: string[]): TariffLineData {
  return {
    id: `tariff.US.ADD.IEEPA.VN.${from}`,
    ...(exceptHsPrefixes ? { exceptHsPrefixes } : {}),
    version: '1',
    source: EO_14257,
    effectiveFrom: from,
    effectiveTo: to,
    territory: 'US',
    hsPrefix: '',
    program: 'ADDITIONAL',
    agreement: 'IEEPA reciprocal',
    origins: ['VN'],
    rate,
    description,
    note,
  };
}

const AG_EXEMPTION =
  'From 12:01 a.m. EST 2025-11-13 the agricultural products added to Annex II (order of 2025-11-14, HTSUS 9903.01.32) are exempt: coffee certainly, cashews very likely (not read in the annex itself); encoded as exceptHsPrefixes on the line from that date.';

const IEEPA_END_NOTE =
  'Ended for goods entered from 12:00 a.m. EST 2026-02-24 (CBP CSMS #67834313) after Learning Resources v. Trump (Supreme Court, 2026-02-20); refunds were unsettled.';

const ADDITIONAL: TariffLineData[] = [
  ieepaVn(
    '2025-04-05',
    '2025-04-09',
    '10%',
    'IEEPA reciprocal tariff, baseline 10% (HTSUS 9903.01.25), products of Viet Nam',
    'From 12:01 a.m. EDT 2025-04-05. Goods loaded before that time and entered before 2025-05-28 were exempt (in-transit rule, not encoded). Annex II goods (energy, pharmaceuticals, certain minerals) were never subject; none of the demo goods were on the original Annex II.',
  ),
  ieepaVn(
    '2025-04-09',
    '2025-04-10',
    '46%',
    'IEEPA reciprocal tariff, country rate for Viet Nam (HTSUS 9903.01.72), in force one day',
    'The Annex I country rate (46% for Viet Nam) applied from 12:01 a.m. EDT 2025-04-09 and was suspended from 12:01 a.m. EDT 2025-04-10 (EO 14266; CBP CSMS #64701128); goods loaded before 2025-04-09 were exempt. 9903.01.72 was later terminated (90 Fed. Reg. 37963).',
  ),
  ieepaVn(
    '2025-04-10',
    '2025-08-07',
    '10%',
    'IEEPA reciprocal tariff, baseline 10% during the pause (HTSUS 9903.01.25), products of Viet Nam',
    'The pause (EO 14266) left the 10% baseline; it was extended until the modified country rates took effect on 2025-08-07 (EO 14326).',
  ),
  ieepaVn(
    '2025-08-07',
    '2025-11-13',
    '20%',
    'IEEPA reciprocal tariff, modified country rate for Viet Nam (HTSUS 9903.02.69)',
    'From 12:01 a.m. EDT 2025-08-07 (EO 14326); goods loaded earlier and entered before 2025-10-05 kept 10%, and goods found transshipped pay 40% (9903.02.01); neither is encoded.',
  ),
  ieepaVn(
    '2025-11-13',
    '2026-02-24',
    '20%',
    'IEEPA reciprocal tariff, modified country rate for Viet Nam (HTSUS 9903.02.69), with the agricultural exemptions',
    `${AG_EXEMPTION} ${IEEPA_END_NOTE}`,
    ['0901', '080132'],
  ),
  {
    id: 'tariff.US.ADD.S122.2026-02-24',
    version: '1',
    source: S122,
    effectiveFrom: '2026-02-24',
    effectiveTo: '2026-07-24',
    territory: 'US',
    hsPrefix: '',
    program: 'ADDITIONAL',
    agreement: 'Section 122',
    exceptOrigins: ['CA', 'MX'],
    exceptOriginsNeedClaim: true,
    exceptHsPrefixes: ['0901', '080132'],
    rate: '10%',
    description: 'Section 122 temporary import surcharge (HTSUS 9903.03.01), all origins',
    note:
      '10% from 12:01 a.m. EST 2026-02-24 to 12:01 a.m. EDT 2026-07-24 (150 days). Canada and Mexico are exempt only for USMCA-qualifying goods (9903.03.07/.08): encoded as exceptOriginsNeedClaim, so the exemption needs claimPreference. Annex II agricultural exclusions (cashews; coffee presumably) are encoded as exceptHsPrefixes. A 15% rate was announced on 2026-02-21 but the official HTS Rev. 10 (2026-06-08) still prints +10%. Nothing is encoded after 2026-07-24 (no successor measure found). See SOURCES.md.',
  },
];

export const US_TARIFF: TariffLineData[] = [
  mfn("090121", "Free", "Roasted coffee, not decaffeinated (0901.21)"),
  mfn("080132", "Free", "Cashew nuts, shelled (0801.32)"),
  mfn("621410", "1.2%", "Shawls, scarves and the like, of silk or silk waste (not knitted) (6214.10, default line)", "The tariff splits 6214.10 by material, use or value; this HS6 line carries the rate of 6214.10.10 (70% or more silk by weight), the demo silk scarf; 6214.10.20 (other) is 3.9%. Classify to 8 digits for the exact rate."),
  mfn("62141010", "1.2%", "6214.10.10: Containing 70 percent or more by weight of silk or silk waste"),
  mfn("62141020", "3.9%", "6214.10.20: Other (859)"),
  mfn("620449", "6.9%", "Women's or girls' dresses of other textile materials (incl. silk), not knitted (6204.49; every 8-digit line under it carries this rate)"),
  mfn("610910", "16.5%", "T-shirts, singlets and other vests, of cotton, knitted (6109.10)"),
  mfn("420221", "9%", "Handbags with outer surface of leather or composition leather (4202.21, default line)", "The tariff splits 4202.21 by material, use or value; this HS6 line carries the rate of 4202.21.90 (leather handbags valued over $20 each), the demo handbag; not over $20 is 10%, reptile leather 5.3%. Classify to 8 digits for the exact rate."),
  mfn("42022130", "5.3%", "4202.21.30: With outer surface of leather or of compositi... > Of reptile leather"),
  mfn("42022160", "10%", "4202.21.60: With outer surface of leather or of compositi... > Other > Valued not over $20 each"),
  mfn("42022190", "9%", "4202.21.90: With outer surface of leather or of compositi... > Other > Valued over $20 each"),
  mfn("691110", "6%", "Tableware and kitchenware of porcelain or china (6911.10, default line)", "The tariff splits 6911.10 by material, use or value; this HS6 line carries the rate of 6911.10.58 (household porcelain cups, saucers, bowls and plates above the value breaks), the demo tableware; the residual 6911.10.80 is 20.8% and sets or low-value pieces differ. Classify to 8 digits for the exact rate."),
  mfn("69111010", "25%", "6911.10.10: Hotel or restaurant ware and other ware not household ware"),
  mfn("69111015", "8%", "6911.10.15: Other > Of bone chinaware > Valued not over $31.50 per dozen pieces"),
  mfn("69111025", "6%", "6911.10.25: Other > Of bone chinaware > Other"),
  mfn("69111035", "26%", "6911.10.35: Other > Other > Available in specified sets > In any pattern for which the aggregate value of the articles listed in additional U.S. note 6(b) of this ch..."),
  mfn("69111037", "8%", "6911.10.37: Other > Other > Available in specified sets > In any pattern for which the aggregate value ... > Aggregate value not over $200"),
  mfn("69111038", "6%", "6911.10.38: Other > Other > Available in specified sets > In any pattern for which the aggregate value ... > Aggregate value over $200"),
  mfn("69111041", "6.3%", "6911.10.41: Other > Other > Other > Steins with permanently attached pewter lids, candy boxes, decanters, punch bowls, pretzel dishes, tidbit d..."),
  mfn("69111045", "14%", "6911.10.45: Other > Other > Other > Mugs and other steins"),
  mfn("69111052", "8%", "6911.10.52: Other > Other > Other > Cups valued over $8 but not over $29 per dozen; saucers valued over $5.25 but not over $18.75 per dozen; so..."),
  mfn("69111058", "6%", "6911.10.58: Other > Other > Other > Cups valued over $29 per dozen; saucers valued over $18.75 per dozen; soups, oatmeals and cereals valued ov..."),
  mfn("69111060", "20.8%", "6911.10.60: Other > Other > Other > Serviette rings"),
  mfn("69111080", "20.8%", "6911.10.80: Other > Other > Other > Other"),
  mfn("691200", "4.5%", "Ceramic tableware and kitchenware other than porcelain (incl. stoneware) (6912.00, default line)", "The tariff splits 6912.00 by material, use or value; this HS6 line carries the rate of 6912.00.45 (household fine-grained stoneware cups, saucers, bowls and plates above the value breaks), the demo tableware; coarse-grained stoneware (6912.00.10) is 0.7%, mugs 10%, the residual 6912.00.48 9.8%. Classify to 8 digits for the exact rate."),
  mfn("69120010", "0.7%", "6912.00.10: Of coarse-grained earthenware, or of coarse- grained stoneware; of fine-grained earthenware, whether or not..."),
  mfn("69120020", "28%", "6912.00.20: Other > Hotel or restaurant ware and other ware not household ware"),
  mfn("69120035", "9.8%", "6912.00.35: Other > Other > Available in specified sets > In any pattern for which the aggregate value of the articles listed in additional U.S. note 6(b) of this ch..."),
  mfn("69120039", "4.5%", "6912.00.39: Other > Other > Available in specified sets > In any pattern for which the aggregate value of the articles listed in additional U.S. note 6(b) of this ch..."),
  mfn("69120041", "3.9%", "6912.00.41: Other > Other > Other > Steins with permanently attached pewter lids; candy boxes, decanters, punch bowls, pretzel dishes, tidbit d..."),
  mfn("69120044", "10%", "6912.00.44: Other > Other > Other > Mugs and other steins"),
  mfn("69120045", "4.5%", "6912.00.45: Other > Other > Other > Cups valued over $5.25 per dozen; saucers valued over $3 per dozen; soups, oatmeals and cereals valued over..."),
  mfn("69120046", "9.8%", "6912.00.46: Other > Other > Other > Serviette rings"),
  mfn("69120048", "9.8%", "6912.00.48: Other > Other > Other > Other"),
  mfn("69120050", "6%", "6912.00.50: Other"),
  mfn("442090", "3.2%", "Wooden boxes, caskets and other articles of heading 4420 (other than statuettes) (4420.90, default line)", "The tariff splits 4420.90 by material, use or value; this HS6 line carries the rate of 4420.90.80 (other articles of wood, e.g. lacquered trays); wooden boxes not lined with textile (4420.90.45) are 4.3%, lined boxes free. Classify to 8 digits for the exact rate."),
  mfn("44209020", "Free", "4420.90.20: Jewelry boxes, silverware chests, cigar and c... > Cigar and cigarette boxes"),
  mfn("44209045", "4.3%", "4420.90.45: Jewelry boxes, silverware chests, cigar and c... > Other > Not lined with textile fabrics"),
  mfn("44209065", "Free", "4420.90.65: Jewelry boxes, silverware chests, cigar and c... > Other > Lined with textile fabrics"),
  mfn("44209080", "3.2%", "4420.90.80: Other"),
  mfn("441911", "3.2%", "Bread boards, chopping boards and similar boards, of bamboo (4419.11)"),
  mfn("441912", "3.2%", "Chopsticks of bamboo (4419.12)"),
  mfn("441919", "3.2%", "Other tableware and kitchenware of bamboo (4419.19, default line)", "The tariff splits 4419.19 by material, use or value; this HS6 line carries the rate of 4419.19.90 (other bamboo tableware); bamboo forks and spoons are 5.3%. Classify to 8 digits for the exact rate."),
  mfn("44191910", "5.3%", "4419.19.10: Other > Forks and spoons"),
  mfn("44191990", "3.2%", "4419.19.90: Other > Other"),
  mfn("441990", "3.2%", "Tableware and kitchenware of wood other than bamboo (4419.90, default line)", "The tariff splits 4419.90 by material, use or value; this HS6 line carries the rate of 4419.90.91 (other wooden tableware); wooden forks and spoons are 5.3%. Classify to 8 digits for the exact rate."),
  mfn("44199011", "5.3%", "4419.90.11: Forks and spoons"),
  mfn("44199091", "3.2%", "4419.90.91: Other"),
  mfn("460211", "10%", "Basketwork, wickerwork and other articles of bamboo (4602.11, default line)", "The tariff splits 4602.11 by material, use or value; this HS6 line carries the rate of 4602.11.09 (bamboo baskets, not wickerwork), the demo basket; wickerwork baskets are free. Classify to 8 digits for the exact rate."),
  mfn("46021105", "5%", "4602.11.05: Of bamboo > Fishing baskets or creels"),
  mfn("46021107", "Free", "4602.11.07: Of bamboo > Other baskets and bags, whether or not lined > Wickerwork"),
  mfn("46021109", "10%", "4602.11.09: Of bamboo > Other baskets and bags, whether or not lined > Other"),
  mfn("46021121", "6.2%", "4602.11.21: Of bamboo > Luggage, handbags and flatgoods, whether or not lined"),
  mfn("46021135", "Free", "4602.11.35: Of bamboo > Other > Wickerwork"),
  mfn("46021145", "6.6%", "4602.11.45: Of bamboo > Other > Other"),
  mfn("640399", "10%", "Other footwear with outer soles of rubber/plastics/composition leather and uppers of leather (6403.99, default line)", "The tariff splits 6403.99 by material, use or value; this HS6 line carries the rate of 6403.99.90 (leather-upper footwear for women and others, over $2.50/pair), the demo sandal; men's (6403.99.60) is 8.5%. Classify to 8 digits for the exact rate."),
  mfn("64039910", "Free", "6403.99.10: Other > Footwear made on a base or platform of wood, not having an inner sole or a protective metal toe-cap"),
  mfn("64039920", "8%", "6403.99.20: Other > Other > Footwear made on a base or platform of wood"),
  mfn("64039940", "5%", "6403.99.40: Other > Other > Other > Welt footwear"),
  mfn("64039960", "8.5%", "6403.99.60: Other > Other > Other > Other > For men, youths and boys"),
  mfn("64039975", "7%", "6403.99.75: Other > Other > Other > Other > For other persons > Valued not over $2.50/pair"),
  mfn("64039990", "10%", "6403.99.90: Other > Other > Other > Other > For other persons > Valued over $2.50/pair"),
  mfn("640419", "37.5%", "Other footwear with outer soles of rubber or plastics and uppers of textile materials (6404.19, default line)", "The tariff splits 6404.19 by material, use or value; this HS6 line carries the rate of 6404.19.39 (open-toe or open-heel textile-upper footwear with 10% or more rubber/plastics by weight), the demo sandal. Classify to 8 digits for the exact rate."),
  mfn("64041915", "10.5%", "6404.19.15: Other > Footwear having uppers of which over 50 percent of the external surface area (including any leather accesso..."),
  mfn("64041920", "37.5%", "6404.19.20: Other > Footwear designed to be worn over, or in lieu of, other footwear as a protection against water, oil, grease..."),
  mfn("64041925", "7.5%", "6404.19.25: Other > Footwear with open toes or open heels; footwe... > Less than 10 percent by weight of rubber or p... > With uppers of vegetable fibers"),
  mfn("64041930", "12.5%", "6404.19.30: Other > Footwear with open toes or open heels; footwe... > Less than 10 percent by weight of rubber or p... > Other"),
  mfn("64041936", "7.5%", "6404.19.36: Other > Footwear with open toes or open heels; footwe... > Other > With uppers of vegetable fibers and having outer soles with textile materials having the greatest surface a..."),
  mfn("64041937", "12.5%", "6404.19.37: Other > Footwear with open toes or open heels; footwe... > Other > With uppers of textile material other than vegetable fibers and having outer soles with textile materials h..."),
  mfn("64041939", "37.5%", "6404.19.39: Other > Footwear with open toes or open heels; footwe... > Other > Other"),
  mfn("64041942", "7.5%", "6404.19.42: Other > Other > Valued not over $3/pair > Having soles (or mid-soles, if any) of rubber... > With uppers of vegetable fibers and having outer soles with textile materials having the greatest surface a..."),
  mfn("64041947", "12.5%", "6404.19.47: Other > Other > Valued not over $3/pair > Having soles (or mid-soles, if any) of rubber... > With uppers of textile material other than vegetable fibers and having outer soles with textile materials h..."),
  mfn("64041949", "37.5%", "6404.19.49: Other > Other > Valued not over $3/pair > Having soles (or mid-soles, if any) of rubber... > Other"),
  mfn("64041952", "7.5%", "6404.19.52: Other > Other > Valued not over $3/pair > Other > With uppers of vegetable fibers and having outer soles with textile textile materials having the greatest s..."),
  mfn("64041957", "12.5%", "6404.19.57: Other > Other > Valued not over $3/pair > Other > With uppers of textile material other than vegetable fibers and having outer soles with textile materials h..."),
  mfn("64041959", "48%", "6404.19.59: Other > Other > Valued not over $3/pair > Other > Other"),
  mfn("64041961", "12.5%", "6404.19.61: Other > Other > Valued over $3 but not over $6.50/pair > Having soles (or mid-soles, if any) of rubber... > With uppers of textile material other than vegetable fibers and having outer soles with textile materials h..."),
  mfn("64041969", "37.5%", "6404.19.69: Other > Other > Valued over $3 but not over $6.50/pair > Having soles (or mid-soles, if any) of rubber... > Other"),
  mfn("64041972", "7.5%", "6404.19.72: Other > Other > Valued over $3 but not over $6.50/pair > Other > With uppers of vegetable fibers and having outer soles with textile materials having the greatest surface a..."),
  mfn("64041977", "12.5%", "6404.19.77: Other > Other > Valued over $3 but not over $6.50/pair > Other > With uppers of textile material other than vegetable fibers and having outer soles with textile materials h..."),
  mfn("64041979", "90¢/pr. + 37.5%", "6404.19.79: Other > Other > Valued over $3 but not over $6.50/pair > Other > Other"),
  mfn("64041982", "7.5%", "6404.19.82: Other > Other > Valued over $6.50 but not over $12/pair > Wither uppers of vegetable fibers and having outer soles with textile materials having the greatest surface..."),
  mfn("64041987", "12.5%", "6404.19.87: Other > Other > Valued over $6.50 but not over $12/pair > With uppers of textile material other than vegetable fibers and having outer soles with textile materials h..."),
  mfn("64041989", "90¢/pr. + 20%", "6404.19.89: Other > Other > Valued over $6.50 but not over $12/pair > Other"),
  mfn("64041990", "9%", "6404.19.90: Other > Other > Valued over $12/pair"),
  mfn("330499", "Free", "Beauty or skin-care preparations, other (creams, serums) (3304.99; every 8-digit line under it carries this rate)"),
  ...([
    '621410',
    '620449',
    '610910',
    '420221',
    '691110',
    '691200',
    '442090',
    '441911',
    '441912',
    '441919',
    '441990',
    '460211',
    '640399',
    '640419',
  ] as const).map((hs) => usmca(hs, `HTS ${hs.slice(0, 4)}.${hs.slice(4)}`)),
  ...ADDITIONAL,
];
