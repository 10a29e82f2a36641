/**
 * Bounds of inventory input, shared by validation, the services and their tests. Stock counts are
 * PostgreSQL `integer` columns, so every quantity and total stays far below 2^31.
 */
export const INVENTORY_LIMITS = {
  /** Largest quantity of one movement or one reservation line, either sign. */
  maxQuantity: 1_000_000,
  /** Largest on-hand count a stock level may reach (receipts beyond it are refused). */
  maxOnHand: 1_000_000_000,
  /** Longest reason text of a movement, in characters. */
  maxReason: 500,
  /** Longest reference of a movement, a reservation or an order, in characters. */
  maxReference: 100,
  /** Most lines in one reservation. */
  maxReservationLines: 200,
  /** Shortest and longest hold of a reservation, in seconds (1 minute to 24 hours). */
  minTtlSeconds: 60,
  maxTtlSeconds: 86_400,
} as const;

/** Warehouse codes, market ids: lowercase letters, digits and dashes, starting with a letter or digit. */
export const CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** SKUs as the catalog stores them. */
export const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** Variant ids (UUIDs, any case; compared in lowercase). */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * A checkout or order reference: a cart id, an order number. Printable ASCII without spaces, so it
 * can sit in a URL, a log line and a movement's reference alike.
 */
export const REFERENCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,99}$/;

/** Kinds of movement an operator records; `sale` is written only by converting a reservation. */
export const MANUAL_MOVEMENT_KINDS = ['receipt', 'adjustment', 'return'] as const;
export type ManualMovementKind = (typeof MANUAL_MOVEMENT_KINDS)[number];
export type MovementKind = ManualMovementKind | 'sale';
