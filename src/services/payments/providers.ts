import type { PaymentSettings } from './payment-settings.js';
import type { PaymentProvider } from './provider.js';
import { createTestGatewayProvider } from './test-gateway-provider.js';

/** The provider new payments go to. A real provider's adapter is added beside the test one. */
export const DEFAULT_PROVIDER = 'test';

/** The provider named `name` (as stored on a payment, or in a webhook URL), or undefined. */
export function paymentProvider(settings: PaymentSettings, name: string): PaymentProvider | undefined {
  return name === 'test' ? createTestGatewayProvider(settings.testGateway) : undefined;
}
