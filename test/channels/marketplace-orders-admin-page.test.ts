import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';
import { ebayReport, ebayRow } from './fixtures/marketplace-orders.js';

/** One good order (line 3) and one whose Custom Label is no SKU of the catalog (line 4). */
const EBAY_FILE = ebayReport([ebayRow({ 'Order Number': '12-40000-00001' }), ebayRow({ 'Order Number': '12-40000-00002', 'Sales Record Number': '1002', 'Custom Label': 'NOPE-1' })]);

describe('admin in a real browser: marketplace orders import', { skip: browserSkipReason() }, () => {
  describeWithDatabases('an export uploaded from the Channels screen', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(() => a?.close());

    const openImport = async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channel feeds' }).click();
      await a.page.getByRole('heading', { name: 'Channel feeds' }).waitFor();
      await a.page.getByRole('navigation', { name: 'Channels' }).getByRole('link', { name: 'Marketplace orders' }).click();
      await a.page.getByRole('heading', { name: 'Marketplace orders', level: 1 }).waitFor();
      assert.equal(await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Channel feeds' }).getAttribute('aria-current'), 'page');
    };
    const upload = async (channel: 'amazon' | 'ebay', file: { name: string; mimeType: string; buffer: Buffer }) => {
      await a.page.getByLabel('Orders file', { exact: true }).setInputFiles(file);
      await a.page.getByLabel('Marketplace', { exact: true }).selectOption(channel);
      await a.page.getByRole('button', { name: 'Import' }).click();
    };
    const counts = async () => {
      const result = a.page.getByTestId('marketplace-import-counts');
      await result.waitFor();
      const of = async (what: string) => Number(await result.locator(`[data-count="${what}"]`).innerText());
      return { imported: await of('imported'), skipped: await of('skipped'), ignored: await of('ignored'), refused: await of('refused') };
    };
    const csv = { name: 'eBay-OrdersReport-Nov-28-2026.csv', mimeType: 'text/csv', buffer: Buffer.from(EBAY_FILE) };

    test('the counts, the refused order with its line and field, a link to the imported order; the same file again is skipped', async () => {
      await openImport();
      await upload('ebay', csv);
      assert.deepEqual(await counts(), { imported: 1, skipped: 0, ignored: 2, refused: 1 });
      assert.equal(await a.page.getByTestId('marketplace-import-progress').innerText(), 'Imported 1, skipped 0 already imported, ignored 2, refused 1.');

      const refused = a.page.locator('#table-marketplace-refused tbody tr');
      assert.equal(await refused.count(), 1);
      assert.deepEqual((await refused.locator('td').allInnerTexts()).slice(0, 3), ['4', '12-40000-00002', 'Custom Label']);
      assert.match(await refused.innerText(), /NOPE-1/);
      assert.equal(await refused.getAttribute('data-code'), 'UNKNOWN_SKU');

      const row = a.page.locator('#table-marketplace-orders tbody tr');
      assert.equal(await row.count(), 1);
      assert.equal(await row.getAttribute('data-outcome'), 'imported');
      const number = (await row.getByRole('link').innerText()).trim();
      assert.match(number, /^LF-\d+$/);
      const stored = await a.call('GET', `/v1/admin/orders/${number}`);
      assert.equal(stored.status, 200);
      assert.equal(stored.body.salesChannel, 'ebay');
      assert.equal(stored.body.channelOrderId, '12-40000-00001');

      await row.getByRole('link', { name: number }).click();
      await a.page.waitForURL(new RegExp(`/admin/orders/${number}$`));
      await a.page.getByRole('heading', { name: `Order ${number}` }).waitFor();
      assert.equal(await a.page.getByTestId('order-status').innerText(), 'Paid');

      await openImport();
      await upload('ebay', csv);
      assert.deepEqual(await counts(), { imported: 0, skipped: 1, ignored: 2, refused: 1 });
      const again = a.page.locator('#table-marketplace-orders tbody tr');
      assert.equal(await again.getAttribute('data-outcome'), 'skipped');
      assert.equal((await again.getByRole('link').innerText()).trim(), number, 'the order imported before, not a new one');
      assert.match(await again.innerText(), /skipped: imported before/);
      const ebayOrders = await a.call('GET', '/v1/admin/reports/orders?channel=ebay&from=2026-11-01&to=2026-11-30');
      assert.equal(ebayOrders.status, 200, JSON.stringify(ebayOrders.body));
      assert.equal(ebayOrders.body.items.length, 1, 'one order for the two uploads');
      assert.deepEqual(a.errors(), []);
    });

    test('a file refused as a whole shows the problem and imports nothing', async () => {
      await openImport();
      await a.page.getByRole('button', { name: 'Import' }).click();
      await a.page.getByText("Choose the marketplace's export file to import.").waitFor();
      assert.equal(await a.page.getByLabel('Orders file', { exact: true }).getAttribute('aria-invalid'), 'true');

      // eBay's CSV sent as Amazon's JSON: not JSON at all.
      await upload('amazon', csv);
      const alert = a.page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /not JSON/);
      assert.equal(await a.page.getByTestId('marketplace-import-counts').count(), 0);

      // Over the app's body limit (1 MiB in these tests): 413, and the way to import it instead.
      await upload('ebay', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1_100_000, 'a') });
      await a.page.getByRole('alert').filter({ hasText: /larger than the 1048576 bytes/ }).waitFor();
      assert.match(await a.page.getByRole('alert').innerText(), /landfall orders import --channel ebay/);
      await a.page.getByRole('button', { name: 'Import' }).waitFor();
      assert.equal(await a.page.getByRole('button', { name: 'Import' }).isEnabled(), true);
      const amazonOrders = await a.call('GET', '/v1/admin/reports/orders?channel=amazon&from=2026-11-01&to=2026-11-30');
      assert.equal(amazonOrders.status, 200, JSON.stringify(amazonOrders.body));
      assert.equal(amazonOrders.body.items.length, 0);
      assert.deepEqual(a.errors(), []);
    });
  });
});
