import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: rules inspector and quote playground', { skip: browserSkipReason() }, () => {
  describeWithDatabases('rules with dates and sources, one rule by id, a landed-cost quote', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      await a.signIn();
    });
    after(() => a?.close());

    test('the rules of Germany on a date: tax rates, thresholds and schemes with their dates and sources', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
      await a.page.getByRole('heading', { name: 'Rules', level: 1 }).waitFor();
      const summary = (await a.call('GET', '/v1/rules')).body;
      assert.equal(await a.page.getByTestId('rules-version').innerText(), summary.version);
      await a.page.getByLabel('Destination', { exact: true }).selectOption('DE');
      await a.page.getByLabel('On', { exact: true }).fill('2026-11-27');
      await a.page.getByRole('button', { name: 'Show the rules' }).click();
      await a.page.getByRole('heading', { name: 'DE on 2026-11-27' }).waitFor();
      const vat = await a.page.locator('[data-rule="tax.DE.vat.standard"]').innerText();
      assert.match(vat, /percent\s+19/);
      assert.match(vat, /In effect\s+from 2021-01-01, no end date/);
      assert.match(vat, /Source\s+Umsatzsteuergesetz § 12 Abs\. 1/);
      assert.match(await a.page.locator('[data-rule="scheme.EU.IOSS"]').innerText(), /ceiling\s+EUR 150\.00[\s\S]*from 2021-07-01/);
      assert.match(await a.page.locator('[data-rule="flat.EU.low-value"]').innerText(), /from 2026-07-01 until 2028-07-01 \(excluded\)/);
      assert.match(await a.page.getByTestId('destination-rules').innerText(), /\d+ tariff lines in effect/);

      // Before 2026-07-01 there was no flat EUR 3 duty.
      await a.page.getByLabel('On', { exact: true }).fill('2026-06-30');
      await a.page.getByRole('button', { name: 'Show the rules' }).click();
      await a.page.getByRole('heading', { name: 'DE on 2026-06-30' }).waitFor();
      assert.equal(await a.page.locator('[data-rule="flat.EU.low-value"]').count(), 0);
    });

    test('tariff lines of a territory under an HS code on a date, with rates and sources; a bad code refused next to the field', async () => {
      await a.page.getByLabel('Customs territory').fill('US');
      await a.page.getByLabel('HS code', { exact: true }).fill('6912');
      await a.page.getByLabel('In effect on').fill('2026-11-27');
      await a.page.getByRole('button', { name: 'Show lines' }).click();
      const row = a.page.locator('[data-tariff="tariff.US.MFN.691200"]');
      await row.waitFor();
      const cells = await row.locator('td').allInnerTexts();
      assert.deepEqual(cells.slice(0, 3), ['691200', 'MFN', '4.5%']);
      assert.match(cells[4]!, /Ceramic tableware/);
      await a.page.getByLabel('HS code', { exact: true }).fill('69x');
      await a.page.getByRole('button', { name: 'Show lines' }).click();
      await a.page.locator('#tariff-hs-error').filter({ hasText: '2 to 10 digits' }).waitFor();
    });

    test('one rule by id, and an unknown id refused next to the field', async () => {
      await a.page.getByLabel('Rule id').fill('tariff.JP.MFN.610910');
      await a.page.getByRole('button', { name: 'Look up' }).click();
      const card = a.page.locator('[data-rule="tariff.JP.MFN.610910"]');
      await card.waitFor();
      assert.match(await card.innerText(), /tariff[\s\S]*In effect\s+from 2025-01-01[\s\S]*Source\s+Customs Tariff Schedules of Japan/);
      await a.page.getByLabel('Rule id').fill('tariff.XX.nothing');
      await a.page.getByRole('button', { name: 'Look up' }).click();
      await a.page.locator('#rule-id-error').filter({ hasText: 'no rule with id "tariff.XX.nothing"' }).waitFor();
    });

    test('the playground quotes a consignment with every charge explained; bad HS codes and prices are refused next to their fields', async () => {
      await a.page.getByLabel('Date (its rules and rates apply)').fill('2026-11-27');
      await a.page.getByLabel('HS code (item 1)').fill('61');
      await a.page.getByLabel('Unit price (item 1)').fill('20.001');
      await a.page.getByLabel('Ship to (country)').fill('DX');
      await a.page.getByRole('button', { name: 'Quote the landed cost' }).click();
      await a.page.locator('#q-item-0-hs-error').filter({ hasText: '6 to 10 digits' }).waitFor();
      assert.match(await a.page.locator('#q-item-0-price-error').innerText(), /EUR has 2 decimal places; "20\.001" has more/);
      assert.match(await a.page.locator('#q-to-error').innerText(), /ISO 3166-1 alpha-2/);
      assert.equal(await a.page.getByTestId('quote-answer').count(), 0);

      // 2 T-shirts of EUR 20.00 from Vietnam to Germany, EUR 10.00 shipping: the EUR 3 flat duty and 19% VAT.
      await a.page.getByLabel('HS code (item 1)').fill('6109.10');
      await a.page.getByLabel('Unit price (item 1)').fill('20.00');
      await a.page.getByLabel('Ship to (country)').fill('DE');
      await a.page.getByRole('button', { name: 'Quote the landed cost' }).click();
      const answer = a.page.getByTestId('quote-answer');
      await answer.waitFor();
      assert.match(await answer.locator('table.totals').innerText(), /Duties\s+EUR 3\.00[\s\S]*Landed cost\s+EUR 63\.07/);
      const duty = await answer.locator('[data-rule="flat.EU.low-value"]').innerText();
      assert.match(duty, /Low-value consignment duty/);
      assert.match(duty, /in effect from 2026-07-01 until 2028-07-01/);
      assert.match(await answer.locator('table.charges').first().innerText(), /tax\.DE\.vat\.standard/);
      assert.equal(await a.page.locator('#q-item-0-hs-error').count(), 0);
      assert.deepEqual(a.errors(), []);
    });
  });
});
