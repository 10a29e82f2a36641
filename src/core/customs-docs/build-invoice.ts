import { ok, type Result } from '../result/result.js';
import { customsLines, type CustomsLine } from './customs-lines.js';
import type { IncotermCode } from '../b2b/incoterms.js';
import type { CustomsDocumentInput, Party } from './document-input.js';
import { freightDocParty, invoiceFreight, type InvoiceFreight } from './freight-section.js';
import { buyerParty, checkOrderForDocument, sellerParty } from './parties.js';
import { requiredRegistrations, type PrintedRegistration } from './required-registrations.js';

export type InvoiceKind = 'commercial' | 'proforma';

export type InvoiceData = {
  kind: InvoiceKind;
  title: string;
  /** The order number and the parcel's 1-based position (LF-100420-1); pro formas are prefixed PF-. */
  number: string;
  date: string;
  orderNumber: string;
  /** 0-based position of the parcel in the order. */
  shipmentPosition: number;
  trackingNumber: string | null;
  seller: Party;
  /** The buyer is also the consignee (the goods go to the buyer's address). */
  buyer: Party;
  importerOfRecord: { party: 'seller' | 'buyer'; name: string; explanation: string };
  /** The storefront's DDP or DAP; an order going as freight may be under any of the eleven rules. */
  incoterm: { code: IncotermCode; place: string; text: string };
  currency: string;
  reasonForExport: string;
  transport: { carrier: string; service: string; channel: string };
  /** The order's freight shipment (bill of lading, air waybill, ...), when it goes as freight; null for parcels. */
  freight: InvoiceFreight | null;
  lines: CustomsLine[];
  totals: {
    goodsMinor: number;
    freightMinor: number;
    insuranceMinor: number;
    /** Goods + freight + insurance: the invoice total. */
    totalMinor: number;
    netWeightG: number;
    grossWeightG: number;
    packages: number;
    units: number;
  };
  dutiesAndTaxes: { minor: number; paidBy: 'seller' | 'buyer'; text: string };
  registrations: PrintedRegistration[];
  declaration: string;
  signature: { name: string; place: string; date: string };
  notes: string[];
  /** A pro forma that asks for payment (a distributor's prepayment) says so in its heading instead of "Not a demand for payment". */
  requestsPayment?: boolean;
};

export type InvoiceFailure = 'CUSTOMS_DATA_MISSING' | 'ORDER_STATE_CONFLICT';

/**
 * The commercial invoice (or pro forma invoice) of one parcel of an order: seller and buyer, the
 * importer of record (the seller under DDP, the buyer under DAP), the Incoterm and its named place,
 * the currency, every line with its customs description, tariff code, origin, quantity, unit and
 * line value, net and gross weight, the reason for export, freight and insurance, the registration
 * numbers the parcel's schemes need, and the declaration with a signature block.
 *
 * Values are the goods as sold (customsValueOf); freight is what the buyer paid for the parcel's
 * delivery; Landfall sells no insurance, so insurance is 0. When the order goes as freight
 * (`input.freight`), the shipment's shipper and consignee are the seller and buyer, its Incoterm and
 * named place are printed, and the transport section carries the document, route, notify party,
 * packages, marks and gross weight. A line without an HS code or origin, or
 * a scheme without its registration, is CUSTOMS_DATA_MISSING naming each field; a cancelled order
 * (or, for the commercial invoice, an unpaid one) is ORDER_STATE_CONFLICT.
 */
export function buildInvoice(input: CustomsDocumentInput, kind: InvoiceKind): Result<InvoiceData, InvoiceFailure> {
  const allowed = checkOrderForDocument(input.order, kind === 'commercial' ? 'commercial-invoice' : 'proforma-invoice');
  if (!allowed.ok) return allowed;
  const parcel = customsLines(input);
  if (!parcel.ok) return parcel;
  const regs = requiredRegistrations({ ...input, taxSchemes: parcel.value.lines.map((l) => l.taxScheme) });
  if (!regs.ok) return regs;

  const { order, shipment } = input;
  const freight = input.freight ?? null;
  const section = freight ? invoiceFreight(freight) : null;
  const seller = freight ? freightDocParty(freight.shipper) : sellerParty(input);
  const buyer = freight ? freightDocParty(freight.consignee) : buyerParty(input);
  const code: IncotermCode = freight?.incoterm.code ?? order.incoterm;
  const ddp = code === 'DDP';
  const place = freight?.incoterm.place ?? order.namedPlace ?? `${order.address.city}, ${order.address.country}`;
  const freightMinor = shipment.shippingMinor;
  const insuranceMinor = 0;
  const dutiesMinor = shipment.dutiesMinor + shipment.taxesMinor + shipment.feesMinor;
  const number = `${kind === 'proforma' ? 'PF-' : ''}${order.number}-${shipment.position + 1}`;
  const notes = [
    `Seller's address: the warehouse the goods are dispatched from (${input.warehouse.code}).`,
    'Insurance: none (the parcel is not insured).',
  ];
  if (section) notes.push(`Goods travel as freight under ${section.documentNumber ? `${section.documentTitle.toLowerCase()} ${section.documentNumber}` : `a ${section.documentTitle.toLowerCase()} (number to be issued)`}; the transport section gives its packages and marks.`);
  if (kind === 'proforma') notes.unshift('Pro forma invoice: issued for customs before or without a sale being invoiced; no payment is due on this document.');
  if (parcel.value.lines.some((l) => l.tariffTerritory !== null)) notes.push(`Tariff codes are ${input.territories.destination} national codes where the catalog has one, else the HS code.`);
  return ok({
    kind,
    title: kind === 'commercial' ? 'Commercial invoice' : 'Pro forma invoice',
    number,
    date: input.date,
    orderNumber: order.number,
    shipmentPosition: shipment.position,
    trackingNumber: shipment.trackingNumber,
    seller,
    buyer,
    importerOfRecord: ddp
      ? { party: 'seller', name: seller.name, explanation: 'DDP: the seller clears the goods for import and pays the duties and import taxes' }
      : { party: 'buyer', name: buyer.name, explanation: code !== 'DAP' || freight ? `${code}: the buyer clears the goods for import and pays the duties and import taxes` : 'DAP: the buyer clears the goods for import and pays the duties and import taxes on delivery' },
    incoterm: { code, place, text: `${code} ${place} (Incoterms 2020)` },
    currency: order.currency,
    reasonForExport: 'Sale of goods',
    transport: { carrier: shipment.carrier, service: shipment.service, channel: shipment.channel },
    freight: section,
    lines: parcel.value.lines,
    totals: {
      goodsMinor: parcel.value.valueMinor,
      freightMinor,
      insuranceMinor,
      totalMinor: parcel.value.valueMinor + freightMinor + insuranceMinor,
      netWeightG: parcel.value.netWeightG,
      grossWeightG: parcel.value.grossWeightG,
      packages: 1,
      units: parcel.value.units,
    },
    dutiesAndTaxes: ddp
      ? { minor: dutiesMinor, paidBy: 'seller', text: 'Duties, import taxes and fees: paid by the seller (DDP), collected from the buyer at checkout' }
      : { minor: dutiesMinor, paidBy: 'buyer', text: `Duties, import taxes and fees: payable by the buyer on delivery (${code}); the amount is the estimate made at checkout` },
    registrations: regs.value,
    declaration:
      kind === 'commercial'
        ? 'I declare that the information on this invoice is true and correct, that the goods are of the origin shown, and that the contents of this shipment are as stated above.'
        : 'I declare that the information on this pro forma invoice is true and correct, that the goods are of the origin shown, and that the contents of this shipment are as stated above.',
    signature: { name: input.store.name, place: `${input.warehouse.address.city}, ${input.warehouse.country}`, date: input.date },
    notes,
  });
}
