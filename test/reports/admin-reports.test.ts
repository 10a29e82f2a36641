import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';

describe('admin in a real browser: reports', { skip: browserSkipReason() }, () => {
  describeWithDatabases('tax returns with their chart, drill-down to the lines and to an order, CSV, exposure and duties', (db) => {
    let a: AdminBrowser;
    let de: any;
    let fr: any;
    before(async () => {
      a = await startAdminBrowser(db());
      const reg = await a.call('POST', '/v1/admin/registrations', { scheme: 'IOSS', number: 'IM2760000001', validFrom: '2026-01-01' });
      assert.equal(reg.status, 201, JSON.stringify(reg.body));
      // Tea sets from Hội An under the IOSS: 19 % of EUR 119.30 to Germany, 20 % of EUR 119.41 to France.
      de = await a.placeOrder('eu', 'DE', [{ sku: 'CER-TEA-LOT', quantity: 1 }]);
      fr = await a.placeOrder('eu', 'FR', [{ sku: 'CER-TEA-LOT', quantity: 1 }], { email: 'lea@example.fr' });
      await a.signIn();
    });
    after(() => a?.close());

    test('Reports in the main navigation; the IOSS return of November with its chart and figures', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
      await a.page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
      await a.page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Tax returns' }).click();
      await a.page.getByLabel('Scheme', { exact: true }).selectOption('IOSS');
      await a.page.getByLabel('Period', { exact: true }).fill('2026-11');
      await a.page.getByRole('button', { name: 'Show' }).click();
      await a.page.waitForURL('**/admin/reports/tax-returns?scheme=IOSS&period=2026-11');
      await a.page.getByTestId('tax-return-period').filter({ hasText: 'IOSS) VAT return: 2026-11 (2026-11-01 to 2026-11-30, UTC), due 2026-12-31. Registration: IM2760000001.' }).waitFor();

      const chart = a.page.getByRole('img', { name: 'IOSS 2026-11: tax per member state of consumption and rate, in EUR' });
      await chart.waitFor();
      assert.equal(await chart.evaluate((svg) => svg.tagName.toLowerCase()), 'svg');
      assert.equal(await a.page.locator('#chart-tax rect').count(), 2, 'one bar per country and rate');
      assert.match((await a.page.locator('#chart-tax').textContent()) ?? '', /DE 19 %.*EUR 22\.67.*FR 20 %.*EUR 23\.88/);

      assert.equal(await a.page.locator('#table-tax-figures tr[data-figure="DE-19"]').innerText(), ['DE 19 %', 'EUR 119.30', 'EUR 22.67', 'EUR 0.00', 'EUR 0.00', 'EUR 119.30', 'EUR 22.67', '1 line'].join('\t'));
      assert.equal(await a.page.locator('#table-tax-figures tr[data-figure="FR-20"]').innerText(), ['FR 20 %', 'EUR 119.41', 'EUR 23.88', 'EUR 0.00', 'EUR 0.00', 'EUR 119.41', 'EUR 23.88', '1 line'].join('\t'));
      assert.equal(await a.page.getByTestId('tax-payable').innerText(), 'Payable with this return: EUR 46.55');
    });

    test('a figure drills down to its order lines, and a line to its order', async () => {
      await a.page.locator('#table-tax-figures tr[data-figure="FR-20"]').getByRole('link', { name: '1 line' }).click();
      await a.page.waitForURL('**/admin/reports/tax-lines?scheme=IOSS&period=2026-11&section=period&country=FR&rate=20');
      const row = a.page.locator(`#table-tax-lines tr[data-order="${fr.number}"]`);
      await row.waitFor();
      assert.equal(await row.innerText(), [fr.number, '1: CER-TEA-LOT', 'Sale', '2026-11-27', '2026-11', 'FR', '20 %', '1', 'EUR 119.41', 'EUR 23.88'].join('\t'));
      await row.getByRole('link', { name: fr.number }).click();
      await a.page.waitForURL(`**/admin/orders/${fr.number}`);
      await a.page.getByRole('heading', { name: new RegExp(fr.number) }).first().waitFor();
    });

    test('the return downloads as CSV', async () => {
      await a.page.goto(`${a.base}/admin/reports/tax-returns?scheme=IOSS&period=2026-11`);
      await a.page.locator('#table-tax-figures').waitFor();
      const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Download the return (CSV)' }).click()]);
      assert.equal(download.suggestedFilename(), 'ioss-2026-11.csv');
      const text = fs.readFileSync((await download.path())!, 'utf8');
      assert.equal(text.split('\r\n')[1], 'figure,IOSS,2026-11,,DE,19,EUR,1,119.30,22.67,0,0.00,0.00,119.30,22.67,true,IM2760000001');
    });

    test('currency exposure and the duties report have their charts; a currency leads to its orders', async () => {
      await a.page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Currency exposure' }).click();
      await a.page.getByRole('img', { name: 'Net position per currency in USD' }).waitFor();
      // Owed: the IOSS VAT of both (22.67 + 23.88), the EUR 3 duty of each parcel and France's EUR 2 small-parcel fee.
      assert.match(await a.page.locator('#table-exposure tr[data-currency="EUR"]').innerText(), /^EUR\tEUR [\d,]+\.\d\d\tEUR 46\.55\tEUR 8\.00\tEUR 0\.00\t/);
      await a.page.locator('#table-exposure tr[data-currency="EUR"]').getByRole('link', { name: 'EUR' }).click();
      await a.page.waitForURL('**/admin/reports/orders?currency=EUR&from=2026-10-29&to=2026-11-27');
      await a.page.locator(`#table-sales-orders tr[data-order="${de.number}"]`).waitFor();
      assert.equal(await a.page.locator('#table-sales-orders tbody tr').count(), 2);

      await a.page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Duties quoted and invoiced' }).click();
      await a.page.getByRole('heading', { name: 'Record a carrier invoice' }).waitFor();
      // Nothing shipped yet: no parcel to reconcile.
      await a.page.getByText('No parcels with import charges in this range.').waitFor();
      assert.deepEqual(a.errors(), []);
    });

    test('the dashboard\'s market rows lead to their orders', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await a.page.locator('#table-by-market tr[data-market="eu"]').getByRole('link', { name: '2' }).click();
      await a.page.waitForURL('**/admin/reports/orders?market=eu&currency=EUR&from=2026-10-29&to=2026-11-27');
      await a.page.getByTestId('sales-orders-range').filter({ hasText: 'Orders paid 2026-10-29 to 2026-11-27 (UTC), market eu, in EUR.' }).waitFor();
      await a.page.locator(`#table-sales-orders tr[data-order="${de.number}"]`).getByRole('link', { name: de.number }).click();
      await a.page.waitForURL(`**/admin/orders/${de.number}`);
      assert.deepEqual(a.errors(), []);
    });
  });
});
