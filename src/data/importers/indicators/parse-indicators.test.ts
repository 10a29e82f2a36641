import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatRowError } from '../types.js';
import { parseIndicatorFile, type IndicatorOutcome, type IndicatorParseOptions } from './parse-indicators.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function parsed(text: string, options: IndicatorParseOptions = {}): IndicatorOutcome {
  const r = parseIndicatorFile(utf8(text), options);
  if (!r.ok) assert.fail(`expected the file to parse: ${r.message}`);
  return r.value;
}

const cells = (o: IndicatorOutcome) => o.rows.map((r) => [r.line, r.country, r.indicator, r.year, r.value]);

// Hand-written in the layout of the WDI bulk download (BOM, CRLF, a comma at the end of each line); values invented.
const WDI_WIDE = [
  '\uFEFF"Data Source","World Development Indicators",',
  '',
  '"Last Updated Date","2017-02-01",',
  '',
  '"Country Name","Country Code","Indicator Name","Indicator Code","2013","2014","2015",',
  '"Vietnam","VNM","GDP per capita (current US$)","NY.GDP.PCAP.CD","1900.5","2000.25","2111.1",',
  '"World","WLD","GDP per capita (current US$)","NY.GDP.PCAP.CD","10000","10100","10200",',
  '"Kosovo","KSV","GDP per capita (current US$)","NY.GDP.PCAP.CD","","3500","..",',
  '"Channel Islands","CHI","GDP per capita (current US$)","NY.GDP.PCAP.CD","70000","","",',
  '"Korea, Dem. People’s Rep.","PRK","GDP per capita (current US$)","NY.GDP.PCAP.CD","","","",',
  '',
].join('\r\n');

test('wdi-wide: every published year cell is a row; aggregates, "..", and empty cells are skipped', () => {
  const o = parsed(WDI_WIDE);
  assert.equal(o.format, 'wdi-wide');
  assert.deepEqual(o.errors, []);
  assert.deepEqual(cells(o), [
    [6, 'VN', 'wdi.NY.GDP.PCAP.CD', 2013, '1900.5'],
    [6, 'VN', 'wdi.NY.GDP.PCAP.CD', 2014, '2000.25'],
    [6, 'VN', 'wdi.NY.GDP.PCAP.CD', 2015, '2111.1'],
    [8, 'XK', 'wdi.NY.GDP.PCAP.CD', 2014, '3500'],
  ]);
  assert.deepEqual(o.series, [
    { id: 'wdi.NY.GDP.PCAP.CD', name: 'GDP per capita (current US$)', unit: 'current US$', source: 'World Bank WDI, last updated 2017-02-01' },
  ]);
  assert.equal(o.read, 5);
  // WLD and the Channel Islands (Jersey and Guernsey together) are not one country.
  assert.equal(o.aggregates, 2);
  // Kosovo: an empty cell and ".."; North Korea: three empty cells.
  assert.equal(o.skipped, 5);
  assert.deepEqual(o.unmapped, []);
});

test('wdi-wide: the WDIData layout without the "Data Source" lines is read too', () => {
  const o = parsed('"Country Name","Country Code","Indicator Name","Indicator Code","2023"\nGermany,DEU,"Population, total",SP.POP.TOTL,83000000\n');
  assert.equal(o.format, 'wdi-wide');
  assert.deepEqual(cells(o), [[2, 'DE', 'wdi.SP.POP.TOTL', 2023, '83000000']]);
  assert.deepEqual(o.series, [{ id: 'wdi.SP.POP.TOTL', name: 'Population, total', unit: 'people', source: 'World Bank WDI' }]);
});

test('wdi-wide: a year column that is not a year makes the file unusable', () => {
  const r = parseIndicatorFile(utf8('"Country Name","Country Code","Indicator Name","Indicator Code","2015","Notes"\nGermany,DEU,x,SP.POP.TOTL,1,\n'));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.field, 'Notes');
    assert.match(r.message, /column "Notes" after Indicator Code is not a year/);
  }
});

const WDI_LONG = 'Country Name,Country Code,Year,Value\nUnited States,USA,2023,336806231\nUnited States,USA,2024,340110988\nWorld,WLD,2024,8142056446\nEuropean Union,EUU,2024,449000000\nKosovo,XKX,2024,\n';

test('wdi-long: the indicator comes from the options, never guessed', () => {
  const refused = parseIndicatorFile(utf8(WDI_LONG));
  assert.equal(refused.ok, false);
  if (!refused.ok) {
    assert.equal(refused.field, 'indicator');
    assert.match(refused.message, /does not name its indicator: give its WDI code as the indicator option \(--indicator SP\.POP\.TOTL\)/);
  }
  const o = parsed(WDI_LONG, { indicator: 'SP.POP.TOTL' });
  assert.equal(o.format, 'wdi-long');
  assert.deepEqual(cells(o), [
    [2, 'US', 'wdi.SP.POP.TOTL', 2023, '336806231'],
    [3, 'US', 'wdi.SP.POP.TOTL', 2024, '340110988'],
  ]);
  assert.deepEqual(o.series, [{ id: 'wdi.SP.POP.TOTL', name: 'Population, total', unit: 'people', source: 'World Bank WDI' }]);
  assert.equal(o.aggregates, 2);
  assert.equal(o.skipped, 1);
  assert.equal(o.read, 5);
});

test('wdi-long: name, unit and source of an unknown code come from the options', () => {
  const o = parsed(WDI_LONG, { indicator: 'wdi.EN.POP.DNST', name: 'Population density', unit: 'people per sq. km', source: 'World Bank WDI, 2026-01-28' });
  assert.deepEqual(o.series, [{ id: 'wdi.EN.POP.DNST', name: 'Population density', unit: 'people per sq. km', source: 'World Bank WDI, 2026-01-28' }]);
  const bad = parseIndicatorFile(utf8(WDI_LONG), { indicator: 'pop total!' });
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.match(bad.message, /indicator is not a WDI indicator code/);
});

// In the layout of an ITU DataHub export; values invented except Germany 2023 (92.4764 as ITU publishes it).
const ITU = [
  '\uFEFF"seriesID","seriesCode","seriesName","seriesParent","seriesUnits","entityID","entityIso","entityName","dataValue","dataYear","dataNote","dataSource","seriesDescription"',
  '11624,"i99H","Individuals using the Internet",,"%",67,"DEU","Germany","92.4764",2023,"","Eurostat","Refers to the proportion of individuals who used the Internet,\nfrom any location."',
  '11624,"i99H","Individuals using the Internet",,"%",300,"KSO","Kosovo","89.4",2018,"","Eurostat",""',
  '11624,"i99H","Individuals using the Internet",,"%",301,"AAA","Guernsey","83.632",2011,"","ITU estimate.",""',
  '11624,"i99H","Individuals using the Internet",,"%",302,"ASC","Ascension","41.03",2012,"","ITU estimate.",""',
  '11624,"i99H","Individuals using the Internet",,"%",303,"","World","67.4",2023,"","ITU estimate.",""',
  '',
].join('\r\n');

test('itu: one row per economy and year, with ITU codes of its own and quoted line breaks', () => {
  const o = parsed(ITU);
  assert.equal(o.format, 'itu');
  assert.deepEqual(o.errors, []);
  // The first record spans lines 2 and 3 (a line break inside seriesDescription).
  assert.deepEqual(cells(o), [
    [2, 'DE', 'itu.i99H', 2023, '92.4764'],
    [4, 'XK', 'itu.i99H', 2018, '89.4'],
    [5, 'GG', 'itu.i99H', 2011, '83.632'],
  ]);
  assert.deepEqual(o.series, [{ id: 'itu.i99H', name: 'Individuals using the Internet', unit: '%', source: 'ITU DataHub' }]);
  // Ascension (part of SH) and the World.
  assert.equal(o.aggregates, 2);
});

// The 2023 LPI sheet: names only, " Infrastructure score" with its leading space; values invented.
const LPI_2023 = [
  'country,LPI Score,LPI rank,Customs score,Customs rank, Infrastructure score,Infrastructure rank,International shipments score,International shipments rank,Logistics quality and competence score,Logistics quality and competence rank,Timeliness score,Timeliness rank,Tracking and tracing score,Tracking and tracing rank',
  'Germany,4.1,3,3.9,7,4.3,3,3.7,8,4.2,3,4.1,10,4.2,3',
  '"Korea, Rep.",3.8,17,3.9,7,4.1,10,3.4,30,3.8,17,3.8,30,3.9,17',
  'TC<rkiye,3.4,38,3.0,47,3.4,43,3.4,26,3.5,38,3.6,35,3.5,37',
  '',
].join('\r\n');

test('lpi: overall and six component scores per economy, names mapped, year from the options', () => {
  const o = parsed(LPI_2023, { year: 2023 });
  assert.equal(o.format, 'lpi');
  assert.deepEqual(o.errors, []);
  assert.deepEqual(
    o.rows.filter((r) => r.country === 'DE').map((r) => [r.indicator, r.year, r.value]),
    [
      ['lpi.overall', 2023, '4.1'],
      ['lpi.customs', 2023, '3.9'],
      ['lpi.infrastructure', 2023, '4.3'],
      ['lpi.international_shipments', 2023, '3.7'],
      ['lpi.logistics_competence', 2023, '4.2'],
      ['lpi.timeliness', 2023, '4.1'],
      ['lpi.tracking_tracing', 2023, '4.2'],
    ],
  );
  assert.deepEqual([...new Set(o.rows.map((r) => r.country))], ['DE', 'KR', 'TR']);
  assert.equal(o.rows.length, 21);
  assert.deepEqual(o.series.map((s) => [s.id, s.unit, s.source]), [
    ['lpi.overall', 'score 1-5', 'World Bank LPI 2023'],
    ['lpi.customs', 'score 1-5', 'World Bank LPI 2023'],
    ['lpi.infrastructure', 'score 1-5', 'World Bank LPI 2023'],
    ['lpi.international_shipments', 'score 1-5', 'World Bank LPI 2023'],
    ['lpi.logistics_competence', 'score 1-5', 'World Bank LPI 2023'],
    ['lpi.timeliness', 'score 1-5', 'World Bank LPI 2023'],
    ['lpi.tracking_tracing', 'score 1-5', 'World Bank LPI 2023'],
  ]);
});

test('lpi: the year comes from the file name, else the file is refused asking for it', () => {
  assert.equal(parsed(LPI_2023, { fileName: '/data/markets/lpi_2023.csv' }).rows[0]!.year, 2023);
  for (const options of [{}, { fileName: 'International_LPI_from_2007_to_2023.csv' }, { fileName: 'lpi.csv' }]) {
    const r = parseIndicatorFile(utf8(LPI_2023), options);
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.field, 'year');
      assert.match(r.message, /an LPI sheet does not state its edition year: give it with the year option \(--year 2023\)/);
    }
  }
  const wrong = parseIndicatorFile(utf8(LPI_2023), { year: 23 });
  assert.equal(wrong.ok, false);
  if (!wrong.ok) assert.match(wrong.message, /year must be a year from 1900 to 2100: 23/);
});

test('lpi: the 2018 sheet is keyed by its Code column, old codes included', () => {
  const text = 'country,Code,LPI Score,LPI lower bound,LPI rank,Customs score\nGermany,DEU,4.201444,4.155037,1,4.092256\nRomania,ROM,2.9,2.8,48,2.6\n"Congo, Dem. Rep.",ZAR,2.4,2.2,130,2.1\n';
  const o = parsed(text, { year: 2018 });
  assert.deepEqual(cells(o), [
    [2, 'DE', 'lpi.overall', 2018, '4.201444'],
    [2, 'DE', 'lpi.customs', 2018, '4.092256'],
    [3, 'RO', 'lpi.overall', 2018, '2.9'],
    [3, 'RO', 'lpi.customs', 2018, '2.6'],
    [4, 'CD', 'lpi.overall', 2018, '2.4'],
    [4, 'CD', 'lpi.customs', 2018, '2.1'],
  ]);
  assert.deepEqual(o.series.map((s) => s.id), ['lpi.overall', 'lpi.customs']);
});

const BREADY = 'Economy,Economy Code,Pillar 1 Regulatory Framework,Pillar 2 Public Services,Pillar 3 Operational Efficiency\r\nViet Nam,VNM,66.5,53.25,72\r\nTimor-Leste,TMP,50,30,60\r\nWest Bank and Gaza,WBG,55,40,58\r\n';

test('bready: three pillar scores per economy, B-READY codes mapped, year from the file name', () => {
  const o = parsed(BREADY, { fileName: 'bready_2024_pillar_scores.csv' });
  assert.equal(o.format, 'bready');
  assert.deepEqual(cells(o).slice(0, 3), [
    [2, 'VN', 'bready.regulatory_framework', 2024, '66.5'],
    [2, 'VN', 'bready.public_services', 2024, '53.25'],
    [2, 'VN', 'bready.operational_efficiency', 2024, '72'],
  ]);
  assert.deepEqual([...new Set(o.rows.map((r) => r.country))], ['VN', 'TL', 'PS']);
  assert.deepEqual(o.series.map((s) => [s.id, s.unit, s.source]), [
    ['bready.regulatory_framework', 'score 0-100', 'World Bank B-READY 2024'],
    ['bready.public_services', 'score 0-100', 'World Bank B-READY 2024'],
    ['bready.operational_efficiency', 'score 0-100', 'World Bank B-READY 2024'],
  ]);
  const noYear = parseIndicatorFile(utf8(BREADY));
  assert.equal(noYear.ok, false);
  if (!noYear.ok) assert.match(noYear.message, /B-READY sheet does not state its edition year/);
});

test('csv: a merchant file with codes or names, thousands separators and the series described', () => {
  const text = [
    'country,indicator,year,value,name,unit,source',
    'VN,shop.orders,2024,"1,234,567",Orders received,orders,Shop database',
    'DEU,shop.orders,2024,"12,5",,,',
    '"Korea, Rep.",shop.orders,2024,1.234.567,,,',
    'Germany,shop.returns,2024,0.05,,,',
    'World,shop.orders,2024,5,,,',
    'Japan,shop.orders,2024,,,,',
  ].join('\n');
  const o = parsed(text);
  assert.equal(o.format, 'csv');
  assert.deepEqual(o.errors, []);
  assert.deepEqual(cells(o), [
    [2, 'VN', 'shop.orders', 2024, '1234567'],
    [3, 'DE', 'shop.orders', 2024, '12.5'],
    [4, 'KR', 'shop.orders', 2024, '1234567'],
    [5, 'DE', 'shop.returns', 2024, '0.05'],
  ]);
  assert.deepEqual(o.series, [
    { id: 'shop.orders', name: 'Orders received', unit: 'orders', source: 'Shop database' },
    { id: 'shop.returns', name: 'shop.returns', unit: '', source: '' },
  ]);
  assert.equal(o.aggregates, 1);
  assert.equal(o.skipped, 1);
});

test('bad rows are errors naming the line and the field; good rows are kept', () => {
  const text = [
    'country,indicator,year,value,unit', // 1
    'DE,pop,2024,100,people', // 2
    'XX,pop,2024,1,', // 3  unknown code
    'Atlantis,pop,2024,2,', // 4  unknown name
    'Atlantis,pop,2023,2,', // 5  the same name again
    'DE,pop,2024,101,', // 6  duplicate of line 2
    'Germany,pop,2024,102,', // 7  duplicate of line 2, by name
    'FR,pop,2024,abc,', // 8
    'FR,pop,2023,"1,2,3",', // 9
    'FR,pop,2022,"1,234",', // 10 ambiguous
    'FR,pop,2021,12%,', // 11
    'FR,pop,,5,', // 12 year missing
    'FR,pop,15,5,', // 13
    'FR,pop,1899,5,', // 14
    'FR,pop,2101,5,', // 15
    'FR,pop,2020.0,5,', // 16
    ',pop,2024,5,', // 17 country missing
    'FR,,2024,5,', // 18 indicator missing
    'FR,pop,2024,5,persons', // 19 a different unit
    'FR,pop,2024', // 20 too few fields
    'FR,pop,2019,7,', // 21
  ].join('\n');
  const o = parsed(text);
  assert.deepEqual(cells(o), [
    [2, 'DE', 'pop', 2024, '100'],
    [21, 'FR', 'pop', 2019, '7'],
  ]);
  assert.deepEqual(o.errors.map(formatRowError), [
    'line 3: country "XX" is neither an ISO 3166-1 country code nor a known country name',
    'line 4: country "Atlantis" is neither an ISO 3166-1 country code nor a known country name',
    'line 5: country "Atlantis" is neither an ISO 3166-1 country code nor a known country name',
    'line 6: duplicate value of pop for DE in 2024 (first on line 2)',
    'line 7: duplicate value of pop for DE in 2024 (first on line 2)',
    'line 8: value is not a number: "abc"',
    'line 9: value is not a number: "1,2,3"',
    'line 10: value is ambiguous: "1,234" may be thousands or a decimal comma; write it without a thousands separator',
    'line 11: value is not a number: "12%"',
    'line 12: year is empty',
    'line 13: year is not a year (4 digits, 1900 to 2100): "15"',
    'line 14: year is not a year (4 digits, 1900 to 2100): "1899"',
    'line 15: year is not a year (4 digits, 1900 to 2100): "2101"',
    'line 16: year is not a year (4 digits, 1900 to 2100): "2020.0"',
    'line 17: country is empty',
    'line 18: indicator is empty',
    'line 19: unit "persons" differs from "people" given for pop on line 2',
    'line 20: the row has 3 fields, the header has 5',
  ]);
  assert.deepEqual(o.errors.map((e) => e.field), [
    'country', 'country', 'country', 'value', 'value', 'value', 'value', 'value', 'value',
    'year', 'year', 'year', 'year', 'year', 'country', 'indicator', 'unit', 'row',
  ]);
  // Each unknown key once, at its first line.
  assert.deepEqual(o.unmapped, [
    { line: 3, value: 'XX', field: 'country', message: 'country "XX" is neither an ISO 3166-1 country code nor a known country name' },
    { line: 4, value: 'Atlantis', field: 'country', message: 'country "Atlantis" is neither an ISO 3166-1 country code nor a known country name' },
  ]);
  assert.equal(o.read, 20);
});

test('publisher files report an unknown code together with its name', () => {
  const o = parsed('Country Name,Country Code,Year,Value\nAtlantis,ATL,2024,5\n,ZZZ,2024,6\n', { indicator: 'SP.POP.TOTL' });
  assert.deepEqual(o.errors.map(formatRowError), [
    'line 2: Country Code "ATL" is not an ISO 3166-1 country code, and Country Name "Atlantis" is not a known country name',
    'line 3: Country Code "ZZZ" is not an ISO 3166-1 country code',
  ]);
  assert.deepEqual(o.unmapped.map((u) => [u.line, u.field, u.value]), [[2, 'Country Code', 'ATL'], [3, 'Country Code', 'ZZZ']]);
  // A code the publisher invented falls back to the name.
  assert.deepEqual(cells(parsed('Country Name,Country Code,Year,Value\nJersey,GBX,2024,100800\n', { indicator: 'SP.POP.TOTL' })), [[2, 'JE', 'wdi.SP.POP.TOTL', 2024, '100800']]);
});

test('a WDI wide file with a bad cell reports the year column and keeps the line', () => {
  const text = WDI_WIDE.replace('"2000.25"', '"n/a"').replace('"3500"', '"3,500.5"');
  const o = parsed(text);
  assert.deepEqual(o.errors.map((e) => [e.line, e.field, e.message]), [[6, '2014', '2014 is not a number: "n/a"']]);
  assert.deepEqual(o.rows.filter((r) => r.country === 'XK').map((r) => r.value), ['3500.5']);
});

test('a file of no known layout is refused naming what was expected', () => {
  const r = parseIndicatorFile(utf8('iso,metric,when,amount\nDE,pop,2024,1\n'));
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.equal(r.field, 'file');
    assert.match(r.message, /^not a known indicator file: expected a WDI bulk CSV .*; an indicator CSV \(country,indicator,year,value\[,name,unit,source\]\) \(the header has "iso", "metric", "when", "amount"\)$/);
  }
});

test('a forced format that the file is not in is refused naming the missing column', () => {
  const r = parseIndicatorFile(utf8(WDI_LONG), { format: 'itu' });
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /^not an ITU DataHub CSV .*: missing required columns seriesCode, entityIso, entityName, dataValue, dataYear/);
  const forced = parseIndicatorFile(utf8('country,indicator,year,value\nDE,x,2024,1\n'), { format: 'csv' });
  assert.ok(forced.ok);
});

test('an empty, UTF-16 or binary file is refused before reading', () => {
  for (const [bytes, reason] of [
    [new Uint8Array(), /empty/],
    [new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /UTF-16/],
    [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]), /ZIP/],
  ] as const) {
    const r = parseIndicatorFile(bytes);
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.message, reason);
  }
});

// The published files listed in the shared SOURCES.md, when they sit beside the repository.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const marketsDir = path.resolve(repoRoot, '../shared/data/markets');
const haveMarkets = fs.existsSync(marketsDir);
const skipReal = haveMarkets ? false : `published indicator files not found at ${marketsDir}`;

function real(name: string, options: IndicatorParseOptions = {}): IndicatorOutcome {
  const r = parseIndicatorFile(fs.readFileSync(path.join(marketsDir, name)), { fileName: name, ...options });
  if (!r.ok) assert.fail(`${name}: ${r.message}`);
  return r.value;
}

function valueOf(o: IndicatorOutcome, country: string, indicator: string, year: number): string | undefined {
  return o.rows.find((r) => r.country === country && r.indicator === indicator && r.year === year)?.value;
}

test('published files: every country row maps, with the counts and values of SOURCES.md', { skip: skipReal }, () => {
  const expectations: Array<{ file: string; options?: IndicatorParseOptions; format: string; read: number; rows: number; aggregates: number; skipped: number; countries: number }> = [
    // 265 codes x 65 years; 48 World Bank aggregates and the Channel Islands are skipped.
    { file: 'wdi_SP.POP.TOTL_population.csv', options: { indicator: 'SP.POP.TOTL' }, format: 'wdi-long', read: 17195, rows: 14010, aggregates: 3185, skipped: 0, countries: 216 },
    { file: 'wdi2017_API_NY.GDP.PCAP.CD_DS2_en_csv_v2.csv', format: 'wdi-wide', read: 264, rows: 8880, aggregates: 48, skipped: 3432, countries: 206 },
    { file: 'wdi2017_API_IT.NET.SECR.P6_DS2_en_csv_v2.csv', format: 'wdi-wide', read: 264, rows: 2608, aggregates: 48, skipped: 9704, countries: 213 },
    // Ascension (8 rows) has no code of its own.
    { file: 'itu_individuals_using_the_internet.csv', format: 'itu', read: 4906, rows: 4898, aggregates: 8, skipped: 0, countries: 227 },
    { file: 'lpi_2018.csv', format: 'lpi', read: 160, rows: 1120, aggregates: 0, skipped: 0, countries: 160 },
    { file: 'lpi_2023.csv', format: 'lpi', read: 139, rows: 973, aggregates: 0, skipped: 0, countries: 139 },
    { file: 'bready_2024_pillar_scores.csv', format: 'bready', read: 50, rows: 150, aggregates: 0, skipped: 0, countries: 50 },
  ];
  const results = new Map<string, IndicatorOutcome>();
  for (const e of expectations) {
    const o = real(e.file, e.options);
    results.set(e.file, o);
    assert.deepEqual(o.errors, [], e.file);
    assert.deepEqual(o.unmapped, [], e.file);
    assert.deepEqual(
      { format: o.format, read: o.read, rows: o.rows.length, aggregates: o.aggregates, skipped: o.skipped, countries: new Set(o.rows.map((r) => r.country)).size },
      { format: e.format, read: e.read, rows: e.rows, aggregates: e.aggregates, skipped: e.skipped, countries: e.countries },
      e.file,
    );
  }
  const pop = results.get('wdi_SP.POP.TOTL_population.csv')!;
  assert.equal(valueOf(pop, 'US', 'wdi.SP.POP.TOTL', 2024), '340110988');
  assert.equal(valueOf(pop, 'GB', 'wdi.SP.POP.TOTL', 2024), '69226000');
  assert.equal(valueOf(pop, 'VN', 'wdi.SP.POP.TOTL', 2024), '100987686');
  assert.ok(valueOf(pop, 'XK', 'wdi.SP.POP.TOTL', 2024));

  const itu = results.get('itu_individuals_using_the_internet.csv')!;
  assert.equal(valueOf(itu, 'DE', 'itu.i99H', 2023), '92.4764');
  assert.equal(valueOf(itu, 'US', 'itu.i99H', 2023), '93.1444');
  assert.equal(valueOf(itu, 'IN', 'itu.i99H', 2022), '55.9');
  assert.equal(valueOf(itu, 'IN', 'itu.i99H', 2023), undefined);
  assert.deepEqual(itu.series, [{ id: 'itu.i99H', name: 'Individuals using the Internet', unit: '%', source: 'ITU DataHub' }]);

  const gdp = results.get('wdi2017_API_NY.GDP.PCAP.CD_DS2_en_csv_v2.csv')!;
  assert.equal(valueOf(gdp, 'VN', 'wdi.NY.GDP.PCAP.CD', 2015), '2111.13802366815');
  assert.equal(gdp.series[0]!.source, 'World Bank WDI, last updated 2017-02-01');
  const servers = results.get('wdi2017_API_IT.NET.SECR.P6_DS2_en_csv_v2.csv')!;
  assert.equal(Number(valueOf(servers, 'DE', 'wdi.IT.NET.SECR.P6', 2015)).toFixed(1), '1762.7');

  const lpi2018 = results.get('lpi_2018.csv')!;
  assert.equal(valueOf(lpi2018, 'DE', 'lpi.overall', 2018), '4.201444');
  assert.equal(valueOf(lpi2018, 'RO', 'lpi.overall', 2018) !== undefined, true);
  const lpi2023 = results.get('lpi_2023.csv')!;
  assert.equal(valueOf(lpi2023, 'DE', 'lpi.overall', 2023), '4.1');
  assert.equal(valueOf(lpi2023, 'TR', 'lpi.overall', 2023), '3.4');
  assert.equal(valueOf(lpi2023, 'VN', 'lpi.overall', 2023), '3.3');

  const bready = results.get('bready_2024_pillar_scores.csv')!;
  assert.equal(valueOf(bready, 'VN', 'bready.public_services', 2024), '53.40984802490043');
  assert.equal(bready.rows.some((r) => r.country === 'US'), false);
});
