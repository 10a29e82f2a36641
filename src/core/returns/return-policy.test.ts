import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_RETURN_POLICY, shippingDecision } from './return-policy.js';

test('the delivery goes back by the store policy: never, when the shop is at fault (the default), always; the rule is named', () => {
  assert.equal(DEFAULT_RETURN_POLICY.refundShipping, 'shop_at_fault');
  const cases = [
    ['never', ['damaged'], false],
    ['always', ['no_longer_needed'], true],
    ['shop_at_fault', ['size_or_fit', 'no_longer_needed'], false],
    ['shop_at_fault', ['size_or_fit', 'wrong_item'], true],
    ['shop_at_fault', ['arrived_late'], true],
    ['shop_at_fault', ['not_as_described'], true],
    ['shop_at_fault', ['other'], false],
  ] as const;
  for (const [policy, reasons, refund] of cases) {
    const d = shippingDecision({ refundShipping: policy }, reasons);
    assert.deepEqual([d.refund, d.rule], [refund, `return-policy.shipping.${policy}`], `${policy} ${reasons.join(',')}`);
  }
});
