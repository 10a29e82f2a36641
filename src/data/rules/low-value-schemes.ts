/**
 * Starter low-value schemes (import VAT/GST charged by a registered seller at the point of sale
 * instead of at the border) and flat duties on low-value consignments.
 *
 * Provenance: see SOURCES.md (checked 2026-11-27). The Swiss mail-order rule (CH_VAT) is not encoded
 * as a scheme: its test is the import tax amount per consignment, which these types cannot hold
 * (see SOURCES.md, "Open points").
 */
import type { FlatDutyRuleData, LowValueSchemeData } from '../../core/landed-cost/rule-data.js';

type Row = Omit<LowValueSchemeData, 'version'> & { version?: string };
const scheme = (r: Row): LowValueSchemeData => ({ version: '1', ...r });

export const LOW_VALUE_SCHEMES: LowValueSchemeData[] = [
  scheme({
    id: 'scheme.EU.IOSS',
    source: 'Council Directive 2006/112/EC art. 369l-369x (special scheme for distance sales of goods imported from third territories) and art. 143(1)(ca) (import exemption), as inserted by Council Directive (EU) 2017/2455: https://eur-lex.europa.eu/eli/dir/2017/2455/oj',
    effectiveFrom: '2021-07-01',
    scheme: 'IOSS',
    destination: 'EU',
    registration: 'IOSS',
    ceiling: { amount: '150.00', currency: 'EUR' },
    comparison: 'lte',
    valueTested: 'intrinsic',
    saleBase: { shipping: true, insurance: true },
    unregistered: 'border',
    note: 'Consignments of intrinsic value up to EUR 150, excluding excise goods (alcohol, tobacco; these types cannot list excluded goods). VAT at the rate of the member state of arrival on the sale price including delivery. Without IOSS, import VAT is collected at the border (or under the special arrangements, art. 369y-369zb, by the postal operator/courier, not modelled). From 2026-07-01 IOSS consignments also pay the flat EUR 3 duty (flat.EU.low-value).',
  }),
  scheme({
    id: 'scheme.GB.low-value',
    source: 'Value Added Tax Act 1994 as amended by the Finance Act 2020 s. 3 (goods in consignments not exceeding GBP 135: supply taxed at the point of sale; online marketplaces deemed suppliers); HMRC guidance: https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk',
    effectiveFrom: '2021-01-01',
    scheme: 'UK GBP 135 point-of-sale VAT',
    destination: 'GB',
    registration: 'UK_VAT',
    ceiling: { amount: '135.00', currency: 'GBP' },
    comparison: 'lte',
    valueTested: 'intrinsic',
    saleBase: { shipping: true, insurance: true },
    unregistered: 'seller-must-register',
    note: 'Consignments of intrinsic value up to GBP 135 (excise goods and gifts excluded). There is no registration threshold for non-established sellers: the seller (or the marketplace) must register for UK VAT from the first sale, so the VAT is shown at checkout either way.',
  }),
  scheme({
    id: 'scheme.AU.LVG',
    source: 'A New Tax System (Goods and Services Tax) Act 1999 Div. 84-C (offshore supplies of low value goods, from 2018-07-01); ATO, "GST on low value imported goods": https://www.ato.gov.au/Business/International-tax-for-business/GST-on-imported-goods-and-services/GST-on-low-value-imported-goods/',
    effectiveFrom: '2018-07-01',
    scheme: 'Australian GST on low value imported goods',
    destination: 'AU',
    registration: 'AU_GST',
    ceiling: { amount: '1000.00', currency: 'AUD' },
    comparison: 'lte',
    valueTested: 'per-item',
    saleBase: { shipping: true, insurance: true },
    unregistered: 'relief',
    note: 'Goods (except alcohol and tobacco) with a customs value of AUD 1,000 or less, tested per item (the ATO example charges GST on the total price including shipping and insurance). Sellers must register once their Australian turnover reaches AUD 75,000 a year; below that no GST is collected on such goods at sale or at the border ("relief"). If several items are shipped in one consignment over AUD 1,000, the supplier may leave GST to the border (exception not modelled).',
  }),
  scheme({
    id: 'scheme.NZ.LVG',
    source: 'Goods and Services Tax Act 1985 as amended by the Taxation (Annual Rates for 2019-20, GST Offshore Supplier Registration, and Remedial Matters) Act 2019; IRD, "What low value imported goods are": https://www.ird.govt.nz/gst/gst-for-overseas-businesses/gst-on-low-value-imported-goods/what-low-value-goods-are',
    effectiveFrom: '2019-12-01',
    scheme: 'New Zealand GST on low value imported goods',
    destination: 'NZ',
    registration: 'NZ_GST',
    ceiling: { amount: '1000.00', currency: 'NZD' },
    comparison: 'lte',
    valueTested: 'per-item',
    saleBase: { shipping: true, insurance: true },
    unregistered: 'relief',
    note: 'Items individually valued at NZD 1,000 or less, excluding GST (IRD); alcohol and tobacco excluded. Sellers must register once their New Zealand sales exceed NZD 60,000 in 12 months; below that no GST is collected ("relief": consignments up to NZD 1,000 are written off at the border as "not required"). Whether the GST base includes shipping and insurance is my understanding (supply price to the consumer), not re-read.',
  }),
  scheme({
    id: 'scheme.NO.VOEC',
    source: 'Merverdiavgiftsloven § 14-4 and § 3-30 (VOEC simplified registration; import exemption for low-value goods); Norwegian Customs, "The VOEC scheme": https://toll.no/en/online-shopping/the-voec-scheme',
    effectiveFrom: '2020-04-01',
    scheme: 'VOEC',
    destination: 'NO',
    registration: 'NO_VOEC',
    ceiling: { amount: '3000.00', currency: 'NOK' },
    comparison: 'lt',
    valueTested: 'per-item',
    saleBase: { shipping: true, insurance: true },
    unregistered: 'border',
    relievesDuty: true,
    note: 'Each item valued under NOK 3,000 excluding shipping and insurance; VAT is charged on the sale price including delivery. Excluded, always cleared at the border: foodstuffs (so the demo coffee and cashews), restricted goods (medicines, weapons, alcohol, tobacco) and goods with special excise taxes. Sellers must register above NOK 50,000 of sales of such goods in 12 months. VOEC goods are also exempt from customs duty.',
  }),
  scheme({
    id: 'scheme.SG.OVR',
    version: '2',
    source: 'Goods and Services Tax Act 1993 as amended by the GST (Amendment) Act 2021 (overseas vendor registration extended to low-value goods from 2023-01-01); IRAS: https://www.iras.gov.sg/taxes/goods-services-tax-(gst)/consumers/gst-on-imported-low-value-goods ; Singapore Customs, "GST on Low-Value Goods": https://www.customs.gov.sg/personal-shipment/buying-from-overseas/gst-on-low-value-goods',
    effectiveFrom: '2023-01-01',
    scheme: 'Singapore overseas vendor registration (low-value goods)',
    destination: 'SG',
    registration: 'SG_OVR',
    ceiling: { amount: '400.00', currency: 'SGD' },
    comparison: 'lte',
    valueTested: 'per-item',
    saleBase: { shipping: true, insurance: true },
    unregistered: 'border',
    note: 'Non-dutiable goods with a sales value of SGD 400 or less imported by air or post (IRAS consumer page). Version 2 (2026-11-27, golden cases 60-62): the SGD 400 is tested per item, as Singapore Customs states ("each item costs S$400 or less"; "GST applies to each item individually ... even if the combined shipment value exceeds S$400": https://www.customs.gov.sg/personal-shipment/buying-from-overseas/gst-on-low-value-goods), no longer on the consignment; and goods of an unregistered seller are taxed at the border unless the shipment\'s CIF is SGD 400 or less (IRAS examples A and B), which deminimis.SG.tax (CIF, lte SGD 400) decides, so `unregistered` is "border" rather than "relief" (relief dropped the tax even when CIF exceeded SGD 400). Registration is required above SGD 1 million global turnover and SGD 100,000 of B2C supplies to Singapore.',
  }),
];

type FlatRow = Omit<FlatDutyRuleData, 'version'> & { version?: string };
const flat = (r: FlatRow): FlatDutyRuleData => ({ version: '1', ...r });

export const FLAT_DUTIES: FlatDutyRuleData[] = [
  flat({
    id: 'flat.EU.low-value',
    source: 'Council Regulation (EU) 2026/382 of 11 February 2026 (elimination of the threshold-based relief; temporary single customs duty of EUR 3 per item from 2026-07-01 to 2028-07-01): https://eur-lex.europa.eu/eli/reg/2026/382/oj; Commission Delegated Regulation (EU) 2026/1022 and Implementing Regulation (EU) 2026/1200 (declaration data)',
    effectiveFrom: '2026-07-01',
    effectiveTo: '2028-07-01',
    destination: 'EU',
    ceiling: { amount: '150.00', currency: 'EUR' },
    comparison: 'lte',
    amount: { amount: '3.00', currency: 'EUR' },
    per: 'distinct-classification',
    classificationDigits: 6,
    note: 'EUR 3 per item, an item being each distinct tariff subheading in the consignment (5 T-shirts = EUR 3; T-shirt + watch = EUR 6). Open points: (1) scope: the Regulation as summarised applies it to imports exempt from VAT under art. 143(1)(ca) (IOSS) and to postal consignments; the Commission guidance as summarised by Baker McKenzie/WiseTech applies it to all distance-sale consignments up to EUR 150 whatever the VAT scheme; these types cannot restrict it to IOSS/postal, so it applies to all consignments up to EUR 150 here. (2) digits: H7 declarations carry 6-digit codes, H1 declarations 10-digit TARIC codes, which can raise the count; 6 is used. (3) goods with declared preferential origin in H1 may pay the preferential tariff instead. VAT is due on the EUR 3. It may be extended if the EU Customs Data Hub is late.',
  }),
];
