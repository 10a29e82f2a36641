import { listImportRuns, toImportRunView } from '../../../services/data-import/list-import-runs.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

const runSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', examples: ['ecb', 'uk-tariff', 'us-hts', 'hs'] },
    source: { type: 'string' },
    sha256: { type: 'string' },
    byteSize: { type: 'integer' },
    options: { type: 'object', additionalProperties: { type: 'string' } },
    status: { type: 'string', enum: ['running', 'succeeded', 'failed'] },
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
    rowsRead: { type: 'integer' },
    written: { type: 'integer', description: 'inserted + updated + unchanged so far: with rowsRead - skipped - rejected, the progress of a running import' },
    inserted: { type: 'integer' },
    updated: { type: 'integer' },
    unchanged: { type: 'integer' },
    skipped: { type: 'integer' },
    rejected: { type: 'integer' },
    errors: { type: 'array', items: { type: 'object', properties: { line: { type: 'integer' }, field: { type: 'string' }, message: { type: 'string' } } } },
    failure: { type: ['string', 'null'] },
  },
} as const;

/**
 * Reference-data import runs for the admin (admin scope, read-only): what was imported from where
 * (path or URL, SHA-256), when, how far a running one has got (counts are committed with each
 * batch), and the first rejected rows with their line and field.
 */
export const importRunRoutes: RouteRegistrar = (app, deps) => {
  app.get<{ Querystring: { kind?: string; limit?: number } }>('/v1/admin/import-runs', {
    onRequest: requireScope(deps, 'admin', 'read_only'),
    schema: {
      tags: ['data'],
      summary: 'Import runs, newest first: source, status, counts, first rejected rows',
      security: bearerSecurity,
      querystring: { type: 'object', additionalProperties: false, properties: { kind: { type: 'string' }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 20 } } },
      response: { 200: { type: 'object', properties: { items: { type: 'array', items: runSchema } } }, ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const r = await listImportRuns(deps, { ...(request.query.kind !== undefined ? { kind: request.query.kind } : {}), limit: request.query.limit ?? 20 });
    return r.ok ? { items: r.value.map(toImportRunView) } : sendFailure(request, reply, r);
  });
};
