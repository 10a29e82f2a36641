import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { pdfText } from '../documents/support.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: order documents', { skip: browserSkipReason() }, () => {
  describeWithDatabases('download the invoice, see why a CN 23 does not apply', (db) => {
    let a: AdminBrowser;
    let order: any;

    before(async () => {
      a = await startAdminBrowser(db());
      // The gift tin is stocked in Hội An only: one postal parcel from Vietnam to Germany.
      order = await a.placeOrder('eu', 'DE', [{ sku: 'NUT-W180-400', quantity: 1 }]);
      await a.signIn();
    });
    after(() => a?.close());

    test('the order page downloads the commercial invoice with the tab key, and shows a refusal in words', async () => {
      await a.page.goto(`${a.base}/admin/orders/${order.number}`);
      const documents = a.page.getByRole('region', { name: 'Documents' });
      await documents.waitFor();
      const [download] = await Promise.all([a.page.waitForEvent('download'), documents.getByRole('button', { name: 'Commercial invoice' }).click()]);
      assert.equal(download.suggestedFilename(), `commercial-invoice-${order.number}.pdf`);
      const text = await pdfText(fs.readFileSync((await download.path())!));
      assert.ok(text.includes(`COMMERCIAL INVOICE`) && text.includes(`Invoice number: ${order.number}-1`) && text.includes('Hội An Atelier'), text);
      await documents.getByRole('status').filter({ hasText: 'Commercial invoice downloaded.' }).waitFor();

      await documents.getByRole('group', { name: 'Parcel 1 documents' }).getByRole('button', { name: 'CN 23' }).click();
      const alert = documents.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /CN 23 of parcel 1: Unprocessable Content: .*needs a CN 22, not a CN 23/);
      assert.deepEqual(a.errors().filter((e) => !/status of 422/.test(e)), []);
    });
  });
});
