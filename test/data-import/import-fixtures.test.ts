import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createFxRateRepository } from '../../src/db/repositories/fx-rate-repository.js';
import { createHsNomenclatureRepository } from '../../src/db/repositories/hs-nomenclature-repository.js';
import { createImportRunRepository } from '../../src/db/repositories/import-run-repository.js';
import { createNationalNomenclatureRepository } from '../../src/db/repositories/national-nomenclature-repository.js';
import { createTariffLineRepository } from '../../src/db/repositories/tariff-line-repository.js';
import { importReferenceData, type ImportRequest } from '../../src/services/data-import/import-reference-data.js';
import type { PreparedImport } from '../../src/services/data-import/prepared-import.js';
import { writeImport, type WriteHooks } from '../../src/services/data-import/write-import.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { FIXTURES, fixturePath, importDeps, startFixtureServer, tempDirs } from './support.js';

const dirs = tempDirs();
after(() => dirs.cleanup());

describeWithDatabases('data import of hand-written fixtures', (db) => {
  const run = (kind: ImportRequest['kind'], source: string, options: ImportRequest['options'] = {}, hooks: WriteHooks = {}) =>
    importReferenceData(importDeps(db()), { kind, source, options, load: { cwd: FIXTURES, timeoutMs: 5_000 } }, hooks);
  const repos = () => ({
    hs: createHsNomenclatureRepository(db().orm),
    national: createNationalNomenclatureRepository(db().orm),
    tariffs: createTariffLineRepository(db().orm),
    fx: createFxRateRepository(db().orm),
    runs: createImportRunRepository(db().orm),
  });

  test('hs: imports chapters, headings and subheadings; a re-run reports every row unchanged', async () => {
    const first = unwrap(await run('hs', 'hs/harmonized-system-sample.csv'));
    assert.deepEqual([first.rowsRead, first.inserted, first.updated, first.unchanged, first.skipped, first.rejected], [10, 9, 0, 0, 1, 0]);
    assert.deepEqual(first.options, { edition: 'HS2022' });
    const coffee = await repos().hs.find('HS2022', '090121');
    assert.equal(coffee?.description, 'Coffee; roasted, not decaffeinated');
    assert.equal(coffee?.parent, '0901');
    assert.equal(coffee?.importRunId, first.importRunId);
    const again = unwrap(await run('hs', 'hs/harmonized-system-sample.csv'));
    assert.deepEqual([again.inserted, again.updated, again.unchanged], [0, 0, 9]);
    assert.equal((await repos().hs.find('HS2022', '090121'))?.importRunId, first.importRunId, 'an unchanged row keeps the run that wrote it');
  });

  test('uk-tariff: rates as written, GB from 2021-01-01, with provenance in import_runs', async () => {
    const summary = unwrap(await run('uk-tariff', 'uk/global-uk-tariff-sample.csv'));
    assert.deepEqual([summary.inserted, summary.rejected, summary.table], [5, 0, 'tariff_lines']);
    const coffee = await repos().tariffs.findInEffect('GB', '09012100', '2025-01-01');
    assert.equal(coffee?.mfnRate, '6.0%');
    assert.equal(coffee?.effectiveFrom, '2021-01-01');
    assert.match(coffee?.source ?? '', /^UK Global Tariff, Department for International Trade \(https:\/\/www\.gov\.uk\//);
    assert.equal((await repos().tariffs.findInEffect('GB', '01022910', '2021-01-01'))?.mfnRate, '10.00% + 77.00 GBP/100kg');
    assert.equal(await repos().tariffs.findInEffect('GB', '09012100', '2020-12-31'), undefined, 'not in effect before 2021');
    const runRow = await repos().runs.find(summary.importRunId);
    const bytes = fs.readFileSync(fixturePath('uk/global-uk-tariff-sample.csv'));
    assert.equal(runRow?.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(runRow?.byteSize, bytes.length);
    assert.equal(runRow?.source, fixturePath('uk/global-uk-tariff-sample.csv'));
    assert.deepEqual([runRow?.kind, runRow?.status, runRow?.rowsRead, runRow?.inserted], ['uk-tariff', 'succeeded', 5, 5]);
    assert.ok(runRow?.finishedAt && runRow.finishedAt >= runRow.startedAt);
  });

  test('uk-tariff with bad rows: the good rows are imported, the bad ones recorded with line and field', async () => {
    const summary = unwrap(await run('uk-tariff', 'uk/global-uk-tariff-with-errors.csv', { effectiveFrom: '2019-01-01' }));
    assert.deepEqual([summary.inserted, summary.rejected], [2, 5]);
    assert.deepEqual(summary.errors[0], { line: 3, field: 'ukgt_duty_rate', message: 'ukgt_duty_rate is empty' });
    const runRow = await repos().runs.find(summary.importRunId);
    assert.equal(runRow?.rejected, 5);
    assert.deepEqual(runRow?.errors.map((e) => e.line), [3, 4, 5, 6, 7]);
  });

  test('a changed file updates only the changed rows; --effective-from adds a new dated line', async () => {
    const before = unwrap(await run('uk-tariff', 'uk/global-uk-tariff-sample.csv'));
    const changed = path.join(dirs.make(), 'global-uk-tariff.csv');
    fs.writeFileSync(changed, fs.readFileSync(fixturePath('uk/global-uk-tariff-sample.csv'), 'utf8').replace(',12.0%,12.0%,', ',12.0%,10.0%,'));
    const after = unwrap(await run('uk-tariff', changed));
    assert.deepEqual([after.inserted, after.updated, after.unchanged], [0, 1, 4]);
    const tshirts = await repos().tariffs.findInEffect('GB', '61091000', '2022-01-01');
    assert.deepEqual([tshirts?.mfnRate, tshirts?.importRunId], ['10.0%', after.importRunId]);
    assert.notEqual((await repos().tariffs.findInEffect('GB', '09012100', '2022-01-01'))?.importRunId, after.importRunId);
    assert.ok(before.unchanged === 5);

    const dated = unwrap(await run('uk-tariff', 'uk/global-uk-tariff-sample.csv', { effectiveFrom: '2024-07-01' }));
    assert.equal(dated.inserted, 5);
    assert.equal((await repos().tariffs.findInEffect('GB', '61091000', '2024-06-30'))?.mfnRate, '10.0%');
    assert.equal((await repos().tariffs.findInEffect('GB', '61091000', '2024-07-01'))?.mfnRate, '12.0%');
  });

  test('uk-commodities: codes with suffixes, multi-line descriptions and validity', async () => {
    const summary = unwrap(await run('uk-commodities', 'uk/commodities-report-sample.csv'));
    assert.deepEqual([summary.rowsRead, summary.inserted, summary.rejected, summary.table], [8, 8, 0, 'national_nomenclature']);
    const coffee = await repos().national.findByCode('GB', '0901210000');
    assert.deepEqual(coffee.map((c) => [c.suffix, c.description, c.parentCode, c.parentSuffix]), [
      ['10', 'Coffee, roasted', '0901000000', '80'],
      ['80', 'Not decaffeinated', '0901210000', '10'],
    ]);
    assert.deepEqual((await repos().national.findByCode('GB', '2207100011')).map((c) => c.validFrom), ['2019-07-01', '2023-09-16']);
    const tshirts = await repos().national.findByCode('GB', '6109100010');
    assert.equal(tshirts[0]?.description, 'T-shirts\r\n\r\nof cotton');
    assert.equal(tshirts[0]?.validTo, '2026-01-01');
    assert.equal(unwrap(await run('uk-commodities', 'uk/commodities-report-sample.csv')).unchanged, 8);
  });

  test('us-hts: general and special rates as printed, dated from the release named in the file name', async () => {
    const summary = unwrap(await run('us-hts', 'us/hts_2026_revision_10_sample.json'));
    assert.deepEqual([summary.rowsRead, summary.inserted, summary.skipped, summary.rejected], [11, 5, 6, 0]);
    assert.deepEqual(summary.options, { effectiveFrom: '2026-06-08', release: '2026 Revision 10' });
    const tshirts = await repos().tariffs.findInEffect('US', '61091000', '2026-06-08');
    assert.equal(tshirts?.mfnRate, '16.5%');
    assert.equal(tshirts?.specialRate, 'Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)');
    assert.match(tshirts?.source ?? '', /^Harmonized Tariff Schedule of the United States, USITC .*2026 Revision 10$/);
    assert.equal((await repos().tariffs.findInEffect('US', '0402999000', '2026-07-01'))?.mfnRate, '46.3¢/kg + 14.9%');
    assert.equal(await repos().tariffs.findInEffect('US', '61091000', '2026-06-07'), undefined);
    const renamed = path.join(dirs.make(), 'hts.json');
    fs.copyFileSync(fixturePath('us/hts_2026_revision_10_sample.json'), renamed);
    const unknown = await run('us-hts', renamed);
    assert.equal(unknown.ok, false);
    if (!unknown.ok) assert.match(unknown.message, /pass --effective-from/);
    // Same rates and date, but the source text can no longer name the release: counted as updated.
    const dated = unwrap(await run('us-hts', renamed, { effectiveFrom: '2026-06-08' }));
    assert.deepEqual([dated.inserted, dated.updated, dated.unchanged], [0, 5, 0]);
  });

  test('ecb: the history CSV and the daily XML land in one table, rates as published strings', async () => {
    const csv = unwrap(await run('ecb', 'ecb/eurofxref-hist-sample.csv'));
    assert.deepEqual([csv.format, csv.rowsRead, csv.inserted, csv.table], ['csv', 3, 10, 'fx_rates']);
    const usd = await repos().fx.find({ source: 'ECB', base: 'EUR', quote: 'USD', rateDate: '2025-05-09' });
    assert.deepEqual(usd, { source: 'ECB', base: 'EUR', quote: 'USD', rateDate: '2025-05-09', rate: '1.1252', importRunId: csv.importRunId });
    const xml = unwrap(await run('ecb', 'ecb/eurofxref-daily.xml'));
    assert.deepEqual([xml.format, xml.inserted, xml.unchanged], ['xml', 1, 3]);
    assert.equal((await repos().fx.find({ source: 'ECB', base: 'EUR', quote: 'IDR', rateDate: '2025-05-09' }))?.rate, '18606.59');
    const ninety = unwrap(await run('ecb', 'ecb/eurofxref-hist-90d-sample.xml'));
    // 2025-05-09 and 2025-05-08 USD came with the CSV; the CHF rates and 2025-05-07 USD are new.
    assert.deepEqual([ninety.rowsRead, ninety.inserted, ninety.unchanged], [3, 4, 2]);
  });

  test('small batches: each is its own transaction, with progress after each', async () => {
    const seen: number[] = [];
    const summary = unwrap(await run('hs', 'hs/harmonized-system-sample.csv', { edition: 'HS2017' }, { batchSize: 4, onProgress: ({ done }) => seen.push(done) }));
    assert.deepEqual(seen, [4, 8, 9]);
    assert.equal(summary.inserted, 9);
  });

  test('an interrupted import keeps its committed batches and is finished by running it again', async () => {
    const stop = new AbortController();
    const hooks: WriteHooks = { batchSize: 3, signal: stop.signal, onProgress: () => stop.abort() };
    const stopped = await run('hs', 'hs/harmonized-system-sample.csv', { edition: 'HS2012' }, hooks);
    assert.equal(stopped.ok, false);
    if (!stopped.ok) {
      assert.equal(stopped.code, 'INTERRUPTED');
      assert.match(stopped.message, /interrupted after 3 of 9 rows/);
    }
    const [failedRun] = await repos().runs.listRecent({ kind: 'hs', limit: 1 });
    assert.deepEqual([failedRun?.status, failedRun?.inserted], ['failed', 3]);
    assert.match(failedRun?.failure ?? '', /run the same import again/);
    const finished = unwrap(await run('hs', 'hs/harmonized-system-sample.csv', { edition: 'HS2012' }));
    assert.deepEqual([finished.inserted, finished.unchanged], [6, 3]);
  });

  test('a URL source is fetched (from a local server) and recorded as the run source', async () => {
    const server = await startFixtureServer();
    try {
      const url = server.url('ecb/eurofxref-hist-90d-sample.xml');
      const summary = unwrap(await run('ecb', url));
      assert.equal(summary.source, url);
      assert.equal((await repos().runs.find(summary.importRunId))?.source, url);
      const missing = await run('ecb', server.url('ecb/eurofxref-missing.xml'));
      assert.equal(missing.ok, false);
      if (!missing.ok) assert.equal(missing.code, 'NOT_FOUND');
    } finally {
      await server.close();
    }
  });

  test('a batch the database refuses stops the import, keeps earlier batches and records the failure', async () => {
    const rows = ['1.1', '1.2', '0'].map((rate, i) => ({ source: 'ECB', base: 'EUR', quote: 'USD', rateDate: `1999-01-0${i + 4}`, rate }));
    const prepared: PreparedImport = {
      kind: 'ecb',
      location: 'hand-made',
      sha256: '0'.repeat(64),
      byteSize: 0,
      options: {},
      factSource: 'ECB',
      read: 3,
      skipped: 0,
      errors: [],
      target: { table: 'fx_rates', rows },
    };
    const r = await writeImport(importDeps(db()), prepared, { batchSize: 2 });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.code, 'IMPORT_FAILED');
      assert.match(r.message, /^the import stopped after 2 of 3 rows: .*run the same import again to finish$/);
    }
    const [last] = await repos().runs.listRecent({ kind: 'ecb', limit: 1 });
    assert.deepEqual([last?.status, last?.inserted, last?.source], ['failed', 2, 'hand-made']);
    assert.equal((await repos().fx.find({ source: 'ECB', base: 'EUR', quote: 'USD', rateDate: '1999-01-05' }))?.rate, '1.2');
  });

  test('unusable files fail before anything is written or recorded', async () => {
    const count = async () => (await repos().runs.listRecent({ limit: 1000 })).length;
    const runsBefore = await count();
    const cases: Array<[ImportRequest['kind'], string, RegExp]> = [
      ['hs', 'ecb/eurofxref-hist-sample.csv', /missing required columns section, hscode.*looks like ECB/],
      ['ecb', 'uk/global-uk-tariff-sample.csv', /missing required column Date.*looks like a UK Global Tariff CSV/],
      ['uk-tariff', 'README.md', /missing required columns commodity, description, ukgt_duty_rate/],
    ];
    for (const [kind, file, reason] of cases) {
      const r = await run(kind, file);
      assert.equal(r.ok, false, file);
      if (!r.ok) {
        assert.equal(r.code, 'VALIDATION_FAILED');
        assert.match(r.message, reason);
      }
    }
    assert.equal(await count(), runsBefore);
  });
});
