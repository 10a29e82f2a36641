import { loadCatalogs } from '../../../web/i18n/catalogs.js';
import type { RouteRegistrar } from '../../route.js';
import { loadStorefrontAssets, storefrontAssetRoutes } from './storefront-assets.js';
import { storefrontRoutes } from './storefront-routes.js';

/**
 * The server-rendered storefront (public; no API key): `/` and `/regions` send the buyer to their
 * market, the pages under /{language}-{country}/, and the hashed stylesheet and script. Message
 * catalogs and assets are read once, here.
 */
export const getPages =
  (publicUrl: string): RouteRegistrar =>
  (app, deps) => {
    const assets = loadStorefrontAssets();
    storefrontAssetRoutes(assets)(app, deps);
    storefrontRoutes({ publicUrl, catalogs: loadCatalogs(), assets })(app, deps);
  };
