import { addRegistration, listRegistrations, removeRegistration } from '../../../services/compliance/registrations.js';
import { thresholdReport } from '../../../services/compliance/thresholds.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const anyObject = { type: 'object', additionalProperties: true } as const;

/** The merchant's registrations, and what each market's law requires at which threshold against the store's running totals. */
export const registrationRoutes: RouteRegistrar = (app, deps) => {
  const readOnly = requireScope(deps, 'admin', 'read_only');
  const owner = requireScope(deps, 'admin', 'owner');
  const tags = ['compliance'];
  app.get('/v1/admin/registrations', { onRequest: readOnly, schema: { tags, summary: 'Registrations (EORI, IOSS, EU OSS, UK VAT, AU GST, NZ GST, NO VOEC, SG OVR, CH VAT, US state permits) with numbers and dates', security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } }, async () => ({ items: await listRegistrations(deps) }));
  app.post(
    '/v1/admin/registrations',
    { onRequest: owner, schema: { tags, summary: 'Add a registration: {scheme, number, region (US), validFrom, validTo, note}; the number is checked (format and check digit where the scheme has one)', security: bearerSecurity, body: anyObject, response: { 201: anyObject, ...problemResponses(400, 401, 403, 409) } } },
    async (request, reply) => {
      const r = await addRegistration(deps, request.body);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(201).send(r.value);
    },
  );
  app.delete<{ Params: { id: string } }>(
    '/v1/admin/registrations/:id',
    { onRequest: owner, schema: { tags, summary: 'Remove a registration', security: bearerSecurity, params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } }, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404) } } },
    async (request, reply) => {
      const r = await removeRegistration(deps, request.params.id);
      if (!r.ok) return sendFailure(request, reply, r);
      return reply.code(204).send();
    },
  );
  app.get(
    '/v1/admin/registrations/thresholds',
    { onRequest: readOnly, schema: { tags, summary: "For each market, what the law requires and at which threshold, against the running totals of the store's paid orders: registered, exceeded, approaching (from 80 %), below", security: bearerSecurity, response: { 200: anyObject, ...problemResponses(401, 403) } } },
    async () => thresholdReport(deps),
  );
};
