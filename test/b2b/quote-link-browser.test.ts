import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { addDistributor, startQuoteServer, type QuoteServer, cifHamburg as cifHamburgFor } from './quotes-support.js';

describe("a distributor opens its quote link in a real browser and accepts", { skip: browserSkipReason() }, () => {
  describeWithDatabases('the link, Accept, the pro forma', (db) => {
    let s: QuoteServer;
    let browser: Browser;
    let base: string;
    before(async () => {
      s = await startQuoteServer(db());
      await s.app.listen({ port: 0, host: '127.0.0.1' });
      base = `http://127.0.0.1:${(s.app.server.address() as AddressInfo).port}`;
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await s?.app.close();
    });

    test('the page shows the landed cost; Accept (a form post with no referrer) issues the pro forma, which downloads', async () => {
      const de = await addDistributor(s, { name: 'Kaffeehaus Nord GmbH', country: 'DE', currency: 'EUR', paymentTerms: 'net_30', address: { lines: ['Speicherstadt 1'], city: 'Hamburg', postalCode: '20457' }, items: [{ sku: 'COF-ROB-250', moq: 24, multiple: 12, tiers: [[24, 450], [96, 410]] }, { sku: 'NUT-W320-500', moq: 20, tiers: [[1, 892]] }] });
      const created = await s.admin('POST', '/v1/admin/quotes', cifHamburgFor(de.id));
      const sent = await s.admin('POST', `/v1/admin/quotes/${created.body.number}/send`);
      const link = new URL(sent.body.buyerLink);
      const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${base}${link.pathname}${link.search}`);
      await page.getByRole('heading', { name: `Quote ${created.body.number}` }).waitFor();
      assert.equal((await page.locator('[data-landed]').innerText()).trim(), 'EUR 1,523.73');
      assert.equal((await page.locator('[data-seller-price]').innerText()).trim(), 'EUR 1,293.07');
      await page.getByRole('button', { name: 'Accept quote' }).click();
      await page.getByText(`you accepted quote ${created.body.number}`).waitFor();
      assert.equal((await s.admin('GET', `/v1/admin/quotes/${created.body.number}`)).body.acceptedBy, 'buying@kaffeehausnordgmbh.example');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download pro forma invoice' }).click()]);
      assert.equal(download.suggestedFilename(), `PF-${created.body.number}.pdf`);
      assert.deepEqual(errors, []);
    });
  });
});
