import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importIndicators } from '../../src/services/market-selection/import-indicators.js';
import { browserSkipReason } from '../support/browser.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startAdminBrowser, type AdminBrowser } from './admin-support.js';

/** Where the test leaves its screenshots (ignored by git). */
const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-artifacts');
const HEADER = 'country,indicator,year,value,name,unit,source';

/** Three indicators for nine countries: Sweden has no delivery time (an empty cell), Japan only internet use. */
const INTERNET: Record<string, number> = { DE: 92, FR: 85, NL: 97, PL: 80, ES: 90, IT: 75, SE: 96, VN: 70, JP: 83 };
const INCOME: Record<string, number> = { DE: 48000, FR: 41000, NL: 53000, PL: 18000, ES: 30000, IT: 35000, SE: 55000, VN: 4000 };
const DELIVERY: Record<string, number> = { DE: 2, FR: 3, NL: 4, PL: 1.5, ES: 5, IT: 6, VN: 9 };
const NAMES: Record<string, string> = { DE: 'Germany', FR: 'France', NL: 'Netherlands', PL: 'Poland', ES: 'Spain', IT: 'Italy', SE: 'Sweden', VN: 'Vietnam', JP: 'Japan' };

function shopCsv(): string {
  const lines = [HEADER];
  for (const c of Object.keys(INTERNET)) lines.push(`${c},shop.internet,2023,${INTERNET[c]},Internet use,%,Test survey 2023`);
  for (const c of Object.keys(INCOME)) lines.push(`${c},shop.income,2023,${INCOME[c]},Income per person,USD,Test accounts 2023`);
  for (const c of Object.keys(INTERNET).filter((c) => c !== 'JP')) lines.push(`${c},shop.delivery,2023,${DELIVERY[c] ?? ''},Delivery days,days,Test carrier 2023`);
  return `${lines.join('\n')}\n`;
}

const LPI_COMPONENTS = ['customs', 'infrastructure', 'international_shipments', 'logistics_competence', 'timeliness', 'tracking_tracing'];
const LPI_COUNTRIES = ['DE', 'FR', 'NL', 'PL', 'ES', 'IT', 'SE', 'VN'];

/** LPI-like 2018 scores: six components per country and an overall that is their mean; Japan lacks customs. */
const LPI: Array<{ country: string; scores: number[]; overall: number }> = (() => {
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  return [...LPI_COUNTRIES, 'JP'].map((country) => {
    const scores = LPI_COMPONENTS.map(() => Math.round((2 + 2.5 * next()) * 1e4) / 1e4);
    return { country, scores, overall: scores.reduce((x, y) => x + y, 0) / scores.length };
  });
})();

function lpiCsv(): string {
  const lines = [HEADER];
  const name = (c: string) => c.replace(/_/g, ' ').replace(/^./, (x) => x.toUpperCase());
  for (const { country, scores, overall } of LPI) {
    LPI_COMPONENTS.forEach((c, i) => lines.push(`${country},lpi.${c},2018,${country === 'JP' && i === 0 ? '' : scores[i]},${name(c)},score 1-5,Test LPI 2018`));
    lines.push(`${country},lpi.overall,2018,${overall},LPI score,score 1-5,Test LPI 2018`);
  }
  return `${lines.join('\n')}\n`;
}

type Weights = { internet: number; income: number; delivery: number };
const profileOf = (w: Weights) => ({
  indicators: [
    { id: 'shop.internet', weight: w.internet, direction: 'higher' },
    { id: 'shop.income', weight: w.income, direction: 'higher' },
    { id: 'shop.delivery', weight: w.delivery, direction: 'lower' },
  ],
  normalization: 'min-max',
  missing: 'reweight',
  minCoverage: 0.5,
});

/**
 * The ranking worked out here on its own: min-max scaling over the countries with a value (delivery
 * turned around), the weights of the indicators a country has renormalized, unranked below half the
 * weight (the unranked by score too), ties by code.
 */
function expectedRanking(w: Weights): { ranked: string[]; unranked: string[] } {
  const parts: Array<[Record<string, number>, number, boolean]> = [
    [INTERNET, w.internet, true],
    [INCOME, w.income, true],
    [DELIVERY, w.delivery, false],
  ];
  const total = w.internet + w.income + w.delivery;
  const scored = Object.keys(INTERNET).map((country) => {
    let sum = 0;
    let used = 0;
    for (const [values, weight, higher] of parts) {
      const v = values[country];
      if (v === undefined) continue;
      const all = Object.values(values);
      const [lo, hi] = [Math.min(...all), Math.max(...all)];
      sum += weight * (higher ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo));
      used += weight;
    }
    return { country, score: (100 * sum) / used, coverage: used / total };
  });
  const byScore = (list: typeof scored) => list.sort((a, b) => b.score - a.score || a.country.localeCompare(b.country)).map((s) => s.country);
  return { ranked: byScore(scored.filter((s) => s.coverage >= 0.5)), unranked: byScore(scored.filter((s) => s.coverage < 0.5)) };
}

describe('admin in a real browser: market selection', { skip: browserSkipReason() }, () => {
  describeWithDatabases('ranking with explanations, weights tried and saved, an index reproduced', (db) => {
    let a: AdminBrowser;
    let dir = '';
    before(async () => {
      a = await startAdminBrowser(db());
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-market-selection-'));
      fs.writeFileSync(path.join(dir, 'shop.csv'), shopCsv());
      fs.writeFileSync(path.join(dir, 'lpi-2018.csv'), lpiCsv());
      const shop = await importIndicators(a.t.deps, { source: 'shop.csv', options: { format: 'csv' }, load: { cwd: dir } });
      assert.ok(shop.ok, JSON.stringify(shop));
      assert.deepEqual(
        shop.value.series.map((s) => [s.id, s.rows]),
        [
          ['shop.internet', 9],
          ['shop.income', 8],
          ['shop.delivery', 7],
        ],
      );
      assert.equal(shop.value.missingValues, 1);
      const lpi = await importIndicators(a.t.deps, { source: 'lpi-2018.csv', load: { cwd: dir } });
      assert.ok(lpi.ok, JSON.stringify(lpi));
      assert.equal(lpi.value.inserted, 9 * 7 - 1);
      const put = await a.call('PUT', '/v1/admin/market-selection/profile', profileOf({ internet: 1, income: 1, delivery: 1 }));
      assert.equal(put.status, 200, JSON.stringify(put.body));
      await a.signIn();
      await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Market selection' }).click();
      await a.page.getByRole('heading', { name: 'Market selection', level: 1 }).waitFor();
      await a.page.getByTestId('ms-ranking').waitFor();
    });
    after(async () => {
      await a?.close();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    const rowCodes = () => a.page.locator('[data-testid="ms-ranking"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-country')));

    test('the countries in score order with their values, sortable by a column; a country opens its explanation', async () => {
      const { page } = a;
      const expected = expectedRanking({ internet: 1, income: 1, delivery: 1 });
      assert.deepEqual(expected, { ranked: ['SE', 'NL', 'DE', 'FR', 'ES', 'PL', 'IT', 'VN'], unranked: ['JP'] });
      assert.deepEqual(await rowCodes(), [...expected.ranked, ...expected.unranked]);
      assert.match(await page.getByTestId('ms-method').innerText(), /^Each indicator is scaled to 0\.\.1 .*for delivery days lower is better.*Weights, normalized to sum 100 %: internet use 33\.3 %, income per person 33\.3 % and delivery days 33\.3 %\./);

      const cells = (code: string) => page.locator(`[data-testid="ms-ranking"] tr[data-country="${code}"] > *`).allInnerTexts();
      assert.deepEqual(await cells('NL'), ['2', 'Netherlands NL', '87.6', '100 %', '97.0 % 2023', 'USD 53,000.00 2023', '4 days 2023']);
      assert.deepEqual(await cells('SE'), ['1', 'Sweden SE', '98.1', '66.7 %', '96.0 % 2023', 'USD 55,000.00 2023', 'no value']);
      const jp = await cells('JP');
      assert.deepEqual(jp.slice(0, 1).concat(jp.slice(2)), ['—', '48.1', '33.3 %', '83.0 % 2023', 'no value', 'no value']);
      assert.match(jp[1]!, /^Japan JP\s+Not ranked: data for 33\.3 % of the weight, below the 50 % required/);
      assert.deepEqual((await page.locator('#ms-top-chart rect title').allTextContents()).slice(0, 3), ['1. Sweden: 98.1', '2. Netherlands: 87.6', '3. Germany: 87.0']);
      assert.equal(await page.locator('#ms-top-chart rect').count(), 8);

      // Internet use, higher is better: the first press puts the highest first; the unranked stay last.
      const table = page.getByTestId('ms-ranking');
      const internet = table.getByRole('columnheader', { name: /^Internet use/ });
      assert.equal(await internet.getAttribute('aria-sort'), 'none');
      await internet.getByRole('button').click();
      assert.equal(await internet.getAttribute('aria-sort'), 'descending');
      assert.equal(await table.getByRole('columnheader', { name: /^Rank/ }).getAttribute('aria-sort'), 'none');
      assert.deepEqual(await rowCodes(), ['NL', 'SE', 'DE', 'ES', 'FR', 'PL', 'IT', 'VN', 'JP']);
      await internet.getByRole('button').press('Enter');
      assert.equal(await internet.getAttribute('aria-sort'), 'ascending');
      assert.deepEqual(await rowCodes(), ['VN', 'IT', 'PL', 'FR', 'ES', 'DE', 'SE', 'NL', 'JP']);

      const ranking = (await a.call('GET', '/v1/admin/market-selection/ranking')).body;
      const nl = ranking.countries.find((c: { country: string }) => c.country === 'NL');
      await page.getByRole('button', { name: 'Netherlands', exact: true }).click();
      const explanation = page.getByTestId('ms-explanation');
      await explanation.waitFor();
      assert.equal(await page.getByRole('heading', { name: /^Netherlands \(NL\)/ }).innerText(), 'Netherlands (NL) ranks 2nd with 87.6 of 100');
      const lifts = await page.getByTestId('ms-lifts').locator('li').allInnerTexts();
      assert.deepEqual(lifts, nl.lifts);
      assert.equal(lifts[0], 'Internet use (97.0 % in 2023) is among the highest: +14.4 points over the average country');
      assert.equal(lifts[1], 'Income per person (USD 53,000.00 in 2023) is high: +11.4 points over the average country');
      assert.deepEqual(await explanation.locator('tr[data-indicator="shop.internet"] > *').allInnerTexts(), ['Internet use', '97.0 %', '2023', 'Test survey 2023', '1.000', '33.3 %', '33.3', '+14.4']);

      await page.getByRole('button', { name: 'Sweden', exact: true }).click();
      assert.deepEqual(await page.getByTestId('ms-missing').locator('li').allInnerTexts(), ['no value for delivery days: its 33.3 % weight was spread over the others']);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-market-selection-ranking.png'), fullPage: true });
    });

    test('a weight below 0 is refused at its field; Try ranks with the new weights without saving; Save keeps them', async () => {
      const { page } = a;
      const delivery = page.locator('fieldset[data-indicator="shop.delivery"]').getByLabel('Weight');
      await delivery.fill('-1');
      await page.getByRole('button', { name: 'Try', exact: true }).click();
      const error = page.locator('#ms-weight-2-error');
      await error.waitFor();
      assert.equal(await error.innerText(), 'must be a number from 0 to 1000');
      assert.equal(await delivery.getAttribute('aria-invalid'), 'true');

      await delivery.fill('5');
      await page.getByRole('button', { name: 'Try', exact: true }).click();
      await page.getByRole('heading', { name: 'Ranking with the weights tried (not saved)' }).waitFor();
      assert.equal(await error.count(), 0);
      const expected = expectedRanking({ internet: 1, income: 1, delivery: 5 });
      assert.deepEqual(expected, { ranked: ['DE', 'PL', 'NL', 'FR', 'ES', 'IT', 'VN'], unranked: ['SE', 'JP'] });
      assert.deepEqual(await rowCodes(), [...expected.ranked, ...expected.unranked]);
      assert.match(await page.getByTestId('ms-method').innerText(), /internet use 14\.3 %, income per person 14\.3 % and delivery days 71\.4 %/);
      // Nothing saved yet.
      assert.equal((await a.call('GET', '/v1/admin/market-selection/profile')).body.indicators[2].weight, 1);

      const sensitivity = page.locator('article[data-sensitivity="shop.delivery"]');
      assert.match(await sensitivity.locator('p').innerText(), /^Setting the weight of delivery days to 0 moves \d+ countr/);
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-market-selection-weights.png'), fullPage: true });

      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('heading', { name: 'Ranking', exact: true }).waitFor();
      assert.match(await page.getByRole('status').filter({ hasText: 'Saved' }).innerText(), /^Saved\. The ranking above uses the saved profile\./);
      assert.deepEqual(
        (await a.call('GET', '/v1/admin/market-selection/profile')).body.indicators.map((i: { weight: number }) => i.weight),
        [1, 1, 5],
      );
      assert.deepEqual(await rowCodes(), ['DE', 'PL', 'NL', 'FR', 'ES', 'IT', 'VN', 'SE', 'JP']);

      // An imported series joins the form with a weight to adjust, and leaves it again.
      const series = page.getByTestId('ms-series');
      assert.deepEqual(await series.locator('tr[data-series="lpi.overall"] > *').allInnerTexts(), ['LPI score lpi.overall', 'score 1-5', 'Test LPI 2018', '9', '2018', 'Add LPI score']);
      await series.getByRole('button', { name: 'Add LPI score' }).click();
      const added = page.locator('fieldset[data-indicator="lpi.overall"]');
      assert.equal(await added.getByLabel('Weight').inputValue(), '10');
      assert.equal(await series.locator('tr[data-series="lpi.overall"] td').last().innerText(), 'yes');
      await added.getByRole('button', { name: 'Remove LPI score' }).click();
      assert.equal(await added.count(), 0);
    });

    test('the LPI reproduced by least squares agrees within the tolerance for every country; Japan is left out', async () => {
      const { page } = a;
      assert.equal(await page.getByLabel('Edition year').inputValue(), '2018');
      await page.getByLabel('Method').selectOption('least-squares');
      await page.getByRole('button', { name: 'Reproduce' }).click();
      const summary = page.getByTestId('ms-reproduction-summary');
      await summary.waitFor();
      const fact = (name: string) => summary.locator(`[data-fact="${name}"]`).innerText();
      assert.equal(await fact('countries'), String(LPI_COUNTRIES.length));
      assert.equal(await fact('within'), '100 % within 0.01');
      assert.equal(await fact('max'), '0.0000');
      assert.equal(await fact('correlation'), '1.0000');
      assert.match(await page.getByTestId('ms-reproduction-method').innerText(), /^Weights fitted to the published scores by least squares over the 8 countries/);
      const weights = await page.locator('[data-testid="ms-reproduction"] table').first().locator('tbody td').allInnerTexts();
      assert.deepEqual(weights, Array(6).fill('0.1667'));
      assert.deepEqual(await page.getByTestId('ms-skipped').locator('li').allInnerTexts(), ['Japan (JP): no value for Customs']);

      const difference = page.getByTestId('ms-agreement').getByRole('columnheader', { name: /^Size of the difference/ });
      await difference.getByRole('button').click();
      assert.equal(await difference.getAttribute('aria-sort'), 'descending');
      const agreement = page.getByTestId('ms-agreement');
      assert.equal(await agreement.locator('tbody tr').count(), LPI_COUNTRIES.length);
      const published = agreement.getByRole('columnheader', { name: /^Published/ });
      await published.getByRole('button').click();
      assert.equal(await published.getAttribute('aria-sort'), 'descending');
      assert.equal(await difference.getAttribute('aria-sort'), 'none');
      const byPublished = LPI.filter((l) => l.country !== 'JP').sort((x, y) => y.overall - x.overall);
      assert.deepEqual(await agreement.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-country'))), byPublished.map((l) => l.country));
      assert.equal(await agreement.locator(`tr[data-country="${byPublished[0]!.country}"] td`).first().innerText(), byPublished[0]!.overall.toFixed(4));
      await page.screenshot({ path: path.join(ARTIFACTS, 'admin-market-selection-lpi.png'), fullPage: true });

      await page.getByLabel('Method').selectOption('weighted-mean');
      await page.locator('#ms-lpi-weights').fill('1,1,1');
      await page.getByRole('button', { name: 'Reproduce' }).click();
      await page.locator('#ms-lpi-weights-error').waitFor();
      assert.equal(await page.locator('#ms-lpi-weights-error').innerText(), 'weights must be 6 numbers, one per component, for a weighted mean');
      assert.deepEqual(a.errors(), []);
    });
  });
});
