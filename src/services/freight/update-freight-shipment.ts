import type { FreightDocumentKind } from '../../core/freight/document-kinds.js';
import { parseFreightPatch } from '../../core/freight/freight-status.js';
import type { TransportMode } from '../../core/b2b/incoterms.js';
import { type Failure, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createFreightRepository } from '../../db/repositories/freight-repository.js';
import { findFreightShipment, freightRepository, viewOf, type FreightDeps, type FreightShipmentView } from './freight-support.js';

export type UpdateFreightFailure = 'FREIGHT_SHIPMENT_NOT_FOUND' | 'VALIDATION_FAILED' | 'FREIGHT_STATE_CONFLICT';

/**
 * Change a freight shipment (`PATCH /v1/admin/freight-shipments/{id}`): its status (booked ->
 * shipped -> arrived, or cancelled while booked), its document number once the carrier gives it,
 * carrier and voyage. Checked against the shipment as locked in the transaction that changes it,
 * so two changes at once cannot both pass from the same status; a refusal changes nothing.
 */
export async function updateFreightShipment(deps: FreightDeps, id: string, input: unknown): Promise<Result<FreightShipmentView, UpdateFreightFailure>> {
  const found = await findFreightShipment(deps, id);
  if (!found.ok) return found;
  const outcome = await deps.database.orm.transaction(async (tx): Promise<Failure<UpdateFreightFailure> | undefined> => {
    const repo = createFreightRepository(tx as unknown as Orm);
    const current = (await repo.lock(found.value.id))!;
    const patch = parseFreightPatch(input, { status: current.status, mode: current.mode as TransportMode, documentKind: current.documentKind as FreightDocumentKind, documentNumber: current.documentNumber });
    if (!patch.ok) return patch;
    await repo.update(current.id, patch.value, deps.clock());
    return undefined;
  });
  if (outcome) return outcome;
  return { ok: true, value: await viewOf(deps, (await freightRepository(deps).byId(found.value.id))!) };
}
