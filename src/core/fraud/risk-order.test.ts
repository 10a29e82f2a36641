import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isIpAddress, isLocalIpAddress, parseRiskOrder } from './risk-order.js';

test('IP addresses: v4, v6 with compression and an embedded v4; local ranges told apart', () => {
  for (const ok of ['91.64.12.3', '0.0.0.0', '2001:db8::1', '::1', '::ffff:10.0.0.1', 'fe80::1:2:3:4', '1:2:3:4:5:6:7:8']) assert.equal(isIpAddress(ok), true, ok);
  for (const bad of ['999.1.1.1', '1.2.3', '01.2.3.4', '1:2:3:4:5:6:7:8:9', '1::2::3', 'abc', '', '1.2.3.4.5', 'gggg::1']) assert.equal(isIpAddress(bad), false, bad);
  for (const local of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.1.1', '100.64.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:192.168.0.1']) assert.equal(isLocalIpAddress(local), true, local);
  for (const pub of ['91.64.12.3', '172.32.0.1', '100.128.0.1', '2001:db8::1', '8.8.8.8']) assert.equal(isLocalIpAddress(pub), false, pub);
});

test('what cannot be valued is refused with the field; every other bad value becomes a stated gap', () => {
  const refused = parseRiskOrder({ currency: 'EUR', total: '-1.00', items: [{ quantity: 1.5, unitPrice: '2' }] });
  assert.ok(!refused.ok);
  assert.deepEqual(refused.details?.map((d) => d.field), ['total', 'items[0].quantity']);
  const r = parseRiskOrder({ currency: 'eur', total: 12.5, ip: { address: '1.2.3.999', country: 'Germany' }, payment: { method: 'card', card: { bin: '41', issuerCountry: 'de' } }, device: { timezone: 'Not a zone!' }, extra: 1 });
  assert.ok(r.ok);
  assert.equal(r.value.order.totalMinor, 1250);
  assert.equal(r.value.order.currency, 'EUR');
  assert.equal(r.value.order.payment?.card?.issuerCountry, 'DE');
  const invalid = r.value.gaps.filter((g) => g.problem === 'invalid').map((g) => g.field);
  assert.deepEqual(invalid.sort(), ['device.timezone', 'extra', 'ip.address', 'ip.country', 'payment.card.bin']);
  assert.ok(!parseRiskOrder('order').ok);
  assert.ok(!parseRiskOrder({ total: '10.00' }).ok, 'an amount without a currency cannot be read');
});
