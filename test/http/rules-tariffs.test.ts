import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

describeWithDatabases('HTTP tariff lines for the rules inspector', (db) => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(db());
  });
  const get = (query: string) => t.app.inject({ method: 'GET', url: `/v1/rules/tariffs${query}` });

  test('the US lines under 6912 on a date, with rates, dates and sources; a longer code also finds the line covering it', async () => {
    const r = await get('?territory=us&hs=6912&date=2026-11-27');
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.deepEqual([body.territory, body.hs, body.date], ['US', '6912', '2026-11-27']);
    const mfn = body.items.filter((l: { program: string }) => l.program === 'MFN');
    assert.deepEqual(mfn.slice(0, 2).map((l: { hsPrefix: string; rate: string }) => [l.hsPrefix, l.rate]), [['691200', '4.5%'], ['69120010', '0.7%']]);
    assert.equal(mfn[0].id, 'tariff.US.MFN.691200');
    assert.match(mfn[0].description, /Ceramic tableware/);
    assert.ok(mfn[0].source.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(mfn[0].effectiveFrom));
    const covering = await get('?territory=US&hs=6912.00.41&date=2026-11-27');
    assert.deepEqual(covering.json().items.filter((l: { program: string }) => l.program === 'MFN').map((l: { hsPrefix: string }) => l.hsPrefix), ['691200', '69120041']);
    assert.equal((await get('?territory=US&hs=69&limit=3&date=2026-11-27')).json().items.length, 3);
  });

  test('bad queries are 400 naming the field', async () => {
    for (const [query, field] of [
      ['', 'territory'],
      ['?territory=US&hs=69x', 'hs'],
      ['?territory=US&date=27.11.2026', 'date'],
      ['?territory=US&limit=0', 'limit'],
      ['?territory=ZZ', 'territory'],
    ] as const) {
      const r = await get(query);
      assert.equal(r.statusCode, 400, query);
      assert.equal(r.json().errors?.[0]?.field ?? r.json().field, field, query);
    }
  });
});
