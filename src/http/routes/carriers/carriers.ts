import type { RouteRegistrar } from '../../route.js';
import { carrierWebhookRoutes } from './carrier-webhooks.js';
import { labelRoutes } from './labels.js';
import { trackingRoutes } from './tracking.js';

/** Labels, carrier webhooks and tracking (docs/carriers.md). */
export const carrierRoutes: RouteRegistrar = (app, deps) => {
  labelRoutes(app, deps);
  carrierWebhookRoutes(app, deps);
  trackingRoutes(app, deps);
};
