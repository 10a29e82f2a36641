import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/create-db.js';
import { createHsModelRepository } from '../../src/db/repositories/hs-model-repository.js';
import { trainHsModel } from '../../src/services/hs/train-hs-model.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { browserSkipReason, ensureAdminBuild, launchBrowser } from '../support/browser.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { openTestDatabase, unwrap } from '../support/test-database.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hs');

describe('admin in a real browser: catalog editor with HS suggestions', { skip: browserSkipReason() }, () => {
  let db: Database;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  let productId: string;
  const consoleErrors: string[] = [];

  before(async () => {
    const adminAppDir = await ensureAdminBuild();
    db = await openTestDatabase('pglite');
    t = await buildTestApp(db, { adminAppDir });
    await seedDemoStore(t.deps);
    unwrap(await trainHsModel(t.deps, { nomenclature: 'nomenclature.csv', examples: 'examples.jsonl', load: { cwd: fixtures } }));
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/products',
      headers: t.auth(),
      payload: {
        handle: 'organic-cotton-tee',
        hsCode: '610990',
        originCountry: 'VN',
        material: 'cotton',
        translations: { en: { title: 'Organic cotton T-shirt', description: 'Knitted, printed' } },
        variants: [{ sku: 'TEE-ORG-M', price: { amount: '25.00', currency: 'USD' }, weightKg: '0.2' }],
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    productId = created.json().id;
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  });
  after(async () => {
    await browser?.close();
    await t?.app.close();
    await db?.close();
  });

  test('a wrong key is refused with a message; the admin key signs in', async () => {
    await page.goto(`${base}/admin`);
    await page.getByLabel('Admin API key').fill('not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'lf_' }).waitFor();
    await page.getByLabel('Admin API key').fill(t.apiKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'admin' }).waitFor();
    await page.getByLabel('Admin API key').fill(t.adminKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Products' }).waitFor();
    await page.getByRole('link', { name: 'Organic cotton T-shirt' }).waitFor();
  });

  test('the editor suggests HS codes beside the field; one click saves the code and records the confirmation', async () => {
    await page.getByRole('link', { name: 'Organic cotton T-shirt' }).click();
    await page.waitForURL(`**/admin/products/${productId}`);
    assert.equal(await page.getByRole('textbox', { name: 'HS code', exact: true }).inputValue(), '6109.90');
    const first = page.locator('.suggestions li').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-hs6'), '610910');
    assert.match(await first.innerText(), /\d+%/);
    assert.match(await first.innerText(), /cotton/);
    await page.getByRole('button', { name: 'Use 6109.10' }).click();
    await page.getByRole('status').filter({ hasText: '6109.10 saved' }).waitFor();
    // The field takes the saved product's code on the next render; the status may be announced first.
    const field = page.getByRole('textbox', { name: 'HS code', exact: true });
    await page.waitForFunction(() => [...(globalThis as any).document.querySelectorAll('input')].some((i: any) => i.value === '6109.10'), undefined, { timeout: 10_000 });
    assert.equal(await field.inputValue(), '6109.10');
    if (process.env.SHOT) await page.screenshot({ path: process.env.SHOT, fullPage: true });

    const stored = await t.app.inject({ method: 'GET', url: `/v1/admin/products/${productId}`, headers: t.auth() });
    assert.equal(stored.json().hsCode, '610910');
    const confirmations = await createHsModelRepository(t.deps.database.orm).confirmations();
    assert.ok(confirmations.some((c) => c.hs6 === '610910' && /Organic cotton T-shirt/.test(c.text)), JSON.stringify(confirmations));
  });

  test('a bad edit is refused naming the field, and nothing is saved', async () => {
    await page.getByRole('textbox', { name: 'HS code', exact: true }).fill('61');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#f-hsCode-error').waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'HS code', exact: true }).getAttribute('aria-invalid'), 'true');
    const stored = await t.app.inject({ method: 'GET', url: `/v1/admin/products/${productId}`, headers: t.auth() });
    assert.equal(stored.json().hsCode, '610910');
    assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });
});
