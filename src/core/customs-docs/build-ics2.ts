import type { IncotermCode } from '../b2b/incoterms.js';
import { formatAmount } from '../money/money.js';
import { fail, ok, type Result } from '../result/result.js';
import type { Ics2Scope } from './customs-rules.js';
import { customsLines } from './customs-lines.js';
import type { CustomsDocumentInput, Party } from './document-input.js';
import { buyerParty, checkOrderForDocument, sellerParty } from './parties.js';
import { requiredRegistrations } from './required-registrations.js';

type Ics2Party = { name: string; street: string; city: string; postcode: string | null; region: string | null; country: string; email?: string | null; phone?: string | null; eori?: string | null };

/** The house-level data of one parcel for an ICS2 entry summary, as JSON. */
export type Ics2Predeclaration = {
  format: 'landfall.ics2-house-consignment/1';
  /** postal (a designated postal operator files) or express (the express carrier files). */
  mode: 'postal' | 'express';
  scope: { rule: string; source: string };
  reference: { order: string; shipment: string; position: number };
  /** The postal item id (S10) or the house waybill: the tracking number, once there is one. */
  transportDocument: { type: 'postal-item' | 'house-waybill'; number: string | null };
  seller: Ics2Party;
  consignor: Ics2Party;
  buyer: Ics2Party;
  consignee: Ics2Party;
  placeOfDelivery: { city: string; postcode: string | null; country: string };
  countryOfDispatch: string;
  numberOfPackages: 1;
  totalGrossMassKg: string;
  totalValue: { amount: string; currency: string };
  goodsItems: Array<{
    itemNumber: number;
    hsCode: string;
    description: string;
    quantity: number;
    grossMassKg: string;
    netMassKg: string;
    value: { amount: string; currency: string };
    countryOfOrigin: string;
  }>;
  /** Fiscal references customs uses with the data (IOSS and the like), when the parcel's schemes need them. */
  additionalFiscalReferences: Array<{ role: string; number: string }>;
  incoterm: IncotermCode;
};

/**
 * The entry summary data the EU's ICS2 needs for a postal or express parcel entering its security
 * area (the EU, Norway, Switzerland) from outside: the 6-digit HS code, description, seller and
 * consignee, value and weight of every goods item. A parcel whose destination is outside the area,
 * or that starts inside it, needs none: CUSTOMS_FORM_NOT_APPLICABLE naming `country`.
 */
export function buildIcs2(input: CustomsDocumentInput, scope: Ics2Scope): Result<Ics2Predeclaration, 'CUSTOMS_DATA_MISSING' | 'ORDER_STATE_CONFLICT' | 'CUSTOMS_FORM_NOT_APPLICABLE'> {
  const allowed = checkOrderForDocument(input.order, 'ics2');
  if (!allowed.ok) return allowed;
  const inside = new Set(scope.destinations);
  if (!inside.has(input.order.country)) {
    return fail('CUSTOMS_FORM_NOT_APPLICABLE', `ICS2 covers goods entering the EU, Norway and Switzerland; order ${input.order.number} goes to ${input.order.country}`, { field: 'country' });
  }
  if (inside.has(input.warehouse.country)) {
    return fail('CUSTOMS_FORM_NOT_APPLICABLE', `shipment ${input.shipment.position} of ${input.order.number} leaves from ${input.warehouse.country}, inside the ICS2 area: no entry summary`, { field: 'country' });
  }
  const parcel = customsLines(input);
  if (!parcel.ok) return parcel;
  const regs = requiredRegistrations({ ...input, taxSchemes: parcel.value.lines.map((l) => l.taxScheme) });
  if (!regs.ok) return regs;
  const currency = input.order.currency;
  const money = (amount: number) => ({ amount: formatAmount({ amount, currency }), currency });
  const eori = regs.value.find((r) => r.scheme === 'EORI')?.number ?? null;
  const seller = party(sellerParty(input), eori);
  const buyer = party(buyerParty(input), null);
  const postal = input.shipment.channel === 'postal';
  return ok({
    format: 'landfall.ics2-house-consignment/1',
    mode: postal ? 'postal' : 'express',
    scope: { rule: scope.id, source: scope.source },
    reference: { order: input.order.number, shipment: input.shipment.id, position: input.shipment.position },
    transportDocument: { type: postal ? 'postal-item' : 'house-waybill', number: input.shipment.trackingNumber },
    seller,
    consignor: seller,
    buyer,
    consignee: buyer,
    placeOfDelivery: { city: input.order.address.city, postcode: input.order.address.postalCode, country: input.order.address.country },
    countryOfDispatch: input.warehouse.country,
    numberOfPackages: 1,
    totalGrossMassKg: kg3(parcel.value.grossWeightG),
    totalValue: money(parcel.value.valueMinor),
    goodsItems: parcel.value.lines.map((l, i) => ({
      itemNumber: i + 1,
      hsCode: l.hs6.slice(0, scope.hsDigits),
      description: l.description,
      quantity: l.quantity,
      grossMassKg: kg3(l.grossWeightG),
      netMassKg: kg3(l.netWeightG),
      value: money(l.valueMinor),
      countryOfOrigin: l.originCountry,
    })),
    additionalFiscalReferences: regs.value.filter((r) => r.scheme !== 'EORI').map((r) => ({ role: r.scheme, number: r.number })),
    incoterm: input.order.incoterm,
  });
}

function party(p: Party, eori: string | null): Ics2Party {
  return { name: p.name, street: p.address.lines.join(', '), city: p.address.city, postcode: p.address.postalCode, region: p.address.region, country: p.address.country, ...(p.email ? { email: p.email } : {}), ...(p.phone ? { phone: p.phone } : {}), ...(eori ? { eori } : {}) };
}

/** Grams as kilograms with exactly 3 decimals ("0.540"). */
function kg3(grams: number): string {
  return `${Math.trunc(grams / 1000)}.${String(grams % 1000).padStart(3, '0')}`;
}
