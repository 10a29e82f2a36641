import { PassThrough } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { describeDryRun, prepareUploadedCatalog } from '../../../services/catalog/import/import-uploaded-catalog.js';
import type { CatalogFormat } from '../../../services/catalog/import/prepare-catalog-import.js';
import { DEFAULT_CATALOG_BATCH_SIZE, MAX_CATALOG_BATCH_SIZE, writeCatalogImport } from '../../../services/catalog/import/write-catalog-import.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { acceptFileBodies } from '../../file-bodies.js';
import { sendFailure, sendProblem } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';

type ImportQuery = { format?: CatalogFormat; dryRun?: boolean; name?: string; batchSize?: number };

const FORMAT_BY_MEDIA_TYPE: Readonly<Record<string, CatalogFormat>> = { 'text/csv': 'csv', 'application/json': 'json' };

const STREAM_DESCRIPTION = `The body is the file itself: \`text/csv\` (one row per variant, the columns of \`landfall catalog import --help\`) or \`application/json\` (an array of product bodies). The file is read and checked first: an unreadable file, or one in which no product is valid, is a 400 problem.

Otherwise the answer is 200 \`application/x-ndjson\`, one JSON object per line, sent as the import goes:
- \`{"type":"progress","done":N,"total":T}\` after each committed batch (products written so far, products to write);
- then \`{"type":"summary","dryRun":false,...}\` with products and variants inserted, updated and unchanged, rejected rows and products, and the first 100 problems with their line and field;
- or, when writing stops midway, \`{"type":"error","code":"IMPORT_FAILED","message":"...","done":N,"total":T}\`: committed batches stay, and importing the same file again finishes the job (products are upserted by handle, variants by SKU).

With \`dryRun=true\` nothing is written and the only line is \`{"type":"summary","dryRun":true,"valid":{"products":P,"variants":V},...}\`.`;

/**
 * Bulk catalog import for the admin: the uploaded file is prepared exactly as the CLI prepares a
 * file, then written in batches while progress is streamed as NDJSON. The CSV parser (and a JSON
 * parser that keeps the raw bytes) live in this route's own scope, so no other route reads CSV.
 */
export const postCatalogImport: RouteRegistrar = (app, deps) => {
  void app.register(async (scope) => {
    acceptFileBodies(scope, 'send the file as text/csv or application/json');

    scope.post<{ Querystring: ImportQuery }>(
      '/v1/admin/catalog/imports',
      {
        onRequest: requireScope(deps, 'admin', 'owner'),
        schema: {
          tags: ['catalog'],
          summary: 'Import products and variants from a CSV or JSON file, with progress streamed as NDJSON',
          description: STREAM_DESCRIPTION,
          security: bearerSecurity,
          querystring: {
            type: 'object',
            additionalProperties: false,
            properties: {
              format: { type: 'string', enum: ['csv', 'json'], description: 'must agree with the content type; default: from the content type' },
              dryRun: { type: 'boolean', default: false, description: 'read and check the file and say what would be imported; nothing is written' },
              name: { type: 'string', minLength: 1, maxLength: 255, description: 'the file name, for the summary' },
              batchSize: { type: 'integer', minimum: 1, maximum: MAX_CATALOG_BATCH_SIZE, default: DEFAULT_CATALOG_BATCH_SIZE, description: 'products per transaction' },
            },
          },
          response: {
            200: { description: 'progress lines, then a summary (or an error) line', content: { 'application/x-ndjson': { schema: { type: 'string' } } } },
            ...problemResponses(400, 401, 403, 413, 415),
          },
        },
      },
      async (request, reply) => {
        const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const sent = FORMAT_BY_MEDIA_TYPE[mediaType];
        if (sent === undefined) {
          // Only a request without a content type and without a body gets here; the parsers refuse the rest.
          return sendProblem(request, reply, 400, 'EMPTY_BODY', 'body is empty: send the file as text/csv or application/json', [{ field: 'body', message: 'is empty' }]);
        }
        const { format = sent, dryRun = false, name, batchSize = DEFAULT_CATALOG_BATCH_SIZE } = request.query;
        if (format !== sent) {
          return sendProblem(request, reply, 400, 'VALIDATION_FAILED', `format ${format} does not agree with content type ${mediaType}`, [{ field: 'format', message: `is ${format} but the content type is ${mediaType}` }]);
        }
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          return sendProblem(request, reply, 400, 'EMPTY_BODY', 'body is empty: send the catalog file as the body', [{ field: 'body', message: 'is empty' }]);
        }

        const prepared = await prepareUploadedCatalog(deps, { name: name ?? `upload.${format}`, bytes: new Uint8Array(body.buffer, body.byteOffset, body.length), format });
        if (!prepared.ok) return sendFailure(request, reply, prepared);

        const lines = new PassThrough();
        const emit = (line: Record<string, unknown>) => {
          // After the client has gone the stream is destroyed; the import itself stops at the next batch.
          if (!lines.destroyed) lines.write(`${JSON.stringify(line)}\n`);
        };
        void reply.code(200).type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(lines);
        if (dryRun) {
          emit({ type: 'summary', ...describeDryRun(prepared.value) });
          lines.end();
          return reply;
        }
        void streamImport(deps, prepared.value, batchSize, reply, emit).finally(() => lines.end());
        return reply;
      },
    );
  });
};

/** Write the prepared catalog, one progress line per committed batch, then the summary or the error. */
async function streamImport(
  deps: Parameters<typeof writeCatalogImport>[0],
  prepared: Parameters<typeof writeCatalogImport>[1],
  batchSize: number,
  reply: FastifyReply,
  emit: (line: Record<string, unknown>) => void,
): Promise<void> {
  // A client that goes away stops the import between batches; what was committed stays.
  const stop = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) stop.abort();
  });
  const total = prepared.products.length;
  let done = 0;
  try {
    const written = await writeCatalogImport(deps, prepared, {
      batchSize,
      signal: stop.signal,
      onProgress: (p) => {
        done = p.done;
        emit({ type: 'progress', done: p.done, total: p.total });
      },
    });
    if (written.ok) emit({ type: 'summary', dryRun: false, ...written.value });
    else emit({ type: 'error', code: written.code, message: written.message, done, total });
  } catch (error) {
    // The 200 is already sent: a bug can only be told on the stream (and in the log).
    reply.log.error({ err: error }, 'catalog import failed');
    emit({ type: 'error', code: 'INTERNAL', message: `the import stopped after ${done} of ${total} products; what was written is kept`, done, total });
  }
}
