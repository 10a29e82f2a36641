import { importMarketplaceOrders } from '../../../services/channels/marketplace-orders/import-marketplace-orders.js';
import { MARKETPLACE_CHANNELS } from '../../../services/channels/marketplace-orders/marketplace-channels.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { acceptFileBodies } from '../../file-bodies.js';
import { sendFailure, sendProblem } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const refusalSchema = {
  type: 'object',
  properties: {
    line: { type: 'integer', description: 'the line of the file where the order (or the item at fault) is written' },
    orderId: { type: ['string', 'null'], description: "the marketplace's order id, when it could be read" },
    field: { type: 'string', description: "the marketplace's field at fault: OrderItems[1].SellerSKU, Custom Label, ShippingAddress.CountryCode, ..." },
    code: { type: 'string', examples: ['UNKNOWN_SKU', 'INSUFFICIENT_STOCK', 'UNKNOWN_COUNTRY', 'INVALID_AMOUNT', 'TOTAL_MISMATCH', 'ORDER_NOT_IMPORTABLE'] },
    message: { type: 'string' },
  },
} as const;

const answerSchema = {
  type: 'object',
  properties: {
    channel: { type: 'string' },
    imported: { type: 'integer' },
    skipped: { type: 'integer', description: 'orders imported before (same channel and marketplace order id): left unchanged' },
    refused: { type: 'array', items: refusalSchema },
    ignored: { type: 'integer', description: "records that are no orders (the report's trailer, blank rows)" },
    orders: { type: 'array', items: { type: 'object', properties: { channelOrderId: { type: 'string' }, number: { type: 'string' }, outcome: { type: 'string', enum: ['imported', 'skipped'] } } } },
  },
} as const;

const MEDIA_TYPES: Readonly<Record<string, string>> = { amazon: 'application/json', ebay: 'text/csv' };

/**
 * Marketplace orders into the order pipeline (operator): the body is the marketplace's export as
 * downloaded, `text/csv` (eBay's Orders report) or `application/json` (Amazon Selling Partner API
 * orders). The body is read as bytes in this route's own scope (so the parsers report the file's
 * own lines) and limited by the app's body limit. Each order is imported in its own transaction.
 */
export const marketplaceOrderRoutes: RouteRegistrar = (app, deps) => {
  void app.register(async (scope) => {
    acceptFileBodies(scope, 'send the export as text/csv (eBay) or application/json (Amazon)');

    scope.post<{ Querystring: { channel: string } }>(
      '/v1/admin/channel-orders/import',
      {
        onRequest: requireScope(deps, 'admin', 'operator'),
        schema: {
          tags: ['orders'],
          summary: "Import a marketplace's orders (Amazon JSON, eBay CSV) into the order pipeline",
          description:
            "The body is the export itself: `application/json` for `channel=amazon` (getOrders' `payload.Orders[]`, each order with getOrderItems' `OrderItems[]`), `text/csv` for `channel=ebay` (Seller Hub Orders report). Every order becomes a paid order of that sales channel: SKUs matched to variants, the market from the ship-to country, stock taken from the warehouse the checkout's routing picks, parcels planned, `order.created` and `order.paid` written to the outbox; no buyer email. Orders imported before are skipped; a bad order is refused with its line, id and field while the others import. Amounts are the marketplace's; tax the marketplace collected as deemed supplier is kept out of the store's tax returns.",
          security: bearerSecurity,
          querystring: { type: 'object', required: ['channel'], additionalProperties: false, properties: { channel: { type: 'string', enum: [...MARKETPLACE_CHANNELS], description: 'the marketplace the export comes from' } } },
          response: { 200: answerSchema, ...problemResponses(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const channel = request.query.channel;
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          return sendProblem(request, reply, 400, 'EMPTY_BODY', "body is empty: send the marketplace's export as the body", [{ field: 'body', message: 'is empty' }]);
        }
        if (MEDIA_TYPES[channel] !== mediaType) {
          return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `${channel} exports are ${MEDIA_TYPES[channel]}, not ${mediaType}`, [{ field: 'content-type', message: `must be ${MEDIA_TYPES[channel]} for channel ${channel}` }]);
        }
        const done = await importMarketplaceOrders(deps, { channel, bytes: new Uint8Array(body.buffer, body.byteOffset, body.length) });
        if (!done.ok) return sendFailure(request, reply, done);
        return reply.header('cache-control', 'no-store').send(done.value);
      },
    );
  });
};
