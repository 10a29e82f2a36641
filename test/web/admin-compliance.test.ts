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

const ABN_WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
/** Australian Business Register: subtract 1 from the first digit, weight, the sum is 0 mod 89. */
const abnSum = (abn: string) => ABN_WEIGHTS.reduce((sum, w, i) => sum + (i === 0 ? Number(abn[0]) - 1 : Number(abn[i])) * w, 0);
/** A valid ABN: the first nine digits fixed, the last two searched. */
function validAbn(prefix = '538247535'): string {
  for (let tail = 0; tail < 100; tail++) {
    const abn = prefix + String(tail).padStart(2, '0');
    if (abnSum(abn) % 89 === 0) return abn;
  }
  throw new Error(`no ABN starts with ${prefix}`);
}

describe('admin in a real browser: compliance', { skip: browserSkipReason() }, () => {
  describeWithDatabases('thresholds, registrations checked at the field, denied-party lists and a name screened', (db) => {
    let a: AdminBrowser;
    const abn = validAbn();
    // Another last digit changes the sum by 19 × (1..9), never a multiple of 89.
    const wrongAbn = abn.slice(0, 10) + String((Number(abn[10]) + 1) % 10);

    before(async () => {
      assert.equal(abnSum(abn) % 89, 0);
      assert.notEqual(abnSum(wrongAbn) % 89, 0);
      a = await startAdminBrowser(db());
      await a.signIn();
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compliance' }).click();
      await a.page.getByRole('heading', { name: 'Compliance', level: 1 }).waitFor();
    });
    after(() => a?.close());

    const row = (id: string) => a.page.locator(`tr[data-threshold="${id}"]`);
    const status = () => a.page.getByTestId('compliance-status').innerText();

    test('the thresholds: the UK from the first sale, New York by sales and orders', async () => {
      const { page } = a;
      await row('gb.low-value').waitFor();
      assert.equal(new URL(page.url()).pathname, '/admin/compliance');
      const uk = row('gb.low-value');
      assert.equal(await uk.getAttribute('data-status'), 'register_before_selling');
      assert.equal(await uk.getByTestId('threshold-status').innerText(), 'Register before selling');
      assert.match(await uk.locator('th').innerText(), /^United Kingdom/);
      assert.match((await uk.locator('details').textContent()) ?? '', /must register from the first sale/);
      assert.match(await uk.locator('td').nth(1).innerText(), /^Rolling 12 months\s+\d{4}-\d{2}-\d{2} to 2026-11-27$/);
      assert.match(await uk.innerText(), /none: from the first sale/);

      const ny = row('us.ny');
      assert.match(await ny.locator('th').innerText(), /^NY, United States/);
      assert.equal(await ny.getAttribute('data-status'), 'below');
      assert.equal(await ny.getByTestId('threshold-status').innerText(), 'Below the threshold');
      const cells = await ny.locator('td').allInnerTexts();
      assert.equal(cells[0], 'US_SALES_TAX');
      assert.match(cells[2]!, /^USD 500,000\.00\s+100 orders$/);
      assert.match(cells[3]!, /^USD 0\.00\s+0 orders$/);
      assert.match(cells[4]!, /^0 %$/);
      assert.match(await ny.getByTestId('threshold-source').innerText(), /^Source: New York Tax Law s\. 1101\(b\)\(8\)\(iv\)/);
      const report = (await a.call('GET', '/v1/admin/registrations/thresholds')).body;
      assert.equal(await page.locator('tr[data-threshold]').count(), report.items.length);
    });

    test('a wrong ABN check digit is refused under Number; the right one is listed with "check digit verified"; again is a conflict', async () => {
      const { page } = a;
      await page.getByLabel('Scheme').selectOption('AU_GST');
      assert.equal(await page.getByLabel('State').count(), 0);
      const number = page.getByLabel('Number', { exact: true });
      await number.fill(wrongAbn);
      await page.getByLabel('Valid from').fill('2026-01-01');
      await page.getByRole('button', { name: 'Add registration' }).click();
      const error = page.locator('#compliance-reg-number-error');
      await error.waitFor();
      assert.equal(await error.innerText(), 'ABN check digits do not add up (mod 89)');
      assert.equal(await number.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#compliance-reg-number:focus').count(), 1);
      assert.match(await page.getByRole('alert').first().innerText(), /not added: see the fields marked below/);
      assert.equal((await a.call('GET', '/v1/admin/registrations')).body.items.length, 0);

      await number.fill(`${abn.slice(0, 2)} ${abn.slice(2, 5)} ${abn.slice(5, 8)} ${abn.slice(8)}`);
      await page.getByRole('button', { name: 'Add registration' }).click();
      const listed = page.locator('tr[data-registration]').filter({ hasText: abn });
      await listed.waitFor();
      assert.equal(await error.count(), 0);
      const cells = await listed.locator('td').allInnerTexts();
      assert.deepEqual(cells.slice(0, 5), [abn, '—', '2026-01-01', 'open', 'check digit verified']);
      assert.equal(await status(), `Added Australian GST ${abn}: check digit verified. Quotes use it from 2026-01-01.`);
      assert.equal(await number.inputValue(), '');

      await number.fill(abn);
      await page.getByLabel('Valid from').fill('2026-01-01');
      await page.getByRole('button', { name: 'Add registration' }).click();
      const conflict = page.getByRole('alert').filter({ hasText: 'already registered' });
      await conflict.waitFor();
      assert.match(await conflict.innerText(), new RegExp(`Conflict: ${abn} is already registered for AU_GST`));
      assert.equal(await error.count(), 0);
      assert.equal(await page.locator('tr[data-registration]').count(), 1);
    });

    test('a New York sales tax permit turns the New York row to registered', async () => {
      const { page } = a;
      await page.getByLabel('Scheme').selectOption('US_SALES_TAX');
      await page.getByLabel('Number', { exact: true }).fill('NY-1234567');
      await page.getByLabel('Valid from').fill('2026-01-01');
      await page.getByRole('button', { name: 'Add registration' }).click();
      const regionError = page.locator('#compliance-reg-region-error');
      await regionError.waitFor();
      assert.match(await regionError.innerText(), /needs the state/);
      await page.getByLabel('State').fill('ny');
      await page.getByRole('button', { name: 'Add registration' }).click();
      await page.locator('tr[data-registration]').filter({ hasText: 'NY-1234567' }).waitFor();
      assert.match(await status(), /^Added US state sales tax permit NY-1234567 \(NY\): format checked/);
      await page.locator('tr[data-threshold="us.ny"][data-status="registered"]').waitFor();
      assert.equal(await row('us.ny').getByTestId('threshold-status').innerText(), 'Registered');
      assert.equal(await row('us.ca').getAttribute('data-status'), 'below');
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-compliance-registrations.png'), fullPage: true });
    });

    test('deleting asks first; Keep it keeps the registration', async () => {
      const { page } = a;
      const listed = page.locator('tr[data-registration]').filter({ hasText: abn });
      await page.getByRole('button', { name: `Delete AU_GST ${abn}` }).click();
      await page.getByRole('button', { name: 'Keep it' }).click();
      assert.equal(await listed.count(), 1);
      await page.getByRole('button', { name: `Delete AU_GST ${abn}` }).click();
      await page.getByRole('group', { name: `Confirm deleting AU_GST ${abn}` }).getByRole('button', { name: `Yes, delete ${abn}` }).click();
      await listed.waitFor({ state: 'detached' });
      assert.equal(await status(), `Deleted AU_GST ${abn}: quotes no longer use it.`);
      assert.deepEqual((await a.call('GET', '/v1/admin/registrations')).body.items.map((r: { scheme: string }) => r.scheme), ['US_SALES_TAX']);
    });

    test('an imported EU list is listed as active, and a listed name screens as a match', async () => {
      const { page } = a;
      assert.match(await page.getByTestId('compliance-lists-summary').innerText(), /^No list is active/);
      const imported = await importSanctions(a.t.deps, { kind: 'eu', source: 'eu-sample.xml', cwd: path.join(ROOT, 'test/fixtures/sanctions') });
      assert.ok(imported.ok, JSON.stringify(imported));
      await page.getByRole('button', { name: 'Reload the lists' }).click();
      const edition = page.locator(`tr[data-edition="${imported.value.editionId}"]`);
      await edition.waitFor();
      const cells = await edition.locator('td').allInnerTexts();
      assert.equal(cells[1], 'Active');
      assert.equal(cells[2], String(imported.value.entries));
      assert.equal(cells[3], String(imported.value.names));
      assert.equal(await edition.locator('th').innerText(), 'eu');
      assert.match(await page.getByTestId('compliance-lists-summary').innerText(), /^1 list is active/);
      assert.match(await page.locator('section[aria-labelledby="compliance-lists-title"]').innerText(), /landfall data import sanctions <kind> <file or folder>/);

      await page.getByLabel('Name', { exact: true }).fill('Samir Haddad');
      await page.getByRole('button', { name: 'Screen', exact: true }).click();
      const decision = page.getByTestId('screening-decision');
      await decision.waitFor();
      assert.equal(await decision.innerText(), 'Match: block');
      const match = page.getByTestId('screening-result').locator('tbody tr').first();
      const texts = await match.locator('td').allInnerTexts();
      assert.equal(texts[0], 'eu');
      assert.match(texts[2]!, /^\d\.\d{3}$/);
      assert.ok(Number(texts[2]) >= 0.92, texts[2]);
      assert.ok(texts[3]!.length > 0);
      assert.match(await match.locator('th').innerText(), /Samir Haddad/i);
      assert.match(await status(), /^Screened “Samir Haddad”: Match: block \(1 entry\)\.$/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-compliance-screening.png'), fullPage: true });
      assert.deepEqual(a.errors(), []);
    });

    test('thresholds crossed or approached are marked in words and counted above the table', async () => {
      const { page } = a;
      // The demo store's sales are far from any threshold: the server's own answer, two rows moved on.
      const real = (await a.call('GET', '/v1/admin/registrations/thresholds')).body;
      const moved = real.items.map((r: { id: string }) =>
        r.id === 'us.tx' ? { ...r, status: 'exceeded', share: 1.04, message: 'Threshold crossed: register for US_SALES_TAX now.' } : r.id === 'au.lvig' ? { ...r, status: 'approaching', share: 0.834, message: '83 % of the threshold: register for AU_GST before it is crossed.' } : r,
      );
      await page.route('**/v1/admin/registrations/thresholds', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...real, items: moved }) }));
      await page.reload();
      await row('us.tx').waitFor();
      assert.equal(await row('us.tx').getByTestId('threshold-status').innerText(), 'Exceeded: register now');
      assert.equal(await row('au.lvig').getByTestId('threshold-status').innerText(), 'Approaching: register before it is crossed');
      assert.equal(await row('au.lvig').locator('meter').getAttribute('aria-label'), '83 % of the threshold');
      assert.match((await row('us.tx').getAttribute('style')) ?? '', /background: rgb\(248, 222, 220\)/);
      assert.match((await row('au.lvig').getAttribute('style')) ?? '', /background: rgb\(253, 240, 207\)/);
      assert.equal(await row('us.ca').getAttribute('style'), null);
      assert.equal(await page.getByTestId('compliance-thresholds-summary').innerText(), 'On 2026-11-27, 2 thresholds need a registration soon: Australia; TX, United States.');
      await page.locator('section[aria-labelledby="compliance-thresholds-title"]').screenshot({ path: path.join(ARTIFACTS, 'admin-compliance-thresholds.png') });
      await page.unroute('**/v1/admin/registrations/thresholds');
    });
  });
});
