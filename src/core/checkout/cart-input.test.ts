import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCartLine, parseCartPatch, parseCreateCart, parseLineQuantity } from './cart-input.js';

const fields = (r: { ok: boolean; details?: readonly { field: string }[] }) => (r.ok ? [] : (r.details ?? []).map((d) => d.field));
const address = { name: 'Ana Schmidt', lines: ['Invalidenstr. 1'], city: 'Berlin', postalCode: '10115', country: 'de' };

test('a cart starts with its market and optionally country, currency, locale, email, address and lines', () => {
  const r = parseCreateCart({ market: 'eu', country: 'de', currency: 'EUR', locale: 'de', email: 'Ana@Example.COM', address, lines: [{ sku: 'COF-ROB-250', quantity: 2 }] });
  assert.ok(r.ok);
  assert.equal(r.value.country, 'DE');
  assert.equal(r.value.email, 'Ana@example.com', 'the domain is case-insensitive, the local part is kept');
  assert.deepEqual(r.value.address, { name: 'Ana Schmidt', lines: ['Invalidenstr. 1'], city: 'Berlin', postalCode: '10115', region: null, country: 'DE', phone: null });
  assert.deepEqual(r.value.lines, [{ sku: 'COF-ROB-250', quantity: 2 }]);
  assert.ok(parseCreateCart({ market: 'us' }).ok);
});

test('every bad field of a new cart is named at once', () => {
  const r = parseCreateCart({
    market: 'EU!',
    country: 'XX',
    currency: 'EURO',
    locale: 'german language',
    email: 'not-an-email',
    address: { ...address, lines: [], country: 'ZZ', postalCode: 'ß', phone: 'call me' },
    lines: [{ sku: 'A B', quantity: 0 }, { sku: 'X', quantity: 1.5 }, { sku: 'X', quantity: 1 }, { sku: 'Y', quantity: '2' }, 'nope'],
    coupon: 'x',
  });
  assert.deepEqual(fields(r).sort(), [
    'address.country',
    'address.lines',
    'address.phone',
    'address.postalCode',
    'country',
    'coupon',
    'currency',
    'email',
    'lines[0].quantity',
    'lines[0].sku',
    'lines[1].quantity',
    'lines[3].quantity',
    'lines[4]',
    'locale',
    'market',
  ]);
  assert.equal(parseCreateCart([]).ok, false);
});

test('the same SKU twice in a new cart is refused: one line per SKU', () => {
  const r = parseCreateCart({ market: 'eu', lines: [{ sku: 'A', quantity: 1 }, { sku: 'A', quantity: 2 }] });
  assert.deepEqual(fields(r), ['lines[1].sku']);
});

test('a line is a SKU and 1 to 999 units; a new quantity may be 0 to remove it', () => {
  assert.deepEqual(parseCartLine({ sku: 'TEE-LAN-M', quantity: 3 }), { ok: true, value: { sku: 'TEE-LAN-M', quantity: 3 } });
  assert.deepEqual(fields(parseCartLine({ sku: 'TEE-LAN-M', quantity: 1000 })), ['quantity']);
  assert.deepEqual(fields(parseCartLine({ quantity: 1 })), ['sku']);
  assert.deepEqual(fields(parseCartLine('x')), ['body']);
  assert.deepEqual(fields(parseCartLine({ sku: 'TEE-LAN-M', quantity: 1, gift: true })), ['gift']);
  assert.deepEqual(parseLineQuantity({ quantity: 0 }), { ok: true, value: 0 });
  assert.deepEqual(fields(parseLineQuantity({ quantity: -1 })), ['quantity']);
  assert.deepEqual(fields(parseLineQuantity({ quantity: 2, sku: 'x' })), ['sku']);
});

test('a patch sets or clears fields; codes are upper-cased; an empty patch names nothing to change', () => {
  const r = parseCartPatch({ discountCode: ' welcome10 ', deliveryOption: null, email: 'b@example.org' });
  assert.deepEqual(r, { ok: true, value: { email: 'b@example.org', discountCode: 'WELCOME10', deliveryOption: null } });
  assert.deepEqual(parseCartPatch({ discountCode: null }), { ok: true, value: { discountCode: null } });
  assert.deepEqual(fields(parseCartPatch({})), ['body']);
  assert.deepEqual(fields(parseCartPatch({ discountCode: 'x', deliveryOption: 'NL VENLO', status: 'ordered' })).sort(), ['deliveryOption', 'discountCode', 'status']);
});
