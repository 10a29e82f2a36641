import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';

describe('admin in a real browser: distributors', { skip: browserSkipReason() }, () => {
  describeWithDatabases('companies with buyers and bank details, price lists', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(() => a?.close());

    test('a price list is written as lines and priced; a refused line is named', async () => {
      await a.page.goto(`${a.base}/admin/companies/price-lists`);
      await a.page.getByRole('heading', { name: 'New price list' }).waitFor();
      await a.page.getByLabel('Code').fill('eu-wholesale');
      await a.page.getByLabel('Name').fill('EU wholesale');
      await a.page.getByLabel('Currency').fill('EUR');
      await a.page.getByLabel('Valid from').fill('2026-01-01');
      await a.page.getByLabel('Items').fill('COF-ROB-250 12 6 1=900 48=800\nNO-SUCH-SKU 1 1 1=100');
      await a.page.getByRole('button', { name: 'Save price list' }).click();
      await a.page.locator('#pl-items-error').getByText('no product variant has SKU NO-SUCH-SKU').waitFor();
      assert.equal((await a.call('GET', '/v1/admin/price-lists/eu-wholesale')).status, 404, 'nothing written');
      await a.page.getByLabel('Items').fill('COF-ROB-250 12 6 1=900 48=800');
      await a.page.getByRole('button', { name: 'Save price list' }).click();
      await a.page.getByRole('heading', { name: 'Edit EU wholesale' }).waitFor();
      await a.page.getByLabel('SKU').fill('COF-ROB-250');
      await a.page.getByLabel('Quantity', { exact: true }).fill('6');
      await a.page.getByRole('button', { name: 'Price', exact: true }).click();
      await a.page.getByText('6 is below the minimum order quantity of 12').waitFor();
      await a.page.getByLabel('Quantity', { exact: true }).fill('48');
      await a.page.getByRole('button', { name: 'Price', exact: true }).click();
      await a.page.getByText('800 a unit (tier from 48), 38400 for the line').waitFor();
    });

    test('a company is created; a wrong VAT check digit and a foreign BIC are shown at their fields', async () => {
      await a.page.getByRole('link', { name: 'Distributors' }).first().click();
      await a.page.getByRole('heading', { name: 'Distributors' }).waitFor();
      await a.page.getByRole('link', { name: 'Add a company' }).click();
      await a.page.getByLabel('Legal name').fill('Kaffeehaus Nord GmbH');
      await a.page.locator('#c-country').fill('DE');
      await a.page.getByLabel('Accounts email').fill('einkauf@kaffeehaus.example');
      await a.page.getByLabel('VAT or tax number').fill('DE136695977');
      await a.page.locator('#c-addressName').fill('Kaffeehaus Nord');
      await a.page.locator('#c-line1').fill('Hafenstraße 12');
      await a.page.locator('#c-city').fill('Hamburg');
      await a.page.locator('#c-postalCode').fill('20457');
      await a.page.getByLabel('Price list').selectOption('eu-wholesale');
      await a.page.getByLabel('Payment terms').selectOption('net_30');
      await a.page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
      await a.page.getByLabel('BIC').fill('BNPAFRPP');
      await a.page.getByLabel('Buyers').fill('Jana Vogel, jana@kaffeehaus.example');
      await a.page.getByRole('button', { name: 'Create company' }).click();
      await a.page.locator('#c-taxNumber-error').getByText('the check digit should be 6').waitFor();
      await a.page.locator('#c-bic-error').getByText('is a bank in FR').waitFor();
      assert.equal((await a.call('GET', '/v1/admin/companies?q=Kaffeehaus')).body.items.length, 0, 'nothing written');
      await a.page.getByLabel('VAT or tax number').fill('DE136695976');
      await a.page.getByLabel('BIC').fill('COBADEFF');
      await a.page.getByRole('button', { name: 'Create company' }).click();
      await a.page.getByRole('heading', { name: 'Buyers' }).waitFor();
      assert.equal(await a.page.getByLabel('IBAN').inputValue(), 'DE89 3704 0044 0532 0130 00');
      await a.page.getByText('jana@kaffeehaus.example').waitFor();
      await a.page.locator('#b-name').fill('Tom Berg');
      await a.page.locator('#b-email').fill('JANA@kaffeehaus.example');
      await a.page.getByRole('button', { name: 'Add buyer' }).click();
      await a.page.locator('#b-email-error').getByText('already a buyer').waitFor();
      await a.page.locator('#b-email').fill('tom@kaffeehaus.example');
      await a.page.getByRole('button', { name: 'Add buyer' }).click();
      await a.page.getByText('tom@kaffeehaus.example').waitFor();
      const companies = (await a.call('GET', '/v1/admin/companies?q=Kaffeehaus')).body.items;
      assert.deepEqual(companies.map((c: { taxNumber: string; priceList: string; paymentTerms: string }) => [c.taxNumber, c.priceList, c.paymentTerms]), [['DE136695976', 'eu-wholesale', 'net_30']]);
      assert.deepEqual(a.errors(), []);
    });
  });
});
