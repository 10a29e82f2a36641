export * from './api-keys.js';
export * from './store.js';
