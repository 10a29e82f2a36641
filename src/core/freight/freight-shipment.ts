import type { IncotermCode, TransportMode } from '../b2b/incoterms.js';
import type { FreightDocumentKind } from './document-kinds.js';
import type { FreightPackageData } from './freight-input.js';
import type { FreightPartyData } from './freight-party.js';
import type { FreightStatus } from './freight-status.js';

/** A stored freight shipment as the core reads it (weights in grams, volumes in cm³). */
export type FreightShipmentData = {
  id: string;
  orderNumber: string;
  mode: TransportMode;
  documentKind: FreightDocumentKind;
  documentNumber: string | null;
  carrier: string | null;
  voyage: string | null;
  shipper: FreightPartyData;
  consignee: FreightPartyData;
  notifyParty: FreightPartyData | null;
  placeOfReceipt: string | null;
  portOfLoading: string;
  portOfDischarge: string;
  placeOfDelivery: string | null;
  packages: FreightPackageData[];
  grossWeightG: number;
  marks: string | null;
  status: FreightStatus;
};

/** The order's Incoterms 2020 rule with its named place, as a document prints it. */
export type FreightIncoterm = { code: IncotermCode; name: string; place: string; text: string };

/** "FOB VNSGN (Incoterms 2020)". */
export function incotermText(code: IncotermCode, place: string): string {
  return `${code} ${place} (Incoterms 2020)`;
}

/** The number of packages of a shipment (all lines' counts). */
export function packageCount(packages: ReadonlyArray<{ count: number }>): number {
  return packages.reduce((s, p) => s + p.count, 0);
}

/** What a mode's voyage field holds, and what the ports are called, on a document. */
export function transportLabels(mode: TransportMode): { voyage: string; loading: string; discharge: string } {
  switch (mode) {
    case 'air':
      return { voyage: 'Flight', loading: 'Airport of departure', discharge: 'Airport of destination' };
    case 'road':
      return { voyage: 'Vehicle', loading: 'Place of taking over', discharge: 'Place designated for delivery' };
    case 'rail':
      return { voyage: 'Train', loading: 'Place of taking over', discharge: 'Place of delivery by rail' };
    default:
      return { voyage: 'Vessel / voyage', loading: 'Port of loading', discharge: 'Port of discharge' };
  }
}
