import { buyerParty, sellerParty } from '../customs-docs/parties.js';
import type { CustomsDocumentInput, Party } from '../customs-docs/document-input.js';
import type { FreightPartyData } from './freight-party.js';

/** A distributor's company as the consignee of its order. */
export type CompanyParty = { name: string; address: { name: string; lines: readonly string[]; city: string; postalCode?: string | null; region?: string | null; country: string; phone?: string | null }; email: string; taxNumber: string | null; eori: string | null };

function fromDocParty(p: Party, extra: Pick<FreightPartyData, 'contact' | 'taxNumber' | 'eori'>): FreightPartyData {
  const a = p.address;
  return { name: p.name, address: { name: p.name, lines: [...a.lines], city: a.city, postalCode: a.postalCode, region: a.region, country: a.country, phone: p.phone }, ...extra };
}

/**
 * The shipper when none is given: the store at the warehouse the goods leave from, as the customs
 * documents name the seller (customs-docs/parties.ts), with the seller's EORI number when it has one.
 */
export function defaultShipper(input: Pick<CustomsDocumentInput, 'store' | 'warehouse'>, eori: string | null): FreightPartyData {
  return fromDocParty(sellerParty(input), { contact: null, taxNumber: null, eori });
}

/**
 * The consignee when none is given: the distributor's company (its delivery address, tax and EORI
 * numbers, its email as contact) for an order that has one, else the order's buyer at the delivery
 * address, as the customs documents name the buyer.
 */
export function defaultConsignee(order: Pick<CustomsDocumentInput['order'], 'address' | 'email'>, company: CompanyParty | null): FreightPartyData {
  if (company) {
    const a = company.address;
    return { name: company.name, address: { name: company.name, lines: [...a.lines], city: a.city, postalCode: a.postalCode ?? null, region: a.region ?? null, country: a.country, phone: a.phone ?? null }, contact: company.email, taxNumber: company.taxNumber, eori: company.eori };
  }
  const buyer = buyerParty({ order });
  return fromDocParty(buyer, { contact: buyer.email, taxNumber: null, eori: null });
}
