import type { DocFreight } from '../../core/customs-docs/freight-section.js';
import type { Deps } from '../deps.js';
import { freightIncoterm, freightRepository, toFreightData } from './freight-support.js';

/**
 * The freight shipment an order's customs documents carry: its latest one not cancelled, with the
 * order's Incoterm and named place; null when the order goes by parcel.
 */
export async function freightForDocuments(deps: Pick<Deps, 'database'>, order: { id: string; incoterm: string; quoteId: string | null }): Promise<DocFreight | null> {
  const shipments = await freightRepository(deps).ofOrder(order.id);
  const current = shipments.filter((s) => s.status !== 'cancelled').at(-1);
  if (!current) return null;
  const data = toFreightData(current);
  return { ...data, incoterm: await freightIncoterm(deps, order, data) };
}
