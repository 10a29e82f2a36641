import type { CheckoutDeps } from '../checkout/checkout-deps.js';
import type { Deps } from '../deps.js';

/** What labels, carrier webhooks and tracking use: the order services' deps, the carriers and their records. */
export type CarrierDeps = CheckoutDeps & Pick<Deps, 'carriers' | 'fulfillment'>;
