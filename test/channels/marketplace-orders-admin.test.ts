import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';
import { ebayReport, ebayRow } from './fixtures/marketplace-orders.js';

describe('admin in a real browser: sales by channel', { skip: browserSkipReason() }, () => {
  describeWithDatabases('the dashboard splits sales by channel and filters by one', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.placeOrder('us', 'US', [{ sku: 'COF-ROB-250', quantity: 1 }]);
      const res = await a.t.app.inject({ method: 'POST', url: '/v1/admin/channel-orders/import?channel=ebay', headers: { authorization: `Bearer ${a.t.adminKey}`, 'content-type': 'text/csv' }, payload: ebayReport([ebayRow({ 'Order Number': '12-30000-00001', 'Sale Date': 'Nov-27-26' })]) });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().imported, 1, res.body);
      await a.signIn();
    });
    after(() => a?.close());

    test('a row per channel and currency, each count leading to that channel\'s orders', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await a.page.locator('#table-by-channel').waitFor();
      assert.match(await a.page.locator('#table-by-channel tr[data-channel="ebay"]').innerText(), /^ebay \(USD\)\t1\t\$?.*USD 44\.97\t.*USD 55\.43\t/);
      assert.match(await a.page.locator('#table-by-channel tr[data-channel="storefront"]').innerText(), /^storefront \(USD\)\t1\t/);
      await a.page.locator('#table-by-channel tr[data-channel="ebay"] a').click();
      await a.page.getByTestId('sales-orders-range').waitFor();
      assert.match(await a.page.getByTestId('sales-orders-range').innerText(), /sold on ebay/);
      assert.match(await a.page.locator('#table-sales-orders tbody').innerText(), /us · US · DAP · ebay 12-30000-00001/);
      assert.equal(await a.page.locator('#table-sales-orders tbody tr').count(), 1);
    });

    test('the channel filter limits every figure, and a bad channel is refused next to its field', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await a.page.getByTestId('dashboard-range').waitFor();
      await a.page.locator('#range-channel').fill('ebay');
      await a.page.getByRole('button', { name: 'Show' }).click();
      await a.page.waitForURL(/channel=ebay/);
      await a.page.getByText(/sold on ebay/).waitFor();
      assert.match(await a.page.getByTestId('dashboard-range').innerText(), /sold on ebay\. 1 orders placed, 1 paid\./);
      await a.page.locator('#range-channel').fill('Not A Channel');
      await a.page.getByRole('button', { name: 'Show' }).click();
      await a.page.getByText(/must be a sales channel/).waitFor();
      assert.deepEqual(a.errors(), []);
    });
  });
});
