import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { addressIn, cartState, checkout, createCart, fields, placePaidOrder, readyCart, said, startCheckoutServer, type Answer, type CheckoutServer } from './support.js';

describeWithDatabases('checkout: bad input is refused, naming the field, and changes nothing', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
  });
  after(() => s.close());

  const refused = (r: Answer, status: number, code: string, named: string[]) => {
    assert.equal(r.status, status, said(r));
    assert.equal(r.body.code, code, said(r));
    assert.equal(r.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.deepEqual(fields(r), named, said(r));
  };
  /** The stored cart, the stock of its SKUs and the order count: what a refused request must leave alone. */
  const world = async (cartId: string, skus: string[]) => ({
    cart: await cartState(s, cartId),
    stock: await Promise.all(skus.map((sku) => s.levels(sku))),
    orders: await s.orderCount(),
    carts: await s.cartCount(),
  });

  test('an unknown SKU is 422 VARIANT_NOT_FOUND naming sku (or lines[i].sku when the cart is created)', async () => {
    const carts = await s.cartCount();
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', country: 'DE', lines: [{ sku: 'TEE-LAN-M', quantity: 1 }, { sku: 'NO-SUCH-SKU', quantity: 1 }] } }), 422, 'VARIANT_NOT_FOUND', ['lines[1].sku']);
    assert.equal(await s.cartCount(), carts, 'no cart was created');

    const c = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'TEE-LAN-L', quantity: 1 }] });
    const before = await world(c.id, ['TEE-LAN-L']);
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'NO-SUCH-SKU', quantity: 1 } }), 422, 'VARIANT_NOT_FOUND', ['sku']);
    refused(await s.call('PUT', `/v1/carts/${c.id}/lines/NO-SUCH-SKU`, { body: { quantity: 2 } }), 422, 'VARIANT_NOT_FOUND', ['sku']);
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'bad sku!', quantity: 1 } }), 400, 'VALIDATION_FAILED', ['sku']);
    assert.deepEqual(await world(c.id, ['TEE-LAN-L']), before);
  });

  test('a quantity above what one warehouse serving the market has is 409 INSUFFICIENT_STOCK naming quantity', async () => {
    // TEE-LAN-L: Hội An 100, Venlo 30 (New Jersey does not serve the EU market).
    const carts = await s.cartCount();
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', country: 'DE', lines: [{ sku: 'TEE-LAN-L', quantity: 101 }] } }), 409, 'INSUFFICIENT_STOCK', ['lines[0].quantity']);
    assert.equal(await s.cartCount(), carts);

    const c = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'TEE-LAN-L', quantity: 90 }] });
    const before = await world(c.id, ['TEE-LAN-L']);
    const added = await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'TEE-LAN-L', quantity: 11 } });
    refused(added, 409, 'INSUFFICIENT_STOCK', ['quantity']);
    assert.match(added.body.detail, /only 100 of TEE-LAN-L/);
    refused(await s.call('PUT', `/v1/carts/${c.id}/lines/TEE-LAN-L`, { body: { quantity: 101 } }), 409, 'INSUFFICIENT_STOCK', ['quantity']);
    // The tea set is stocked in Hội An only (18 units).
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'CER-TEA-LOT', quantity: 19 } }), 409, 'INSUFFICIENT_STOCK', ['quantity']);
    assert.deepEqual(await world(c.id, ['TEE-LAN-L']), before);
  });

  test('a quantity that is not a whole number from 1 to 999 is 400 naming quantity', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'TEE-EVD-M-NAT', quantity: 1 }] });
    const before = await world(c.id, ['TEE-EVD-M-NAT']);
    for (const quantity of [0, 1000, 1.5, '2', -1, null]) {
      refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'TEE-EVD-M-NAT', quantity } }), 400, 'VALIDATION_FAILED', ['quantity']);
    }
    for (const quantity of [1000, 1.5, '2', -1]) {
      refused(await s.call('PUT', `/v1/carts/${c.id}/lines/TEE-EVD-M-NAT`, { body: { quantity } }), 400, 'VALIDATION_FAILED', ['quantity']);
    }
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'TEE-EVD-M-NAT' } }), 400, 'VALIDATION_FAILED', ['quantity']);
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', lines: [{ sku: 'TEE-EVD-M-NAT', quantity: 0 }] } }), 400, 'VALIDATION_FAILED', ['lines[0].quantity']);
    assert.deepEqual(await world(c.id, ['TEE-EVD-M-NAT']), before);
  });

  test('a currency that is not the market\'s is 422 CURRENCY_MISMATCH; a market that does not exist is 404; both create nothing', async () => {
    const carts = await s.cartCount();
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', country: 'DE', currency: 'USD' } }), 422, 'CURRENCY_MISMATCH', ['currency']);
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', currency: 'EURO' } }), 400, 'VALIDATION_FAILED', ['currency']);
    refused(await s.call('POST', '/v1/carts', { body: { market: 'mars' } }), 404, 'MARKET_NOT_FOUND', ['market']);
    refused(await s.call('POST', '/v1/carts', { body: {} }), 400, 'VALIDATION_FAILED', ['market']);
    assert.equal(await s.cartCount(), carts);
    const ok = await s.call('POST', '/v1/carts', { body: { market: 'eu', currency: 'EUR' } });
    assert.equal(ok.status, 201, 'the market\'s own currency is fine');
  });

  test('an address (or country) the market does not sell to is 400 naming address.country', async () => {
    const carts = await s.cartCount();
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', address: addressIn('US') } }), 400, 'VALIDATION_FAILED', ['address.country']);
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', country: 'US' } }), 400, 'VALIDATION_FAILED', ['country']);
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', address: { ...addressIn('DE'), country: 'XX' } } }), 400, 'VALIDATION_FAILED', ['address.country']);
    assert.equal(await s.cartCount(), carts);

    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-EVD-L-NAT', quantity: 1 }]);
    const before = await world(c.id, ['TEE-EVD-L-NAT']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { address: addressIn('JP') } }), 400, 'VALIDATION_FAILED', ['address.country']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { address: { ...addressIn('DE'), lines: [] } } }), 400, 'VALIDATION_FAILED', ['address.lines']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { email: 'not-an-email' } }), 400, 'VALIDATION_FAILED', ['email']);
    assert.deepEqual(await world(c.id, ['TEE-EVD-L-NAT']), before);
  });

  test('fields a request does not have are refused by name, not ignored', async () => {
    const carts = await s.cartCount();
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', colour: 'red' } }), 400, 'VALIDATION_FAILED', ['colour']);
    refused(await s.call('POST', '/v1/carts', { body: { market: 'eu', address: { ...addressIn('DE'), floor: 3 } } }), 400, 'VALIDATION_FAILED', ['address.floor']);
    assert.equal(await s.cartCount(), carts);

    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-EVD-M-IND', quantity: 1 }]);
    const before = await world(c.id, ['TEE-EVD-M-IND']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { nickname: 'Ana' } }), 400, 'VALIDATION_FAILED', ['nickname']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: {} }), 400, 'VALIDATION_FAILED', ['body']);
    refused(await s.call('PUT', `/v1/carts/${c.id}/lines/TEE-EVD-M-IND`, { body: { quantity: 2, note: 'x' } }), 400, 'VALIDATION_FAILED', ['note']);
    refused(await checkout(s, c.id, { payment: { method: 'card' }, coupon: 'FREE' }), 400, 'VALIDATION_FAILED', ['coupon']);
    refused(await checkout(s, c.id, { payment: { method: 'card', save: true } }), 400, 'VALIDATION_FAILED', ['payment.save']);
    const malformed = await s.call('PATCH', `/v1/carts/${c.id}`, { body: '{"email": ' });
    assert.deepEqual([malformed.status, malformed.body.code], [400, 'MALFORMED_JSON']);
    assert.deepEqual(await world(c.id, ['TEE-EVD-M-IND']), before);
  });

  test('adding a line with a field a line does not have is refused by name, not ignored', async () => {
    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-EVD-M-IND', quantity: 1 }]);
    const before = await world(c.id, ['TEE-EVD-M-IND']);
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'TEE-EVD-M-IND', quantity: 1, gift: true } }), 400, 'VALIDATION_FAILED', ['gift']);
    assert.deepEqual(await world(c.id, ['TEE-EVD-M-IND']), before);
  });

  test('a cart id that is not a UUID, or no cart\'s, is 404 CART_NOT_FOUND on every cart route', async () => {
    for (const id of ['not-a-uuid', randomUUID()]) {
      for (const [method, path, body] of [
        ['GET', `/v1/carts/${id}`, undefined],
        ['PATCH', `/v1/carts/${id}`, { email: 'a@example.com' }],
        ['POST', `/v1/carts/${id}/lines`, { sku: 'TEE-LAN-M', quantity: 1 }],
        ['PUT', `/v1/carts/${id}/lines/TEE-LAN-M`, { quantity: 1 }],
        ['DELETE', `/v1/carts/${id}/lines/TEE-LAN-M`, undefined],
        ['POST', `/v1/carts/${id}/checkout`, { payment: { method: 'card' } }],
      ] as const) {
        const r = await s.call(method, path, body === undefined ? {} : { body });
        refused(r, 404, 'CART_NOT_FOUND', ['id']);
      }
    }
  });

  test('a cart past its expiry is 410 CART_EXPIRED on any change and on checkout', async () => {
    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-EVD-L-IND', quantity: 1 }]);
    await s.expireCart(c.id);
    const before = await world(c.id, ['TEE-EVD-L-IND']);
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'TEE-EVD-L-IND', quantity: 1 } }), 410, 'CART_EXPIRED', ['id']);
    refused(await s.call('PUT', `/v1/carts/${c.id}/lines/TEE-EVD-L-IND`, { body: { quantity: 2 } }), 410, 'CART_EXPIRED', ['id']);
    refused(await s.call('DELETE', `/v1/carts/${c.id}/lines/TEE-EVD-L-IND`), 410, 'CART_EXPIRED', ['id']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { locale: 'en' } }), 410, 'CART_EXPIRED', ['id']);
    refused(await checkout(s, c.id), 410, 'CART_EXPIRED', ['id']);
    assert.deepEqual(await world(c.id, ['TEE-EVD-L-IND']), before);
  });

  test('a checked-out cart is 409 CART_CLOSED on any change', async () => {
    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'BAM-UTN-5', quantity: 1 }]);
    assert.equal((await checkout(s, c.id)).status, 201);
    const before = await world(c.id, ['BAM-UTN-5']);
    refused(await s.call('POST', `/v1/carts/${c.id}/lines`, { body: { sku: 'BAM-UTN-5', quantity: 1 } }), 409, 'CART_CLOSED', ['id']);
    refused(await s.call('PATCH', `/v1/carts/${c.id}`, { body: { email: 'other@example.com' } }), 409, 'CART_CLOSED', ['id']);
    assert.deepEqual(await world(c.id, ['BAM-UTN-5']), before);
  });

  test('checkout with problems is 409 CHECKOUT_BLOCKED listing each of them in errors', async () => {
    const c = await createCart(s, { market: 'eu', country: 'DE', lines: [{ sku: 'SKN-FAC-50', quantity: 1 }] });
    const before = await world(c.id, ['SKN-FAC-50']);
    const r = await checkout(s, c.id);
    refused(r, 409, 'CHECKOUT_BLOCKED', ['email', 'address']);
    assert.match(r.body.errors[0].message, /^EMAIL_MISSING/);
    assert.match(r.body.errors[1].message, /^ADDRESS_MISSING/);
    assert.deepEqual(await world(c.id, ['SKN-FAC-50']), before);

    const empty = await createCart(s, { market: 'eu', country: 'DE', email: 'a@example.com', address: addressIn('DE') });
    assert.deepEqual(empty.problems.map((p: { code: string }) => p.code), ['CART_EMPTY']);
    const orders = await s.orderCount();
    refused(await checkout(s, empty.id), 409, 'CHECKOUT_BLOCKED', ['lines']);
    assert.equal(await s.orderCount(), orders);
  });

  test('a payment method the market does not offer the buyer is 422 PAYMENT_METHOD_NOT_AVAILABLE naming payment.method', async () => {
    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'SKN-BOD-100', quantity: 1 }]);
    const before = await world(c.id, ['SKN-BOD-100']);
    // Konbini is Japanese; iDEAL is offered to Dutch buyers only.
    for (const method of ['konbini', 'ideal']) {
      const r = await checkout(s, c.id, { payment: { method } });
      refused(r, 422, 'PAYMENT_METHOD_NOT_AVAILABLE', ['payment.method']);
      assert.match(r.body.detail, /offered: card, paypal, klarna, sepa_debit, apple_pay, google_pay/);
    }
    refused(await checkout(s, c.id, { payment: { method: 'Card!' } }), 400, 'VALIDATION_FAILED', ['payment.method']);
    refused(await checkout(s, c.id, { payment: { method: 'card', capture: 'later' } }), 400, 'VALIDATION_FAILED', ['payment.capture']);
    assert.deepEqual(await world(c.id, ['SKN-BOD-100']), before);
  });

  test('keys: no key is 401; the buyer-side key cannot use the merchant\'s routes (403)', async () => {
    const noKey = await s.call('POST', '/v1/carts', { body: { market: 'eu' }, key: null });
    assert.deepEqual([noKey.status, noKey.body.code], [401, 'UNAUTHENTICATED']);
    const c = await readyCart(s, 'eu', 'DE', [{ sku: 'SKN-BOD-200', quantity: 1 }]);
    const order = await placePaidOrder(s, c.id);
    const before = await s.admin('GET', `/v1/admin/orders/${order.number}`);
    for (const [method, path, body] of [
      ['GET', '/v1/admin/orders', undefined],
      ['GET', `/v1/admin/orders/${order.number}`, undefined],
      ['GET', '/v1/admin/discount-codes', undefined],
      ['POST', '/v1/admin/discount-codes', { code: 'FREE100', kind: 'percentage', percent: '100' }],
      ['POST', `/v1/admin/orders/${order.number}/shipments/0/ship`, { trackingNumber: 'RR123456785NL' }],
      ['POST', `/v1/admin/orders/${order.number}/refunds`, { lines: [{ sku: 'SKN-BOD-200', quantity: 1 }] }],
      ['POST', `/v1/admin/orders/${order.number}/cancel`, {}],
    ] as const) {
      const r = await s.call(method, path, { ...(body === undefined ? {} : { body }), headers: method === 'POST' ? { 'idempotency-key': `forbidden-${path}` } : {} });
      assert.deepEqual([r.status, r.body.code], [403, 'FORBIDDEN'], `${method} ${path}`);
    }
    const after = await s.admin('GET', `/v1/admin/orders/${order.number}`);
    assert.deepEqual(after.body, before.body, 'the order did not move');
    assert.equal((await s.admin('GET', '/v1/admin/discount-codes')).body.items.length, 0, 'no code was created');
  });
});
