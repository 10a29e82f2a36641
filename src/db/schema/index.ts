// Conventions: snake_case columns mapped to camelCase; timestamps are timestamptz(3), stored to the
// millisecond so that they round-trip exactly through a JavaScript Date (keyset cursors rely on it).
export * from './admin-users.js';
export * from './api-keys.js';
export * from './store.js';
export * from './reference-data.js';
export * from './markets.js';
export * from './catalog.js';
export * from './hs-models.js';
export * from './inventory.js';
export * from './shipping.js';
export * from './events.js';
export * from './payments.js';
export * from './orders.js';
export * from './fulfillment.js';
export * from './risk.js';
export * from './market-selection.js';
export * from './compliance.js';
export * from './returns.js';
export * from './audit.js';
export * from './notifications.js';
export * from './support.js';
export * from './b2b.js';
