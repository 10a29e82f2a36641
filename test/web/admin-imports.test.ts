import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importReferenceData } from '../../src/services/data-import/import-reference-data.js';
import { browserSkipReason } from '../support/browser.js';
import { unwrap } from '../support/test-database.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/data-import');

describe('admin in a real browser: data imports', { skip: browserSkipReason() }, () => {
  describeWithDatabases('runs with their progress and rejected rows', (db) => {
    let a: AdminBrowser;
    before(async () => {
      a = await startAdminBrowser(db());
      unwrap(await importReferenceData(a.t.deps, { kind: 'uk-tariff', source: 'uk/global-uk-tariff-with-errors.csv', options: { effectiveFrom: '2019-01-01' }, load: { cwd: FIXTURES, timeoutMs: 5_000 } }));
      await a.signIn();
    });
    after(() => a?.close());

    test('the runs are listed with source, counts and progress; the rejected rows open with line, field and reason', async () => {
      await a.page.getByRole('link', { name: 'Data imports' }).click();
      await a.page.getByRole('heading', { name: 'Data imports' }).waitFor();
      const row = a.page.locator('tr[data-run]').filter({ hasText: 'uk-tariff' });
      await row.waitFor();
      const cells = await row.locator('td').allInnerTexts();
      assert.equal(cells[3], 'succeeded');
      assert.match(cells[4]!, /2 of 2/);
      assert.deepEqual(cells.slice(5), ['2', '0', '0', '0', '5']);
      await a.page.getByText('5 rejected rows').click();
      const first = a.page.locator('details tbody tr').first();
      assert.deepEqual(await first.locator('td').allInnerTexts(), ['3', 'ukgt_duty_rate', 'ukgt_duty_rate is empty']);
      // The demo seed's exchange rates came in through the ECB importer too.
      await a.page.getByLabel('Kind').selectOption('ecb');
      await a.page.locator('tr[data-run]').filter({ hasText: 'uk-tariff' }).waitFor({ state: 'detached' });
      assert.deepEqual(await a.page.locator('tr[data-run] td:first-child').allInnerTexts(), ['ecb']);
      await a.page.getByLabel('Kind').selectOption('us-hts');
      await a.page.getByText('No imports yet.').waitFor();
      assert.deepEqual(a.errors(), []);
    });
  });
});
