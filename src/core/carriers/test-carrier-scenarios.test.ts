import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planScenario, TEST_CARRIER_SCENARIOS } from './test-carrier-scenarios.js';

test('a domestic parcel skips customs; a DAP parcel with duties due is held; other cross-border parcels are only released', () => {
  const statuses = (crossBorder: boolean, amountDue: number) => planScenario('delivered', { crossBorder, amountDue }).map((s) => s.status);
  assert.deepEqual(statuses(false, 500), ['picked_up', 'in_transit', 'out_for_delivery', 'delivered']);
  assert.deepEqual(statuses(true, 1234), ['picked_up', 'in_transit', 'customs_hold', 'customs_released', 'out_for_delivery', 'delivered']);
  assert.deepEqual(statuses(true, 0), ['picked_up', 'in_transit', 'customs_released', 'out_for_delivery', 'delivered']);
  assert.deepEqual(planScenario('returned', { crossBorder: false, amountDue: 0 }).map((s) => s.status), ['picked_up', 'in_transit', 'out_for_delivery', 'delivery_failed', 'returned_to_sender']);
});

test('every scenario moves forward in time and starts with the pickup', () => {
  for (const [name, steps] of Object.entries(TEST_CARRIER_SCENARIOS)) {
    assert.equal(steps[0]!.status, 'picked_up', name);
    for (let i = 1; i < steps.length; i++) assert.ok(steps[i]!.afterMinutes > steps[i - 1]!.afterMinutes, `${name} step ${i}`);
  }
});
