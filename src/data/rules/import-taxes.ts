/**
 * Starter import VAT/GST rates: the standard rate of every EU member state (with each change since
 * 2024-01-01 as its own dated rule), the other destinations' import taxes, and reduced rates for the
 * demo catalogue's goods where they apply (roasted coffee 0901, cashews 0801, ...).
 *
 * Provenance: see SOURCES.md (checked 2026-11-27). Rates unchanged since before 2020 start at
 * 2020-01-01, the start of this dataset's coverage, not the day they were enacted.
 * Reduced rates are written only for the demo goods; every other good falls back to the standard rate.
 */
import type { ImportTaxRuleData, TaxBaseData } from '../../core/landed-cost/rule-data.js';

const DATA_FROM = '2020-01-01';

/** EU: VAT Directive 2006/112/EC art. 85-86: customs value + duties + incidental costs to the first place of destination. */
const EU_BASE: TaxBaseData = { freight: true, insurance: true, duty: true, fees: true };
/** CIF value plus duty (most customs-value-plus-duty regimes). */
const CIF_DUTY: TaxBaseData = { freight: true, insurance: true, duty: true };
/** Canada: value for duty (FOB at the place of direct shipment) plus duty, Excise Tax Act s. 215. */
const CA_BASE: TaxBaseData = { freight: false, insurance: false, duty: true };

const VAT_DIRECTIVE = 'Council Directive 2006/112/EC art. 85-86 (import VAT base): https://eur-lex.europa.eu/eli/dir/2006/112/oj';
const TEDB = 'European Commission, Taxes in Europe Database (VAT rates): https://ec.europa.eu/taxation_customs/tedb/';
/** Demo food goods: roasted coffee and shelled cashews. */
const FOOD = ['0901', '0801'];

type Row = Omit<ImportTaxRuleData, 'version'> & { version?: string };
const rule = (r: Row): ImportTaxRuleData => ({ version: '1', ...r });

// ---------------------------------------------------------------------------------------------
// EU standard rates. [country, percent, from, to?, national law, note?]
// ---------------------------------------------------------------------------------------------
type StdRow = [string, string, string, string | undefined, string, string?];
const EU_STANDARD: StdRow[] = [
  ['AT', '20', DATA_FROM, undefined, 'Umsatzsteuergesetz 1994 § 10 Abs. 1'],
  ['BE', '21', DATA_FROM, undefined, 'Code de la TVA / Wetboek BTW art. 37 and Royal Decree No. 20'],
  ['BG', '20', DATA_FROM, undefined, 'Value Added Tax Act (ЗДДС) art. 66'],
  ['CY', '19', DATA_FROM, undefined, 'Value Added Tax Law 95(I)/2000'],
  ['CZ', '21', DATA_FROM, undefined, 'Act No. 235/2004 Coll. on VAT § 47'],
  ['DE', '19', '2021-01-01', undefined, 'Umsatzsteuergesetz § 12 Abs. 1', 'Starts after the temporary 16% rate of 2020-07-01 to 2020-12-31 (not encoded).'],
  ['DK', '25', DATA_FROM, undefined, 'Momsloven § 33'],
  ['EE', '20', DATA_FROM, '2024-01-01', 'Käibemaksuseadus § 15'],
  ['EE', '22', '2024-01-01', '2025-07-01', 'Käibemaksuseadus § 15 as amended with effect from 2024-01-01'],
  ['EE', '24', '2025-07-01', undefined, 'Käibemaksuseadus § 15 as amended with effect from 2025-07-01', 'Raised from 22% on 2025-07-01; first announced as a temporary security measure, made permanent in 2025 (ERR News, "Government makes VAT rise permanent": https://news.err.ee/1609687289/government-makes-vat-rise-permanent).'],
  ['ES', '21', DATA_FROM, undefined, 'Ley 37/1992 del IVA art. 90'],
  ['FI', '24', DATA_FROM, '2024-09-01', 'Arvonlisäverolaki (1501/1993) § 84'],
  ['FI', '25.5', '2024-09-01', undefined, 'Arvonlisäverolaki (1501/1993) § 84 as amended with effect from 2024-09-01'],
  ['FR', '20', DATA_FROM, undefined, 'Code général des impôts art. 278'],
  ['GR', '24', DATA_FROM, undefined, 'Greek VAT Code (Law 2859/2000, recodified by Law 5144/2024)', 'Greece uses the prefix EL for VAT numbers; the ISO country code is GR.'],
  ['HR', '25', DATA_FROM, undefined, 'Zakon o porezu na dodanu vrijednost art. 38'],
  ['HU', '27', DATA_FROM, undefined, 'Act CXXVII of 2007 on VAT § 82'],
  ['IE', '23', '2021-03-01', undefined, 'Value-Added Tax Consolidation Act 2010 s. 46', 'Starts after the temporary 21% rate of 2020-09-01 to 2021-02-28 (not encoded).'],
  ['IT', '22', DATA_FROM, undefined, 'DPR 633/1972 art. 16'],
  ['LT', '21', DATA_FROM, undefined, 'Pridėtinės vertės mokesčio įstatymas art. 19'],
  ['LU', '17', DATA_FROM, '2023-01-01', 'Loi du 12 février 1979 concernant la TVA art. 39'],
  ['LU', '16', '2023-01-01', '2024-01-01', 'Loi du 26 octobre 2022 (temporary 1-point cut of all rates except the super-reduced rate for 2023)'],
  ['LU', '17', '2024-01-01', undefined, 'Loi du 12 février 1979 concernant la TVA art. 39 (temporary cut ended 2023-12-31)'],
  ['LV', '21', DATA_FROM, undefined, 'Pievienotās vērtības nodokļa likums art. 41'],
  ['MT', '18', DATA_FROM, undefined, 'Value Added Tax Act (Cap. 406) art. 19'],
  ['NL', '21', DATA_FROM, undefined, 'Wet op de omzetbelasting 1968 art. 9'],
  ['PL', '23', DATA_FROM, undefined, 'Ustawa o podatku od towarów i usług art. 41 and art. 146ef'],
  ['PT', '23', DATA_FROM, undefined, 'Código do IVA art. 18 (mainland; Azores 16% and Madeira 22% not modelled)'],
  ['RO', '19', DATA_FROM, '2025-08-01', 'Codul fiscal (Legea 227/2015) art. 291'],
  ['RO', '21', '2025-08-01', undefined, 'Codul fiscal art. 291 as amended by Legea 141/2025 with effect from 2025-08-01'],
  ['SE', '25', DATA_FROM, undefined, 'Mervärdesskattelag (2023:200) 9 kap.'],
  ['SI', '22', DATA_FROM, undefined, 'Zakon o davku na dodano vrednost (ZDDV-1) art. 41'],
  ['SK', '20', DATA_FROM, '2025-01-01', 'Act No. 222/2004 Coll. on VAT § 27'],
  ['SK', '23', '2025-01-01', undefined, 'Act No. 222/2004 Coll. on VAT § 27 as amended with effect from 2025-01-01 (consolidation package of 2024)'],
];

const euStandard: ImportTaxRuleData[] = EU_STANDARD.map(([country, percent, from, to, law, note]) =>
  rule({
    id: to ? `tax.${country}.vat.standard.until-${to}` : `tax.${country}.vat.standard`,
    source: `${law}; ${TEDB}; base: ${VAT_DIRECTIVE}`,
    effectiveFrom: from,
    ...(to ? { effectiveTo: to } : {}),
    ...(note ? { note } : {}),
    country,
    name: 'VAT',
    kind: 'standard',
    percent,
    base: EU_BASE,
  }),
);

// ---------------------------------------------------------------------------------------------
// EU reduced rates for the demo food goods (0901 roasted coffee, 0801 shelled cashews).
// ---------------------------------------------------------------------------------------------
type RedRow = { id: string; country: string; percent: string; from: string; to?: string; hs?: string[]; law: string; note?: string };
const EU_REDUCED: RedRow[] = [
  { id: 'tax.AT.vat.reduced.food', country: 'AT', percent: '10', from: DATA_FROM, law: 'UStG 1994 § 10 Abs. 2 Z 1 and Anlage 1', note: 'The 4.9% rate for selected basic foods from 2026-07-01 does not cover coffee or nuts (government list as reported by finanzen.at/APA); they stay at 10%.' },
  { id: 'tax.BE.vat.reduced.food', country: 'BE', percent: '6', from: DATA_FROM, law: 'Royal Decree No. 20, table A' },
  { id: 'tax.CY.vat.reduced.food', country: 'CY', percent: '5', from: DATA_FROM, law: 'VAT Law 95(I)/2000, Fifth Schedule', note: 'Uncertain: foodstuffs are at 5% in Cyprus; I did not confirm that roasted coffee and cashews fall under it.' },
  { id: 'tax.CZ.vat.reduced.food.until-2024-01-01', country: 'CZ', percent: '15', from: DATA_FROM, to: '2024-01-01', law: 'Act No. 235/2004 Coll. § 47, Annex 1', note: 'Uncertain for coffee: food was at 15% before the 2024 consolidation.' },
  { id: 'tax.CZ.vat.reduced.food', country: 'CZ', percent: '12', from: '2024-01-01', law: 'Act No. 235/2004 Coll. § 47 as amended by the 2024 consolidation (10% and 15% merged into 12%)' },
  { id: 'tax.DE.vat.reduced.food', country: 'DE', percent: '7', from: DATA_FROM, law: 'UStG § 12 Abs. 2 Nr. 1 and Anlage 2 (No. 12 coffee, No. 10 edible nuts)' },
  { id: 'tax.ES.vat.reduced.food', country: 'ES', percent: '10', from: DATA_FROM, law: 'Ley 37/1992 art. 91.Uno.1.1º', note: 'Uncertain for cashews: nuts in their natural state may fall under the 4% super-reduced rate (art. 91.Dos.1.1º "frutas ... naturales"); roasted or salted nuts are 10%. The temporary 0%/2% food rates of 2023-2024 covered neither coffee nor nuts as far as I know.' },
  { id: 'tax.FI.vat.reduced.food.until-2026-01-01', country: 'FI', percent: '14', from: DATA_FROM, to: '2026-01-01', law: 'Arvonlisäverolaki § 85' },
  { id: 'tax.FI.vat.reduced.food', country: 'FI', percent: '13.5', from: '2026-01-01', law: 'Arvonlisäverolaki § 85 as amended with effect from 2026-01-01 (14% rate lowered to 13.5%)' },
  { id: 'tax.FR.vat.reduced.food', country: 'FR', percent: '5.5', from: DATA_FROM, law: 'Code général des impôts art. 278-0 bis A' },
  { id: 'tax.GR.vat.reduced.food', country: 'GR', percent: '13', from: DATA_FROM, law: 'Greek VAT Code, Annex III', note: 'Uncertain: foodstuffs are at 13% in Greece; not confirmed for packaged roasted coffee and cashews.' },
  { id: 'tax.IE.vat.zero.food', country: 'IE', percent: '0', from: DATA_FROM, law: 'VATCA 2010 Schedule 2 (food and drink zero-rated)', note: 'Coffee (not in drink form) is zero-rated; cashews are zero-rated only when not roasted or salted (roasted/salted nuts are standard-rated). Assumes plain shelled cashews.' },
  { id: 'tax.IT.vat.reduced.nuts', country: 'IT', percent: '10', from: DATA_FROM, hs: ['0801'], law: 'DPR 633/1972 Tabella A, parte III', note: 'Uncertain: 10% is my best understanding for dried shelled cashews; some nuts may fall under 4% (parte II). Roasted coffee is NOT reduced in Italy: it pays the standard 22% (only coffee substitutes are at 10%).' },
  { id: 'tax.LU.vat.super-reduced.food', country: 'LU', percent: '3', from: DATA_FROM, law: 'Loi TVA art. 40 and Annex A' },
  { id: 'tax.MT.vat.zero.food', country: 'MT', percent: '0', from: DATA_FROM, law: 'VAT Act (Cap. 406) Fifth Schedule Part Two (food for human consumption)', note: 'Uncertain: Malta zero-rates food for human consumption; not confirmed for coffee and cashews.' },
  { id: 'tax.NL.vat.reduced.food', country: 'NL', percent: '9', from: DATA_FROM, law: 'Wet OB 1968 Tabel I post a.1' },
  { id: 'tax.PL.vat.reduced.nuts', country: 'PL', percent: '5', from: DATA_FROM, hs: ['0801'], law: 'Ustawa o VAT, Załącznik nr 10', note: 'Uncertain for cashews (5% list covers nuts of CN 0801-0802 as far as I know). Roasted coffee is standard-rated (23%) in Poland, so no coffee rule.' },
  { id: 'tax.RO.vat.reduced.food.until-2025-08-01', country: 'RO', percent: '9', from: DATA_FROM, to: '2025-08-01', law: 'Codul fiscal art. 291 alin. (2) (food 9%)' },
  { id: 'tax.RO.vat.reduced.food', country: 'RO', percent: '11', from: '2025-08-01', law: 'Codul fiscal art. 291 alin. (2) lit. b) as amended by Legea 141/2025; HG 602/2025 (food of NC 0701-1517 and 1701-2106 at 11%)', note: 'Prepared coffee drinks (NC 2202) are standard-rated; roasted beans (0901) are food at 11%.' },
  { id: 'tax.SE.vat.reduced.food.until-2026-04-01', country: 'SE', percent: '12', from: DATA_FROM, to: '2026-04-01', law: 'Mervärdesskattelag (2023:200) 9 kap.' },
  { id: 'tax.SE.vat.reduced.food.temporary', country: 'SE', percent: '6', from: '2026-04-01', to: '2028-01-01', law: 'Prop. 2025/26:55: temporary cut of the food rate from 12% to 6%, 2026-04-01 to 2027-12-31' },
  { id: 'tax.SE.vat.reduced.food', country: 'SE', percent: '12', from: '2028-01-01', law: 'Mervärdesskattelag (2023:200) 9 kap. (12% returns when the temporary cut ends)', note: 'Scheduled: the temporary 6% ends on 2027-12-31 under Prop. 2025/26:55; check again before 2028.' },
  { id: 'tax.SI.vat.reduced.food', country: 'SI', percent: '9.5', from: DATA_FROM, law: 'ZDDV-1 art. 41, Annex I', note: 'Uncertain: food is at 9.5% in Slovenia; not confirmed for coffee and cashews.' },
  { id: 'tax.SK.vat.reduced.food', country: 'SK', percent: '19', from: '2025-01-01', law: 'Act No. 222/2004 Coll. § 27 as amended with effect from 2025-01-01', note: 'Uncertain: from 2025 Slovakia taxes most food not on the 5% list at 19%; I did not confirm coffee and plain cashews are on the 19% list (salted nuts moved to 23% on 2026-01-01). Before 2025 both were standard-rated.' },
];

const euReduced: ImportTaxRuleData[] = EU_REDUCED.map((r) =>
  rule({
    id: r.id,
    source: `${r.law}; ${TEDB}; base: ${VAT_DIRECTIVE}`,
    effectiveFrom: r.from,
    ...(r.to ? { effectiveTo: r.to } : {}),
    ...(r.note ? { note: r.note } : {}),
    country: r.country,
    name: 'VAT',
    kind: 'reduced',
    hsPrefixes: r.hs ?? FOOD,
    percent: r.percent,
    base: EU_BASE,
  }),
);

// ---------------------------------------------------------------------------------------------
// Canada: GST and the HST provinces. CBSA collects GST/HST at the border; see notes for PST/QST.
// ---------------------------------------------------------------------------------------------
const ETA = 'Excise Tax Act (R.S.C. 1985, c. E-15) s. 165 and 212-215 (tax on imported goods: value for duty + duties): https://laws-lois.justice.gc.ca/eng/acts/E-15/section-215.html';
const D17_1_22 = 'CBSA Memorandum D17-1-22 (HST/PST on casual importations, courier and commercial streams): https://www.cbsa-asfc.gc.ca/publications/dm-md/d17/d17-1-22-eng.html';
const PST_NOTE = 'CBSA also collects PST on casual (non-commercial) imports for provinces that signed collection agreements (Memorandum D2-3-6, Appendix A); those PST/QST rates are not encoded here.';
const HST: Array<[string, string, string, string | undefined, string]> = [
  ['ON', '13', DATA_FROM, undefined, 'Ontario HST 13% (5% federal + 8% provincial) since 2010-07-01'],
  ['NB', '15', DATA_FROM, undefined, 'New Brunswick HST 15% since 2016-07-01'],
  ['NL', '15', DATA_FROM, undefined, 'Newfoundland and Labrador HST 15% since 2016-07-01'],
  ['PE', '15', DATA_FROM, undefined, 'Prince Edward Island HST 15% since 2016-10-01'],
  ['NS', '15', DATA_FROM, '2025-04-01', 'Nova Scotia HST 15% until 2025-03-31'],
  ['NS', '14', '2025-04-01', undefined, 'Nova Scotia HST 14% from 2025-04-01 (provincial part cut from 10% to 9%; imports accounted for on or after that date pay 14%)'],
];

const canada: ImportTaxRuleData[] = [
  rule({
    id: 'tax.CA.gst.standard',
    source: ETA,
    effectiveFrom: DATA_FROM,
    country: 'CA',
    name: 'GST',
    kind: 'standard',
    percent: '5',
    base: CA_BASE,
    note: `Federal GST for non-HST provinces and territories. ${PST_NOTE}`,
  }),
  ...HST.map(([region, percent, from, to, what]) =>
    rule({
      id: to ? `tax.CA.hst.${region}.until-${to}` : `tax.CA.hst.${region}`,
      source: `${ETA}; Excise Tax Act Schedule VIII (provincial HST rates); ${D17_1_22}`,
      effectiveFrom: from,
      ...(to ? { effectiveTo: to } : {}),
      country: 'CA',
      region,
      name: 'HST',
      kind: 'standard',
      percent,
      base: CA_BASE,
      note: `${what}. CBSA collects HST on casual imports by residents of participating provinces wherever the goods enter (D17-1-22).`,
    }),
  ),
  rule({
    id: 'tax.CA.gst.zero.groceries',
    source: 'Excise Tax Act Schedule VI Part III (basic groceries zero-rated) and Schedule VII s. 1 (zero-rated goods are non-taxable importations)',
    effectiveFrom: DATA_FROM,
    country: 'CA',
    name: 'GST',
    kind: 'reduced',
    hsPrefixes: FOOD,
    percent: '0',
    base: CA_BASE,
    note: 'Basic groceries: coffee beans and plain nuts are zero-rated; salted or roasted nuts are snack foods and taxable. Assumes plain shelled cashews.',
  }),
  ...['ON', 'NB', 'NL', 'PE', 'NS'].map((region) =>
    rule({
      id: `tax.CA.hst.${region}.zero.groceries`,
      source: 'Excise Tax Act Schedule VI Part III (basic groceries zero-rated for GST and HST)',
      effectiveFrom: DATA_FROM,
      country: 'CA',
      region,
      name: 'HST',
      kind: 'reduced',
      hsPrefixes: FOOD,
      percent: '0',
      base: CA_BASE,
      note: 'Zero-rated basic groceries (see tax.CA.gst.zero.groceries).',
    }),
  ),
];

// ---------------------------------------------------------------------------------------------
// Other destinations.
// ---------------------------------------------------------------------------------------------
const others: ImportTaxRuleData[] = [
  // Mexico
  rule({
    id: 'tax.MX.iva.standard', country: 'MX', name: 'IVA', kind: 'standard', percent: '16', base: CIF_DUTY,
    source: 'Ley del Impuesto al Valor Agregado art. 1 (16%) and art. 27 (import base: customs value + general import tax + other contributions)',
    effectiveFrom: DATA_FROM,
    note: 'The 8% northern/southern border-region IVA applies to local sales, not to imports (not modelled). Courier imports under the simplified regime pay a single global rate instead (RGCE 3.7.35; not expressible here, see SOURCES.md).',
  }),
  rule({
    id: 'tax.MX.iva.zero.food', country: 'MX', name: 'IVA', kind: 'reduced', hsPrefixes: FOOD, percent: '0', base: CIF_DUTY,
    source: 'Ley del IVA art. 2-A fracción I inciso b) (food products at 0%) and art. 25 fracción III (imports of 0%-rated goods exempt)',
    effectiveFrom: DATA_FROM,
    note: 'Uncertain in detail: foodstuffs are 0% in Mexico; I did not confirm the treatment of roasted coffee and cashews at import.',
  }),
  // United Kingdom
  rule({
    id: 'tax.GB.vat.standard', country: 'GB', name: 'VAT', kind: 'standard', percent: '20', base: EU_BASE,
    source: 'Value Added Tax Act 1994 s. 2 (rate) and s. 21 (value of imported goods: customs value + duties + incidental expenses to the first destination in the UK): https://www.legislation.gov.uk/ukpga/1994/23/section/21',
    effectiveFrom: DATA_FROM,
    note: 'Consignments of GBP 135 or less are taxed at the point of sale instead (see scheme.GB.low-value).',
  }),
  rule({
    id: 'tax.GB.vat.zero.food', country: 'GB', name: 'VAT', kind: 'reduced', hsPrefixes: FOOD, percent: '0', base: EU_BASE,
    source: 'Value Added Tax Act 1994 Sch. 8 Group 1 (food zero-rated; excepted item 5: roasted or salted nuts other than nuts in shell): https://www.legislation.gov.uk/ukpga/1994/23/schedule/8',
    effectiveFrom: DATA_FROM,
    note: 'Coffee beans and plain shelled nuts are zero-rated; roasted or salted nuts are standard-rated. Assumes plain shelled cashews.',
  }),
  // Switzerland
  rule({
    id: 'tax.CH.vat.standard.until-2024-01-01', country: 'CH', name: 'MWST', kind: 'standard', percent: '7.7', base: EU_BASE,
    source: 'Bundesgesetz über die Mehrwertsteuer (MWSTG, SR 641.20) art. 25 al. 1 (rates 2018-2023)',
    effectiveFrom: DATA_FROM, effectiveTo: '2024-01-01',
  }),
  rule({
    id: 'tax.CH.vat.standard', country: 'CH', name: 'MWST', kind: 'standard', percent: '8.1', base: EU_BASE,
    source: 'MWSTG (SR 641.20) art. 25 al. 1 (8.1% from 2024-01-01, AHV 21 financing) and art. 54 (import tax base: consideration + transport to the Swiss destination + duties and other levies); ESTV: https://www.estv.admin.ch/',
    effectiveFrom: '2024-01-01',
    note: 'Base includes Swiss Post/courier clearance charges (post.ch: "the services are part of the basis for the assessment of import VAT"). A further rise to 8.8% has been reported as postponed to 2028 (not encoded).',
  }),
  rule({
    id: 'tax.CH.vat.reduced.until-2024-01-01', country: 'CH', name: 'MWST', kind: 'reduced', hsPrefixes: [...FOOD, '4901'], percent: '2.5', base: EU_BASE,
    source: 'MWSTG (SR 641.20) art. 25 al. 2 (reduced rate 2018-2023: food, books)',
    effectiveFrom: DATA_FROM, effectiveTo: '2024-01-01',
  }),
  rule({
    id: 'tax.CH.vat.reduced', country: 'CH', name: 'MWST', kind: 'reduced', hsPrefixes: [...FOOD, '4901'], percent: '2.6', base: EU_BASE,
    source: 'MWSTG (SR 641.20) art. 25 al. 2 (2.6% from 2024-01-01: food (Nahrungsmittel), books and other printed matter)',
    effectiveFrom: '2024-01-01',
  }),
  // Norway
  rule({
    id: 'tax.NO.vat.standard', country: 'NO', name: 'MVA', kind: 'standard', percent: '25', base: { freight: true, insurance: true, duty: true, fees: false },
    source: 'Merverdiavgiftsloven (LOV-2009-06-19-58) § 5-1 (25%) and § 4-11 (import base): https://lovdata.no/dokument/NL/lov/2009-06-19-58',
    effectiveFrom: DATA_FROM,
    note: 'Base: customs value + duty and other levies + transport and insurance to the first destination in Norway (§ 4-11, as I understand it; not re-read). Carrier clearance fees are not in the base here (open point).',
  }),
  rule({
    id: 'tax.NO.vat.reduced.food', country: 'NO', name: 'MVA', kind: 'reduced', hsPrefixes: FOOD, percent: '15', base: { freight: true, insurance: true, duty: true, fees: false },
    source: 'Merverdiavgiftsloven § 5-2 (15% on næringsmidler, which applies equally to import VAT under § 4-10/4-11): https://lovdata.no/dokument/NL/lov/2009-06-19-58',
    effectiveFrom: DATA_FROM,
    note: 'Coffee and nuts are foodstuffs (næringsmidler), so imports pay 15%. Foodstuffs are outside VOEC and always cleared at the border (toll.no).',
  }),
  // Australia
  rule({
    id: 'tax.AU.gst.standard', country: 'AU', name: 'GST', kind: 'standard', percent: '10', base: CIF_DUTY,
    source: 'A New Tax System (Goods and Services Tax) Act 1999 s. 13-20 (value of the taxable importation = customs value + international transport and insurance + duty): http://www.austlii.edu.au/au/legis/cth/consol_act/antsasta1999402/s13.20.html',
    effectiveFrom: DATA_FROM,
    note: 'Wine equalisation tax would also enter the base for wine (not relevant to the demo goods).',
  }),
  rule({
    id: 'tax.AU.gst.free.food', country: 'AU', name: 'GST', kind: 'reduced', hsPrefixes: FOOD, percent: '0', base: CIF_DUTY,
    source: 'GST Act 1999 s. 38-2 to 38-4 and Schedules 1-2 (food GST-free; savoury snacks such as roasted or salted nuts taxable); s. 13-10 (importation of GST-free goods is non-taxable)',
    effectiveFrom: DATA_FROM,
    note: 'Coffee (beans, ground) and plain nuts are GST-free; nuts that are salted, spiced, smoked or roasted are taxable. Assumes plain shelled cashews.',
  }),
  // New Zealand
  rule({
    id: 'tax.NZ.gst.standard', country: 'NZ', name: 'GST', kind: 'standard', percent: '15', base: CIF_DUTY,
    source: 'Goods and Services Tax Act 1985 s. 8(1) (15%) and s. 12 (GST on imported goods: customs value + duty + freight and insurance to New Zealand)',
    effectiveFrom: DATA_FROM,
    note: 'New Zealand has no reduced rate for food.',
  }),
  // Japan
  rule({
    id: 'tax.JP.consumption.standard', country: 'JP', name: 'Consumption tax', kind: 'standard', percent: '10', base: CIF_DUTY,
    source: 'Consumption Tax Act art. 28(4) (import base: CIF customs value + customs duty + other excise) and art. 29; Local Tax Act (local consumption tax 22/78 of the national part); Customs Answer 1111: http://www.customs.go.jp/english/c-answer_e/imtsukan/1111_e.htm',
    effectiveFrom: DATA_FROM,
    note: '10% = 7.8% national + 2.2% local consumption tax (since 2019-10-01). Japan rounds the base down to JPY 1,000 and the tax down to JPY 100.',
  }),
  rule({
    id: 'tax.JP.consumption.reduced.food', country: 'JP', name: 'Consumption tax', kind: 'reduced',
    hsPrefixes: ['02', '03', '04', '07', '08', '09', '10', '11', '16', '17', '18', '19', '20', '21', '2201', '2202', '2209'],
    percent: '8', base: CIF_DUTY,
    source: 'Act for Partial Revision of the Consumption Tax Act (2012) supplementary provisions art. 34 (reduced 8% for food and beverages other than alcoholic beverages, from 2019-10-01)',
    effectiveFrom: DATA_FROM,
    note: '8% = 6.24% national + 1.76% local. "Food" follows the Food Sanitation Act, not the HS; the prefixes are an approximation of chapters 01-22 without alcohol (chapters 01, 05, 06, 12-15 left out because they mix food and non-food, e.g. bamboo in 1401; 2203-2208 alcohol excluded).',
  }),
  // South Korea
  rule({
    id: 'tax.KR.vat.standard', country: 'KR', name: 'VAT', kind: 'standard', percent: '10', base: CIF_DUTY,
    source: 'Value-Added Tax Act (Republic of Korea) art. 30 (10%) and art. 29(2) (import base: customs value + customs duty + individual consumption/other taxes)',
    effectiveFrom: DATA_FROM,
    note: 'Unprocessed foodstuffs are VAT-exempt even when imported (VAT Act art. 27); whether shelled cashews count as unprocessed was not checked, so no reduced rule is encoded.',
  }),
  // Singapore
  rule({
    id: 'tax.SG.gst.standard.until-2023-01-01', country: 'SG', name: 'GST', kind: 'standard', percent: '7', base: CIF_DUTY,
    source: 'Goods and Services Tax Act 1993 s. 16 (7% until 2022-12-31)', effectiveFrom: DATA_FROM, effectiveTo: '2023-01-01',
  }),
  rule({
    id: 'tax.SG.gst.standard.until-2024-01-01', country: 'SG', name: 'GST', kind: 'standard', percent: '8', base: CIF_DUTY,
    source: 'Goods and Services Tax Act 1993 s. 16 as amended by the GST (Amendment) Act 2022 (8% in 2023)', effectiveFrom: '2023-01-01', effectiveTo: '2024-01-01',
  }),
  rule({
    id: 'tax.SG.gst.standard', country: 'SG', name: 'GST', kind: 'standard', percent: '9', base: CIF_DUTY,
    source: 'Goods and Services Tax Act 1993 s. 16 (9% from 2024-01-01); IRAS: https://www.iras.gov.sg/taxes/goods-services-tax-(gst)/consumers/gst-on-imported-low-value-goods',
    effectiveFrom: '2024-01-01',
    note: 'Import GST on CIF + customs duty (and excise); no reduced rate for food.',
  }),
  // China
  rule({
    id: 'tax.CN.vat.standard', country: 'CN', name: 'VAT', kind: 'standard', percent: '13', base: CIF_DUTY,
    source: 'Value-Added Tax Law of the PRC (in force 2026-01-01) art. 10 and, before it, Provisional Regulations on VAT art. 2 as adjusted by MOF/SAT/GACC Announcement 2019 No. 39 (13% from 2019-04-01); import base: dutiable value + customs duty + consumption tax',
    effectiveFrom: DATA_FROM,
    note: 'Rate was 13% throughout the dataset (16% before 2019-04-01). Cross-border e-commerce retail imports and personal parcels use other regimes (70% of VAT; parcel tax), not modelled here: see SOURCES.md.',
  }),
  rule({
    id: 'tax.CN.vat.reduced.agricultural', country: 'CN', name: 'VAT', kind: 'reduced', hsPrefixes: ['0801'], percent: '9', base: CIF_DUTY,
    source: 'VAT Law of the PRC art. 10 (9% for agricultural products among others); MOF/SAT/GACC Announcement 2019 No. 39',
    effectiveFrom: DATA_FROM,
    note: 'Uncertain: shelled dried nuts are usually treated as agricultural products (9%); roasted coffee is a processed food and stays at 13%, so no coffee rule.',
  }),
  // India
  rule({
    id: 'tax.IN.igst.standard', country: 'IN', name: 'IGST', kind: 'standard', percent: '18', base: CIF_DUTY,
    source: 'Customs Tariff Act 1975 s. 3(7)-(8A) (IGST on imports on assessable value + basic customs duty + social welfare surcharge); IGST rate schedule (Notification 1/2017-Integrated Tax (Rate) as amended); CBIC: https://cbic-gst.gov.in/gst-goods-services-rates.html',
    effectiveFrom: DATA_FROM,
    note: 'Standard 18% (unchanged by the 2025-09-22 rationalisation, which left 5%, 18% and 40%). Leather handbags (4202) and skincare (3304) stay at 18%.',
  }),
  rule({
    id: 'tax.IN.igst.reduced.demo', country: 'IN', name: 'IGST', kind: 'reduced', hsPrefixes: ['0901', '0801', '5007'], percent: '5', base: CIF_DUTY,
    source: 'IGST rate schedule, Notification 1/2017-Integrated Tax (Rate), Schedule I (5%): coffee, cashew nuts, silk fabrics',
    effectiveFrom: DATA_FROM,
    note: 'Roasted coffee, cashew kernels and woven silk fabric at 5% before and after the 2025-09-22 changes (56th GST Council).',
  }),
  rule({
    id: 'tax.IN.igst.reduced.apparel', country: 'IN', name: 'IGST', kind: 'reduced', hsPrefixes: ['61', '62'], percent: '5', base: CIF_DUTY,
    source: 'IGST rate schedule, Schedule I (apparel of sale value up to INR 2,500 per piece from 2025-09-22; up to INR 1,000 before) and 56th GST Council recommendations (2025-09-03)',
    effectiveFrom: DATA_FROM,
    note: 'Value-dependent and not expressible here: 5% applies only to pieces up to INR 2,500 (INR 1,000 before 2025-09-22); dearer pieces pay 18% (12% before 2025-09-22). Encoded at 5% for the demo\'s low-priced cotton and silk garments.',
  }),
  rule({
    id: 'tax.IN.igst.reduced.ceramics.until-2025-09-22', country: 'IN', name: 'IGST', kind: 'reduced', hsPrefixes: ['6911', '6912'], percent: '12', base: CIF_DUTY,
    source: 'IGST rate schedule, Schedule II (12%): tableware and kitchenware of porcelain or other ceramics',
    effectiveFrom: DATA_FROM, effectiveTo: '2025-09-22',
  }),
  rule({
    id: 'tax.IN.igst.reduced.ceramics', country: 'IN', name: 'IGST', kind: 'reduced', hsPrefixes: ['6911', '6912'], percent: '5', base: CIF_DUTY,
    source: 'IGST rate changes effective 2025-09-22 on the 56th GST Council recommendations (ceramic tableware and kitchenware 12% -> 5%)',
    effectiveFrom: '2025-09-22',
    note: 'From secondary summaries of the Council\'s Annexure I; notification number not checked.',
  }),
  // Brazil
  rule({
    id: 'tax.BR.icms.standard', country: 'BR', name: 'ICMS', kind: 'standard', percent: '17', base: CIF_DUTY,
    source: 'Convênio ICMS 81/2023 (uniform 17% ICMS on international remittances under Remessa Conforme, from 2023-08-01)',
    effectiveFrom: '2023-08-01',
    note: 'Partial model only. Brazilian import taxes are II (import tax; 20%/60% under Remessa Conforme, Lei 14.902/2024), IPI, PIS/COFINS-Importação and state ICMS. ICMS is computed "por dentro" (gross-up: ICMS = (value + II) / (1 - 17%) x 17%), which these types cannot express: applying 17% to the base under-computes it. Some states moved to 20% from 2025-04-01 (not confirmed, not encoded). II, IPI and PIS/COFINS are not encoded.',
  }),
  // Saudi Arabia and UAE
  rule({
    id: 'tax.SA.vat.standard', country: 'SA', name: 'VAT', kind: 'standard', percent: '15', base: CIF_DUTY,
    source: 'Royal Decree A/638 (VAT 15% from 2020-07-01); VAT Implementing Regulations art. 45 (import value = customs value + customs duty); ZATCA',
    effectiveFrom: '2020-07-01',
    note: 'No VAT de minimis: every import pays.',
  }),
  rule({
    id: 'tax.AE.vat.standard', country: 'AE', name: 'VAT', kind: 'standard', percent: '5', base: CIF_DUTY,
    source: 'Federal Decree-Law No. 8 of 2017 on VAT art. 3 (5%) and art. 50 (import value: customs value + customs duty + excise)',
    effectiveFrom: DATA_FROM,
    note: 'No VAT de minimis on imports.',
  }),
  // Vietnam
  rule({
    id: 'tax.VN.vat.standard', country: 'VN', name: 'VAT', kind: 'standard', percent: '10', base: CIF_DUTY,
    source: 'Law on VAT No. 13/2008/QH12 art. 8 and, from 2025-07-01, Law on VAT No. 48/2024/QH15 art. 9 (import base: dutiable value + import duty + special consumption tax + environmental protection tax)',
    effectiveFrom: DATA_FROM,
  }),
  rule({
    id: 'tax.VN.vat.reduced.agricultural', country: 'VN', name: 'VAT', kind: 'reduced', hsPrefixes: ['0801'], percent: '5', base: CIF_DUTY,
    source: 'Law on VAT 48/2024/QH15 art. 9(2) (5% for agricultural products not processed or only preliminarily processed)',
    effectiveFrom: DATA_FROM,
    note: 'Uncertain: shelled cashew kernels may count as preliminarily processed (5%) or processed (10%/8%).',
  }),
];

// Vietnam's successive 2-point VAT cuts (10% -> 8%) for most goods at 10%, at import as well.
const VN_CUT_HS = ['0901', '3304', '4202', '4419', '4420', '4602', '5007', '61', '62', '6402', '6403', '6404', '6405', '6911', '6912', '6913', '9403'];
const VN_CUTS: Array<[string, string, string]> = [
  ['2023-07-01', '2024-01-01', 'Decree 44/2023/ND-CP (Resolution 101/2023/QH15)'],
  ['2024-01-01', '2024-07-01', 'Decree 94/2023/ND-CP (Resolution 110/2023/QH15)'],
  ['2024-07-01', '2025-01-01', 'Decree 72/2024/ND-CP (Resolution 142/2024/QH15)'],
  ['2025-01-01', '2025-07-01', 'Decree 180/2024/ND-CP (Resolution 174/2024/QH15)'],
  ['2025-07-01', '2027-01-01', 'Decree 174/2025/ND-CP (Resolution 204/2025/QH15)'],
];
const vietnamCuts: ImportTaxRuleData[] = VN_CUTS.map(([from, to, law]) =>
  rule({
    id: `tax.VN.vat.reduced.cut.${from}`,
    source: `${law}: VAT reduced from 10% to 8% for goods at 10%, applied alike at import, production and trade`,
    effectiveFrom: from,
    effectiveTo: to,
    country: 'VN',
    name: 'VAT',
    kind: 'reduced',
    hsPrefixes: VN_CUT_HS,
    percent: '8',
    base: CIF_DUTY,
    note: 'The cut covers almost all goods at 10% except telecoms, finance, real estate, metals, mining products and goods under special consumption tax; these types cannot say "all goods except", so only the demo goods are listed. Decree numbers for periods before 2025-07-01 are from memory, not re-read.',
  }),
);

export const IMPORT_TAXES: ImportTaxRuleData[] = [...euStandard, ...euReduced, ...canada, ...others, ...vietnamCuts];
