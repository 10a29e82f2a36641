import type { TransportMode } from '../b2b/incoterms.js';
import { fail, ok, type Result } from '../result/result.js';

/**
 * The transport documents a freight shipment travels under, and which fit which mode: a bill of
 * lading or sea waybill by sea or inland waterway, an air waybill by air (Montreal Convention 1999,
 * art. 4), a CMR consignment note by road (CMR Convention 1956, art. 4), a CIM consignment note by
 * rail (COTIF Appendix B, art. 6), and a multimodal bill of lading when one carrier takes the goods
 * through several modes.
 */
export const FREIGHT_DOCUMENT_KINDS = ['bill_of_lading', 'sea_waybill', 'air_waybill', 'cmr', 'cim', 'multimodal_bill_of_lading'] as const;
export type FreightDocumentKind = (typeof FREIGHT_DOCUMENT_KINDS)[number];

/** The kinds each mode may use, the first being the one chosen when none is given. */
export const DOCUMENT_KINDS_BY_MODE: Readonly<Record<TransportMode, readonly FreightDocumentKind[]>> = {
  sea: ['bill_of_lading', 'sea_waybill'],
  inland_waterway: ['bill_of_lading', 'sea_waybill'],
  air: ['air_waybill'],
  road: ['cmr'],
  rail: ['cim'],
  multimodal: ['multimodal_bill_of_lading', 'bill_of_lading'],
};

/** What each document is called on the data sheet. */
export const DOCUMENT_TITLES: Readonly<Record<FreightDocumentKind, string>> = {
  bill_of_lading: 'Bill of lading',
  sea_waybill: 'Sea waybill',
  air_waybill: 'Air waybill',
  cmr: 'CMR consignment note',
  cim: 'CIM consignment note',
  multimodal_bill_of_lading: 'Multimodal bill of lading',
};

export function isFreightDocumentKind(value: unknown): value is FreightDocumentKind {
  return typeof value === 'string' && (FREIGHT_DOCUMENT_KINDS as readonly string[]).includes(value);
}

/**
 * The document kind for a mode: the one asked for when it fits, the mode's usual one when none is
 * asked for. A kind that does not fit is refused naming `documentKind` and the kinds that do.
 * @example documentKindFor('air', undefined)          // ok('air_waybill')
 * @example documentKindFor('air', 'bill_of_lading')   // VALIDATION_FAILED: by air the goods travel under an air waybill
 */
export function documentKindFor(mode: TransportMode, asked: FreightDocumentKind | undefined): Result<FreightDocumentKind, 'VALIDATION_FAILED'> {
  const fits = DOCUMENT_KINDS_BY_MODE[mode];
  if (asked === undefined) return ok(fits[0]!);
  if (fits.includes(asked)) return ok(asked);
  const names = fits.map((k) => `${DOCUMENT_TITLES[k].toLowerCase()} (${k})`).join(' or ');
  return fail('VALIDATION_FAILED', `a ${DOCUMENT_TITLES[asked].toLowerCase()} is not the document for goods going by ${mode.replace('_', ' ')}: use ${names}`, { field: 'documentKind' });
}
