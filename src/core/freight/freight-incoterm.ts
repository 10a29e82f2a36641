import { checkIncotermForMode, type IncotermCode, type IncotermRule, type TransportMode } from '../b2b/incoterms.js';
import { fail, type Result } from '../result/result.js';

/**
 * Whether the order's Incoterm suits the way its freight travels. FAS, FOB, CFR and CIF deliver on
 * or alongside a ship, so they are refused for air, road, rail and multimodal transport with the
 * reason and the rule to use instead (INCOTERM_NOT_APPLICABLE naming `mode`: the order's terms
 * stand, the shipment's mode is what is asked for).
 * @example checkFreightIncoterm(FOB, 'air', 'LF-100420') // INCOTERM_NOT_APPLICABLE: ... use FCA instead
 */
export function checkFreightIncoterm(rule: IncotermRule, mode: TransportMode, orderNumber: string): Result<true, 'INCOTERM_NOT_APPLICABLE'> {
  const checked = checkIncotermForMode(rule, mode);
  if (checked.ok) return checked;
  return fail('INCOTERM_NOT_APPLICABLE', `order ${orderNumber} is sold ${rule.code} (${rule.name}): ${checked.message}, or ship it by sea or inland waterway`, { field: 'mode' });
}

/** The places a shipment names, from which an Incoterm's named place is taken. */
export type ShipmentPlaces = { placeOfReceipt: string | null; portOfLoading: string; portOfDischarge: string; placeOfDelivery: string | null };

/**
 * The Incoterm's named place as the shipment shows it, when the contract names none: the place of
 * shipment for the E and F rules (the port of loading for FAS and FOB, the place of receipt else),
 * the port of destination for CFR and CIF, the place of destination for CPT, CIP and the D rules.
 * @example namedPlaceFor('FOB', { placeOfReceipt: null, portOfLoading: 'VNSGN', portOfDischarge: 'DEHAM', placeOfDelivery: 'Berlin' }) // 'VNSGN'
 */
export function namedPlaceFor(code: IncotermCode, s: ShipmentPlaces): string {
  switch (code) {
    case 'FAS':
    case 'FOB':
      return s.portOfLoading;
    case 'EXW':
    case 'FCA':
      return s.placeOfReceipt ?? s.portOfLoading;
    case 'CFR':
    case 'CIF':
      return s.portOfDischarge;
    default:
      return s.placeOfDelivery ?? s.portOfDischarge;
  }
}
