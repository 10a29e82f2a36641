import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';

describe('admin in a real browser: channel feeds', { skip: browserSkipReason() }, () => {
  describeWithDatabases('the feeds of a market, their URLs and what was left out', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(() => a?.close());

    test('each channel shows its URLs and item count; a product without an image is listed by SKU and attribute', async () => {
      await a.page.getByRole('link', { name: 'Channel feeds' }).first().click();
      await a.page.getByRole('heading', { name: 'Channel feeds' }).waitFor();
      await a.page.getByLabel('Market').selectOption('eu');
      const google = a.page.locator('article[data-channel="google"]');
      await google.getByRole('heading', { name: 'Google Merchant Center' }).waitFor();
      await google.locator('code', { hasText: /\/feeds\/eu\/google\.xml$/ }).waitFor();
      await google.locator('code', { hasText: /\/feeds\/eu\/google\.tsv$/ }).waitFor();
      await google.getByText('67 items in de, EUR, prices with tax').waitFor();
      await google.getByText('Nothing left out.').waitFor();

      const product = (await a.call('GET', '/v1/admin/products?q=bamboo')).body.items.find((p: { handle: string }) => p.handle === 'bamboo-chopsticks') as { id: string };
      const patched = await a.call('PATCH', `/v1/admin/products/${product.id}`, { images: [] });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      await a.page.reload();
      await a.page.getByLabel('Market').selectOption('eu');
      const meta = a.page.locator('article[data-channel="meta"]');
      await meta.getByText('65 items in de, EUR').waitFor();
      await meta.getByText('2 problems keep items out of the feed').waitFor();
      const row = meta.getByRole('row').filter({ hasText: 'BAM-CHP-5' });
      await row.getByText('image_link').waitFor();
      assert.match((await row.textContent()) ?? '', /bamboo-chopsticks/);
      assert.deepEqual(a.errors(), []);
    });
  });
});
