import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { advance, buyLabel, onDapTerms } from '../carriers/support.js';
import { placePaidOrder, readyCart, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';

/** The buyer's order page follows the parcel in their language: each carrier event, a customs hold and the duties to pay under DAP. */
describeWithDatabases('storefront: tracking on the order page', (db) => {
  let s: CheckoutServer;
  before(async () => {
    s = await startCheckoutServer(db());
    await onDapTerms(s, 'jp');
  });
  after(() => s.close());

  test('events in Japanese, newest first; the duties due at the customs hold; then delivered', async () => {
    const cart = await readyCart(s, 'jp', 'JP', [{ sku: 'TEE-LAN-M', quantity: 2 }]);
    const order = await placePaidOrder(s, cart.id);
    const page = async () => {
      const r = await fetch(`${s.base}/ja-jp/order?number=${order.number}&email=${encodeURIComponent(order.email)}`);
      assert.equal(r.status, 200);
      return r.text();
    };
    const before = await page();
    assert.doesNotMatch(before, /tracking-events/, 'nothing to follow before a label');
    await buyLabel(s, order.number);
    const labelled = await page();
    assert.match(labelled, /送り状発行済み、集荷待ち/);
    assert.match(labelled, /配送業者からの情報はまだありません。/);

    await advance(s, 3);
    await advance(s, 31);
    const held = await page();
    const events = [...held.matchAll(/<li data-status="([a-z_]+)"><strong>([^<]+)<\/strong> <time datetime="([^"]+)">([^<]+)<\/time>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(events, [['customs_hold', '税関で保留中'], ['in_transit', '輸送中'], ['picked_up', '集荷済み']]);
    const due = order.totals.dueOnDelivery;
    assert.match(held, new RegExp(`配達前に輸入関税・税金 ${due.currency === 'JPY' ? '￥' : ''}`));
    assert.match(held, /<p class="notice warning" role="status">配達前に輸入関税・税金 [^<]+ のお支払いが必要です。配送業者からご連絡します。<\/p>/);

    await advance(s, 24 * 8);
    const delivered = await page();
    assert.match(delivered, /<li data-status="delivered"><strong>配達完了<\/strong>/);
    assert.doesNotMatch(delivered, /notice warning/, 'nothing to pay once released');
  });
});
