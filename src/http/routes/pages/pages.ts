import { renderHomePage } from '../../../web/storefront/render-home-page.js';
import type { RouteRegistrar } from '../../route.js';

/** Server-rendered pages: the storefront home. Public; no API key. */
export const getPages =
  (publicUrl: string): RouteRegistrar =>
  (app, deps) => {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      const store = await deps.store.get();
      const view = store ? { storeName: store.name, baseCurrency: store.baseCurrency, originCountry: store.originCountry } : undefined;
      return reply.type('text/html; charset=utf-8').send(renderHomePage(view));
    });
  };
