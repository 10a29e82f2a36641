import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findSourceDir } from '../../../web/i18n/find-source-dir.js';
import type { RouteRegistrar } from '../../route.js';

/** One stylesheet or script: its hashed URL, its bytes, and the same gzipped. */
export type Asset = { url: string; type: string; body: Buffer; gzipped: Buffer };
export type StorefrontAssets = { css: Asset; js: Asset };

const PREFIX = '/storefront/assets/';

/**
 * The storefront's stylesheet and script (src/web/storefront/assets), read once at start. Their
 * URLs carry a hash of the content, so they are cached for a year and a new version is a new URL.
 */
export function loadStorefrontAssets(dir: string = findSourceDir(import.meta.url, 'web/storefront/assets', 'storefront.css')): StorefrontAssets {
  const load = (file: string, type: string): Asset => {
    const body = fs.readFileSync(path.join(dir, file));
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
    const ext = path.extname(file);
    return { url: `${PREFIX}${path.basename(file, ext)}.${hash}${ext}`, type, body, gzipped: gzipSync(body, { level: 9 }) };
  };
  return { css: load('storefront.css', 'text/css; charset=utf-8'), js: load('storefront.js', 'text/javascript; charset=utf-8') };
}

/** GET /storefront/assets/<name>.<hash>.<ext>: only the current files; gzip when the client takes it. */
export const storefrontAssetRoutes =
  (assets: StorefrontAssets): RouteRegistrar =>
  (app) => {
    const byUrl = new Map([assets.css, assets.js].map((a) => [a.url, a]));
    app.get<{ Params: { file: string } }>(`${PREFIX}:file`, { schema: { hide: true } }, async (request, reply) => {
      const asset = byUrl.get(`${PREFIX}${request.params.file}`);
      if (!asset) return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('not found');
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('x-content-type-options', 'nosniff')
        .header('vary', 'accept-encoding')
        .type(asset.type);
      if (gzip) reply.header('content-encoding', 'gzip');
      return reply.send(gzip ? asset.gzipped : asset.body);
    });
  };
