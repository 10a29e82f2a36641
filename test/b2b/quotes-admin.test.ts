import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';
import { addDistributor } from './quotes-support.js';

describe('admin in a real browser: distributor quotes', { skip: browserSkipReason() }, () => {
  describeWithDatabases('a quote is worked out, refused at its field, sent and accepted', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await addDistributor(a.t, { name: 'Kaffeehaus Nord GmbH', country: 'DE', currency: 'EUR', paymentTerms: 'net_30', address: { lines: ['Speicherstadt 1'], city: 'Hamburg', postalCode: '20457' }, items: [{ sku: 'COF-ROB-250', moq: 24, multiple: 12, tiers: [[24, 450], [96, 410]] }] });
      await a.signIn();
    });
    after(() => a?.close());

    test('FOB by air is refused at the rule; FCA gives the cost split, the comparison and the steps', async () => {
      await a.page.getByRole('link', { name: 'Quotes' }).first().click();
      await a.page.getByRole('heading', { name: 'Distributor quotes' }).waitFor();
      await a.page.getByRole('link', { name: 'New quote' }).click();
      await a.page.getByLabel('Company').selectOption({ label: 'Kaffeehaus Nord GmbH (DE)' });
      await a.page.getByLabel('Incoterms 2020 rule').selectOption('FOB');
      await a.page.getByLabel('Transport').selectOption('air');
      await a.page.getByLabel('Named place').fill('Da Nang airport, VN');
      await a.page.getByLabel('Warehouse').fill('vn-hoian');
      await a.page.getByLabel('Lines').fill('COF-ROB-250 120');
      await a.page.getByLabel('export clearance').fill('4500');
      await a.page.getByLabel('main carriage').fill('60000');
      await a.page.getByRole('button', { name: 'Work out the quote' }).click();
      await a.page.locator('#q-incoterm-error').getByText('use FCA instead').waitFor();
      assert.equal((await a.call('GET', '/v1/admin/quotes')).body.items.length, 0, 'nothing written');

      await a.page.getByLabel('Incoterms 2020 rule').selectOption('FCA');
      await a.page.getByRole('button', { name: 'Work out the quote' }).click();
      await a.page.getByRole('heading', { name: /^Quote Q-\d+/ }).waitFor();
      await a.page.getByText('The same shipment under each rule').waitFor();
      // 120 x EUR 4.10 + export clearance 45.00 = EUR 537.00 under FCA.
      await a.page.getByText("Seller's price EUR 537.00").waitFor();
      assert.equal(await a.page.getByRole('row').filter({ hasText: 'FOB Free On Board' }).count(), 0, 'sea-only rules are not offered by air');
      await a.page.getByRole('button', { name: 'Send to the distributor' }).click();
      await a.page.getByRole('status').getByText(/\/quotes\/Q-\d+\?t=/).waitFor();
      await a.page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 01');
      await a.page.getByLabel('BIC').fill('COBADEFFXXX');
      await a.page.getByLabel('Pay to (account holder)').fill('Hội An Atelier');
      await a.page.getByRole('button', { name: 'Accepted: issue the pro forma' }).click();
      await a.page.locator('#p-iban-error').getByText('check digits').waitFor();
      await a.page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
      await a.page.getByRole('button', { name: 'Accepted: issue the pro forma' }).click();
      await a.page.getByRole('button', { name: 'Pro forma invoice (PDF)' }).waitFor();
      assert.deepEqual(a.errors().filter((e) => !/status of 4\d\d/.test(e)), []);
    });
  });
});
