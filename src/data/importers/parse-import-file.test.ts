import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from './read-fixture.fixture.js';
import { guessKind } from './guess-kind.js';
import { parseImportFile } from './parse-import-file.js';
import { htsReleaseFromName } from './us-hts-releases.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('each fixture is recognised as its kind', () => {
  assert.equal(guessKind(fixture('hs/harmonized-system-sample.csv')), 'hs');
  assert.equal(guessKind(fixture('uk/global-uk-tariff-sample.csv')), 'uk-tariff');
  assert.equal(guessKind(fixture('uk/commodities-report-sample.csv')), 'uk-commodities');
  assert.equal(guessKind(fixture('us/hts_2026_revision_10_sample.json')), 'us-hts');
  assert.equal(guessKind(fixture('ecb/eurofxref-hist-sample.csv')), 'ecb');
  assert.equal(guessKind(fixture('ecb/eurofxref-daily.xml')), 'ecb');
  assert.equal(guessKind('name,price\nx,1\n'), undefined);
});

test('a file of another kind is refused, saying what it looks like', () => {
  const r = parseImportFile('hs', utf8(fixture('ecb/eurofxref-hist-sample.csv')));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.match(r.message, /^not an HS nomenclature CSV .*missing required columns section, hscode/);
    assert.match(r.message, /it looks like ECB euro reference rates: try "landfall data import ecb \.\.\."$/);
  }
  const json = parseImportFile('uk-tariff', utf8(fixture('us/hts_2026_revision_10_sample.json')));
  assert.equal(json.ok, false);
  if (!json.ok) assert.match(json.message, /it looks like a USITC HTS JSON export/);
  const xml = parseImportFile('us-hts', utf8(fixture('ecb/eurofxref-daily.xml')));
  assert.equal(xml.ok, false);
  if (!xml.ok) assert.match(xml.message, /not valid JSON.*it looks like ECB euro reference rates/);
});

test('empty, binary, header-only and all-rejected files are unusable', () => {
  const cases: Array<[Uint8Array, RegExp]> = [
    [new Uint8Array(), /the file is empty/],
    [new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00]), /gzip-compressed/],
    [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), /binary, not text/],
    [utf8('commodity,description,ukgt_duty_rate\n'), /header but no data rows/],
    [utf8('commodity,description,ukgt_duty_rate\n09012100,Coffee,\n61091000,T-shirts,abc\n'), /no usable rows: all 2 rejected \(first: line 2: ukgt_duty_rate is empty\)/],
  ];
  for (const [bytes, reason] of cases) {
    const r = parseImportFile('uk-tariff', bytes);
    assert.equal(r.ok, false, String(reason));
    if (!r.ok) assert.match(r.message, reason);
  }
});

test('the HTS release and its date come from the USITC file name', () => {
  assert.deepEqual(htsReleaseFromName('hts_2026_revision_10_json.json'), { name: '2026 Revision 10', effectiveFrom: '2026-06-08' });
  assert.deepEqual(htsReleaseFromName('hts_2025_basic_edition_json.json'), { name: '2025 Basic Edition', effectiveFrom: undefined });
  assert.equal(htsReleaseFromName('tariff.json'), undefined);
});
