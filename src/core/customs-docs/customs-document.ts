import type { Ics2Predeclaration } from './build-ics2.js';
import type { InvoiceData } from './build-invoice.js';
import type { PackingSlip } from './build-packing-slip.js';
import type { PickList } from './build-pick-list.js';
import type { PostalDeclaration } from './build-postal-declaration.js';

/** A document built and ready to render (PDF) or send (JSON), with the file name to offer. */
export type BuiltDocument =
  | { kind: 'commercial-invoice' | 'proforma-invoice'; filename: string; invoices: InvoiceData[] }
  | { kind: 'cn22' | 'cn23'; filename: string; declaration: PostalDeclaration }
  | { kind: 'ics2'; filename: string; data: Ics2Predeclaration }
  | { kind: 'packing-slip'; filename: string; slip: PackingSlip }
  | { kind: 'pick-list'; filename: string; list: PickList };

export type DocumentKind = BuiltDocument['kind'];

/** The parcel documents, by the name routes and commands use. */
export const SHIPMENT_DOCUMENTS = ['cn22', 'cn23', 'ics2', 'packing-slip'] as const;
export type ShipmentDocumentKind = (typeof SHIPMENT_DOCUMENTS)[number];
