import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/create-db.js';
import { createAdminUser } from '../../src/services/admin-users/admin-users.js';
import { sampleProduct } from '../catalog/support.js';
import { browserSkipReason, ensureAdminBuild, launchBrowser } from '../support/browser.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { openTestDatabase, unwrap } from '../support/test-database.js';

describe('admin in a real browser: the owner reads the audit log with a before/after diff', { skip: browserSkipReason() }, () => {
  let db: Database;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    const adminAppDir = await ensureAdminBuild();
    db = await openTestDatabase('pglite');
    t = await buildTestApp(db, { adminAppDir });
    unwrap(await createAdminUser(t.deps, { email: 'owner@shop.example', name: 'Owner', role: 'owner', password: 'correct horse battery staple' }));
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const created = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: sampleProduct('audit-ui') });
    await t.app.inject({ method: 'PATCH', url: `/v1/admin/products/${created.json().id}`, headers: t.auth(), payload: { hsCode: '090121' } });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  after(async () => {
    await browser?.close();
    await t?.app.close();
    await db?.close();
  });

  test('sign in, open Audit log, see who changed what, open the diff', async () => {
    await page.goto(`${base}/admin`);
    await page.getByLabel('Email').fill('owner@shop.example');
    await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    const update = page.locator('tr[data-entry]').filter({ hasText: 'product.update' });
    await update.waitFor();
    assert.match(await update.innerText(), /test admin[\s\S]*API key, owner[\s\S]*product\.update[\s\S]*done \(200\)/);
    await update.getByText(/\d+ fields?/).click();
    const hsRow = update.locator('table.diff tr').filter({ hasText: 'hsCode' });
    assert.deepEqual([await hsRow.locator('del').innerText(), await hsRow.locator('ins').innerText()], ['090111', '090121']);
    await page.screenshot({ path: '/tmp/landfall-admin-audit.png', fullPage: true });
    await page.getByLabel('Entity type').fill('nothing-like-this');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No changes match.').waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
