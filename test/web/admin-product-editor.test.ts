import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

describe('admin in a real browser: product editor translations and variants', { skip: browserSkipReason() }, () => {
  describeWithDatabases('texts by locale, prices and weights, refused next to the field', (db) => {
    let a: AdminBrowser;
    let id = '';
    let original: any;
    /** Answers of 500 and above, by path: the store has no trained HS model, so only its 503 is expected. */
    const serverFailures: string[] = [];
    const stored = async () => {
      const r = await a.call('GET', `/v1/admin/products/${id}`);
      assert.equal(r.status, 200);
      return r.body;
    };
    before(async () => {
      a = await startAdminBrowser(db());
      const created = await a.call('POST', '/v1/admin/products', {
        handle: 'editor-robusta',
        hsCode: '090111',
        originCountry: 'VN',
        translations: {
          en: { title: 'Robusta beans', description: 'Whole beans' },
          de: { title: 'Robusta Bohnen', customsDescription: 'Kaffee, nicht geröstet' },
        },
        variants: [
          { sku: 'ROB-250', options: { size: '250 g' }, price: { amount: '7.50', currency: 'USD' }, weightKg: '0.25', dimensionsCm: { length: '12', width: '8', height: '4.5' } },
          { sku: 'ROB-1000', options: { size: '1 kg' }, price: { amount: '24.00', currency: 'USD' }, weightKg: '1', barcode: 'ROB1000-X' },
        ],
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      id = created.body.id;
      original = created.body;
      a.page.on('response', (r) => {
        if (r.status() >= 500) serverFailures.push(`${r.status()} ${new URL(r.url()).pathname}`);
      });
      await a.signIn();
      await a.page.goto(`${a.base}/admin/products/${id}`);
      await a.page.getByRole('heading', { name: 'Robusta beans', level: 1 }).waitFor();
    });
    after(async () => {
      await a?.close();
    });

    test('every locale is listed; a malformed or repeated tag is refused next to the field', async () => {
      const p = a.page;
      assert.equal(await p.getByLabel('Title (English)').inputValue(), 'Robusta beans');
      assert.equal(await p.getByLabel('Title (de)', { exact: true }).inputValue(), 'Robusta Bohnen');
      assert.equal(await p.getByLabel('Customs description (de)', { exact: true }).inputValue(), 'Kaffee, nicht geröstet');
      assert.equal(await p.getByLabel('Customs description (en)', { exact: true }).inputValue(), '');
      // English is required by the server, so it has no remove button; German has one.
      assert.equal(await p.getByRole('button', { name: 'Remove the en translation' }).count(), 0);
      assert.equal(await p.getByRole('button', { name: 'Remove the de translation' }).count(), 1);

      const tag = p.getByRole('textbox', { name: 'Add a locale' });
      await tag.fill('en_US');
      await p.getByRole('button', { name: 'Add locale' }).click();
      assert.equal(await p.locator('#t-new-locale-error').innerText(), '"en_US" is not a well-formed BCP 47 language tag, e.g. de, fr, ja or zh-Hans.');
      assert.equal(await tag.getAttribute('aria-invalid'), 'true');
      await tag.fill('DE');
      await tag.press('Enter');
      assert.equal(await p.locator('#t-new-locale-error').innerText(), 'de is already listed.');
      assert.equal(await p.getByLabel('Title (DE)', { exact: true }).count(), 0);
      assert.deepEqual(Object.keys((await stored()).translations).sort(), ['de', 'en']);
    });

    test('an empty Japanese title is refused by the server next to its field; the German title and Japanese text are then saved', async () => {
      const p = a.page;
      await p.getByLabel('Title (de)', { exact: true }).fill('Robusta-Bohnen, ganz');
      await p.getByRole('textbox', { name: 'Add a locale' }).fill('JA');
      await p.getByRole('button', { name: 'Add locale' }).click();
      const jaTitle = p.getByLabel('Title (ja)', { exact: true });
      await jaTitle.waitFor();
      assert.equal(await p.locator('#t-new-locale-error').count(), 0);
      assert.equal(await p.getByRole('textbox', { name: 'Add a locale' }).inputValue(), '');

      await p.getByRole('button', { name: 'Save' }).click();
      await p.locator('#t-ja-title-error').filter({ hasText: 'must not be empty' }).waitFor();
      assert.equal(await jaTitle.getAttribute('aria-invalid'), 'true');
      await p.getByRole('status').filter({ hasText: 'translations.ja.title must not be empty' }).waitFor();
      // Refused whole: the German title did not change either.
      const unchanged = await stored();
      assert.deepEqual(unchanged.translations, original.translations);

      await jaTitle.fill('ロブスタ豆');
      await p.getByLabel('Description (ja)', { exact: true }).fill('ホールビーン');
      await p.getByRole('button', { name: 'Save' }).click();
      await p.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      assert.equal(await p.locator('#t-ja-title-error').count(), 0);

      const saved = await stored();
      assert.deepEqual(saved.translations, {
        de: { title: 'Robusta-Bohnen, ganz', description: null, customsDescription: 'Kaffee, nicht geröstet' },
        en: { title: 'Robusta beans', description: 'Whole beans', customsDescription: null },
        ja: { title: 'ロブスタ豆', description: 'ホールビーン', customsDescription: null },
      });
      assert.deepEqual(saved.variants, original.variants);
      assert.equal(saved.hsCode, '090111');
    });

    test('a negative price, too many decimals and a zero weight are refused next to the field; a good price is saved', async () => {
      const p = a.page;
      const price = p.getByRole('textbox', { name: 'Price of ROB-250' });
      const weight = p.getByRole('textbox', { name: 'Weight of ROB-250 in kg' });
      assert.equal(await price.inputValue(), '7.50');
      assert.equal(await weight.inputValue(), '0.25');
      assert.equal(await p.getByRole('textbox', { name: 'Price of ROB-1000' }).inputValue(), '24.00');

      await price.fill('-1.00');
      await weight.fill('0');
      await p.getByRole('button', { name: 'Save' }).click();
      await p.locator('#v-0-amount-error').filter({ hasText: 'must not be negative' }).waitFor();
      assert.equal(await p.locator('#v-0-weightKg-error').innerText(), 'must be a weight in kilograms above 0 and up to 1,000, with at most 3 decimals (whole grams), e.g. "0.25"');
      assert.equal(await price.getAttribute('aria-invalid'), 'true');
      assert.equal(await weight.getAttribute('aria-invalid'), 'true');
      assert.equal(await p.locator('#v-1-amount-error').count(), 0);

      await price.fill('7.995');
      await weight.fill('0.3');
      await p.getByRole('button', { name: 'Save' }).click();
      await p.locator('#v-0-amount-error').filter({ hasText: 'USD has 2 decimal places; "7.995" has more' }).waitFor();
      assert.equal(await p.locator('#v-0-weightKg-error').count(), 0);
      assert.deepEqual((await stored()).variants, original.variants);

      await price.fill('8.25');
      await p.getByRole('button', { name: 'Save' }).click();
      await p.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      assert.equal(await price.inputValue(), '8.25');
      assert.equal(await weight.inputValue(), '0.3');

      const saved = await stored();
      const [first, second] = original.variants;
      // Only the edited price and weight changed; ids, options, dimensions and the other variant are kept.
      assert.deepEqual(saved.variants, [
        { ...first, price: { amount: '8.25', currency: 'USD' }, weightKg: '0.3' },
        second,
      ]);
      assert.deepEqual(first.dimensionsCm, { length: '12', width: '8', height: '4.5' });
      assert.equal(second.barcode, 'ROB1000-X');
      assert.deepEqual(Object.keys(saved.translations).sort(), ['de', 'en', 'ja']);
    });

    test('removing a locale deletes its texts; saving with nothing changed says so', async () => {
      const p = a.page;
      await p.getByRole('button', { name: 'Remove the ja translation' }).click();
      assert.equal(await p.getByLabel('Title (ja)', { exact: true }).count(), 0);
      await p.getByRole('button', { name: 'Save' }).click();
      await p.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      assert.deepEqual(Object.keys((await stored()).translations).sort(), ['de', 'en']);

      await p.getByRole('button', { name: 'Save' }).click();
      await p.getByRole('status').filter({ hasText: 'Nothing changed.' }).waitFor();
      assert.deepEqual([...new Set(serverFailures)], ['503 /v1/hs/classify']);
      assert.deepEqual(a.errors().filter((e) => !/status of 503/.test(e)), []);
    });
  });
});
