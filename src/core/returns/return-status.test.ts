import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkReturnAction, RETURN_ACTION_ALLOWED_IN, RETURN_STATUSES, type ReturnAction } from './return-status.js';

test('each action is allowed exactly in its statuses; a refusal names the status and the field', () => {
  const allowed: Array<[ReturnAction, string[]]> = [
    ['approve', ['requested']],
    ['reject', ['requested']],
    ['cancel', ['requested', 'approved', 'label_created']],
    ['move', ['label_created']],
    ['receive', ['approved', 'label_created', 'in_transit']],
    ['refund', ['received']],
  ];
  assert.deepEqual(Object.keys(RETURN_ACTION_ALLOWED_IN).sort(), allowed.map(([a]) => a).sort());
  for (const [action, statuses] of allowed) {
    for (const status of RETURN_STATUSES) {
      const r = checkReturnAction(status, action);
      assert.equal(r.ok, statuses.includes(status), `${action} in ${status}`);
      if (!r.ok) {
        assert.equal(r.code, 'RETURN_STATE_CONFLICT');
        assert.equal(r.field, 'status');
        assert.match(r.message, new RegExp(`^the return is ${status}; it cannot be `));
      }
    }
  }
  const r = checkReturnAction('received', 'approve');
  assert.equal(r.ok ? '' : r.message, 'the return is received; it cannot be approved (only a requested return is approved)');
});

test('final statuses take no action at all', () => {
  for (const status of ['refunded', 'rejected', 'cancelled'] as const) {
    for (const action of Object.keys(RETURN_ACTION_ALLOWED_IN) as ReturnAction[]) assert.equal(checkReturnAction(status, action).ok, false, `${action} in ${status}`);
  }
});
