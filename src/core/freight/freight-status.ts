import { fail, ok, type Result } from '../result/result.js';
import { asObject, collect, optionalText, unknownFields } from './check-text.js';
import type { FreightDocumentKind } from './document-kinds.js';
import { checkDocumentNumber, checkVoyage } from './freight-input.js';
import type { TransportMode } from '../b2b/incoterms.js';

/** booked -> shipped -> arrived; a booking not yet shipped may be cancelled (goods on board are not unbooked). */
export const FREIGHT_STATUSES = ['booked', 'shipped', 'arrived', 'cancelled'] as const;
export type FreightStatus = (typeof FREIGHT_STATUSES)[number];

const NEXT: Readonly<Record<FreightStatus, readonly FreightStatus[]>> = {
  booked: ['shipped', 'cancelled'],
  shipped: ['arrived'],
  arrived: [],
  cancelled: [],
};

export type FreightPatch = { status?: FreightStatus; documentNumber?: string; carrier?: string | null; voyage?: string | null };

export type FreightCurrent = { status: string; mode: TransportMode; documentKind: FreightDocumentKind; documentNumber: string | null };

/**
 * Check a change to a freight shipment: `{ status?, documentNumber?, carrier?, voyage? }`.
 * Bad values are VALIDATION_FAILED naming the field; a status the shipment cannot move to from
 * where it is, or any change to an arrived or cancelled one, is FREIGHT_STATE_CONFLICT naming
 * `status`. Shipping needs the document's number (the carrier issues it when it takes the goods),
 * given now or before.
 */
export function parseFreightPatch(input: unknown, current: FreightCurrent): Result<FreightPatch, 'VALIDATION_FAILED' | 'FREIGHT_STATE_CONFLICT'> {
  const body = asObject(input);
  if (!body) return fail('VALIDATION_FAILED', 'the body must be a JSON object', { field: '' });
  const { issues, add } = collect();
  unknownFields(body, ['status', 'documentNumber', 'carrier', 'voyage'], '', add);
  const patch: FreightPatch = {};
  if (body.status !== undefined) {
    if (typeof body.status !== 'string' || !(FREIGHT_STATUSES as readonly string[]).includes(body.status)) add('status', `must be one of ${FREIGHT_STATUSES.join(', ')}`);
    else patch.status = body.status as FreightStatus;
  }
  if (body.documentNumber !== undefined) {
    const n = body.documentNumber === null ? null : checkDocumentNumber(body.documentNumber, current.documentKind, add);
    if (body.documentNumber === null) add('documentNumber', 'cannot be removed once known; give the corrected number');
    else if (n !== null) patch.documentNumber = n;
  }
  if (body.carrier !== undefined) patch.carrier = optionalText(body.carrier, 'carrier', 1, 100, add);
  if (body.voyage !== undefined) patch.voyage = checkVoyage(body.voyage, current.mode, add);
  if (Object.keys(body).length === 0) add('', 'give at least one of status, documentNumber, carrier, voyage');
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`.trim()).join('; '), { field: issues[0]!.field, details: issues });

  const from = current.status as FreightStatus;
  if (NEXT[from].length === 0) return fail('FREIGHT_STATE_CONFLICT', `the shipment is ${from}: it can no longer change`, { field: 'status' });
  if (patch.status !== undefined && patch.status !== from && !NEXT[from].includes(patch.status)) {
    return fail('FREIGHT_STATE_CONFLICT', `a ${from} shipment cannot become ${patch.status}; from ${from} it can become ${NEXT[from].join(' or ')}`, { field: 'status' });
  }
  if (patch.status === 'shipped' && from !== 'shipped' && !(patch.documentNumber ?? current.documentNumber)) {
    return fail('VALIDATION_FAILED', 'a shipment that has left travels under its transport document: give its documentNumber with the status', { field: 'documentNumber' });
  }
  return ok(patch);
}
