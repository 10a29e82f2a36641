import { createDemoImages } from '../../../services/media/demo-images.js';
import { sendFailure } from '../../errors.js';
import type { RouteRegistrar } from '../../route.js';

type Params = { handle: string };

/**
 * GET /media/demo/{handle}.png: the demo catalog's product images, public. Each is drawn once per
 * process and kept in memory; the ETag is a hash of the bytes (the same in every process), so
 * If-None-Match answers 304, and browsers and channel crawlers may keep it a day. An unknown handle
 * is a 404 problem naming `handle`.
 */
export const demoImageRoutes: RouteRegistrar = (app) => {
  const images = createDemoImages();
  app.get<{ Params: Params }>('/media/demo/:handle.png', { schema: { hide: true } }, async (request, reply) => {
    const r = images.get(request.params.handle);
    if (!r.ok) return sendFailure(request, reply, r);
    reply.header('etag', r.value.etag).header('cache-control', 'public, max-age=86400').header('x-content-type-options', 'nosniff');
    const match = request.headers['if-none-match'];
    if (typeof match === 'string' && match.split(',').some((t) => { const tag = t.trim(); return tag === '*' || tag === r.value.etag || tag === `W/${r.value.etag}`; })) return reply.code(304).send();
    return reply.type(r.value.contentType).send(r.value.body);
  });
};
