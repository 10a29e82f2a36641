import type { FastifyReply, FastifyRequest } from 'fastify';
import { createFeedCache } from '../../../services/channels/feeds/feed-cache.js';
import { getFeedReport } from '../../../services/channels/feeds/feed-report.js';
import { generateFeed } from '../../../services/channels/feeds/generate-feed.js';
import { bearerSecurity, requireScope } from '../../auth.js';
import { sendFailure } from '../../errors.js';
import { problemResponses, type RouteRegistrar } from '../../route.js';
import { feedLinks } from './feeds-links.js';

type Params = { market: string };
type Query = { country?: string; language?: string };

const params = { type: 'object', required: ['market'], properties: { market: { type: 'string', maxLength: 40 } } } as const;
const query = {
  type: 'object',
  additionalProperties: false,
  properties: {
    country: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'one of the market\'s countries (default its first): prices, tax and links for buyers there' },
    language: { type: 'string', maxLength: 35, description: 'one of the market\'s languages (default its first): titles, descriptions and links in it' },
  },
} as const;

/** The public feed files, one route per channel and format. */
const FILES = [
  { file: 'google.xml', channel: 'google', format: 'xml', summary: 'Google Merchant Center feed (RSS 2.0 with the g: namespace) of a market' },
  { file: 'google.tsv', channel: 'google', format: 'tsv', summary: 'Google Merchant Center feed (tab-separated) of a market' },
  { file: 'meta.csv', channel: 'meta', format: 'csv', summary: 'Meta (Facebook, Instagram) catalog feed (CSV) of a market' },
] as const;

/**
 * Product feeds per market at stable public URLs (`/feeds/{market}/google.xml`, `google.tsv`,
 * `meta.csv`) for the channels to fetch, and the admin report of what each holds and what was left
 * out. A feed is rebuilt when its sources changed (a fingerprint read per request), else served from
 * this process's memory; ETag (the same in every process for the same sources) answers
 * If-None-Match with 304, Last-Modified (when this process built it) If-Modified-Since.
 */
export const feedRoutes =
  (publicUrl: string): RouteRegistrar =>
  (app, deps) => {
    const cache = createFeedCache();
    const links = feedLinks(publicUrl);
    for (const f of FILES) {
      app.get<{ Params: Params; Querystring: Query }>(
        `/feeds/:market/${f.file}`,
        {
          schema: {
            tags: ['channels'],
            summary: f.summary,
            description: 'Every active variant that meets the channel\'s required attributes, in the market\'s first language and currency, priced as the storefront prices it (tax included where the channel requires it), with stock and shipping. Items left out are listed by GET /v1/admin/feeds/{market}.',
            params,
            querystring: query,
            response: { 200: { type: 'string' }, ...problemResponses(400, 404, 422) },
          },
        },
        async (request: FastifyRequest<{ Params: Params; Querystring: Query }>, reply: FastifyReply) => {
          const r = await generateFeed(deps, cache, links, { market: request.params.market, channel: f.channel, format: f.format, ...pick(request.query) });
          if (!r.ok) return sendFailure(request, reply, r);
          reply.header('etag', r.value.etag).header('last-modified', r.value.generatedAt.toUTCString()).header('cache-control', 'public, max-age=300');
          const match = request.headers['if-none-match'];
          if (typeof match === 'string') {
            if (match.split(',').some((t) => t.trim() === r.value.etag || t.trim() === `W/${r.value.etag}`)) return reply.code(304).send();
          } else {
            // RFC 9110 13.1.3: If-Modified-Since only without If-None-Match; HTTP dates have whole seconds.
            const since = Date.parse(String(request.headers['if-modified-since'] ?? ''));
            if (Number.isFinite(since) && Math.floor(r.value.generatedAt.getTime() / 1000) * 1000 <= since) return reply.code(304).send();
          }
          return reply.type(r.value.contentType).send(r.value.body);
        },
      );
    }

    app.get<{ Params: Params; Querystring: Query }>(
      '/v1/admin/feeds/:market',
      {
        onRequest: requireScope(deps, 'admin', 'read_only'),
        schema: {
          tags: ['channels'],
          summary: 'What each channel\'s feed of a market holds: item count, problems by product and field, URLs, when it was built',
          security: bearerSecurity,
          params,
          querystring: query,
          response: {
            200: {
              type: 'object',
              required: ['market', 'country', 'channels'],
              properties: {
                market: { type: 'string' },
                country: { type: 'string' },
                channels: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['channel', 'itemCount', 'problemCount', 'problems', 'urls', 'generatedAt'],
                    properties: {
                      channel: { type: 'string', enum: ['google', 'meta'] },
                      name: { type: 'string' },
                      locale: { type: 'string' },
                      currency: { type: 'string' },
                      taxIncluded: { type: 'boolean' },
                      fx: { type: 'object', additionalProperties: true, description: 'the ECB rate prices and shipping were converted with; stale when older than allowed' },
                      itemCount: { type: 'integer' },
                      problemCount: { type: 'integer' },
                      problems: {
                        type: 'array',
                        description: 'the first 1,000 problems',
                        items: { type: 'object', required: ['product', 'sku', 'field', 'message'], properties: { product: { type: 'string' }, sku: { type: 'string' }, field: { type: 'string' }, message: { type: 'string' } } },
                      },
                      urls: { type: 'array', items: { type: 'object', required: ['format', 'url'], properties: { format: { type: 'string' }, url: { type: 'string' } } } },
                      generatedAt: { type: 'string', format: 'date-time' },
                    },
                  },
                },
              },
            },
            ...problemResponses(400, 401, 403, 404, 422),
          },
        },
      },
      async (request, reply) => {
        const r = await getFeedReport(deps, cache, links, { market: request.params.market, ...pick(request.query) });
        if (!r.ok) return sendFailure(request, reply, r);
        return r.value;
      },
    );
  };

/** The country and language a request names, when it names them. */
function pick(q: Query): { country?: string; language?: string } {
  return { ...(q.country !== undefined ? { country: q.country } : {}), ...(q.language !== undefined ? { language: q.language } : {}) };
}
