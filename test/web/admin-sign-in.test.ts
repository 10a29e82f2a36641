import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/create-db.js';
import { createAdminUser } from '../../src/services/admin-users/admin-users.js';
import { browserSkipReason, ensureAdminBuild, launchBrowser } from '../support/browser.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { openTestDatabase, unwrap } from '../support/test-database.js';

describe('admin in a real browser: signing in as a user with a password', { skip: browserSkipReason() }, () => {
  let db: Database;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  before(async () => {
    const adminAppDir = await ensureAdminBuild();
    db = await openTestDatabase('pglite');
    t = await buildTestApp(db, { adminAppDir });
    unwrap(await createAdminUser(t.deps, { email: 'ops@shop.example', name: 'Ops', role: 'operator', password: 'correct horse battery staple' }));
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });
  after(async () => {
    await browser?.close();
    await t?.app.close();
    await db?.close();
  });

  test('a wrong password is refused next to the field; the right one opens the admin, by keyboard alone', async () => {
    await page.goto(`${base}/admin`);
    await page.getByLabel('Email').fill('ops@shop.example');
    await page.getByLabel('Password', { exact: true }).fill('not my password at all');
    await page.getByRole('button', { name: 'Log in to the admin' }).click();
    await page.getByRole('alert').filter({ hasText: 'the email or the password is not right' }).waitFor();
    assert.equal(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid'), 'true');

    await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    const token = await page.evaluate(() => (globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }).sessionStorage.getItem('landfall.admin.key'));
    assert.match(token ?? '', /^lf_[0-9a-f]{16}_/, 'the session token is kept for this tab only');
    const me = await t.app.inject({ method: 'GET', url: '/v1/admin/me', headers: { authorization: `Bearer ${token}` } });
    assert.equal(me.json().user.email, 'ops@shop.example');
    assert.deepEqual(consoleErrors, []);
  });
});
