import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeWithDatabases } from '../support/test-database.js';
import { plainSpaces, Shopper, startStorefront, type Storefront } from './storefront-cart-support.js';

/** Restricted goods on the storefront: the reason under the line, in the page's language, and no way to checkout. */
describeWithDatabases('storefront: restricted goods in the cart', (db) => {
  let s: Storefront;
  before(async () => {
    s = await startStorefront(db());
    for (const p of [
      { handle: 'wooden-ecig', sku: 'ECIG-1', hsCode: '442090', title: 'Handmade wooden e-cigarette' },
      { handle: 'power-bank-bag', sku: 'BAG-PB', hsCode: '420221', title: 'Leather tote with power bank pocket' },
    ]) {
      const created = await s.app.inject({ method: 'POST', url: '/v1/admin/products', headers: s.auth(), payload: { handle: p.handle, status: 'active', hsCode: p.hsCode, originCountry: 'VN', translations: { en: { title: p.title } }, variants: [{ sku: p.sku, price: { amount: '40.00', currency: 'USD' }, weightKg: '0.6' }] } });
      assert.equal(created.statusCode, 201, created.body);
      const moved = await s.app.inject({ method: 'POST', url: '/v1/admin/inventory/movements', headers: s.auth(), payload: { sku: p.sku, warehouse: 'vn-hoian', kind: 'receipt', quantity: 20, reason: 'test stock' } });
      assert.equal(moved.statusCode, 201, moved.body);
    }
  });
  after(() => s.close());

  test('a prohibited line shows why under it and the cart cannot go to checkout; a post-only limit is a note', async () => {
    const buyer = new Shopper(s.base);
    assert.equal((await buyer.post('/en-au/cart', { sku: 'ECIG-1', quantity: '1' })).status, 303);
    const au = plainSpaces((await buyer.get('/en-au/cart')).text);
    assert.match(au, /<span class="field-error" id="line-0-problem">This item cannot be delivered to Australia \(import prohibited: e-cigarettes and vaping products\)\.<\/span>/);
    assert.doesNotMatch(au, /href="\/en-au\/checkout"/);

    const de = new Shopper(s.base);
    assert.equal((await de.post('/de-de/cart', { sku: 'BAG-PB', quantity: '1' })).status, 303);
    const page = plainSpaces((await de.get('/de-de/cart')).text);
    assert.match(page, /<span class="restriction-note">Versand per Kurier: Postversand ins Lieferland Deutschland nicht erlaubt \(Lithiumbatterien\)\.<\/span>/);
    assert.doesNotMatch(page, /field-error" id="line-0-problem"/);
  });
});
