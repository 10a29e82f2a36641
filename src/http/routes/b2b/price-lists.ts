import { getPriceList, listPriceLists } from '../../../services/b2b/price-lists/get-price-list.js';
import { quoteWholesalePrice } from '../../../services/b2b/price-lists/price-for-quantity.js';
import { putPriceList } from '../../../services/b2b/price-lists/put-price-list.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';

const tierSchema = { type: 'object', required: ['minQuantity', 'unitPriceMinor'], properties: { minQuantity: { type: 'integer' }, unitPriceMinor: { type: 'integer', description: 'minor units of the list currency' } } } as const;
const itemInput = {
  type: 'object',
  required: ['sku', 'tiers'],
  properties: { sku: { type: 'string' }, minOrderQuantity: { type: 'integer', default: 1 }, orderMultiple: { type: 'integer', default: 1 }, tiers: { type: 'array', items: tierSchema, description: 'ascending minQuantity; the first at or below the MOQ' } },
} as const;
const itemSchema = { type: 'object', required: ['sku', 'variantId', 'minOrderQuantity', 'orderMultiple', 'tiers'], properties: { ...itemInput.properties, variantId: { type: 'string', format: 'uuid' } } } as const;
const summaryProperties = {
  code: { type: 'string' },
  name: { type: 'string' },
  currency: { type: 'string' },
  validFrom: { type: 'string', format: 'date' },
  validTo: { type: ['string', 'null'], format: 'date', description: 'exclusive; null: open-ended' },
  note: { type: ['string', 'null'] },
  itemCount: { type: 'integer' },
  createdAt: { type: 'string', format: 'date-time' },
  updatedAt: { type: 'string', format: 'date-time' },
} as const;
const summarySchema = { type: 'object', required: Object.keys(summaryProperties), properties: summaryProperties } as const;
const priceListSchema = { type: 'object', required: [...Object.keys(summaryProperties), 'items'], properties: { ...summaryProperties, items: { type: 'array', items: itemSchema } } } as const;
const codeParams = { type: 'object', required: ['code'], properties: { code: { type: 'string', maxLength: 64 } } } as const;

/** Wholesale price lists: quantity tiers, minimum order quantities and order multiples per SKU. See docs/distributors.md. */
export const priceListRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const tags = ['distributors'];

  app.get(
    '/v1/admin/price-lists',
    { onRequest: readOnly, schema: { tags, security: bearerSecurity, summary: 'Wholesale price lists with their number of items', response: { 200: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: summarySchema } } }, ...problemResponses(401, 403) } } },
    async () => ({ items: await listPriceLists(deps) }),
  );

  app.get<{ Params: { code: string } }>(
    '/v1/admin/price-lists/:code',
    { onRequest: readOnly, schema: { tags, security: bearerSecurity, summary: 'A wholesale price list with its items by SKU', params: codeParams, response: { 200: priceListSchema, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const r = await getPriceList(deps, request.params.code);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.put<{ Params: { code: string }; Body: unknown }>(
    '/v1/admin/price-lists/:code',
    {
      onRequest: operator,
      validatorCompiler: objectBodyOnly,
      schema: {
        tags,
        security: bearerSecurity,
        summary: 'Create or replace a wholesale price list whole (items not given leave it)',
        params: codeParams,
        body: { type: 'object', required: ['name', 'currency', 'validFrom', 'items'], properties: { name: { type: 'string' }, currency: { type: 'string' }, validFrom: { type: 'string', format: 'date' }, validTo: { type: ['string', 'null'], format: 'date' }, note: { type: ['string', 'null'] }, items: { type: 'array', items: itemInput } } },
        response: { 200: priceListSchema, 201: priceListSchema, ...problemResponses(400, 401, 403, 415) },
      },
    },
    async (request, reply) => {
      const r = await putPriceList(deps, request.params.code, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(r.value.created ? 201 : 200).send(r.value.priceList);
    },
  );

  app.get<{ Params: { code: string }; Querystring: { sku?: string; quantity?: string } }>(
    '/v1/admin/price-lists/:code/price',
    {
      onRequest: readOnly,
      schema: {
        tags,
        security: bearerSecurity,
        summary: 'The tier price of a quantity of a SKU, or why it cannot be ordered (below the MOQ, not a multiple)',
        params: codeParams,
        querystring: { type: 'object', additionalProperties: false, required: ['sku', 'quantity'], properties: { sku: { type: 'string', maxLength: 64 }, quantity: { type: 'string', maxLength: 12 } } },
        response: {
          200: {
            type: 'object',
            required: ['priceList', 'currency', 'sku', 'quantity', 'unitPriceMinor', 'lineMinor', 'tier', 'minOrderQuantity', 'orderMultiple', 'tiers', 'inEffect'],
            properties: {
              priceList: { type: 'string' },
              currency: { type: 'string' },
              sku: { type: 'string' },
              quantity: { type: 'integer' },
              unitPriceMinor: { type: 'integer' },
              lineMinor: { type: 'integer' },
              tier: tierSchema,
              minOrderQuantity: { type: 'integer' },
              orderMultiple: { type: 'integer' },
              tiers: { type: 'array', items: tierSchema },
              inEffect: { type: 'boolean', description: 'the list is valid today' },
            },
          },
          ...problemResponses(400, 401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const r = await quoteWholesalePrice(deps, request.params.code, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );
};
