import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deliverTestCarrierEvents } from '../../src/services/carriers/test-carrier-delivery.js';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: labels and tracking', { skip: browserSkipReason() }, () => {
  describeWithDatabases('buy a label, void it, buy again, and follow the carrier', (db) => {
    let a: AdminBrowser;
    let placed: any;
    before(async () => {
      a = await startAdminBrowser(db());
      placed = await a.placeOrder('eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
      await a.signIn();
      await a.page.goto(`${a.base}/admin/orders/${placed.number}`);
      await a.page.getByRole('heading', { name: 'Shipments' }).waitFor();
    });
    after(() => a?.close());
    const order = async () => (await a.call('GET', `/v1/admin/orders/${placed.number}`)).body;

    test('the label is bought from the carrier, voided until pickup, and the carrier events appear with the parcel shipped', async () => {
      const { page } = a;
      const parcel = page.locator('[data-shipment="0"]');
      await page.getByRole('button', { name: 'Buy label for parcel 1' }).click();
      await page.getByRole('status').filter({ hasText: /Parcel 1: label bought, tracking number [A-Z0-9]+\./ }).waitFor();
      const first = (await order()).shipments[0];
      assert.equal(first.status, 'labelled');
      await parcel.getByText('Label bought').first().waitFor();
      assert.match(await parcel.innerText(), new RegExp(first.trackingNumber));
      assert.equal(await page.getByLabel('Tracking number').inputValue(), first.trackingNumber, 'the ship form carries the label number');

      await page.getByRole('button', { name: 'Void label' }).click();
      await page.getByRole('status').filter({ hasText: 'Parcel 1: label voided; the parcel is planned again.' }).waitFor();
      assert.equal((await order()).shipments[0].status, 'planned');

      await page.getByRole('button', { name: 'Buy label for parcel 1' }).click();
      await page.getByRole('status').filter({ hasText: /label bought/ }).waitFor();
      const second = (await order()).shipments[0];
      assert.notEqual(second.trackingNumber, first.trackingNumber);

      // The carrier picks it up and moves it: the events arrive over its signed webhooks.
      const played = await deliverTestCarrierEvents(a.t.deps, { now: new Date(a.t.deps.clock().getTime() + 30 * 3_600_000), timeoutMs: 5_000 });
      assert.ok(played.events >= 2, JSON.stringify(played));
      await page.reload();
      await parcel.locator('.tracking-events li[data-status="picked_up"]').waitFor();
      assert.match(await parcel.innerText(), /Shipped/);
      assert.match(await parcel.locator('.tracking-events').innerText(), /In transit[\s\S]*Picked up/);
      assert.equal(await page.getByRole('button', { name: 'Void label' }).count(), 0, 'no void after pickup');
      assert.deepEqual(a.errors().filter((e) => !/status of 4\d\d/.test(e)), []);
    });
  });
});
