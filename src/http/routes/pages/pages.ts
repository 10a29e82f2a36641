import { loadCatalogs } from '../../../web/i18n/catalogs.js';
import type { RouteRegistrar } from '../../route.js';
import { loadStorefrontAssets, storefrontAssetRoutes } from './storefront-assets.js';
import { storefrontCartRoutes } from './storefront-cart-routes.js';
import { storefrontRoutes } from './storefront-routes.js';
import { storefrontReturnRoutes } from './storefront-return-routes.js';
import { storefrontContactRoutes } from './storefront-contact-routes.js';

/**
 * The server-rendered storefront (public; no API key): `/` and `/regions` send the buyer to their
 * market, the pages under /{language}-{country}/ (the cart, checkout, payment and confirmation
 * pages with their form posts among them), and the hashed stylesheet and script. Message
 * catalogs and assets are read once, here.
 */
export const getPages =
  (publicUrl: string): RouteRegistrar =>
  (app, deps) => {
    const assets = loadStorefrontAssets();
    storefrontAssetRoutes(assets)(app, deps);
    const catalogs = loadCatalogs();
    storefrontRoutes({ publicUrl, catalogs, assets })(app, deps);
    storefrontCartRoutes({ publicUrl, catalogs, assets })(app, deps);
    storefrontReturnRoutes({ publicUrl, catalogs, assets })(app, deps);
    storefrontContactRoutes({ publicUrl, catalogs, assets })(app, deps);
  };
