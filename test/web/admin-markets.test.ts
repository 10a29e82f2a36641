import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: markets', { skip: browserSkipReason() }, () => {
  describeWithDatabases('list and edit, with field errors', (db) => {
    let a: AdminBrowser;
    let order: string[] = [];
    before(async () => {
      a = await startAdminBrowser(db());
      order = (await a.call('GET', '/v1/admin/markets')).body.items.map((m: { id: string }) => m.id);
      await a.signIn();
    });
    after(() => a?.close());
    const eu = async () => (await a.call('GET', '/v1/admin/markets')).body.items.find((m: { id: string }) => m.id === 'eu');
    const save = () => a.page.getByRole('button', { name: 'Save market' }).click();

    test('the list shows countries, currency, languages, Incoterm, price rules and payment methods', async () => {
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Markets' }).click();
      await a.page.getByRole('heading', { name: 'Markets', level: 1 }).waitFor();
      const row = await a.page.locator('tr[data-market="eu"]').innerText();
      assert.equal(
        row,
        ['European Union eu', 'DE, FR, NL, IT, ES', 'EUR', 'de, fr, nl, it, es, en', 'DDP', 'tax included', 'FX markup 2%, rounded half-up to 1 minor unit, ending in 90 of every 100 (nearest)', 'card, paypal, klarna, ideal, sepa_debit, apple_pay, google_pay'].join('\t'),
      );
      assert.match(await a.page.locator('tr[data-market="us"]').innerText(), /default/);
    });

    test('bad values are refused next to their fields, a country of another market too; nothing is saved', async () => {
      const before = await eu();
      await a.page.getByRole('link', { name: 'European Union' }).click();
      await a.page.getByRole('heading', { name: 'European Union', level: 1 }).waitFor();
      await a.page.getByLabel('Countries', { exact: true }).fill('DE, FR, XX');
      await a.page.getByLabel('FX markup (%)').fill('abc');
      await a.page.getByLabel('Round to (minor units)').fill('0');
      await a.page.getByLabel('Languages').fill('de, Deutsch');
      await save();
      await a.page.locator('#m-countries-error').filter({ hasText: 'ISO 3166-1 alpha-2' }).waitFor();
      assert.match(await a.page.locator('#m-markup-error').innerText(), /decimal string from "0" to "50"/);
      assert.match(await a.page.locator('#m-increment-error').innerText(), /whole number of minor units/);
      assert.match(await a.page.locator('#m-locales-error').innerText(), /language tag/);
      assert.equal(await a.page.getByLabel('FX markup (%)').getAttribute('aria-invalid'), 'true');

      await a.page.getByLabel('Countries', { exact: true }).fill('DE, FR, NL, IT, ES, GB');
      await a.page.getByLabel('FX markup (%)').fill('2');
      await a.page.getByLabel('Round to (minor units)').fill('1');
      await a.page.getByLabel('Languages').fill('de, fr, nl, it, es, en');
      await save();
      await a.page.locator('#m-countries-error').filter({ hasText: 'GB (market uk)' }).waitFor();
      assert.equal(await a.page.locator('#m-markup-error').count(), 0);
      assert.deepEqual(await eu(), before);
    });

    test('a good edit is saved and the market keeps its place in the list', async () => {
      await a.page.getByLabel('Countries', { exact: true }).fill('DE, FR, NL, IT, ES, AT');
      await a.page.getByLabel('FX markup (%)').fill('2.5');
      await a.page.getByLabel('Payment methods').fill('card, paypal, klarna, ideal, sepa_debit, eps');
      await a.page.getByLabel('Ending (minor units)').fill('95');
      await save();
      await a.page.getByRole('status').filter({ hasText: 'Saved European Union.' }).waitFor();
      const saved = await eu();
      assert.deepEqual([saved.countries, saved.pricing, saved.paymentMethods, saved.incoterm, saved.taxInclusive, saved.isDefault], [
        ['DE', 'FR', 'NL', 'IT', 'ES', 'AT'],
        { fxMarkupPercent: '2.5', rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 95, direction: 'nearest' } },
        ['card', 'paypal', 'klarna', 'ideal', 'sepa_debit', 'eps'],
        'DDP',
        true,
        false,
      ]);
      assert.deepEqual((await a.call('GET', '/v1/admin/markets')).body.items.map((m: { id: string }) => m.id), order);
      await a.page.getByRole('link', { name: '← Markets' }).click();
      await a.page.locator('tr[data-market="eu"]').filter({ hasText: 'DE, FR, NL, IT, ES, AT' }).waitFor();
      assert.match(await a.page.locator('tr[data-market="eu"]').innerText(), /DE, FR, NL, IT, ES, AT\tEUR/);
      assert.deepEqual(a.errors(), []);
    });
  });
});
