import { DOCUMENT_TITLES } from '../freight/document-kinds.js';
import type { FreightPackageData } from '../freight/freight-input.js';
import type { FreightPartyData } from '../freight/freight-party.js';
import { packageCount, transportLabels, type FreightIncoterm, type FreightShipmentData } from '../freight/freight-shipment.js';
import type { Party } from './document-input.js';

/** An order's freight shipment as its customs documents carry it, with the order's Incoterm and named place. */
export type DocFreight = FreightShipmentData & { incoterm: FreightIncoterm };

/** The transport section of an invoice for goods going as freight under a bill of lading, air waybill or consignment note. */
export type InvoiceFreight = {
  mode: FreightShipmentData['mode'];
  documentKind: FreightShipmentData['documentKind'];
  documentTitle: string;
  documentNumber: string | null;
  carrier: string | null;
  voyage: { label: string; value: string | null };
  route: Array<{ label: string; value: string }>;
  notifyParty: Party | null;
  packages: FreightPackageData[];
  packageCount: number;
  grossWeightG: number;
  marks: string | null;
};

/** A transport document party as the customs documents name parties (its contact as email when it is one). */
export function freightDocParty(p: FreightPartyData): Party {
  const a = p.address;
  return { name: p.name, address: { lines: a.lines, city: a.city, postalCode: a.postalCode, region: a.region, country: a.country }, email: p.contact && /^[^\s@]+@[^\s@]+$/.test(p.contact) ? p.contact : null, phone: a.phone };
}

/** The invoice's transport section from the freight shipment: mode, document and number, route, notify party, packages, marks, gross weight. */
export function invoiceFreight(f: DocFreight): InvoiceFreight {
  const labels = transportLabels(f.mode);
  return {
    mode: f.mode,
    documentKind: f.documentKind,
    documentTitle: DOCUMENT_TITLES[f.documentKind],
    documentNumber: f.documentNumber,
    carrier: f.carrier,
    voyage: { label: labels.voyage, value: f.voyage },
    route: [
      ...(f.placeOfReceipt ? [{ label: 'Place of receipt', value: f.placeOfReceipt }] : []),
      { label: labels.loading, value: f.portOfLoading },
      { label: labels.discharge, value: f.portOfDischarge },
      ...(f.placeOfDelivery ? [{ label: 'Place of delivery', value: f.placeOfDelivery }] : []),
    ],
    notifyParty: f.notifyParty ? freightDocParty(f.notifyParty) : null,
    packages: f.packages,
    packageCount: packageCount(f.packages),
    grossWeightG: f.grossWeightG,
    marks: f.marks,
  };
}
