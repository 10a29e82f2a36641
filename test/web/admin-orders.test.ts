import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: orders', { skip: browserSkipReason() }, () => {
  describeWithDatabases('orders list, detail, ship, refund, deliver, cancel', (db) => {
    let a: AdminBrowser;
    // Placed oldest first: A (paid, EUR 147.49 worked out in the checkout suite), B (never paid), C (paid, to be cancelled).
    let orderA: any;
    let orderB: any;
    let orderC: any;
    const refundKeys: string[] = [];

    before(async () => {
      a = await startAdminBrowser(db());
      orderA = await a.placeOrder('eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }]);
      orderB = await a.placeOrder('eu', 'FR', [{ sku: 'COF-ROB-250', quantity: 1 }], { pay: false, email: 'lea@example.fr' });
      orderC = await a.placeOrder('eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
      a.page.on('request', (r) => {
        if (r.method() === 'POST' && r.url().endsWith('/refunds')) refundKeys.push(r.headers()['idempotency-key'] ?? '');
      });
      await a.signIn();
    });
    after(() => a?.close());

    const order = async (number: string) => (await a.call('GET', `/v1/admin/orders/${number}`)).body;

    test('the list is newest first, filters by status (kept in the address) and pages', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
      await a.page.getByRole('heading', { name: 'Orders', level: 1 }).waitFor();
      const numbers = () => a.page.locator('tbody tr[data-order]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-order')));
      await a.page.locator(`tr[data-order="${orderA.number}"]`).waitFor();
      assert.deepEqual(await numbers(), [orderC.number, orderB.number, orderA.number]);
      assert.match(await a.page.locator(`tr[data-order="${orderA.number}"]`).innerText(), /EUR 147\.49/);

      await a.page.getByLabel('Status').selectOption('pending_payment');
      await a.page.waitForURL('**/admin/orders?status=pending_payment');
      await a.page.locator(`tr[data-order="${orderA.number}"]`).waitFor({ state: 'detached' });
      assert.deepEqual(await numbers(), [orderB.number]);
      assert.match(await a.page.locator(`tr[data-order="${orderB.number}"]`).innerText(), /Awaiting payment/);

      await a.page.goto(`${a.base}/admin/orders?limit=2`);
      await a.page.locator(`tr[data-order="${orderB.number}"]`).waitFor();
      assert.deepEqual(await numbers(), [orderC.number, orderB.number]);
      await a.page.getByRole('button', { name: 'Next page' }).click();
      await a.page.locator(`tr[data-order="${orderA.number}"]`).waitFor();
      assert.deepEqual(await numbers(), [orderA.number]);
      assert.equal(await a.page.getByRole('button', { name: 'Next page' }).isDisabled(), true);
      await a.page.getByRole('button', { name: 'Previous page' }).click();
      await a.page.locator(`tr[data-order="${orderC.number}"]`).waitFor();
      assert.deepEqual(await numbers(), [orderC.number, orderB.number]);
    });

    test('the detail shows lines, totals, payments and the frozen quote with every charge line\'s rule and formula', async () => {
      await a.page.getByRole('link', { name: orderC.number }).click();
      await a.page.getByRole('heading', { name: `Order ${orderC.number}` }).waitFor();
      await a.page.goto(`${a.base}/admin/orders/${orderA.number}`);
      await a.page.getByRole('heading', { name: `Order ${orderA.number}` }).waitFor();
      await a.page.getByTestId('order-status').filter({ hasText: 'Paid' }).waitFor();
      const tee = a.page.locator('tr[data-sku="TEE-LAN-M"]');
      assert.match(await tee.innerText(), /3\s+EUR 34\.90\s+EUR 0\.00\s+EUR 104\.70\s+EUR 16\.72/);
      assert.match(await a.page.locator('table.totals').innerText(), /Charged at checkout\s+EUR 147\.49/);
      // Four VAT lines (goods and delivery, 19% and 7%), each with its rule, dates, source and formula.
      const charges = a.page.locator('table.charges tbody tr');
      assert.equal(await charges.count(), 4);
      const first = await charges.first().innerText();
      assert.match(first, /19% of EUR 87\.98 \(goods TEE-LAN-M\)/);
      assert.match(first, /tax\.DE\.vat\.standard/);
      assert.match(first, /in effect from 2021-01-01/);
      assert.match(first, /Umsatzsteuergesetz/);
      assert.match(await a.page.locator('[data-rule="tax.DE.vat.reduced.food"]').first().innerText(), /7% of EUR 25\.98 \(goods COF-ROB-250\)/);
      assert.match(await a.page.getByRole('region', { name: 'Landed cost frozen at checkout' }).innerText(), /ECB/);
      assert.match(await a.page.getByRole('region', { name: 'Payments' }).innerText(), /card[\s\S]*succeeded[\s\S]*EUR 147\.49/);
    });

    test('a bad tracking number is refused next to its field; a good one ships the parcel', async () => {
      const tracking = a.page.getByLabel('Tracking number');
      await tracking.fill('x!');
      await a.page.getByRole('button', { name: 'Ship parcel 1' }).click();
      await a.page.locator('#ship-0-tracking-error').filter({ hasText: '4 to 40 letters, digits or dashes' }).waitFor();
      assert.equal(await tracking.getAttribute('aria-invalid'), 'true');
      assert.match((await tracking.getAttribute('aria-describedby')) ?? '', /ship-0-tracking-error/);
      assert.equal((await order(orderA.number)).shipments[0].status, 'planned', 'nothing shipped');

      await tracking.fill('rr123456785nl');
      await a.page.getByRole('button', { name: 'Ship parcel 1' }).click();
      await a.page.getByRole('status').filter({ hasText: 'Parcel 1 shipped with tracking number RR123456785NL.' }).waitFor();
      await a.page.getByTestId('order-status').filter({ hasText: 'Shipped' }).waitFor();
      assert.match(await a.page.locator('[data-shipment="0"]').innerText(), /RR123456785NL/);
      const stored = await order(orderA.number);
      assert.deepEqual([stored.status, stored.shipments[0].status, stored.shipments[0].trackingNumber], ['fulfilled', 'shipped', 'RR123456785NL']);
    });

    test('a refund of more units than are left is refused next to the line; one unit is refunded once, with its key', async () => {
      const units = a.page.getByLabel('Units of TEE-LAN-M to refund');
      await units.fill('4');
      await a.page.getByRole('button', { name: 'Refund', exact: true }).click();
      await a.page.locator('#qty-0-error').waitFor();
      assert.match(await a.page.locator('#qty-0-error').innerText(), /TEE-LAN-M/);
      assert.equal(await units.getAttribute('aria-invalid'), 'true');
      assert.equal((await order(orderA.number)).refunds.length, 0, 'nothing refunded');

      await units.fill('1.5');
      await a.page.getByRole('button', { name: 'Refund', exact: true }).click();
      await a.page.locator('#qty-0-error').filter({ hasText: 'whole number' }).waitFor();

      await units.fill('1');
      await a.page.getByLabel('Reason for the refund (optional)').fill('too small');
      await a.page.getByRole('button', { name: 'Refund', exact: true }).click();
      await a.page.getByRole('status').filter({ hasText: 'Refunded EUR 34.89.' }).waitFor();
      await a.page.getByTestId('order-status').filter({ hasText: 'Partly refunded' }).waitFor();
      const record = a.page.getByRole('article', { name: /Refund of EUR 34\.89/ });
      assert.match(await record.innerText(), /1 × TEE-LAN-M/);
      assert.match(await record.innerText(), /EUR 29\.32\s+EUR 0\.00\s+EUR 0\.00\s+EUR 5\.57\s+EUR 0\.00/);
      assert.match(await record.innerText(), /too small/);
      assert.match(await a.page.locator('tr[data-sku="TEE-LAN-M"]').innerText(), /1$/);

      const stored = await order(orderA.number);
      assert.deepEqual([stored.status, stored.refunds.length, stored.totals.refunded.amount, stored.lines[0].refundedQuantity], ['partially_refunded', 1, '34.89', 1]);
      assert.equal(refundKeys.length, 2, 'the refused 4 units and the refund of 1 (the 1.5 never left the page)');
      for (const key of refundKeys) assert.match(key, /^admin-refund-[0-9a-f]{32}$/);
      assert.notEqual(refundKeys[0], refundKeys[1], 'another body, another key');
    });

    test('the shipped parcel is marked delivered; the money still says partly refunded', async () => {
      await a.page.getByRole('button', { name: 'Mark parcel 1 delivered' }).click();
      await a.page.getByRole('status').filter({ hasText: 'Parcel 1 marked delivered.' }).waitFor();
      await a.page.locator('[data-shipment="0"] .status-delivered').waitFor();
      const stored = await order(orderA.number);
      assert.deepEqual([stored.status, stored.shipments[0].status], ['partially_refunded', 'delivered']);
      assert.equal(await a.page.getByRole('button', { name: /Cancel order/ }).count(), 0, 'a shipped order cannot be cancelled');
    });

    test('a paid order not yet shipped is cancelled after a confirmation, and refunded in full', async () => {
      await a.page.goto(`${a.base}/admin/orders/${orderC.number}`);
      await a.page.getByRole('heading', { name: `Order ${orderC.number}` }).waitFor();
      await a.page.getByLabel('Reason for cancelling (optional)').fill('buyer asked');
      await a.page.getByRole('button', { name: 'Cancel order…' }).click();
      await a.page.getByRole('button', { name: `Yes, cancel ${orderC.number}` }).click();
      await a.page.getByRole('status').filter({ hasText: `Order ${orderC.number} cancelled; ${orderC.totals.total.currency} ${orderC.totals.total.amount} refunded.` }).waitFor();
      await a.page.getByTestId('order-status').filter({ hasText: 'Cancelled' }).waitFor();
      const stored = await order(orderC.number);
      assert.deepEqual([stored.status, stored.cancelReason, stored.totals.refunded.amount], ['cancelled', 'buyer asked', orderC.totals.total.amount]);
      assert.equal(await a.page.getByRole('button', { name: 'Ship parcel 1' }).count(), 0);
    });

    test('an order number that does not exist says so; no script errors anywhere', async () => {
      await a.page.goto(`${a.base}/admin/orders/LF-999999`);
      await a.page.getByRole('alert').waitFor();
      assert.deepEqual(a.errors(), []);
    });
  });
});
