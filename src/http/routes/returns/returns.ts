import type { RouteRegistrar } from '../../route.js';
import { adminReturnRoutes } from './admin-returns.js';
import { buyerReturnRoutes } from './buyer-returns.js';

/** Returns (docs/returns.md): the buyer's requests and the operator's steps. */
export const returnRoutes: RouteRegistrar = (app, deps) => {
  buyerReturnRoutes(app, deps);
  adminReturnRoutes(app, deps);
};
