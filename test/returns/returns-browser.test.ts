import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deliverTestCarrierEvents } from '../../src/services/carriers/test-carrier-delivery.js';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';

describe('returns in a real browser: the buyer\'s form, then the operator\'s steps', { skip: browserSkipReason() }, () => {
  describeWithDatabases('request on the storefront in German, approve, receive and refund in the admin', (db) => {
    let a: AdminBrowser;
    let order: any;
    before(async () => {
      a = await startAdminBrowser(db());
      // Two tees to the Netherlands from Venlo, labelled by the test carrier and delivered.
      order = await a.placeOrder('eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 2 }], { email: 'noor@example.com' });
      const label = await a.call('POST', `/v1/admin/orders/${order.number}/shipments/0/label`, {});
      assert.equal(label.status, 201);
      await deliverTestCarrierEvents(a.t.deps, { now: new Date(a.t.deps.clock().getTime() + 80 * 3_600_000), timeoutMs: 5_000 });
      assert.equal((await a.call('GET', `/v1/admin/orders/${order.number}`)).body.status, 'delivered');
    });
    after(() => a?.close());

    test('the buyer asks on the order page (a plain form, posted with its Origin) and sees the status in German', async () => {
      const { page } = a;
      await page.goto(`${a.base}/de-nl/order?${new URLSearchParams({ number: order.number, email: 'noor@example.com' })}`);
      const form = page.locator('form.return-form[data-sku="TEE-LAN-M"]');
      await form.getByLabel('Menge (bis zu 2)').fill('1');
      await form.getByLabel('Grund', { exact: true }).selectOption({ label: 'Größe oder Passform stimmt nicht' });
      await form.getByLabel(/Einzelheiten/).fill('zu klein');
      await form.getByRole('button', { name: 'Rücksendung anfragen' }).click();
      await page.getByText('Vielen Dank: Ihre Rücksendeanfrage wurde gesendet.').waitFor();
      assert.match(await page.locator('li.return').innerText(), /Angefragt: wir prüfen Ihre Anfrage[\s\S]*1 × .*: Größe oder Passform stimmt nicht/);
      const returns = (await a.call('GET', `/v1/admin/returns?order=${order.number}`)).body.items;
      assert.deepEqual(returns.map((r: any) => [r.status, r.lines[0].quantity, r.lines[0].reason, r.lines[0].note]), [['requested', 1, 'size_or_fit', 'zu klein']]);
    });

    test('the operator approves (a return label), receives it back on the shelf and refunds it; the parts show their rules', async () => {
      const { page } = a;
      await a.signIn();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Returns' }).click();
      await page.getByRole('heading', { name: 'Returns' }).waitFor();
      const row = page.locator('tr[data-return]').filter({ hasText: order.number });
      await row.getByRole('link').first().click();
      await page.getByRole('heading', { name: `Return of ${order.number}` }).waitFor();

      await page.getByRole('button', { name: 'Approve and buy return label' }).click();
      await page.getByRole('status').filter({ hasText: 'Approved: return label bought.' }).waitFor();
      const labelled = (await a.call('GET', `/v1/admin/returns?order=${order.number}`)).body.items[0];
      assert.equal(labelled.status, 'label_created');
      assert.match(await page.locator('dl.facts').innerText(), new RegExp(labelled.label.trackingNumber));

      const before = (await a.call('GET', '/v1/admin/inventory?sku=TEE-LAN-M&warehouse=nl-venlo')).body.items[0].onHand;
      await page.getByRole('button', { name: 'Receive' }).click();
      await page.getByRole('status').filter({ hasText: 'Received.' }).waitFor();
      assert.equal((await a.call('GET', '/v1/admin/inventory?sku=TEE-LAN-M&warehouse=nl-venlo')).body.items[0].onHand, before + 1);
      await page.getByRole('heading', { name: 'Duty drawback and returned-goods relief' }).waitFor();

      await page.getByRole('button', { name: 'Refund', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Refunded.' }).waitFor();
      const parts = page.locator('table.refund-parts');
      assert.match(await parts.locator('tr[data-part="taxes"]').innerText(), /refund\.domestic-sale \(allows it\)/);
      assert.match(await parts.locator('tr[data-part="shipping"]').innerText(), /EUR 0\.00[\s\S]*return-policy\.shipping\.shop_at_fault \(keeps it back\)/);
      const done = (await a.call('GET', `/v1/admin/returns?order=${order.number}`)).body.items[0];
      assert.equal(done.status, 'refunded');
      assert.match(await page.getByRole('heading', { name: /Refund of/ }).innerText(), new RegExp(done.refund.total.amount.replace('.', '\\.')));
      assert.deepEqual(a.errors(), []);
    });
  });
});
