import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IDEMPOTENT_OPERATIONS } from '../../packages/sdk/src/index.js';
import { renderSdkFiles, staleFiles } from '../../scripts/generate-sdk.js';

test('the SDK\'s generated files match the OpenAPI document of the current code', async () => {
  const files = await renderSdkFiles();
  assert.deepEqual(Object.keys(files).sort(), ['packages/sdk/openapi.json', 'packages/sdk/src/generated/api.ts', 'packages/sdk/src/generated/idempotency.ts']);
  const stale = staleFiles(files);
  assert.deepEqual(stale, [], `the HTTP API changed since the SDK was generated: run \`npm run sdk:generate\` and commit ${stale.join(', ')}`);
});

test('the routes that move money or place orders are known to take an Idempotency-Key', () => {
  assert.equal(IDEMPOTENT_OPERATIONS['POST /v1/payments'], 'optional');
  assert.equal(IDEMPOTENT_OPERATIONS['POST /v1/payments/{id}/refunds'], 'required');
  assert.equal(IDEMPOTENT_OPERATIONS['POST /v1/carts/{id}/checkout'], 'optional');
  assert.equal(IDEMPOTENT_OPERATIONS['POST /v1/admin/orders/{number}/refunds'], 'required');
  assert.equal(IDEMPOTENT_OPERATIONS['POST /v1/landed-cost/quotes'], undefined);
});
