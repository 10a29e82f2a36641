import type { MovementRecord, ReservationRecord, StockLevelRecord } from '../../db/repositories/inventory-repository.js';
import type { WarehouseRow } from '../../db/repositories/warehouse-repository.js';
import type { Deps } from '../deps.js';

/** What inventory services need from Deps. */
export type InventoryDeps = Pick<Deps, 'inventory' | 'warehouses' | 'markets' | 'clock' | 'reservationTtlMinutes'>;

export type WarehouseView = {
  code: string;
  name: string;
  country: string;
  address: { lines: string[]; city: string; postalCode: string; region?: string };
  markets: string[];
  active: boolean;
  position: number;
  createdAt: string;
  updatedAt: string;
};

export type StockLevelView = { sku: string; variantId: string; warehouse: string; onHand: number; reserved: number; available: number; updatedAt: string };

export type MovementView = {
  id: string;
  sku: string;
  variantId: string | null;
  warehouse: string;
  kind: MovementRecord['kind'];
  quantity: number;
  onHandAfter: number;
  reason: string | null;
  reference: string | null;
  createdAt: string;
};

export type ReservationView = {
  id: string;
  reference: string;
  status: ReservationRecord['status'];
  expiresAt: string;
  createdAt: string;
  endedAt: string | null;
  lines: Array<{ sku: string; variantId: string; warehouse: string; quantity: number }>;
};

export function toWarehouseView(w: WarehouseRow): WarehouseView {
  const { lines, city, postalCode, region } = w.address;
  return {
    code: w.code,
    name: w.name,
    country: w.country,
    address: { lines: [...lines], city, postalCode, ...(region ? { region } : {}) },
    markets: [...w.markets],
    active: w.active,
    position: w.position,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

export function toStockLevelView(l: StockLevelRecord): StockLevelView {
  return { sku: l.sku, variantId: l.variantId, warehouse: l.warehouseCode, onHand: l.onHand, reserved: l.reserved, available: l.available, updatedAt: l.updatedAt.toISOString() };
}

export function toMovementView(m: MovementRecord): MovementView {
  return {
    id: m.id,
    sku: m.sku,
    variantId: m.variantId,
    warehouse: m.warehouseCode,
    kind: m.kind,
    quantity: m.quantity,
    onHandAfter: m.onHandAfter,
    reason: m.reason,
    reference: m.reference,
    createdAt: m.createdAt.toISOString(),
  };
}

export function toReservationView(r: ReservationRecord): ReservationView {
  return {
    id: r.id,
    reference: r.reference,
    status: r.status,
    expiresAt: r.expiresAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    endedAt: r.endedAt ? r.endedAt.toISOString() : null,
    lines: r.lines.map((l) => ({ sku: l.sku, variantId: l.variantId, warehouse: l.warehouseCode, quantity: l.quantity })),
  };
}
