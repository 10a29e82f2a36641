import type { RouteRegistrar } from '../../route.js';
import { currencyExposureRoute } from './currency-exposure.js';
import { dutiesReconciliationRoute } from './duties-reconciliation.js';
import { dutyInvoiceRoutes } from './duty-invoices.js';
import { salesOrdersRoute } from './sales-orders.js';
import { taxReturnRoutes } from './tax-returns.js';

/** The reports besides the dashboard: tax returns, currency exposure, duties reconciliation, the orders behind sales, carrier duty invoices. */
export const reportRoutes: RouteRegistrar = (app, deps) => {
  for (const register of [taxReturnRoutes, currencyExposureRoute, dutiesReconciliationRoute, salesOrdersRoute, dutyInvoiceRoutes]) register(app, deps);
};
