import { addBuyer } from '../../../services/b2b/companies/add-buyer.js';
import { createCompany } from '../../../services/b2b/companies/create-company.js';
import { getCompany } from '../../../services/b2b/companies/get-company.js';
import { listCompanies } from '../../../services/b2b/companies/list-companies.js';
import { removeBuyer } from '../../../services/b2b/companies/remove-buyer.js';
import { updateCompany } from '../../../services/b2b/companies/update-company.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { PAGE_QUERY, problemResponses, type RouteRegistrar } from '../../route.js';
import { objectBodyOnly } from '../../validate-in-core.js';
import { buyerInputSchema, buyerSchema, companyInputSchema, companySchema, companySummarySchema } from './companies-schemas.js';

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid' } } } as const;
const buyerParams = { type: 'object', required: ['id', 'buyerId'], properties: { id: { type: 'string', format: 'uuid' }, buyerId: { type: 'string', format: 'uuid' } } } as const;

/**
 * Distributor companies: list, create with buyers, read, change; buyers added and removed. Every
 * field is checked by the core (tax number by country, EORI, IBAN and BIC), which names bad fields.
 * See docs/distributors.md.
 */
export const companyRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const operator = requireScope(deps, 'admin', 'operator');
  const tags = ['distributors'];

  app.get<{ Querystring: Record<string, unknown> }>(
    '/v1/admin/companies',
    {
      onRequest: readOnly,
      schema: {
        tags,
        security: bearerSecurity,
        summary: 'Distributor companies, newest first (q: name, email, tax number or EORI contains)',
        querystring: { type: 'object', additionalProperties: false, properties: { ...PAGE_QUERY, q: { type: 'string', maxLength: 100 }, country: { type: 'string', maxLength: 2 }, status: { type: 'string' }, priceList: { type: 'string', maxLength: 40 } } },
        response: { 200: { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: companySummarySchema }, nextCursor: { type: ['string', 'null'] } } }, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const r = await listCompanies(deps, request.query);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.post<{ Body: unknown }>(
    '/v1/admin/companies',
    {
      onRequest: operator,
      validatorCompiler: objectBodyOnly,
      schema: { tags, security: bearerSecurity, summary: 'Create a distributor company with its buyers', body: companyInputSchema, response: { 201: companySchema, ...problemResponses(400, 401, 403, 409, 415) } },
    },
    async (request, reply) => {
      const r = await createCompany(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).header('location', `/v1/admin/companies/${r.value.id}`).send(r.value);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/admin/companies/:id',
    { onRequest: readOnly, schema: { tags, security: bearerSecurity, summary: 'A company with its buyers and bank details', params: idParams, response: { 200: companySchema, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const r = await getCompany(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.patch<{ Params: { id: string }; Body: unknown }>(
    '/v1/admin/companies/:id',
    {
      onRequest: operator,
      validatorCompiler: objectBodyOnly,
      schema: { tags, security: bearerSecurity, summary: 'Change a company (the fields given; null clears an optional one); checked whole', params: idParams, body: companyInputSchema, response: { 200: companySchema, ...problemResponses(400, 401, 403, 404, 415) } },
    },
    async (request, reply) => {
      const r = await updateCompany(deps, request.params.id, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return r.value;
    },
  );

  app.post<{ Params: { id: string }; Body: unknown }>(
    '/v1/admin/companies/:id/buyers',
    {
      onRequest: operator,
      validatorCompiler: objectBodyOnly,
      schema: { tags, security: bearerSecurity, summary: "Add a buyer to a company (an email no other buyer has)", params: idParams, body: buyerInputSchema, response: { 201: buyerSchema, ...problemResponses(400, 401, 403, 404, 409, 415) } },
    },
    async (request, reply) => {
      const r = await addBuyer(deps, request.params.id, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );

  app.delete<{ Params: { id: string; buyerId: string } }>(
    '/v1/admin/companies/:id/buyers/:buyerId',
    { onRequest: operator, schema: { tags, security: bearerSecurity, summary: 'Remove a buyer from a company', params: buyerParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      const r = await removeBuyer(deps, request.params.id, request.params.buyerId);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    },
  );
};
