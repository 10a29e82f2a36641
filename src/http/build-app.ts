import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { LogLevel } from '../config/load-config.js';
import type { RateLimitSettings } from '../config/rate-limit-config.js';
import type { Deps } from '../services/deps.js';
import { handleError, problemSchema, sendProblem } from './errors.js';
import { registerOpenApi } from './openapi.js';
import { answerClientError, answerFrameworkError, MAX_HEADER_BYTES, MAX_PARAM_LENGTH, type RouteBodyLimits } from './security/body-limits.js';
import { registerSecurity } from './security/register-security.js';
import { auditLogRoutes } from './routes/audit/audit-log.js';
import type { RouteRegistrar } from './route.js';
import { postApiKey } from './routes/api-keys/create-api-key.js';
import { getApiKeys } from './routes/api-keys/list-api-keys.js';
import { deleteApiKey } from './routes/api-keys/revoke-api-key.js';
import { apiKeySchema } from './routes/api-keys/schemas.js';
import { getHealthz } from './routes/health/get-healthz.js';
import { getReadyz } from './routes/health/get-readyz.js';
import { adminApp, DEFAULT_ADMIN_APP_DIR } from './routes/pages/admin-app.js';
import { getPages } from './routes/pages/pages.js';
import { postProductArchive } from './routes/products/archive-product.js';
import { postProduct } from './routes/products/create-product.js';
import { getProductByIdOrHandle } from './routes/products/get-product.js';
import { getProducts } from './routes/products/list-products.js';
import { patchProduct } from './routes/products/update-product.js';
import { postCatalogImport } from './routes/products/import-products.js';
import { getStore } from './routes/store/get-store.js';
import { postQuote } from './routes/landed-cost/post-quote.js';
import { postQuoteBatch } from './routes/landed-cost/post-quote-batch.js';
import { moneySchema, quoteAnswerSchema, quoteRequestSchema } from './routes/landed-cost/schemas.js';
import { getRules } from './routes/rules/get-rules.js';
import { marketRoutes, marketSchema } from './routes/markets/markets.js';
import { storeProductRoutes } from './routes/store/products.js';
import { hsRoutes } from './routes/hs/hs.js';
import { warehouseRoutes } from './routes/inventory/warehouses.js';
import { getStockLevels } from './routes/inventory/stock-levels.js';
import { movementRoutes } from './routes/inventory/movements.js';
import { postShippingRates } from './routes/shipping/post-shipping-rates.js';
import { adminShippingRoutes } from './routes/shipping/admin-shipping.js';
import { webhookRoutes } from './routes/webhooks/webhooks.js';
import { getPaymentMethods } from './routes/payments/payment-methods.js';
import { paymentRoutes } from './routes/payments/payments.js';
import { providerWebhookRoutes } from './routes/payments/provider-webhooks.js';
import { testGatewayRoutes } from './routes/test-gateway/test-gateway.js';
import { cartRoutes } from './routes/checkout/carts.js';
import { orderRoutes } from './routes/checkout/orders.js';
import { getReportsDashboard } from './routes/reports/dashboard.js';
import { reportRoutes } from './routes/reports/index.js';
import { adminUserRoutes } from './routes/admin-users/admin-users.js';
import { importRunRoutes } from './routes/data-import/import-runs.js';
import { riskAssessmentRoutes } from './routes/risk/assessments.js';
import { adminRiskRoutes } from './routes/risk/admin-risk.js';
import { marketSelectionRoutes } from './routes/market-selection/market-selection.js';
import { screeningRoutes } from './routes/screening/screening.js';
import { registrationRoutes } from './routes/compliance/registrations.js';
import { restrictionRoutes } from './routes/compliance/restrictions.js';
import { documentRoutes } from './routes/documents/documents.js';
import { carrierRoutes } from './routes/carriers/carriers.js';
import { returnRoutes } from './routes/returns/returns.js';
import { freightRoutes } from './routes/freight/freight-shipments.js';
import { emailRoutes } from './routes/notifications/emails.js';
import { feedRoutes } from './routes/channels/feeds.js';
import { demoImageRoutes } from './routes/media/demo-images.js';
import { marketplaceOrderRoutes } from './routes/channels/marketplace-orders.js';
import { supportRoutes, type SupportRouteOptions } from './routes/support/support.js';
import { companyRoutes } from './routes/b2b/companies.js';
import { priceListRoutes } from './routes/b2b/price-lists.js';
import { quoteRoutes } from './routes/b2b/quotes.js';
import { quotePageRoutes } from './routes/b2b/quote-page.js';
import { storeBankAccountRoutes } from './routes/store/bank-account.js';
import { bankTransferRoutes } from './routes/b2b/bank-transfers.js';
import { receivablesRoute } from './routes/reports/receivables.js';

export type AppOptions = {
  /** pino level, or false for no logs (tests, benchmarks). */
  logLevel?: LogLevel | false;
  bodyLimitBytes?: number;
  trustProxy?: boolean;
  publicUrl?: string;
  /** The support inbox's inbound-mail webhook credentials (off without them). */
  support?: SupportRouteOptions;
  /** The built admin app (default: dist/admin of this package). */
  adminAppDir?: string;
  /** Rate limits per IP and per API key (security/rate-limit.ts); none unless given (`serve` gives the configured ones). */
  rateLimits?: RateLimitSettings | false;
  /** The routes whose body limit differs from bodyLimitBytes (security/body-limits.ts; defaults there). */
  routeBodyLimits?: Partial<RouteBodyLimits>;
};

/** A caller-supplied X-Request-Id is kept when it is short and plain; otherwise a UUID is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Build the Fastify application over its dependencies without listening: tests call `inject()`,
 * the `serve` command calls `listen()`.
 */
export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const logLevel = options.logLevel ?? 'info';
  const app = Fastify({
    logger: logLevel === false ? false : { level: logLevel, redact: ['req.headers.authorization'] },
    bodyLimit: options.bodyLimitBytes ?? 1_048_576,
    trustProxy: options.trustProxy ?? false,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    clientErrorHandler: answerClientError,
    frameworkErrors: (error, request, reply) => answerFrameworkError(error, request, reply, options.publicUrl ?? 'http://localhost:3000'),
  });

  // JSON is the only body this API reads; anything else is 415, not a string slipped past validation.
  app.removeContentTypeParser('text/plain');
  app.addSchema(problemSchema);
  app.addSchema(apiKeySchema);
  app.addSchema(moneySchema);
  app.addSchema(quoteRequestSchema);
  app.addSchema(quoteAnswerSchema);
  app.addSchema(marketSchema);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 404, 'ROUTE_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`),
  );

  // Headers, size limits, rate limits and the audit log attach to the routes registered after this.
  await registerSecurity(app, deps, { publicUrl: options.publicUrl ?? 'http://localhost:3000', bodyLimitBytes: options.bodyLimitBytes ?? 1_048_576, routeBodyLimits: options.routeBodyLimits, rateLimits: options.rateLimits });
  await registerOpenApi(app, deps.version);

  const routes: RouteRegistrar[] = [
    getHealthz,
    getReadyz,
    getStore,
    postApiKey,
    getApiKeys,
    deleteApiKey,
    postQuote,
    postQuoteBatch,
    getRules,
    postProduct,
    getProducts,
    getProductByIdOrHandle,
    patchProduct,
    postProductArchive,
    postCatalogImport,
    marketRoutes,
    storeProductRoutes,
    hsRoutes,
    warehouseRoutes,
    getStockLevels,
    movementRoutes,
    postShippingRates,
    adminShippingRoutes,
    webhookRoutes,
    getPaymentMethods,
    paymentRoutes,
    cartRoutes,
    orderRoutes,
    getReportsDashboard,
    reportRoutes,
    adminUserRoutes,
    importRunRoutes,
    riskAssessmentRoutes,
    adminRiskRoutes,
    marketSelectionRoutes,
    screeningRoutes,
    registrationRoutes,
    restrictionRoutes,
    documentRoutes,
    carrierRoutes,
    returnRoutes,
    freightRoutes,
    emailRoutes(options.publicUrl ?? 'http://localhost:3000'),
    feedRoutes(options.publicUrl ?? 'http://localhost:3000'),
    demoImageRoutes,
    marketplaceOrderRoutes,
    supportRoutes(options.support ?? {}),
    companyRoutes,
    priceListRoutes,
    quoteRoutes(options.publicUrl ?? 'http://localhost:3000'),
    quotePageRoutes,
    storeBankAccountRoutes,
    bankTransferRoutes,
    receivablesRoute,
    auditLogRoutes,
    providerWebhookRoutes,
    testGatewayRoutes,
    getPages(options.publicUrl ?? 'http://localhost:3000'),
    adminApp({ dir: options.adminAppDir ?? DEFAULT_ADMIN_APP_DIR, publicUrl: options.publicUrl ?? 'http://localhost:3000', storeName: async () => (await deps.store.get())?.name }),
  ];
  for (const register of routes) register(app, deps);
  return app;
}
