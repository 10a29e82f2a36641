import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { riskOrder as order } from '../fraud/support.js';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

/** Where the test leaves its screenshots (ignored by git). */
const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-artifacts');


/** Outside the SCA regions with several strong signals (AVS mismatch, hosting IP, prepaid card, electronics): the review band. */
const held = order('rev-1', {
  billing: { name: 'John Doe', line1: '1 Main St', city: 'Austin', postalCode: '73301', country: 'US' },
  shipping: { name: 'John Doe', line1: '1 Main St', city: 'Austin', postalCode: '73301', country: 'US' },
  currency: 'USD',
  total: '400.00',
  items: [{ sku: 'PH-1', category: 'electronics', quantity: 1, unitPrice: '400.00' }],
  payment: { method: 'card', card: { bin: '411111', last4: '1111', issuerCountry: 'US', fingerprint: 'fp-rev-1', funding: 'prepaid' }, avsResult: 'no_match', cvcResult: 'match' },
  ip: { address: '8.8.8.8', country: 'US', isHosting: true },
  device: { id: 'dev-rev-1', timezone: 'America/Chicago' },
});

describe('admin in a real browser: fraud screening', { skip: browserSkipReason() }, () => {
  describeWithDatabases('the review queue, rules with a test on past orders, the model', (db) => {
    let a: AdminBrowser;
    let topReason = '';
    before(async () => {
      a = await startAdminBrowser(db());
      for (const id of ['clean-1', 'clean-2']) {
        const r = await a.call('POST', '/v1/risk/assessments', order(id), { key: a.t.apiKey });
        assert.deepEqual([r.status, r.body.decision], [201, 'approve'], JSON.stringify(r.body));
      }
      const r = await a.call('POST', '/v1/risk/assessments', held, { key: a.t.apiKey });
      assert.deepEqual([r.status, r.body.decision], [201, 'review'], JSON.stringify(r.body));
      topReason = r.body.reasons[0].message;
      await a.signIn();
    });
    after(() => a?.close());

    test('the queue shows the held order with its reasons; Decline takes it out and the declined list shows it', async () => {
      const { page } = a;
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Risk' }).click();
      await page.getByRole('heading', { name: 'Review queue: 1 order waiting' }).waitFor();
      assert.equal(await page.getByRole('tab', { name: 'Review queue' }).getAttribute('aria-selected'), 'true');
      const card = page.locator('article').filter({ hasText: 'order rev-1' });
      assert.equal(await card.locator('tbody tr').first().locator('td').first().innerText(), topReason);
      assert.match(topReason, /billing address does not match/);
      const text = await card.innerText();
      assert.match(text, /score \d+ of 100, review by a person/);
      assert.match(text, /outside the EEA and the UK: SCA is not required by law/);
      assert.match(text, /ip\.isProxy was not given: not checked: proxy_ip/);
      assert.match(text, /no earlier orders, 0 labeled fraud, 0 labeled legitimate/);

      await card.getByLabel('Note (optional)').fill('issuer confirmed the card was stolen');
      await card.getByRole('button', { name: 'Decline order rev-1' }).click();
      await page.getByRole('heading', { name: 'Review queue: 0 orders waiting' }).waitFor();
      const said = await page.getByRole('status').first().innerText();
      assert.match(said, /^Declined order rev-1: the order is cancelled/);
      assert.match(said, /1 labeled examples \(1 fraud, 0 legitimate\); training needs at least 30/);
      assert.equal(await page.locator('article').count(), 0);
      await page.getByText('No orders are waiting for a decision.').waitFor();

      await page.getByRole('group', { name: 'Show reviews' }).getByRole('button', { name: 'Declined', exact: true }).click();
      const declined = page.locator('article').filter({ hasText: 'order rev-1' });
      await declined.waitFor();
      assert.match(await declined.innerText(), /declined by test admin on .*: “issuer confirmed the card was stolen”/);
      assert.equal(await declined.getByRole('button', { name: /Decline/ }).count(), 0);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-risk-review.png'), fullPage: true });
    });

    test('a rule with an unknown feature is refused at the field; fixed, it is tested on past orders, saved and listed', async () => {
      const { page } = a;
      await page.getByRole('tab', { name: 'Rules' }).click();
      await page.getByRole('heading', { name: 'Rules', level: 2 }).waitFor();
      await page.locator('tr[data-risk-rule="hosting_ip"]').waitFor();
      await page.getByLabel('Rule id').fill('hosting_prepaid');
      await page.getByLabel('Description').fill('A prepaid card from a hosting provider’s IP address');
      await page.getByLabel('Weight (log-odds)').fill('1');
      await page.getByLabel('Action').selectOption('decline');
      const condition = page.getByLabel('Condition (JSON)');
      await condition.fill(JSON.stringify({ all: [{ feature: 'hostingIpz', op: 'eq', value: true }, { feature: 'prepaidCard', op: 'eq', value: true }] }));
      await page.getByRole('button', { name: 'Save rule' }).click();
      const error = page.locator('#risk-rule-when-error');
      await error.waitFor();
      assert.match(await error.innerText(), /^when\.all\[0\]\.feature: must be a feature name \("hostingIpz" is not one/);
      assert.equal(await condition.getAttribute('aria-invalid'), 'true');
      assert.match(await page.getByRole('alert').first().innerText(), /Bad Request: when\.all\[0\]\.feature must be a feature name/);
      assert.equal(await page.locator('tr[data-risk-rule="hosting_prepaid"]').count(), 0);

      await condition.fill(JSON.stringify({ all: [{ feature: 'hostingIp', op: 'eq', value: true }, { feature: 'prepaidCard', op: 'eq', value: true }] }));
      await page.getByLabel('Test on the last (days)').fill('30');
      await page.getByRole('button', { name: 'Test on past orders' }).click();
      const report = page.getByTestId('risk-test-report');
      await report.waitFor();
      assert.equal(await error.count(), 0);
      const fact = (name: string) => report.locator(`[data-fact="${name}"]`).innerText();
      assert.match(await fact('orders'), /^3 between /);
      assert.equal(await fact('fired'), '1 order');
      assert.match(await fact('not-checked'), /^0 orders/);
      assert.equal(await fact('changed'), 'Review by a person → Decline: 1 order');
      assert.equal(await fact('fraud'), 'fires on 1 of 1');
      assert.equal(await fact('legitimate'), 'fires on 0 of 0');
      const example = await report.locator('tbody tr').first().locator('td').allInnerTexts();
      assert.match(example[2]!, /^\d+ → \d+$/);
      assert.equal(example[3], 'Review by a person → Decline');
      assert.equal(example[4], 'fraud');
      assert.match(await page.getByRole('status').first().innerText(), /Tested hosting_prepaid on 3 past orders: it fires on 1/);

      await page.getByRole('button', { name: 'Save rule' }).click();
      const row = page.locator('tr[data-risk-rule="hosting_prepaid"]');
      await row.waitFor();
      assert.deepEqual((await row.locator('td').allInnerTexts()).slice(0, 4), ['A prepaid card from a hosting provider’s IP address', '+1', 'Decline', 'Yes']);
      await page.getByRole('heading', { name: 'Edit rule hosting_prepaid' }).waitFor();
      const saved = (await a.call('GET', '/v1/admin/risk/rules')).body.items.find((r: { id: string }) => r.id === 'hosting_prepaid');
      assert.deepEqual(saved?.when, { all: [{ feature: 'hostingIp', op: 'eq', value: true }, { feature: 'prepaidCard', op: 'eq', value: true }] });
      assert.equal(saved?.action, 'decline');
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-risk-rules.png'), fullPage: true });
    });

    test('an existing rule opens in the editor with its condition; Delete asks first, then removes it', async () => {
      const { page } = a;
      await page.getByRole('button', { name: 'Edit rule cvc_no_match' }).click();
      await page.getByRole('heading', { name: 'Edit rule cvc_no_match' }).waitFor();
      const rule = (await a.call('GET', '/v1/admin/risk/rules')).body.items.find((r: { id: string }) => r.id === 'cvc_no_match');
      assert.deepEqual(JSON.parse(await page.getByLabel('Condition (JSON)').inputValue()), rule.when);
      assert.equal(await page.getByLabel('Description').inputValue(), rule.description);
      await page.getByRole('button', { name: 'Edit rule hosting_prepaid' }).click();
      await page.getByRole('button', { name: 'Delete rule' }).click();
      await page.getByRole('button', { name: 'Keep it' }).click();
      assert.equal(await page.locator('tr[data-risk-rule="hosting_prepaid"]').count(), 1);
      await page.getByRole('button', { name: 'Delete rule' }).click();
      await page.getByRole('button', { name: 'Yes, delete hosting_prepaid' }).click();
      await page.locator('tr[data-risk-rule="hosting_prepaid"]').waitFor({ state: 'detached' });
      assert.match(await page.getByRole('status').first().innerText(), /^Deleted rule hosting_prepaid/);
      assert.equal((await a.call('GET', '/v1/admin/risk/rules')).body.items.some((r: { id: string }) => r.id === 'hosting_prepaid'), false);
    });

    test('the model is not trained yet, and Train now says how many labels it still needs', async () => {
      const { page } = a;
      await page.getByRole('tab', { name: 'Model' }).click();
      const facts = page.getByTestId('risk-model');
      await facts.waitFor();
      assert.match(await facts.innerText(), /Not trained yet[\s\S]*Labeled orders\s+1/);
      await page.getByRole('button', { name: 'Train now' }).click();
      const alert = page.getByRole('alert').filter({ hasText: 'Not trained' });
      await alert.waitFor();
      assert.match(await alert.innerText(), /^Not trained: 1 labeled examples \(1 fraud, 0 legitimate\); training needs at least 30/);
      assert.deepEqual(a.errors(), []);
    });
  });
});
