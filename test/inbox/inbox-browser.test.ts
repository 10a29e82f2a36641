import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from '../web/admin-support.js';

describe('the support inbox in a real browser', { skip: browserSkipReason() }, () => {
  describeWithDatabases('a buyer\'s question answered with a saved reply, beside the order', (db) => {
    let a: AdminBrowser;
    let order: any;
    let conversation: string;
    before(async () => {
      a = await startAdminBrowser(db());
      order = await a.placeOrder('eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 1 }], { email: 'sanne@example.nl' });
      const asked = await a.call('POST', '/v1/support/messages', { email: 'sanne@example.nl', name: 'Sanne', subject: 'Invoerrechten?', message: 'Moet ik bij de levering nog invoerrechten betalen?', order: order.number }, { key: a.t.apiKey });
      assert.equal(asked.status, 201);
      conversation = asked.body.conversation;
      assert.equal((await a.call('PUT', '/v1/admin/support/saved-replies/import-charges/en', { body: 'Hi {name}, your order {order} was sent DDP: nothing more to pay at the door.' })).status, 200);
    });
    after(() => a?.close());

    test('the inbox lists it; the conversation shows the order\'s landed cost; a saved reply is filled in and sent; a note stays internal', async () => {
      const { page } = a;
      await a.signIn();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support' }).click();
      await page.getByRole('heading', { name: 'Support', exact: true }).waitFor();
      const row = page.locator(`tr[data-conversation="${conversation}"]`);
      await row.getByRole('link', { name: 'Invoerrechten?' }).click();
      await page.getByRole('heading', { name: 'Invoerrechten?' }).waitFor();
      const aside = page.getByRole('complementary', { name: 'Beside the conversation' });
      await aside.getByText('duties and taxes paid at checkout (DDP)').waitFor();
      assert.match(await aside.locator('table.landed-cost').innerText(), new RegExp(`Total\\s+EUR ${order.totals.total.amount.replace('.', '\\.')}`));

      await page.getByLabel('Saved reply').selectOption('import-charges/en');
      assert.equal(await page.getByLabel('Answer sanne@example.nl').inputValue(), `Hi Sanne, your order ${order.number} was sent DDP: nothing more to pay at the door.`);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Sent.' }).waitFor();
      await page.locator('li[data-direction="outbound"]').waitFor();

      await page.getByLabel('Internal note (never sent)').fill('Checked: DDP');
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.locator('li[data-direction="note"]').waitFor();
      const detail = (await a.call('GET', `/v1/admin/support/conversations/${conversation}`)).body;
      assert.deepEqual(detail.messages.map((m: any) => m.direction), ['inbound', 'outbound', 'note']);
      assert.equal(detail.status, 'pending');
      assert.deepEqual(a.errors(), []);
    });

    test('a team is added with its hours; a bad holiday is named at its field', async () => {
      const { page } = a;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support' }).click();
      const form = page.getByRole('form', { name: 'Add a team' });
      await form.getByLabel('Name').fill('Tokyo');
      await form.getByLabel('Time zone').fill('Asia/Tokyo');
      await form.getByLabel('Holidays (YYYY-MM-DD, separated by commas)').fill('2026-01-01, 2026-02-30');
      await form.getByRole('button', { name: 'Add team' }).click();
      await form.locator('#team-holidays-error').waitFor();
      assert.match(await form.locator('#team-holidays-error').innerText(), /YYYY-MM-DD/);
      await form.getByLabel('Holidays (YYYY-MM-DD, separated by commas)').fill('2026-01-01');
      await form.getByRole('button', { name: 'Add team' }).click();
      await page.getByRole('status').filter({ hasText: 'Added the team Tokyo.' }).waitFor();
      const row = page.locator('#support-teams tr').filter({ hasText: 'Tokyo' });
      assert.match(await row.innerText(), /Asia\/Tokyo: mon 09:00–17:00; tue 09:00–17:00; wed 09:00–17:00; thu 09:00–17:00; fri 09:00–17:00/);
      const teams = (await a.call('GET', '/v1/admin/support/teams')).body.items;
      assert.deepEqual(teams.map((t: any) => [t.name, t.schedule.holidays, t.firstResponseMinutes]), [['Tokyo', ['2026-01-01'], 240]]);
    });
  });
});
