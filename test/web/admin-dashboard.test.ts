import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: dashboard', { skip: browserSkipReason() }, () => {
  describeWithDatabases('sales, orders per day, duties and taxes, with charts and their tables', (db) => {
    let a: AdminBrowser;
    let eu: any;
    let jp: any;
    before(async () => {
      a = await startAdminBrowser(db());
      // EUR 147.49 (worked out in the checkout suite), a Japanese parcel, and an order never paid.
      eu = await a.placeOrder('eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }]);
      jp = await a.placeOrder('jp', 'JP', [{ sku: 'BAG-TOT-TAN', quantity: 1 }, { sku: 'TEE-LAN-M', quantity: 2 }, { sku: 'COF-ROB-250', quantity: 2 }]);
      await a.placeOrder('eu', 'FR', [{ sku: 'COF-ROB-250', quantity: 1 }], { pay: false, email: 'lea@example.fr' });
      await a.signIn();
    });
    after(() => a?.close());

    test('the last 30 days by default: each currency on its own, the seeded orders\' totals exactly', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
      await a.page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
      await a.page.getByTestId('dashboard-range').waitFor();
      assert.equal(await a.page.getByTestId('dashboard-range').innerText(), '2026-10-29 to 2026-11-27: 30 days (UTC). 3 orders placed, 2 paid.');
      assert.equal(jp.totals.total.amount, '58239');
      assert.match(await a.page.getByRole('article', { name: 'Sales in EUR' }).innerText(), /EUR 147\.49\s+1 paid order · refunded EUR 0\.00 · net EUR 147\.49/);
      assert.match(await a.page.getByRole('article', { name: 'Sales in JPY' }).innerText(), /JPY 58,239\s+1 paid order · refunded JPY 0 · net JPY 58,239/);
      assert.equal(
        await a.page.locator('#table-by-market tr[data-market="eu"]').innerText(),
        ['eu (EUR)', '1', 'EUR 132.50', 'EUR 0.00', 'EUR 12.89', 'EUR 0.00', 'EUR 20.64', 'EUR 0.00', 'EUR 147.49', 'EUR 0.00', 'EUR 147.49'].join('\t'),
      );
      assert.match(await a.page.locator('#table-by-market tr[data-market="jp"]').innerText(), new RegExp(`^jp \\(JPY\\)\\t1\\t.*\\tJPY 4,986\\t.*\\tJPY 58,239\\tJPY 0\\tJPY 58,239$`));
      assert.match(await a.page.locator('#table-duties tr[data-market="jp"]').innerText(), /^jp \(JPY\)\tJPY 4,986\tJPY 0\tJPY 4,986\t/);
      assert.equal(eu.totals.taxes.amount, '20.64');
      assert.equal(await a.page.locator('#table-duties tr[data-market="eu"]').innerText(), ['eu (EUR)', 'EUR 0.00', 'EUR 0.00', 'EUR 0.00', 'EUR 20.64', 'EUR 0.00', 'EUR 20.64'].join('\t'));
    });

    test('charts are SVG pictures with a title, and a table of their numbers under them', async () => {
      const perDay = a.page.getByRole('img', { name: /Orders placed and paid per day, 2026-10-29 to 2026-11-27/ });
      await perDay.waitFor();
      assert.equal(await perDay.evaluate((svg) => svg.tagName.toLowerCase()), 'svg');
      // 30 days x (placed, paid): 60 bars, all but the last day's two of height 0.
      const heights = await a.page.locator('#chart-per-day rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
      assert.equal(heights.length, 60);
      assert.deepEqual(heights.slice(0, 58).filter((h) => h > 0), []);
      assert.ok(heights[58]! > heights[59]!, 'three placed, two paid on the last day');
      assert.equal(await a.page.locator('#table-per-day tbody tr').count(), 1);
      assert.equal(await a.page.locator('#table-per-day tr[data-date="2026-11-27"]').innerText(), ['2026-11-27', '3', '2', 'EUR 147.49 · JPY 58,239'].join('\t'));
      for (const name of ['Paid orders per market', 'Charged at checkout per market, in EUR', 'Charged at checkout per market, in JPY', 'Duties and taxes kept per market, in JPY']) {
        await a.page.getByRole('img', { name }).waitFor();
      }
      assert.match((await a.page.locator('#chart-market-JPY').textContent()) ?? '', /jp: JPY 58,239/);
    });

    test('a range with from after to is refused next to From; a good range is kept in the address', async () => {
      await a.page.getByLabel('From').fill('2026-11-28');
      await a.page.getByLabel('To (included)').fill('2026-11-27');
      await a.page.getByRole('button', { name: 'Show' }).click();
      await a.page.locator('#range-from-error').filter({ hasText: 'must be on or before to (2026-11-27)' }).waitFor();
      assert.equal(await a.page.getByLabel('From').getAttribute('aria-invalid'), 'true');

      await a.page.getByLabel('From').fill('2026-11-20');
      await a.page.getByLabel('To (included)').fill('2026-11-26');
      await a.page.getByRole('button', { name: 'Show' }).click();
      await a.page.waitForURL('**/admin/dashboard?from=2026-11-20&to=2026-11-26');
      await a.page.getByTestId('dashboard-range').filter({ hasText: '2026-11-20 to 2026-11-26: 7 days (UTC). 0 orders placed, 0 paid.' }).waitFor();
      await a.page.getByText('No paid orders in this range.').waitFor();
      assert.equal(await a.page.locator('#range-from-error').count(), 0);
      assert.equal(await a.page.locator('#chart-per-day rect').count(), 14);
      assert.deepEqual(a.errors(), []);
    });
  });
});
