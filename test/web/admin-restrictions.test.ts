import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: restricted goods', { skip: browserSkipReason() }, () => {
  describeWithDatabases('the catalog per market, and a licence recorded at the field and removed', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      const created = await a.call('POST', '/v1/admin/products', {
        handle: 'replica-pistol', status: 'active', hsCode: '442090', originCountry: 'VN',
        translations: { en: { title: 'Carved wooden replica pistol' } },
        variants: [{ sku: 'RG-PISTOL', price: { amount: '40.00', currency: 'USD' }, weightKg: '0.6' }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      await a.signIn();
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
      await a.page.getByRole('heading', { name: 'Restricted goods', level: 2 }).waitFor();
    });
    after(() => a?.close());

    test('a market shows its blocked products per country with the rule; a licence lifts the block', async () => {
      const { page } = a;
      await page.getByLabel('Market').selectOption('au');
      const pistol = page.locator('tr[data-product="replica-pistol"][data-country="AU"]');
      await pistol.waitFor();
      assert.match(await pistol.innerText(), /blocked/);
      assert.match(await pistol.innerText(), /au\.imitation-firearms restricted: Replica firearms/);
      assert.match(await pistol.innerText(), /Needs: Import permission/);
      // The demo catalog is never blocked: wooden goods carry the biosecurity condition only.
      const blockedDemo = await page.locator('tr.error[data-country="AU"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-product')));
      assert.deepEqual(blockedDemo, ['replica-pistol']);

      await page.getByLabel('Licence rule').selectOption('au.imitation-firearms');
      await page.getByLabel('Licence destination').fill('NZ');
      await page.getByLabel('Licence or certificate number').fill('B709-1');
      await page.getByRole('button', { name: 'Record licence' }).click();
      const refused = page.locator('#compliance-licence-destination').locator('xpath=..');
      await page.getByText('The licence was not recorded: see the fields marked below.').waitFor();
      assert.match(await refused.innerText(), /does not cover NZ/);
      assert.equal((await a.call('GET', '/v1/admin/restrictions/licences')).body.items.length, 0, 'nothing recorded');

      await page.getByLabel('Licence destination').fill('AU');
      // The form starts at the browser's date; the server's clock is the suite's (2026-11-27), which the browser's may have passed.
      await page.getByLabel('Licensed from').fill(a.t.deps.clock().toISOString().slice(0, 10));
      await page.getByRole('button', { name: 'Record licence' }).click();
      await page.locator('tr[data-licence="B709-1"]').waitFor();
      assert.match(await page.getByTestId('compliance-status').innerText(), /Recorded licence B709-1 for au\.imitation-firearms in AU/);
      await page.waitForFunction(() => (globalThis as any).document.querySelector('tr[data-product="replica-pistol"][data-country="AU"]')?.textContent?.includes('licensed'));
      assert.match(await pistol.innerText(), /Licence held: B709-1/);

      await page.getByRole('button', { name: 'Remove licence B709-1' }).click();
      await page.waitForFunction(() => !(globalThis as any).document.querySelector('tr[data-licence="B709-1"]'));
      await page.waitForFunction(() => (globalThis as any).document.querySelector('tr[data-product="replica-pistol"][data-country="AU"]')?.textContent?.includes('blocked'));
      assert.deepEqual(a.errors().filter((e) => !/status of 4\d\d/.test(e)), []);
    });
  });
});
