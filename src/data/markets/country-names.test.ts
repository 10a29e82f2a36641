import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryFromCode, countryFromName, isAggregateCode, isAggregateName, normalizeCountryName, placeWithoutOwnCode } from './country-names.js';

test('ISO alpha-2 and alpha-3 codes, in any case, map to alpha-2', () => {
  const cases: Array<[string, string | null]> = [
    ['VNM', 'VN'],
    ['vnm', 'VN'],
    ['DE', 'DE'],
    [' gbr ', 'GB'],
    ['USA', 'US'],
    ['XK', 'XK'],
    ['ZZ', null],
    ['ZZZ', null],
    ['', null],
    ['DEUT', null],
    ['WLD', null],
  ];
  for (const [code, expected] of cases) assert.equal(countryFromCode(code), expected, code);
});

test("publishers' own codes map to the country they mean", () => {
  const cases: Array<[string, string]> = [
    ['XKX', 'XK'], // World Bank, Kosovo
    ['KSV', 'XK'], // World Bank until 2017
    ['KSO', 'XK'], // ITU
    ['ROM', 'RO'], // LPI 2018, B-READY
    ['ZAR', 'CD'], // LPI 2018
    ['TMP', 'TL'], // B-READY
    ['WBG', 'PS'], // B-READY, West Bank and Gaza
    ['AAA', 'GG'], // ITU, Guernsey
    ['GBJ', 'JE'], // ITU, Jersey
    ['UK', 'GB'],
  ];
  for (const [code, expected] of cases) assert.equal(countryFromCode(code), expected, code);
});

test('World Bank, ITU and LPI spellings map to the right country', () => {
  const cases: Array<[string, string]> = [
    ['Korea, Rep.', 'KR'],
    ['Egypt, Arab Rep.', 'EG'],
    ['Iran, Islamic Rep.', 'IR'],
    ['Hong Kong SAR, China', 'HK'],
    ['Macao SAR, China', 'MO'],
    ['Congo, Dem. Rep.', 'CD'],
    ['Congo, Rep.', 'CG'],
    ['Venezuela, RB', 'VE'],
    ['Yemen, Rep.', 'YE'],
    ['Gambia, The', 'GM'],
    ['Bahamas, The', 'BS'],
    ['Micronesia, Fed. Sts.', 'FM'],
    ['Lao PDR', 'LA'],
    ['Kyrgyz Republic', 'KG'],
    ['Slovak Republic', 'SK'],
    ['Turkiye', 'TR'],
    ['Türkiye', 'TR'],
    ['TC<rkiye', 'TR'],
    ['Russian Federation', 'RU'],
    ['Syrian Arab Republic', 'SY'],
    ['St. Lucia', 'LC'],
    ['St. Vincent and the Grenadines', 'VC'],
    ["Cote d'Ivoire", 'CI'],
    ["Côte d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ['Curacao', 'CW'],
    ['Sao Tome and Principe', 'ST'],
    ['São Tomé and Principe', 'ST'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['Taiwan, China', 'TW'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ["Korea, Dem. People's Rep.", 'KP'],
    ['Korea, Dem. People’s Rep.', 'KP'],
    ['West Bank and Gaza', 'PS'],
    ['Kosovo', 'XK'],
    ['Eswatini', 'SZ'],
    ['Swaziland', 'SZ'],
    ['North Macedonia', 'MK'],
    ['Macedonia, FYR', 'MK'],
    ['Cabo Verde', 'CV'],
    ['Puerto Rico (US)', 'PR'],
    ['Virgin Islands (U.S.)', 'VI'],
    ['St. Martin (French part)', 'MF'],
    ['Somalia, Fed. Rep.', 'SO'],
    // ITU DataHub
    ['Korea (Rep. of)', 'KR'],
    ["Dem. People's Rep. of Korea", 'KP'],
    ['Dem. Rep. of the Congo', 'CD'],
    ['Congo (Rep. of the)', 'CG'],
    ['Lao P.D.R.', 'LA'],
    ['Falkland (Malvinas) Is.', 'FK'],
    ['Bolivia (Plurinational State of)', 'BO'],
    ['Hong Kong, China', 'HK'],
    ['St. Helena', 'SH'],
    ['Vatican', 'VA'],
    ['Guernsey', 'GG'],
    // merchants
    ['germany', 'DE'],
    ['  UNITED   STATES ', 'US'],
    ['United Kingdom', 'GB'],
    ['Congo', 'CG'],
  ];
  for (const [name, expected] of cases) assert.equal(countryFromName(name), expected, name);
});

test('aggregates and unknown names map to no country', () => {
  for (const name of ['World', 'European Union', 'Channel Islands', 'Ascension', 'Atlantis', '', 'Korea']) {
    assert.equal(countryFromName(name), null, name);
  }
});

test('World Bank aggregate codes are recognized, countries are not', () => {
  for (const code of ['WLD', 'EUU', 'HIC', 'LMC', 'SSF', 'EAS', 'ECS', 'LCN', 'MEA', 'NAC', 'SAS', 'OED', 'ARB', 'AFE', 'AFW', 'INX', 'wld']) {
    assert.equal(isAggregateCode(code), true, code);
  }
  for (const code of ['USA', 'DEU', 'XKX', 'CHI', 'VNM', 'WL']) assert.equal(isAggregateCode(code), false, code);
  assert.equal(isAggregateName('Sub-Saharan Africa'), true);
  assert.equal(isAggregateName('Low & middle income'), true);
  assert.equal(isAggregateName('Asia & Pacific'), true);
  assert.equal(isAggregateName('Germany'), false);
});

test('places without a code of their own are named with the reason', () => {
  assert.match(placeWithoutOwnCode('CHI', 'Channel Islands') ?? '', /Jersey \(JE\) and Guernsey \(GG\)/);
  assert.match(placeWithoutOwnCode('', 'Ascension') ?? '', /\(SH\)/);
  assert.equal(placeWithoutOwnCode('DEU', 'Germany'), undefined);
  assert.equal(placeWithoutOwnCode('', ''), undefined);
});

test('names are compared without accents, case, punctuation or "the"', () => {
  assert.equal(normalizeCountryName("Côte d’Ivoire"), 'cote d ivoire');
  assert.equal(normalizeCountryName('Bahamas, The'), 'bahamas');
  assert.equal(normalizeCountryName('St. Kitts & Nevis'), 'saint kitts and nevis');
});
