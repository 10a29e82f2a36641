import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importSanctions } from '../../src/services/screening/import-sanctions.js';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the test leaves its screenshots (ignored by git). */
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
/** A name as a hostile buyer might type it: it must be shown as text, never run. */
const HOSTILE = '<img src=x onerror="window.__pwned=1">Erika <b>Muster</b>';

describe('admin in a real browser: screening history', { skip: browserSkipReason() }, () => {
  describeWithDatabases('the Compliance page lists recorded screenings, filters them, pages them and opens one to its reasons', (db) => {
    let a: AdminBrowser;
    let editionId = '';
    let order: { id: string; number: string };

    const screen = async (body: Record<string, unknown>, decision: string) => {
      const r = await a.call('POST', '/v1/screening', body);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.decision, decision, JSON.stringify(body));
      return r.body.id as string;
    };
    const history = () => a.page.getByTestId('screening-history');
    const rows = () => history().locator('tr[data-screening]');
    const rowIds = async () => rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-screening')!));

    before(async () => {
      a = await startAdminBrowser(db());
      const imported = await importSanctions(a.t.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: path.join(ROOT, 'test/fixtures/sanctions') });
      assert.ok(imported.ok, JSON.stringify(imported));
      editionId = imported.value.editionId;
      // 22 screenings through the API and checkout's: more than the page of 20 the history shows at once.
      order = await a.placeOrder('eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
      await screen({ name: 'Samir Haddad', reference: 'case 17' }, 'match');
      await screen({ name: 'Ivan Petrovich Sidorov', country: 'DE' }, 'potential_match');
      await screen({ name: HOSTILE, reference: '<script>window.__pwned=2</script>' }, 'clear');
      for (let i = 0; i < 18; i++) await screen({ name: 'Erika Mustermann', reference: `batch ${i}` }, 'clear');
      await screen({ name: 'Samir Haddad', country: 'DE' }, 'match');
      await a.signIn();
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
      await a.page.getByRole('heading', { name: 'History', level: 3 }).waitFor();
    });
    after(() => a?.close());

    test('newest first, 20 at a time; Load more brings the rest once each, in the API order', async () => {
      const all = (await a.call('GET', '/v1/admin/screening/history?limit=100')).body.items as Array<{ id: string; source: string; reference: string | null }>;
      // 22 through the API, and what checkout screened for the order (the consignee at least), oldest.
      const checkout = all.filter((s) => s.source === 'checkout');
      assert.ok(checkout.length >= 1);
      assert.equal(all.length, 22 + checkout.length);
      assert.deepEqual(all.slice(22), checkout);
      assert.deepEqual([...new Set(checkout.map((s) => s.reference))], [order.id]);
      await rows().nth(19).waitFor();
      assert.equal(await rows().count(), 20);
      assert.equal(await a.page.getByTestId('screening-history-summary').innerText(), '20 screenings shown; older ones follow.');
      assert.deepEqual(await rowIds(), all.slice(0, 20).map((s) => s.id));
      await history().getByRole('button', { name: 'Load more' }).click();
      await rows().nth(all.length - 1).waitFor();
      assert.deepEqual(await rowIds(), all.map((s) => s.id));
      assert.equal(await history().getByRole('button', { name: 'Load more' }).count(), 0);
      assert.equal(await a.page.getByTestId('screening-history-summary').innerText(), `${all.length} screenings shown.`);
      const cells = await rows().last().locator('td').allInnerTexts();
      assert.deepEqual(cells.slice(3), ['Checkout', order.id]);
    });

    test('the decision filter shows only that decision', async () => {
      const { page } = a;
      await page.getByLabel('Decision', { exact: true }).selectOption('match');
      await page.getByTestId('screening-history-summary').filter({ hasText: /^2 screenings shown\.$/ }).waitFor();
      const decisions = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-decision')));
      assert.deepEqual(decisions, ['match', 'match']);
      const api = (await a.call('GET', '/v1/admin/screening/history?decision=match')).body.items.map((s: { id: string }) => s.id);
      assert.deepEqual(await rowIds(), api);
      assert.match(await rows().first().locator('td').nth(1).innerText(), /^Match: block$/);
      await page.getByLabel('Decision', { exact: true }).selectOption('potential_match');
      await page.getByTestId('screening-history-summary').filter({ hasText: /^1 screening shown\.$/ }).waitFor();
      assert.equal(await rows().first().getAttribute('data-decision'), 'potential_match');
    });

    test('a row opens to every match with why and the edition used', async () => {
      const { page } = a;
      const row = rows().first();
      const id = (await row.getAttribute('data-screening'))!;
      // A click anywhere on the row opens it (here the name cell), and again closes it.
      await row.locator('td').first().click();
      const detail = page.locator(`tr[data-screening-detail="${id}"]`);
      await detail.waitFor();
      assert.equal(await row.getByRole('button').getAttribute('aria-expanded'), 'true');
      const whole = (await a.call('GET', `/v1/admin/screening/history/${id}`)).body as { matches: Array<{ list: string; id: string; name: string; score: number; why: string[] }> };
      assert.ok(whole.matches.length >= 1);
      const shown = detail.locator('tr[data-match]');
      await shown.nth(whole.matches.length - 1).waitFor();
      assert.equal(await shown.count(), whole.matches.length);
      const first = shown.first();
      assert.equal(await first.getAttribute('data-match'), `${whole.matches[0]!.list}:${whole.matches[0]!.id}`);
      assert.match(await first.locator('th').innerText(), /SIDOROV/i);
      assert.equal(await first.locator('td').nth(2).innerText(), whole.matches[0]!.score.toFixed(3));
      assert.deepEqual(await first.locator('li').allInnerTexts(), whole.matches[0]!.why);
      assert.ok(whole.matches[0]!.why.length > 0);
      assert.equal(await detail.getByTestId('screening-detail-name').innerText(), 'Ivan Petrovich Sidorov');
      const used = detail.locator(`li[data-edition-used="${editionId}"]`);
      assert.match(await used.innerText(), /^eu edition of \S+, imported \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC \(still active\) · \S*eu-sample\.xml · [0-9a-f-]{36}$/);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await history().screenshot({ path: path.join(ARTIFACTS, 'admin-screening-history.png') });
      await row.locator('td').first().click();
      await detail.waitFor({ state: 'detached' });
      assert.equal(await row.getByRole('button').getAttribute('aria-expanded'), 'false');
    });

    test('a hostile name and reference are shown as text, never run', async () => {
      const { page } = a;
      await page.getByLabel('Decision', { exact: true }).selectOption('');
      await rows().nth(19).waitFor();
      const row = rows().filter({ hasText: 'onerror' });
      assert.equal(await row.count(), 1);
      assert.equal(await row.locator('td').first().innerText(), HOSTILE);
      assert.equal(await row.locator('td').last().innerText(), '<script>window.__pwned=2</script>');
      await row.getByRole('button').click();
      const detail = page.getByTestId('screening-detail');
      await detail.waitFor();
      assert.equal(await detail.getByTestId('screening-detail-name').innerText(), HOSTILE);
      assert.equal(await history().locator('img, b, script').count(), 0);
      assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined);
    });

    test('a name screened on the page is at the top of the history at once', async () => {
      const { page } = a;
      await page.getByLabel('Name', { exact: true }).fill('Samir Haddad');
      await page.getByRole('button', { name: 'Screen', exact: true }).click();
      await page.getByTestId('screening-decision').waitFor();
      await page.getByTestId('screening-history-summary').filter({ hasText: /^20 screenings shown; older ones follow\.$/ }).waitFor();
      const newest = (await a.call('GET', '/v1/admin/screening/history?limit=1')).body.items[0] as { id: string; query: { name: string }; source: string };
      assert.deepEqual([newest.query.name, newest.source], ['Samir Haddad', 'api']);
      await page.locator(`tr[data-screening="${newest.id}"]`).waitFor();
      assert.equal((await rowIds())[0], newest.id);
      assert.deepEqual(a.errors(), []);
    });
  });
});
