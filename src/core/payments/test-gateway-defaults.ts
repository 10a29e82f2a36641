/**
 * The built-in test gateway's default credentials. They are deliberately public, fixed and marked
 * "test": the gateway moves no real money, and anyone who can reach a server running with them can
 * create and complete test payments. A store that takes real orders uses a real provider; one that
 * exposes the test gateway beyond a laptop sets LANDFALL_TEST_GATEWAY_KEY and
 * LANDFALL_TEST_GATEWAY_WEBHOOK_SECRET to secret values.
 */
export const TEST_GATEWAY_DEFAULT_KEY = 'tg_test_landfall';
export const TEST_GATEWAY_DEFAULT_WEBHOOK_SECRET = 'tgwhsec_test_landfall';
/** Where the gateway's API lives under a Landfall server, and where it posts its events by default. */
export const TEST_GATEWAY_PATH = '/test-gateway/v1';
export const TEST_GATEWAY_WEBHOOK_PATH = '/v1/payments/webhooks/test';
