import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';

describe('the admin\'s Emails page in a real browser', { skip: browserSkipReason() }, () => {
  describeWithDatabases('list the emails of an order, reword a message, preview it', (db) => {
    let a: AdminBrowser;
    let order: any;
    before(async () => {
      a = await startAdminBrowser(db());
      order = await a.placeOrder('eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 1 }], { email: 'mail@example.com' });
    });
    after(() => a?.close());

    test('the order\'s emails are listed; a wording with an unknown argument is refused at its field; a saved one shows in the preview, escaped', async () => {
      const { page } = a;
      await a.signIn();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Emails' }).click();
      await page.getByRole('heading', { name: 'Emails', exact: true }).waitFor();
      await page.getByLabel('Order number').fill(order.number);
      await page.getByRole('button', { name: 'Filter' }).click();
      const rows = page.locator('tr[data-email]');
      await rows.first().waitFor();
      const kinds = await rows.locator('th').allInnerTexts();
      assert.deepEqual(kinds.map((k) => k.replace(/\s*\(.*\)$/, '')).sort(), ['Order confirmation', 'Payment received']);

      await page.getByLabel('Language').selectOption('de');
      await page.getByLabel('Email', { exact: true }).selectOption('order_confirmation');
      const heading = page.getByRole('textbox', { name: 'email.order_confirmation.heading', exact: true });
      await heading.waitFor();
      assert.equal(await heading.inputValue(), 'Vielen Dank für Ihre Bestellung');
      await heading.fill('Danke, {name}!');
      await page.getByRole('button', { name: 'Save email.order_confirmation.heading' }).click();
      await page.getByText(/uses \{name\}, which this message is not given/).waitFor();
      assert.equal(await heading.getAttribute('aria-invalid'), 'true');

      await heading.fill('Danke <3 für Ihre Bestellung');
      await page.getByRole('button', { name: 'Save email.order_confirmation.heading' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved the de wording of email.order_confirmation.heading.' }).waitFor();

      await page.getByLabel('Order (blank: a made-up one)').fill(order.number);
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      await page.getByTestId('preview-subject').waitFor();
      assert.equal(await page.getByTestId('preview-subject').innerText(), `Bestellung ${order.number} bestätigt`);
      const frame = page.frameLocator('iframe[title="Email preview"]');
      await frame.getByRole('heading', { name: 'Danke <3 für Ihre Bestellung' }).waitFor();
      const saved = (await a.call('GET', '/v1/admin/email-templates?locale=de')).body.messages.find((m: any) => m.key === 'email.order_confirmation.heading');
      assert.equal(saved.override, 'Danke <3 für Ihre Bestellung');
    });
  });
});
