import { DOCUMENT_TITLES } from './document-kinds.js';
import type { FreightPackageData } from './freight-input.js';
import type { FreightPartyData } from './freight-party.js';
import { packageCount, transportLabels, type FreightIncoterm, type FreightShipmentData } from './freight-shipment.js';

/** The data sheet a carrier or forwarder needs to issue the transport document. */
export type ShippingInstructions = {
  title: string;
  documentTitle: string;
  documentKind: FreightShipmentData['documentKind'];
  documentNumber: string | null;
  shipmentId: string;
  orderNumber: string;
  status: string;
  date: string;
  mode: FreightShipmentData['mode'];
  carrier: string | null;
  voyage: { label: string; value: string | null };
  shipper: FreightPartyData;
  consignee: FreightPartyData;
  notifyParty: FreightPartyData | null;
  route: Array<{ label: string; value: string }>;
  packages: Array<FreightPackageData & { kindName: string }>;
  totals: { packages: number; grossWeightG: number; volumeCm3: number | null };
  marks: string | null;
  incoterm: FreightIncoterm;
  notes: string[];
};

/**
 * The shipping instructions of a freight shipment: shipper, consignee and notify party, the route
 * (places and ports, or airports by air), carrier and vessel/voyage or flight, every package line
 * with marks, description, count and kind, gross weight and volume, the totals, and the order's
 * Incoterm with its named place. `kindNames` gives each Rec. 21 package code its name.
 */
export function buildShippingInstructions(s: FreightShipmentData, incoterm: FreightIncoterm, kindNames: ReadonlyMap<string, string>, date: string): ShippingInstructions {
  const labels = transportLabels(s.mode);
  const documentTitle = DOCUMENT_TITLES[s.documentKind];
  const volumes = s.packages.map((p) => p.volumeCm3);
  const route = [
    ...(s.placeOfReceipt ? [{ label: 'Place of receipt', value: s.placeOfReceipt }] : []),
    { label: labels.loading, value: s.portOfLoading },
    { label: labels.discharge, value: s.portOfDischarge },
    ...(s.placeOfDelivery ? [{ label: 'Place of delivery', value: s.placeOfDelivery }] : []),
  ];
  const notes = [
    `Gross weight is the packages' weight with their packing, as declared line by line; the total is their sum${s.packages.length > 1 ? ' (within rounding)' : ''}.`,
    'Ports are UN/LOCODEs (airports: IATA codes).',
  ];
  if (s.notifyParty === null) notes.push('Notify party: same as consignee.');
  return {
    title: `Shipping instructions: ${documentTitle.toLowerCase()}`,
    documentTitle,
    documentKind: s.documentKind,
    documentNumber: s.documentNumber,
    shipmentId: s.id,
    orderNumber: s.orderNumber,
    status: s.status,
    date,
    mode: s.mode,
    carrier: s.carrier,
    voyage: { label: labels.voyage, value: s.voyage },
    shipper: s.shipper,
    consignee: s.consignee,
    notifyParty: s.notifyParty,
    route,
    packages: s.packages.map((p) => ({ ...p, kindName: kindNames.get(p.kind) ?? p.kind })),
    totals: { packages: packageCount(s.packages), grossWeightG: s.grossWeightG, volumeCm3: volumes.every((v) => v !== null) ? volumes.reduce<number>((a, v) => a + v!, 0) : null },
    marks: s.marks,
    incoterm,
    notes,
  };
}
