import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/db/create-db.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { browserSkipReason, launchBrowser } from '../support/browser.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { openTestDatabase } from '../support/test-database.js';

const COFFEE = 'buon-ma-thuot-robusta-whole-beans';

describe('storefront in a real browser: keyboard, skip link, country switcher, variant picker', { skip: browserSkipReason() }, () => {
  let db: Database;
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  /** The focused element, described for assertions. */
  type Focus = { tag: string; id: string; cls: string; text: string; outline: string; top: number; height: number };
  // Evaluated in the page (written as text: the tests are compiled without the DOM's types).
  const focused = (): Promise<Focus> =>
    page.evaluate(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { tag: el.tagName.toLowerCase(), id: el.id, cls: String(el.className), text: el.textContent.trim(), outline: style.outlineStyle + ' ' + style.outlineWidth, top: box.top, height: box.height };
    })()`);

  before(async () => {
    db = await openTestDatabase('pglite');
    t = await buildTestApp(db, { deps: { clock: () => new Date('2025-05-12T10:00:00Z') } });
    await seedDemoStore(t.deps);
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

  test('the first Tab reaches the skip link, shown with a focus outline; Enter moves focus to the main content', async () => {
    await page.goto(`${base}/de-de/p/${COFFEE}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'de-DE');
    await page.keyboard.press('Tab');
    const skip = await focused();
    assert.deepEqual([skip.tag, skip.cls, skip.text], ['a', 'skip-link', 'Zum Inhalt springen']);
    assert.equal(skip.outline, 'solid 3px');
    assert.ok(skip.top >= 0 && skip.height > 0, `the skip link is on screen when focused (${skip.top})`);
    await page.keyboard.press('Enter');
    assert.equal((await focused()).id, 'main');
    assert.equal(new URL(page.url()).hash, '#main');
  });

  test('the switcher by keyboard: open it, pick Switzerland and French, land on the same product in Swiss francs', async () => {
    await page.goto(`${base}/de-de/p/${COFFEE}`);
    let f = await focused();
    for (let i = 0; i < 30 && f.tag !== 'summary'; i++) {
      await page.keyboard.press('Tab');
      f = await focused();
    }
    assert.equal(f.tag, 'summary', 'the switcher is reachable with Tab');
    assert.equal(f.outline, 'solid 3px');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('details.switcher').getAttribute('open'), '');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).id, 'switch-country');
    await page.keyboard.type('Schweiz');
    assert.equal(await page.locator('#switch-country').inputValue(), 'CH');
    // The script offers the Swiss market's languages only.
    const languages = await page.locator('#switch-language option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    assert.deepEqual(languages, ['de', 'fr', 'it', 'en']);
    assert.equal(await page.locator('#switch-language').inputValue(), 'de', 'German is kept: Switzerland speaks it');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).id, 'switch-language');
    await page.keyboard.type('Fr');
    assert.equal(await page.locator('#switch-language').inputValue(), 'fr');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).tag, 'button');
    await Promise.all([page.waitForURL(`**/fr-ch/p/${COFFEE}`), page.keyboard.press('Enter')]);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr-CH');
    assert.match(await page.locator('[data-shown-price]').innerText(), /^11\.90\sCHF$/);
    assert.match(await page.locator('#product-title').innerText(), /robusta/);
  });

  test('the variant picker by keyboard: arrow keys change the shown price, what it includes and the address', async () => {
    await page.goto(`${base}/en-gb/p/${COFFEE}`);
    const first = await page.locator('[data-shown-price]').innerText();
    await page.locator('#variant-0').focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('#variant-1').isChecked(), true);
    const second = await page.locator('#variant-1').getAttribute('data-price');
    assert.notEqual(second, first);
    assert.equal(await page.locator('[data-shown-price]').innerText(), second);
    assert.equal(await page.locator('[data-sku]').innerText(), 'COF-ROB-500');
    assert.equal(new URL(page.url()).searchParams.get('variant'), 'COF-ROB-500');
    await page.reload();
    assert.equal(await page.locator('#variant-1').isChecked(), true, 'the address keeps the choice');
    assert.deepEqual(consoleErrors, [], 'no script errors and nothing blocked by the content security policy');
  });
});
