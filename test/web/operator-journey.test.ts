import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Database } from '../../src/db/create-db.js';
import { browserSkipReason, ensureAdminBuild, launchBrowser } from '../support/browser.js';
import { openTestDatabase } from '../support/test-database.js';
import { plainSpaces, startStorefront, type Storefront } from './storefront-cart-support.js';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-artifacts');

describe('journey in a real browser: an operator changes a product\'s HS code and the buyer\'s quote follows', { skip: browserSkipReason() }, () => {
  let db: Database;
  let s: Storefront;
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    const adminAppDir = await ensureAdminBuild();
    db = await openTestDatabase('pglite');
    s = await startStorefront(db, { adminAppDir });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await s?.close();
    await db?.close();
  });

  test('4. the operator signs in, sets the tea set to HS 6912.00 (4.5% in the US instead of 6%), and the US buyer\'s cart shows the new duty', async () => {
    const buyer = await (await browser.newContext({ locale: 'en-US' })).newPage();
    const operator = await (await browser.newContext({ locale: 'en-US' })).newPage();
    // The whole suite runs browser tests side by side on two cores: the admin's first screen can take
    // longer than Playwright's 30 s default to load its code and the catalog.
    operator.setDefaultTimeout(90_000);
    buyer.setDefaultTimeout(90_000);
    for (const p of [buyer, operator]) p.on('pageerror', (e) => problems.push(e.message));
    const text = async (selector: string) => plainSpaces(await buyer.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();

    // The buyer puts the tea set in the cart: porcelain tableware, 6% of USD 95.99.
    await buyer.goto(`${s.base}/en-us/p/blue-lotus-porcelain-tea-set`);
    await Promise.all([buyer.waitForURL('**/en-us/cart?notice=added'), buyer.getByRole('button', { name: 'Add to cart' }).click()]);
    assert.equal(await text('tr[data-row="duties"] td'), '$5.76');
    assert.match(await text('details.charge[data-charge="duty"] summary'), /\(6%\): \$5\.76$/);

    // The operator finds the product in the admin and changes its HS code.
    await operator.goto(`${s.base}/admin`);
    await operator.getByLabel('Admin API key').fill(s.adminKey);
    await operator.getByRole('button', { name: 'Sign in' }).click();
    // The demo catalog (31 products, seeded together) is longer than the list's first page: search for it.
    await operator.getByLabel('Search', { exact: true }).fill('Blue Lotus');
    await operator.getByRole('button', { name: 'Search', exact: true }).click();
    await operator.getByRole('link', { name: 'Blue Lotus Porcelain Tea Set' }).click();
    const hs = operator.getByRole('textbox', { name: 'HS code', exact: true });
    assert.equal(await hs.inputValue(), '6911.10');
    await hs.fill('1234');
    await operator.getByRole('button', { name: 'Save' }).click();
    // A code that is not an HS subheading is refused next to the field.
    await operator.locator('#f-hsCode-error').filter({ hasText: 'must be a 6-digit HS subheading' }).waitFor();
    assert.equal(await hs.getAttribute('aria-invalid'), 'true');
    await hs.fill('6912.00');
    await operator.getByRole('button', { name: 'Save' }).click();
    await operator.getByRole('status').filter({ hasText: /[Ss]aved/ }).first().waitFor();

    // The buyer's cart is priced again on the next view: 4.5% of USD 95.99 = 4.3196, USD 4.32.
    await buyer.reload();
    assert.equal(await text('tr[data-row="duties"] td'), '$4.32');
    assert.match(await text('details.charge[data-charge="duty"] summary'), /\(4\.5%\): \$4\.32$/);
    assert.match((await buyer.locator('details.charge[data-charge="duty"]').first().textContent()) ?? '', /tariff\.US\.MFN\.691200/);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await buyer.screenshot({ path: path.join(ARTIFACTS, 'journey-4-operator-hs-code.png'), fullPage: true });
    assert.deepEqual(problems, []);
  });
});
