/**
 * The returns of the low-value schemes a store collects tax under at checkout: period, due date,
 * when a sale counts, how refunds of earlier periods are reported, currency and exchange rate.
 * Read by the tax-return report (src/services/reports/tax-return.ts).
 *
 * Scheme codes are the registration ids of the compliance rules (src/core/compliance/registration-number.ts):
 * IOSS, UK_VAT, AU_GST, NZ_GST, NO_VOEC. Order lines carry the landed-cost scheme's name instead
 * (`IOSS`, `UK GBP 135 point-of-sale VAT`, `VOEC`, ...); `lineSchemeOf` in src/data/rules/refund-policy.ts
 * maps one to the other.
 *
 * Provenance: see SOURCES.md in this folder (checked 2026-11-27). "Read" there means a stored copy of
 * the page or text was read that day; "cited" means given from knowledge of the law, not re-read.
 */
import type { TaxReturnScheme, TaxReturnSchemeCode } from '../../core/reports/tax-return-scheme.js';

const CHECKED = '2026-11-27';

export const TAX_RETURN_SCHEME_RULES: Readonly<Record<TaxReturnSchemeCode, TaxReturnScheme>> = {
  IOSS: {
    code: 'IOSS',
    name: 'EU Import One-Stop Shop (IOSS) VAT return',
    registration: 'IOSS',
    figuresPer: 'member state of consumption',
    returnCurrency: 'EUR',
    effectiveFrom: '2021-07-01',
    period: { granularity: 'month', source: 'Council Directive 2006/112/EC art. 369s (a VAT return for each month)' },
    due: { monthsAfter: 1, day: 'last', source: 'Council Directive 2006/112/EC art. 369s (submitted by the end of the month following the end of the tax period) and art. 369v (payment by the same day)' },
    chargeableEvent: { event: 'payment accepted', source: 'Council Directive 2006/112/EC art. 66a (under the IOSS the chargeable event occurs when the payment has been accepted)' },
    corrections: {
      treatment: 'separate',
      source: 'Council Directive 2006/112/EC art. 369t(2): amendments to a submitted return are included in a subsequent return within three years, identifying the member state of consumption, the tax period and the amount of VAT',
      note: 'A refund of a sale declared in an earlier month is reported in the return of the month of the refund as a correction of that earlier month, converted with the rate of the month corrected (the rate its original return used).',
    },
    conversion: {
      rateDate: 'last day of the period',
      ifNotPublished: 'next publication day',
      prescribed: true,
      source: 'Council Directive 2006/112/EC art. 369u: the return is made out in euro; supplies in other currencies are converted with the exchange rate of the last date of the tax period, as published by the European Central Bank for that day or, if none is published that day, for the next day of publication',
    },
    checked: CHECKED,
  },
  UK_VAT: {
    code: 'UK_VAT',
    name: 'UK VAT return (goods in consignments up to GBP 135 sold at the point of sale)',
    registration: 'UK_VAT',
    figuresPer: 'country',
    returnCurrency: 'GBP',
    effectiveFrom: '2021-01-01',
    period: {
      granularity: 'quarter',
      source: 'The Value Added Tax Regulations 1995 (SI 1995/2518) reg. 25 (prescribed accounting periods of three months); HMRC VAT Notice 700/12',
      note: 'HMRC assigns each business one of three quarter cycles (staggers). Calendar quarters (2026-Q4 = October to December) are the stagger ending in March, June, September and December; a store on another stagger sums the months of its own quarter.',
    },
    due: { monthsAfter: 1, day: 'last', plusDays: 7, source: 'HMRC VAT Notice 700/12: the return and payment are due one calendar month and seven days after the end of the accounting period' },
    chargeableEvent: { event: 'payment accepted', source: 'HMRC, "VAT and overseas goods sold directly to customers in the UK": for consignments up to GBP 135 the time of supply is when the payment is accepted; https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk' },
    corrections: {
      treatment: 'in-period',
      source: 'The Value Added Tax Regulations 1995 reg. 38 (a decrease in consideration after the supply is adjusted in the accounting period in which the adjustment is made in the business accounts)',
      note: 'A refund lowers the return of the quarter it is made in, whatever quarter the sale was in.',
    },
    conversion: {
      rateDate: 'last day of the period',
      ifNotPublished: 'next publication day',
      prescribed: false,
      source: 'HMRC VAT Notice 700 section 7 (amounts in a foreign currency are converted at the UK market selling rate at the time of supply or with HMRC period rates; other methods need HMRC agreement)',
      note: 'Landfall stores only ECB rates: for an order charged in a currency other than GBP the ECB cross rate of the last day of the quarter stands in for the rate HMRC names, and the answer says so.',
    },
    checked: CHECKED,
  },
  AU_GST: {
    code: 'AU_GST',
    name: 'Australian GST return (simplified GST registration, low value imported goods)',
    registration: 'AU_GST',
    figuresPer: 'country',
    returnCurrency: 'AUD',
    effectiveFrom: '2018-07-01',
    period: {
      granularity: 'quarter',
      source: 'ATO, "Simplified GST registration" (a non-resident registered under simplified GST must lodge GST returns and pay GST quarterly); https://www.ato.gov.au/Business/International-tax-for-business/Non-resident-businesses-and-GST/Simplified-GST-registration/',
      note: 'Calendar quarters: 2026-Q4 is 1 October to 31 December 2026 (the ATO calls it the second quarter of its financial year).',
    },
    due: {
      monthsAfter: 1,
      day: 28,
      exceptions: [{ periodEndMonth: 12, monthsAfter: 2, day: 28 }],
      source: 'A New Tax System (Goods and Services Tax) Act 1999 s. 31-8 and s. 33-3 (quarterly periods: 28 October, 28 February, 28 April, 28 July)',
      note: "The ATO's own table of payment and lodgment dates for simplified GST was not read in full: check the October-December date against it.",
    },
    chargeableEvent: { event: 'payment accepted', source: 'A New Tax System (Goods and Services Tax) Act 1999 s. 29-5 (GST attributed to the period in which consideration is received or an invoice issued, whichever is first); an online sale is paid before any invoice' },
    corrections: {
      treatment: 'in-period',
      source: 'A New Tax System (Goods and Services Tax) Act 1999 Div. 19 and s. 29-20 (a decreasing adjustment is attributed to the tax period in which the supplier becomes aware of it)',
      note: 'A refund lowers the return of the quarter it is made in.',
    },
    conversion: {
      rateDate: 'last day of the period',
      ifNotPublished: 'next publication day',
      prescribed: false,
      source: 'A New Tax System (Goods and Services Tax) Act 1999 s. 9-85 (amounts in a foreign currency are converted to Australian currency as the regulations provide)',
      note: 'The conversion rule of the regulations was not read: the ECB cross rate of the last day of the quarter stands in for it, and the answer says so.',
    },
    checked: CHECKED,
  },
  NZ_GST: {
    code: 'NZ_GST',
    name: 'New Zealand GST return (offshore supplier, low value imported goods)',
    registration: 'NZ_GST',
    figuresPer: 'country',
    returnCurrency: 'NZD',
    effectiveFrom: '2019-12-01',
    period: {
      granularity: 'quarter',
      source: 'IRD, GST for overseas businesses: offshore suppliers registered for low value imported goods file GST returns every three months (cited, not re-read)',
      note: 'Calendar quarters ending 31 March, 30 June, 30 September and 31 December.',
    },
    due: {
      monthsAfter: 1,
      day: 28,
      exceptions: [{ periodEndMonth: 3, monthsAfter: 2, day: 7 }],
      source: 'Goods and Services Tax Act 1985 s. 16 (a return is due on the 28th day of the month after the period ends; 7 May for a period ending 31 March) (cited, not re-read)',
    },
    chargeableEvent: { event: 'payment accepted', source: 'Goods and Services Tax Act 1985 s. 9(1) (time of supply: the earlier of an invoice or a payment)' },
    corrections: {
      treatment: 'in-period',
      source: 'Goods and Services Tax Act 1985 s. 25 (an adjustment for a credit note is made in the taxable period in which the credit note is issued) (cited, not re-read)',
      note: 'A refund lowers the return of the quarter it is made in.',
    },
    conversion: {
      rateDate: 'last day of the period',
      ifNotPublished: 'next publication day',
      prescribed: false,
      source: 'IRD, "Currency conversion" for low value imported goods: the spot rate at the time of supply, the NZ Customs rate, the RBNZ rate or another central bank\'s reference rate published within 30 days of the conversion time, used consistently; https://www.ird.govt.nz/gst/gst-for-overseas-businesses/gst-on-low-value-imported-goods/currency-conversion',
      note: 'The ECB is a central bank whose reference rate IRD accepts, but its rate of the last day of the quarter may be more than 30 days after a supply early in the quarter: the answer marks such figures as converted with a stand-in rate.',
    },
    checked: CHECKED,
  },
  NO_VOEC: {
    code: 'NO_VOEC',
    name: 'Norwegian VOEC VAT return (RF-1292)',
    registration: 'NO_VOEC',
    figuresPer: 'country',
    returnCurrency: 'NOK',
    effectiveFrom: '2020-04-01',
    period: { granularity: 'quarter', source: 'Skatteetaten, "Registration in the VOEC Register" and "How to submit a quarterly declaration" (report and pay VAT every quarter); https://www.skatteetaten.no/en/business-and-organisation/vat-and-duties/vat/foreign/e-commerce-voec/register' },
    due: { monthsAfter: 1, day: 20, source: 'Skatteetaten, "Registration in the VOEC Register": the deadline is the 20th of the month after the end of the quarter (20 January, 20 April, 20 July, 20 October)' },
    chargeableEvent: { event: 'payment accepted', source: 'Merverdiavgiftsloven § 14-4 (VOEC simplified registration; VAT on the sale of low-value goods); the sale is taken as made when paid (cited, not re-read)' },
    corrections: {
      treatment: 'in-period',
      source: 'Skatteetaten, "How to submit a quarterly declaration": an additional declaration corrects an incorrect figure of a submitted return; the form RF-1292 has correction fields',
      note: 'A refund (credit note) is not an error in the earlier return: it lowers the return of the quarter it is made in (cited from the general Norwegian VAT practice for credit notes, not re-read for VOEC).',
    },
    conversion: {
      rateDate: 'last day of the period',
      ifNotPublished: 'next publication day',
      prescribed: false,
      source: 'Skatteetaten, "When and how will payment take place?": the calculation basis and the VAT are translated into NOK with the exchange rate published weekly by Norwegian Customs',
      note: 'Landfall does not store the Norwegian Customs weekly rates: the ECB cross rate of the last day of the quarter stands in for them, and the answer says so.',
    },
    declaredRounding: { exponent: 0, mode: 'half-up', source: 'Skatteetaten, "When and how will payment take place?": the amounts declared and paid are rounded off to the nearest whole krone' },
    checked: CHECKED,
  },
};
