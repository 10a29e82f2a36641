import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { createFxRateRepository } from '../../src/db/repositories/fx-rate-repository.js';
import { createHsNomenclatureRepository } from '../../src/db/repositories/hs-nomenclature-repository.js';
import { createNationalNomenclatureRepository } from '../../src/db/repositories/national-nomenclature-repository.js';
import { createTariffLineRepository } from '../../src/db/repositories/tariff-line-repository.js';
import { importReferenceData, type ImportRequest } from '../../src/services/data-import/import-reference-data.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { importDeps, REAL_DATA, REAL_DATA_MISSING } from './support.js';

// Each official file under ../shared/data is imported in full exactly once per database (PGlite
// takes about 6 s for the 210,545 ECB rates, the largest; PostgreSQL about 2 s), and spot-checked
// against facts read off the published files. Idempotency and errors are tested on fixtures.
describeWithDatabases('data import of the real official files', (db) => {
  const run = async (kind: ImportRequest['kind'], file: string) => {
    const started = performance.now();
    const summary = unwrap(await importReferenceData(importDeps(db()), { kind, source: path.join(REAL_DATA, file), load: { cwd: REAL_DATA } }));
    return { ...summary, seconds: (performance.now() - started) / 1000 };
  };

  test('hs: harmonized-system.csv (HS 2022), 6,939 codes', { skip: REAL_DATA_MISSING }, async () => {
    const s = await run('hs', 'hs/harmonized-system.csv');
    assert.deepEqual([s.rowsRead, s.inserted, s.skipped, s.rejected], [6940, 6939, 1, 0]);
    const coffee = await createHsNomenclatureRepository(db().orm).find('HS2022', '090121');
    assert.deepEqual([coffee?.description, coffee?.parent, coffee?.section, coffee?.level], ['Coffee; roasted, not decaffeinated', '0901', 'II', 6]);
  });

  test('uk-tariff: global-uk-tariff.csv, 11,830 UKGT rates', { skip: REAL_DATA_MISSING }, async () => {
    const s = await run('uk-tariff', 'tariff/uk/global-uk-tariff.csv');
    assert.deepEqual([s.rowsRead, s.inserted, s.rejected], [11830, 11830, 0]);
    // The SHA-256 recorded in tariff/uk/SOURCES.md for the published file.
    assert.equal(s.sha256, '3ae78c2c43b3a01ee4d2b2722d0b36c503d4684ddc2b4e42e344b345375f824c');
    const tariffs = createTariffLineRepository(db().orm);
    assert.equal((await tariffs.findInEffect('GB', '09012100', '2021-01-01'))?.mfnRate, '6.0%');
    assert.equal((await tariffs.findInEffect('GB', '61091000', '2021-01-01'))?.mfnRate, '12.0%');
    assert.equal((await tariffs.findInEffect('GB', '42022100', '2021-01-01'))?.mfnRate, '2.0%');
    assert.equal((await tariffs.findInEffect('GB', '01039110', '2021-01-01'))?.mfnRate, '34.00 GBP/100kg');
  });

  test('uk-commodities: the commodities report, 25,650 lines with multi-line descriptions', { skip: REAL_DATA_MISSING }, async () => {
    const s = await run('uk-commodities', 'tariff/uk/uk-tariff-2021-01-01--v4.0.1205--commodities-report.csv');
    assert.deepEqual([s.rowsRead, s.inserted, s.rejected], [25650, 25650, 0]);
    assert.equal(s.sha256, 'c6b569673207339568cb250f13bbdbe315a3fad0f4b22cdb5978ab123c9adc2a');
    const coffee = await createNationalNomenclatureRepository(db().orm).findByCode('GB', '0901210000');
    assert.deepEqual(coffee.map((c) => `${c.suffix} ${c.description}`), ['10 Coffee, roasted', '80 Not decaffeinated']);
  });

  test('us-hts: HTS 2026 Revision 10, the lines that print a general rate', { skip: REAL_DATA_MISSING }, async () => {
    const s = await run('us-hts', 'tariff/us/hts_2026_revision_10_json.json');
    assert.deepEqual([s.rowsRead, s.inserted, s.rejected], [35509, 13666, 0]);
    assert.equal(s.rowsRead, s.inserted + s.skipped);
    assert.equal(s.options.effectiveFrom, '2026-06-08');
    const tariffs = createTariffLineRepository(db().orm);
    const tshirts = await tariffs.findInEffect('US', '61091000', '2026-06-08');
    assert.deepEqual([tshirts?.mfnRate, tshirts?.specialRate], ['16.5%', 'Free (AU,BH,CL,CO,IL,JO,KR,MA,OM,P,PA,PE,S,SG)']);
    assert.equal((await tariffs.findInEffect('US', '09012100', '2026-06-08'))?.mfnRate, 'Free');
    assert.equal((await tariffs.findInEffect('US', '64041979', '2026-06-08'))?.mfnRate, '90¢/pr. + 37.5%');
    assert.equal((await tariffs.findInEffect('US', '0402999000', '2026-06-08'))?.mfnRate, '46.3¢/kg + 14.9%');
  });

  test('ecb: eurofxref-hist.csv, 210,545 rates from 1999-01-04 to 2025-05-09', { skip: REAL_DATA_MISSING }, async () => {
    const s = await run('ecb', 'fx/eurofxref-hist.csv');
    assert.deepEqual([s.rowsRead, s.inserted, s.rejected], [6747, 210545, 0]);
    const fx = createFxRateRepository(db().orm);
    const rate = (quote: string, rateDate: string) => fx.find({ source: 'ECB', base: 'EUR', quote, rateDate }).then((r) => r?.rate);
    assert.equal(await rate('USD', '2025-05-09'), '1.1252');
    assert.equal(await rate('JPY', '2025-05-09'), '163.36');
    assert.equal(await rate('USD', '1999-01-04'), '1.1789');
    assert.equal(await rate('CYP', '2025-05-09'), undefined, 'N/A is not imported');
  });
});
