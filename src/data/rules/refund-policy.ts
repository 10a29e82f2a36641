/**
 * Which duties and taxes collected at checkout go back to the buyer when goods are returned or an
 * order line is cancelled. Read by splitRefund (src/core/orders/refund-split.ts).
 *
 * The principle behind the rows:
 * - Tax the seller charged at checkout under a low-value scheme it files itself (IOSS, UK VAT on
 *   consignments up to GBP 135, the Australian, New Zealand and Singapore low-value goods regimes,
 *   Norway's VOEC, the Swiss mail-order rule) is the seller's own output tax: on a refund the taxable
 *   amount falls, the seller corrects its return for the period, and the buyer gets the tax back.
 * - Duty and import tax paid at the border by the seller as importer under DDP, outside a scheme, are
 *   paid to the customs authority. The shop does not refund them automatically: the seller claims them
 *   back from customs through its repayment procedure (or deducts import VAT in its own return), and
 *   may then pass on what it recovers as a separate refund.
 * - Under DAP the buyer paid duty and import tax to the carrier or customs on delivery; the shop
 *   collected none, so it has none to refund.
 *
 * Provenance, checked 2026-11-27. Read that day: Union Customs Code art. 118 (legislation.gov.uk copy),
 * Agencia Tributaria's low-value shipments manual 3.1.7, HMRC's C285 guidance pages, Norwegian
 * Customs' "Refund due to return of goods", MWSTG art. 41, the WCO 1957 recommendation. Cited from
 * knowledge of the law and not re-read: VAT Directive art. 90 and 168(e), UCC art. 117, VAT
 * Regulations 1995 reg. 38, GST Act 1999 (AU) Div. 19, GST Act 1985 (NZ) s. 25, the IRAS e-Tax Guide,
 * MWSTG art. 7, Incoterms 2020. Territories are the customs territory ids of the landed-cost rules
 * (EU, GB, ...); schemes are the names order lines carry (low-value-schemes.ts `scheme`), found from
 * the registration ids by lineSchemeOf.
 */
import type { RefundPolicyRule } from '../../core/orders/refund-split.js';
import { LOW_VALUE_SCHEMES } from './low-value-schemes.js';

export type { RefundPolicyRule } from '../../core/orders/refund-split.js';

/**
 * The scheme an order line carries for the tax filed under a registration. Order lines keep the
 * landed-cost scheme's name (`UK GBP 135 point-of-sale VAT`, `VOEC`), which is the registration id
 * only for IOSS; matching on the registration id alone left every other scheme's tax kept back as
 * if paid at the border. A registration no landed-cost scheme encodes (CH_VAT) is its own name.
 */
export function lineSchemeOf(registration: string): string {
  return LOW_VALUE_SCHEMES.find((s) => s.registration === registration)?.scheme ?? registration;
}

const SCHEME_TAX_BACK = 'the tax charged at checkout is refunded with the goods; the seller corrects its tax return for the period';
const BORDER_DUTY_KEPT = 'duty paid at the border is not refunded automatically; the seller claims it back from customs and refunds it separately if recovered';

export const REFUND_POLICY: readonly RefundPolicyRule[] = [
  {
    id: 'refund.domestic-sale',
    appliesTo: { scheme: 'DOMESTIC' },
    taxRefundable: true,
    dutyRefundable: true,
    source:
      'Council Directive 2006/112/EC art. 90 (taxable amount reduced on cancellation, refusal or a price reduction after the supply) and art. 33 (intra-Community distance sales taxed where the goods arrive, declared in the one-stop shop)',
    note: 'A parcel that crossed no customs border (the same country, or within the EU from the Dutch warehouse) carried the sales VAT of the destination, which the seller declares itself: it goes back to the buyer with the goods and the seller corrects its return. There is no duty on such a parcel.',
    effectiveFrom: '2021-07-01',
    taxReason: SCHEME_TAX_BACK,
  },
  {
    id: 'refund.EU.IOSS',
    appliesTo: { scheme: 'IOSS' },
    taxRefundable: true,
    dutyRefundable: false,
    source:
      'Council Directive 2006/112/EC art. 90 (taxable amount reduced on cancellation, refusal or a price reduction after the supply) and art. 369l-369x (import one-stop shop); Agencia Tributaria, "Import and Export Manual for low value shipments", 3.1.7 "Return of goods declared in the IOSS"; duty: Regulation (EU) No 952/2013 (Union Customs Code) art. 117-118',
    note: 'VAT charged at checkout under the IOSS is refunded to the buyer with the price of the goods, and the seller corrects its IOSS return for the month of the refund. Customs duty on the consignment (from 2026-07-01, the EUR 3 per item duty) was paid at the border and is claimed back from customs, not refunded by the shop automatically.',
    effectiveFrom: '2021-07-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.GB.low-value',
    appliesTo: { scheme: lineSchemeOf('UK_VAT') },
    taxRefundable: true,
    dutyRefundable: false,
    source:
      'Value Added Tax Regulations 1995 (SI 1995/2518) reg. 38 (adjustment when the price is reduced or the goods are returned); HMRC, "VAT and overseas goods sold directly to customers in the UK"',
    note: 'UK VAT charged at checkout on a consignment up to GBP 135 is refunded to the buyer; the seller issues a credit and reduces the VAT on its return. Such consignments normally carry no customs duty; any duty paid at the border is claimed back from HMRC, not refunded automatically.',
    effectiveFrom: '2021-01-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.AU.LVG',
    appliesTo: { scheme: lineSchemeOf('AU_GST') },
    taxRefundable: true,
    dutyRefundable: false,
    source:
      'A New Tax System (Goods and Services Tax) Act 1999 Div. 19 (adjustment events: a supply cancelled or its price changed) and Div. 84-C (offshore supplies of low value goods); ATO, "GST on low value imported goods"',
    note: 'GST charged at checkout on low value goods is refunded to the buyer; the refund is an adjustment event and the seller reports a decreasing adjustment in its GST return.',
    effectiveFrom: '2018-07-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.NZ.LVG',
    appliesTo: { scheme: lineSchemeOf('NZ_GST') },
    taxRefundable: true,
    dutyRefundable: false,
    source: 'Goods and Services Tax Act 1985 s. 25 (adjustments when a supply is cancelled or its price changes), as applied to low value imported goods from 2019-12-01',
    note: 'GST charged at checkout on low value goods is refunded to the buyer; the seller issues a credit note and adjusts its GST return.',
    effectiveFrom: '2019-12-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.NO.VOEC',
    appliesTo: { scheme: lineSchemeOf('NO_VOEC') },
    taxRefundable: true,
    dutyRefundable: false,
    source: 'Merverdiavgiftsloven § 14-4 (VOEC simplified registration); Norwegian Customs, "Refund due to return of goods" (buyers of VOEC-registered sellers ask the seller for the VAT)',
    note: 'Norwegian VAT charged at checkout under VOEC is refunded to the buyer by the seller, who corrects its VOEC return; Norwegian Customs sends buyers of VOEC sellers to the seller for this refund.',
    effectiveFrom: '2020-04-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.SG.OVR',
    appliesTo: { scheme: lineSchemeOf('SG_OVR') },
    taxRefundable: true,
    dutyRefundable: false,
    source: 'Goods and Services Tax Act 1993 (overseas vendor registration extended to low-value goods from 2023-01-01); IRAS e-Tax Guide, "GST: Taxing imported low-value goods by way of the overseas vendor registration regime"',
    note: 'GST charged at checkout on low-value goods is refunded to the buyer; the registered seller adjusts the GST in its return for the period of the refund.',
    effectiveFrom: '2023-01-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.CH.mail-order',
    appliesTo: { scheme: lineSchemeOf('CH_VAT') },
    taxRefundable: true,
    dutyRefundable: false,
    source:
      'Federal Act on Value Added Tax (MWSTG, SR 641.20) art. 7 para. 3 let. b (mail-order rule: the foreign seller supplies in Switzerland and charges Swiss VAT) and art. 41 (later change of the consideration adjusts the tax owed)',
    note: 'Swiss VAT the seller charged at checkout under the mail-order rule is refunded to the buyer; the lower price reduces the VAT the seller owes in the period the correction is booked. Customs duty paid at import is claimed back from the customs office, not refunded automatically.',
    effectiveFrom: '2019-01-01',
    taxReason: SCHEME_TAX_BACK,
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.EU.DDP-border',
    appliesTo: { territory: 'EU', incoterm: 'DDP' },
    taxRefundable: false,
    dutyRefundable: false,
    source:
      'Regulation (EU) No 952/2013 (Union Customs Code) art. 117 (duty charged in error) and art. 118 (goods rejected as defective or not matching the contract, taken out of the Union or destroyed under customs control); Council Directive 2006/112/EC art. 168(e) (import VAT deducted by a registered importer)',
    note: 'The seller paid duty and import VAT at the EU border as importer. They are not refunded to the buyer automatically: the seller applies to the customs office for repayment of duty, and deducts or reclaims the import VAT; what it recovers can be refunded to the buyer separately.',
    effectiveFrom: '2016-05-01',
    taxReason: 'import VAT paid at the EU border is not refunded automatically; the seller recovers it from the tax or customs authority and refunds it separately if due',
    dutyReason: 'duty paid at the EU border is not refunded automatically; the seller claims it back from customs (Union Customs Code art. 117-118)',
  },
  {
    id: 'refund.GB.DDP-border',
    appliesTo: { territory: 'GB', incoterm: 'DDP' },
    taxRefundable: false,
    dutyRefundable: false,
    source:
      'Customs (Import Duty) (EU Exit) Regulations 2018 reg. 51 (defective and non-compliant chargeable goods); HMRC, "How to claim a repayment of import duty and VAT if you\'ve overpaid" and "Apply for repayment or remission of import duties (C285)"',
    note: 'The seller paid duty and import VAT at the UK border as importer. They are not refunded to the buyer automatically: the seller claims the duty back from HMRC (form C285 or the online service) and adjusts import VAT through its VAT return; what it recovers can be refunded separately.',
    effectiveFrom: '2021-01-01',
    taxReason: 'import VAT paid at the UK border is not refunded automatically; the seller recovers it through HMRC and refunds it separately if due',
    dutyReason: 'duty paid at the UK border is not refunded automatically; the seller claims it back from HMRC (C285)',
  },
  {
    id: 'refund.DDP-border',
    appliesTo: { incoterm: 'DDP' },
    taxRefundable: false,
    dutyRefundable: false,
    source:
      'ICC Incoterms 2020, DDP (the seller clears the goods for import and pays import duties and taxes); Customs Co-operation Council Recommendation of 28 November 1957 concerning the repayment or remission of duties on goods refused by the importer as not conforming to contract',
    note: 'Under delivered duty paid the seller paid duty and import tax at the border to the customs authority. They come back only through that authority\'s repayment procedure, so the shop does not refund them automatically; what the seller recovers can be refunded separately.',
    effectiveFrom: '2020-01-01',
    taxReason: 'import tax paid at the border is not refunded automatically; the seller claims it back from the customs authority and refunds it separately if recovered',
    dutyReason: BORDER_DUTY_KEPT,
  },
  {
    id: 'refund.DAP-buyer-paid',
    appliesTo: { incoterm: 'DAP' },
    taxRefundable: false,
    dutyRefundable: false,
    source: 'ICC Incoterms 2020, DAP (the buyer clears the goods for import and pays import duties and taxes)',
    note: 'Under delivered at place the buyer paid duty and import tax to the carrier or customs on delivery. The shop collected none, so it has none to refund; the buyer asks the carrier or the customs authority.',
    effectiveFrom: '2020-01-01',
    taxReason: 'the buyer paid import tax to the carrier or customs on delivery, not to the shop; it is reclaimed from them',
    dutyReason: 'the buyer paid duty to the carrier or customs on delivery, not to the shop; it is reclaimed from them',
  },
];
