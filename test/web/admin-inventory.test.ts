import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: warehouses and stock', { skip: browserSkipReason() }, () => {
  describeWithDatabases('levels, movements, and receipts and adjustments with field errors', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(() => a?.close());

    const level = async (sku: string, warehouse: string) => {
      const r = await a.call('GET', `/v1/admin/inventory?sku=${sku}&warehouse=${warehouse}`);
      return r.body.items[0] as { onHand: number; reserved: number; available: number };
    };
    const record = () => a.page.getByRole('button', { name: 'Record movement' }).click();

    test('the warehouses and the stock of one SKU in each', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Warehouses and stock' }).click();
      await a.page.getByRole('heading', { name: 'Warehouses and stock', level: 1 }).waitFor();
      const venloRow = a.page.getByRole('region', { name: 'Warehouses', exact: true }).getByRole('row', { name: /nl-venlo/ });
      await venloRow.waitFor();
      assert.match(await venloRow.innerText(), /Venlo fulfilment\tCelsiusweg 20, 5928 PR Venlo, NL\teu, uk, ch, no\tyes/);
      await a.page.getByLabel('Filter by SKU').fill('TEE-LAN-M');
      await a.page.getByRole('button', { name: 'Filter' }).click();
      await a.page.locator('#stock-levels tbody tr').first().waitFor();
      await a.page.waitForFunction(() => (globalThis as any).document.querySelectorAll('#stock-levels tbody tr').length === 3);
      const venlo = await level('TEE-LAN-M', 'nl-venlo');
      assert.match(await a.page.locator('tr[data-stock="TEE-LAN-M@nl-venlo"]').innerText(), new RegExp(`^TEE-LAN-M\\tnl-venlo\\t${venlo.onHand}\\t0\\t${venlo.available}\\t`));
    });

    test('a negative receipt, an unknown SKU and no warehouse are refused next to their fields; nothing moves', async () => {
      const before = await level('TEE-LAN-M', 'nl-venlo');
      await a.page.locator('#movement-sku').fill('NOPE-1');
      await a.page.locator('#movement-quantity').fill('-5');
      await record();
      await a.page.locator('#movement-warehouse-error').waitFor();
      assert.match(await a.page.locator('#movement-warehouse-error').innerText(), /warehouse code/);
      assert.match(await a.page.locator('#movement-quantity-error').innerText(), /must be positive for a receipt/);
      assert.equal(await a.page.locator('#movement-quantity').getAttribute('aria-invalid'), 'true');

      await a.page.locator('#movement-warehouse').selectOption('nl-venlo');
      await a.page.locator('#movement-quantity').fill('5');
      await record();
      await a.page.locator('#movement-sku-error').filter({ hasText: 'NOPE-1' }).waitFor();
      assert.equal(await a.page.locator('#movement-quantity-error').count(), 0);

      await a.page.locator('#movement-sku').fill('TEE-LAN-M');
      await a.page.locator('#movement-quantity').fill('two');
      await record();
      await a.page.locator('#movement-quantity-error').filter({ hasText: 'whole number' }).waitFor();
      assert.deepEqual(await level('TEE-LAN-M', 'nl-venlo'), before);
    });

    test('a receipt and an adjustment move the level and appear in the ledger', async () => {
      const before = await level('TEE-LAN-M', 'nl-venlo');
      await a.page.locator('#movement-quantity').fill('5');
      await a.page.locator('#movement-reference').fill('PO-2026-118');
      await record();
      await a.page.getByRole('status').filter({ hasText: `Recorded a receipt of +5 × TEE-LAN-M in nl-venlo: ${before.onHand + 5} on hand, ${before.available + 5} available.` }).waitFor();
      await a.page.locator(`tr[data-stock="TEE-LAN-M@nl-venlo"]`).filter({ hasText: `\t${before.onHand + 5}\t` }).waitFor();
      // The ledger reloads on its own: wait for it, then check its newest row.
      await a.page.locator('#movements tbody tr').first().filter({ hasText: 'PO-2026-118' }).waitFor();
      assert.match(await a.page.locator('#movements tbody tr').first().innerText(), /TEE-LAN-M\tnl-venlo\treceipt\t\+5\t\d+\tPO-2026-118/);

      await a.page.locator('#movement-kind').selectOption('adjustment');
      await a.page.locator('#movement-sku').fill('TEE-LAN-M');
      await a.page.locator('#movement-quantity').fill('-2');
      await a.page.locator('#movement-reason').fill('stock count');
      await record();
      await a.page.getByRole('status').filter({ hasText: 'Recorded an adjustment of -2 × TEE-LAN-M in nl-venlo' }).waitFor();
      assert.equal((await level('TEE-LAN-M', 'nl-venlo')).onHand, before.onHand + 3);
      await a.page.locator('#movements tbody tr').first().filter({ hasText: 'stock count' }).waitFor();
      assert.match(await a.page.locator('#movements tbody tr').first().innerText(), /adjustment\t-2\t\d+\tstock count/);
      assert.deepEqual(a.errors(), []);
    });
  });
});
