import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAdminPage } from '../../../web/admin/render-admin-page.js';
import type { RouteRegistrar } from '../../route.js';

/** Where `npm run build` puts the admin app (the same path from src/ and from dist/). */
export const DEFAULT_ADMIN_APP_DIR = fileURLToPath(new URL('../../../../dist/admin/', import.meta.url));

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The admin's pages load only their own scripts and styles and call only this server. */
const ADMIN_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/**
 * The admin single-page app under /admin: its hashed assets (cached for a year) and, for every
 * other path under /admin, its index.html (the app routes in the browser). Before the app is built,
 * /admin explains how to reach the admin API and how to build the app.
 */
export const adminApp =
  (options: { dir: string; publicUrl: string; storeName: () => Promise<string | undefined> }): RouteRegistrar =>
  (app) => {
    const assets = path.join(options.dir, 'assets');
    app.get<{ Params: { file: string } }>('/admin/assets/:file', { schema: { hide: true } }, async (request, reply) => {
      const file = request.params.file;
      const type = TYPES[path.extname(file)];
      if (!/^[A-Za-z0-9._-]+$/.test(file) || file.startsWith('.') || !type) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
      const bytes = await fs.readFile(path.join(assets, file)).catch(() => undefined);
      if (!bytes) return reply.code(404).type('text/plain; charset=utf-8').send('not found');
      return reply.headers({ ...ADMIN_HEADERS, 'cache-control': 'public, max-age=31536000, immutable' }).type(type).send(bytes);
    });
    const page = async (_request: unknown, reply: import('fastify').FastifyReply) => {
      const html = await fs.readFile(path.join(options.dir, 'index.html'), 'utf8').catch(() => undefined);
      reply.headers({ ...ADMIN_HEADERS, 'cache-control': 'no-cache' }).type('text/html; charset=utf-8');
      if (html) return reply.send(html);
      return reply.code(503).send(renderAdminPage({ storeName: await options.storeName(), publicUrl: options.publicUrl, notBuilt: true }));
    };
    app.get('/admin', { schema: { hide: true } }, page);
    app.get('/admin/*', { schema: { hide: true } }, page);
  };
