import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

/** Three products; line 4 has a negative weight, so two are imported and one is refused. */
const CSV = [
  'handle,hs_code,origin_country,title_en,sku,option_size,price,currency,weight_kg',
  'browser-tee,610910,VN,Browser tee,BI-TEE-S,S,25.00,USD,0.2',
  'browser-mug,691200,VN,Browser mug,BI-MUG,,12.50,USD,0.4',
  'browser-cap,650500,VN,Browser cap,BI-CAP,,15.00,USD,-1',
].join('\n');

describe('admin in a real browser: catalog import', { skip: browserSkipReason() }, () => {
  describeWithDatabases('a CSV uploaded from the products page', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(async () => {
      await a?.close();
    });

    const openImport = async () => {
      await a.page.goto(`${a.base}/admin/products`);
      await a.page.getByRole('heading', { name: 'Products', level: 1 }).waitFor();
      await a.page.getByRole('button', { name: 'Import products' }).click();
      await a.page.getByRole('heading', { name: 'Import products', level: 2 }).waitFor();
    };
    const choose = (name: string, text: string) => a.page.getByLabel('Catalog file').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

    test('a dry run shows what would be imported and writes nothing', async () => {
      await openImport();
      await choose('spring.csv', CSV);
      assert.equal(await a.page.getByLabel('Format').inputValue(), 'csv');
      await a.page.getByLabel('Check only (dry run)').check();
      await a.page.getByRole('button', { name: 'Import', exact: true }).click();
      await a.page.getByRole('heading', { name: 'Dry run: nothing was written' }).waitFor();
      await a.page.getByText('2 products with 2 variants would be imported.').waitFor();
      assert.equal((await a.call('GET', '/v1/admin/products/browser-tee')).status, 404);
    });

    test('an import shows its progress reaching the total, then the counts and the refused row', async () => {
      await openImport();
      await choose('spring.csv', CSV);
      await a.page.getByRole('button', { name: 'Import', exact: true }).click();
      await a.page.getByRole('heading', { name: 'Import finished' }).waitFor();
      assert.equal(await a.page.getByTestId('catalog-progress-text').innerText(), '2 of 2 products');
      const bar = a.page.locator('progress#catalog-progress');
      assert.deepEqual([await bar.getAttribute('value'), await bar.getAttribute('max')], ['2', '2']);
      assert.match(await a.page.getByRole('row', { name: /^Products/ }).innerText(), /^Products\t2\t0\t0$/);
      assert.match(await a.page.getByRole('row', { name: /^Variants/ }).innerText(), /^Variants\t2\t0\t0$/);
      await a.page.getByText('Refused: 1 products (1 rows).').waitFor();
      const refused = a.page.getByRole('table', { name: 'Refused rows' }).locator('tbody tr');
      assert.equal(await refused.count(), 1);
      assert.match(await refused.first().innerText(), /^4\tweight_kg\tweight_kg /);
      // The list behind the form is reloaded with the new products.
      await a.page.getByRole('link', { name: 'Browser tee' }).waitFor();
      assert.equal((await a.call('GET', '/v1/admin/products/browser-mug')).status, 200);
      assert.equal((await a.call('GET', '/v1/admin/products/browser-cap')).status, 404);
      assert.deepEqual(a.errors(), []);
    });

    test('a file with no usable product is refused with an alert naming its line', async () => {
      await openImport();
      await choose('broken.csv', CSV.split('\n').filter((_, i) => i === 0 || i === 3).join('\n'));
      await a.page.getByRole('button', { name: 'Import', exact: true }).click();
      const alert = a.page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), /no usable products.*line 2: weight_kg/);
    });
  });
});
