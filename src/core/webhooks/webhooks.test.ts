import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateEndpointInput, wantsEvent } from './endpoint-input.js';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-schedule.js';

test('an endpoint: URL, description and event types are checked, each bad field named', () => {
  const good = validateEndpointInput({ url: 'https://hooks.example.com/landfall', description: ' ERP ', eventTypes: ['order.*', 'order.paid', 'order.*'] });
  assert.ok(good.ok);
  assert.deepEqual(good.value, { url: 'https://hooks.example.com/landfall', description: 'ERP', eventTypes: ['order.*', 'order.paid'] });
  const cases: Array<[unknown, string]> = [
    [{ url: 'ftp://x.example', eventTypes: ['*'] }, 'url'],
    [{ url: 'https://user:pw@x.example/', eventTypes: ['*'] }, 'url'],
    [{ url: 'https://x.example/#frag', eventTypes: ['*'] }, 'url'],
    [{ url: 'not a url', eventTypes: ['*'] }, 'url'],
    [{ url: 42, eventTypes: ['*'] }, 'url'],
    [{ url: 'https://x.example/', eventTypes: [] }, 'eventTypes'],
    [{ url: 'https://x.example/', eventTypes: ['Order.Paid'] }, 'eventTypes[0]'],
    [{ url: 'https://x.example/', eventTypes: ['*', 'order'] }, 'eventTypes[1]'],
    [{ url: 'https://x.example/', eventTypes: ['*'], description: 'x'.repeat(201) }, 'description'],
    [{ url: 'https://x.example/', eventTypes: ['*'], secret: 'mine' }, 'secret'],
    [null, 'url'],
  ];
  for (const [input, field] of cases) {
    const r = validateEndpointInput(input);
    assert.equal(r.ok, false, JSON.stringify(input));
    if (!r.ok) assert.ok(r.details?.some((d) => d.field === field), `${JSON.stringify(input)}: ${r.message}`);
  }
});

test('event type patterns', () => {
  assert.ok(wantsEvent(['*'], 'order.paid'));
  assert.ok(wantsEvent(['order.*'], 'order.paid'));
  assert.ok(wantsEvent(['order.*'], 'order.refund.created'));
  assert.ok(!wantsEvent(['order.*'], 'orders.paid'));
  assert.ok(wantsEvent(['product.updated'], 'product.updated'));
  assert.ok(!wantsEvent(['product.updated'], 'product.created'));
});

test('retries back off from 30 s, doubling, capped at 6 h, and stop after the last attempt', () => {
  assert.equal(retryDelayMs(1), 30_000);
  assert.equal(retryDelayMs(2), 60_000);
  assert.equal(retryDelayMs(5), 480_000);
  assert.equal(retryDelayMs(11), 6 * 3_600_000);
  assert.equal(retryDelayMs(MAX_DELIVERY_ATTEMPTS), undefined);
  let total = 0;
  for (let a = 1; a < MAX_DELIVERY_ATTEMPTS; a++) total += retryDelayMs(a)!;
  assert.ok(total > 20 * 3_600_000 && total < 30 * 3_600_000, `${total / 3_600_000} h`);
});
