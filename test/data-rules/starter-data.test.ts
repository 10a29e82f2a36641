/**
 * Integrity of the hand-checked starter rules in src/data/rules, without the engine: identifiers,
 * dates, decimals, currencies, provenance, no overlapping dated rules, and the EU standard VAT rates
 * in force on 2026-11-27 checked against a table written here by hand.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleMeta } from '../../src/core/landed-cost/rule-data.js';
import { COUNTRY_PROFILES } from '../../src/data/rules/countries.js';
import { DE_MINIMIS } from '../../src/data/rules/de-minimis.js';
import { FEES } from '../../src/data/rules/fees.js';
import { IMPORT_TAXES } from '../../src/data/rules/import-taxes.js';
import { FLAT_DUTIES, LOW_VALUE_SCHEMES } from '../../src/data/rules/low-value-schemes.js';
import { assertNoOverlap } from '../support/rule-overlap.js';

const ALL: Array<[string, RuleMeta[]]> = [
  ['countries', COUNTRY_PROFILES],
  ['import-taxes', IMPORT_TAXES],
  ['de-minimis', DE_MINIMIS],
  ['low-value-schemes', LOW_VALUE_SCHEMES],
  ['flat-duties', FLAT_DUTIES],
  ['fees', FEES],
];
const allRules = ALL.flatMap(([, rules]) => rules);

const CHECK_DATE = '2026-11-27';
const EU_MEMBERS = ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'];
const OTHER_DESTINATIONS = ['US', 'CA', 'MX', 'GB', 'CH', 'NO', 'AU', 'NZ', 'JP', 'KR', 'SG', 'CN', 'IN', 'BR', 'SA', 'AE', 'VN'];

/** The hand-check: EU standard VAT rates in force on 2026-11-27. */
const EXPECTED_EU_STANDARD: Record<string, string> = {
  AT: '20', BE: '21', BG: '20', CY: '19', CZ: '21', DE: '19', DK: '25', EE: '24', ES: '21',
  FI: '25.5', FR: '20', GR: '24', HR: '25', HU: '27', IE: '23', IT: '22', LT: '21', LU: '17',
  LV: '21', MT: '18', NL: '21', PL: '23', PT: '23', RO: '21', SE: '25', SI: '22', SK: '23',
};

const DECIMAL = /^\d+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;
const HS_PREFIX = /^\d{2,10}$/;

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function inForce(rule: RuleMeta, date: string): boolean {
  return rule.effectiveFrom <= date && (rule.effectiveTo === undefined || date < rule.effectiveTo);
}

/** Every money value and percentage in a rule, with where it sits. */
function decimalsOf(rule: object): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'amount' || k === 'percent' || k === 'retailSharePercent') && typeof v === 'string') out.push([`${path}.${k}`, v]);
      else visit(v, `${path}.${k}`);
    }
  };
  visit(rule, '');
  return out;
}

function currenciesOf(rule: object): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'currency' && typeof v === 'string') out.push([`${path}.${k}`, v]);
      else visit(v, `${path}.${k}`);
    }
  };
  visit(rule, '');
  return out;
}

describe('starter rules: the checks themselves', () => {
  it('the overlap check rejects two open-ended rules and accepts back-to-back ones', () => {
    const r = (id: string, effectiveFrom: string, effectiveTo?: string): RuleMeta => ({ id, version: '1', source: 'test', effectiveFrom, ...(effectiveTo ? { effectiveTo } : {}) });
    assert.throws(() => assertNoOverlap('t', [r('a', '2024-01-01'), r('b', '2025-01-01')], () => 'k'));
    assert.throws(() => assertNoOverlap('t', [r('a', '2024-01-01', '2025-02-01'), r('b', '2025-01-01')], () => 'k'));
    assertNoOverlap('t', [r('a', '2024-01-01', '2025-01-01'), r('b', '2025-01-01')], () => 'k');
    assert.equal(isIsoDate('2025-02-29'), false);
    assert.equal(isIsoDate('2024-02-29'), true);
  });
});

describe('starter rules: identity and provenance', () => {
  it('every id is unique across all the starter files', () => {
    const seen = new Map<string, string>();
    for (const [file, rules] of ALL) {
      for (const r of rules) {
        assert.ok(!seen.has(r.id), `${r.id} appears in ${seen.get(r.id)} and ${file}`);
        seen.set(r.id, file);
      }
    }
  });

  it('every rule has a version, a non-empty source and a non-empty note when it has one', () => {
    for (const r of allRules) {
      assert.match(r.id, /^[a-z]+\.[A-Z]{2}(\.|$)/, `${r.id}: id should start with kind and country/territory`);
      assert.match(r.version, /^\d+$/, `${r.id}: version`);
      assert.ok(r.source.trim().length > 10, `${r.id}: source is empty or too short`);
      if (r.note !== undefined) assert.ok(r.note.trim().length > 0, `${r.id}: empty note`);
    }
  });

  it('every date is a valid ISO date and effectiveFrom < effectiveTo', () => {
    for (const r of allRules) {
      assert.ok(isIsoDate(r.effectiveFrom), `${r.id}: effectiveFrom ${r.effectiveFrom}`);
      if (r.effectiveTo !== undefined) {
        assert.ok(isIsoDate(r.effectiveTo), `${r.id}: effectiveTo ${r.effectiveTo}`);
        assert.ok(r.effectiveFrom < r.effectiveTo, `${r.id}: ${r.effectiveFrom} is not before ${r.effectiveTo}`);
      }
    }
  });

  it('every percent and amount is a plain decimal string', () => {
    for (const r of allRules) {
      for (const [path, value] of decimalsOf(r)) assert.match(value, DECIMAL, `${r.id}${path} = "${value}"`);
    }
  });

  it('every currency is a three-letter code', () => {
    for (const r of allRules) {
      for (const [path, value] of currenciesOf(r)) assert.match(value, CURRENCY, `${r.id}${path} = "${value}"`);
    }
  });
});

describe('starter rules: country profiles', () => {
  it('profiles do not overlap per country and use ISO codes', () => {
    for (const p of COUNTRY_PROFILES) {
      assert.match(p.country, COUNTRY, p.id);
      assert.ok(p.customsTerritory === 'EU' || p.customsTerritory === p.country, `${p.id}: territory`);
    }
    assertNoOverlap('profile', COUNTRY_PROFILES, (p) => p.country);
  });

  it(`all 27 EU members and the other destinations have a profile on ${CHECK_DATE}`, () => {
    for (const c of [...EU_MEMBERS, ...OTHER_DESTINATIONS]) {
      const p = COUNTRY_PROFILES.filter((x) => x.country === c && inForce(x, CHECK_DATE));
      assert.equal(p.length, 1, `${c}: ${p.length} profiles in force`);
      assert.equal(p[0]!.customsTerritory, EU_MEMBERS.includes(c) ? 'EU' : c, `${c}: territory`);
    }
    assert.equal(COUNTRY_PROFILES.filter((p) => p.customsTerritory === 'EU' && inForce(p, CHECK_DATE)).length, 27);
  });

  it('Bulgaria is BGN before 2026-01-01 and EUR from then; non-euro members keep their currency', () => {
    const bg = (date: string) => COUNTRY_PROFILES.find((p) => p.country === 'BG' && inForce(p, date))?.currency;
    assert.equal(bg('2025-12-31'), 'BGN');
    assert.equal(bg('2026-01-01'), 'EUR');
    const expected: Record<string, string> = { CZ: 'CZK', DK: 'DKK', HU: 'HUF', PL: 'PLN', RO: 'RON', SE: 'SEK' };
    for (const c of EU_MEMBERS) {
      const p = COUNTRY_PROFILES.find((x) => x.country === c && inForce(x, CHECK_DATE))!;
      assert.equal(p.currency, expected[c] ?? 'EUR', c);
      assert.equal(p.dutyBasis, 'CIF', c);
    }
  });
});

describe('starter rules: import taxes', () => {
  it('standard rates without a region do not overlap in time per country', () => {
    const std = IMPORT_TAXES.filter((t) => t.kind === 'standard' && t.region === undefined);
    assertNoOverlap('standard tax', std, (t) => t.country);
  });

  it('regional standard rates and reduced rates do not overlap per country, region and HS prefix', () => {
    const regional = IMPORT_TAXES.filter((t) => t.kind === 'standard' && t.region !== undefined);
    assertNoOverlap('regional tax', regional, (t) => `${t.country}/${t.region}`);
    const reducedByPrefix = IMPORT_TAXES.filter((t) => t.kind === 'reduced').flatMap((t) =>
      (t.hsPrefixes ?? []).map((hs) => ({ ...t, id: `${t.id}[${hs}]`, hs })),
    );
    assertNoOverlap('reduced tax', reducedByPrefix, (t) => `${t.country}/${t.region ?? ''}/${t.hs}`);
  });

  it('reduced rates name their goods by HS prefix and standard rates do not', () => {
    for (const t of IMPORT_TAXES) {
      assert.match(t.country, COUNTRY, t.id);
      if (t.kind === 'standard') assert.equal(t.hsPrefixes, undefined, `${t.id}: standard rate with HS prefixes`);
      else {
        assert.ok(t.hsPrefixes && t.hsPrefixes.length > 0, `${t.id}: reduced rate without HS prefixes`);
        for (const hs of t.hsPrefixes) assert.match(hs, HS_PREFIX, `${t.id}: ${hs}`);
      }
    }
  });

  it(`every EU member's standard VAT rate on ${CHECK_DATE} matches the hand-checked table`, () => {
    assert.deepEqual(Object.keys(EXPECTED_EU_STANDARD).sort(), [...EU_MEMBERS].sort());
    for (const c of EU_MEMBERS) {
      const inForceRules = IMPORT_TAXES.filter((t) => t.country === c && t.kind === 'standard' && t.region === undefined && inForce(t, CHECK_DATE));
      assert.equal(inForceRules.length, 1, `${c}: ${inForceRules.length} standard rates in force`);
      assert.equal(inForceRules[0]!.percent, EXPECTED_EU_STANDARD[c], `${c} standard rate`);
      assert.deepEqual(inForceRules[0]!.base, { freight: true, insurance: true, duty: true, fees: true }, `${c} base`);
    }
  });

  it('the EU rate changes since 2024 are dated as researched', () => {
    const rateOn = (c: string, date: string) =>
      IMPORT_TAXES.find((t) => t.country === c && t.kind === 'standard' && t.region === undefined && inForce(t, date))?.percent;
    assert.equal(rateOn('FI', '2024-08-31'), '24');
    assert.equal(rateOn('FI', '2024-09-01'), '25.5');
    assert.equal(rateOn('SK', '2024-12-31'), '20');
    assert.equal(rateOn('SK', '2025-01-01'), '23');
    assert.equal(rateOn('EE', '2023-12-31'), '20');
    assert.equal(rateOn('EE', '2024-01-01'), '22');
    assert.equal(rateOn('EE', '2025-07-01'), '24');
    assert.equal(rateOn('RO', '2025-07-31'), '19');
    assert.equal(rateOn('RO', '2025-08-01'), '21');
    assert.equal(rateOn('LU', '2023-06-01'), '16');
    assert.equal(rateOn('LU', '2024-01-01'), '17');
  });

  it('every other destination except the US has a standard import tax in force; the US has none', () => {
    for (const c of OTHER_DESTINATIONS) {
      const n = IMPORT_TAXES.filter((t) => t.country === c && t.kind === 'standard' && t.region === undefined && inForce(t, CHECK_DATE)).length;
      assert.equal(n, c === 'US' ? 0 : 1, c);
    }
  });
});

describe('starter rules: de minimis, schemes, flat duties and fees', () => {
  it('every destination has a duty and a tax de minimis rule in force (a threshold or an explicit none)', () => {
    for (const c of ['EU', ...OTHER_DESTINATIONS]) {
      for (const appliesTo of ['duty', 'tax'] as const) {
        if (c === 'AU' && appliesTo === 'tax') continue; // GST on low value goods is handled by scheme.AU.LVG
        if (c === 'NZ' && appliesTo === 'tax') continue; // GST on low value goods is handled by scheme.NZ.LVG
        const n = DE_MINIMIS.filter((d) => d.destination === c && d.appliesTo === appliesTo && inForce(d, CHECK_DATE)).length;
        assert.ok(n >= 1, `${c} ${appliesTo}: no rule in force on ${CHECK_DATE}`);
      }
    }
  });

  it('de minimis rules do not overlap for the same destination, kind, channel and ship-from', () => {
    assertNoOverlap('de minimis', DE_MINIMIS, (d) =>
      JSON.stringify([d.destination, d.appliesTo, d.channels ?? [], d.shipFrom ?? [], d.notShipFrom ?? []]),
    );
  });

  it('de minimis fields are consistent', () => {
    for (const d of DE_MINIMIS) {
      assert.ok(d.destination === 'EU' || COUNTRY.test(d.destination), d.id);
      assert.equal(d.retailSharePercent !== undefined, d.valueTested === 'retail-share', `${d.id}: retailSharePercent goes with retail-share`);
      for (const hs of d.excludedHsPrefixes ?? []) assert.match(hs, HS_PREFIX, `${d.id}: ${hs}`);
      for (const c of [...(d.shipFrom ?? []), ...(d.notShipFrom ?? [])]) assert.match(c, COUNTRY, `${d.id}: ${c}`);
    }
  });

  it('the dated changes of the US, EU and Vietnam are in place', () => {
    const threshold = (dest: string, appliesTo: 'duty' | 'tax', date: string) =>
      DE_MINIMIS.filter((d) => d.destination === dest && d.appliesTo === appliesTo && inForce(d, date)).map((d) => d.threshold?.amount ?? 'none');
    assert.deepEqual(threshold('US', 'duty', '2025-08-28'), ['800.00']);
    assert.deepEqual(threshold('US', 'duty', '2025-08-29'), ['none']);
    assert.deepEqual(threshold('EU', 'duty', '2026-06-30'), ['150.00']);
    assert.deepEqual(threshold('EU', 'duty', '2026-07-01'), ['none']);
    assert.deepEqual(threshold('VN', 'tax', '2025-02-17'), ['1000000']);
    assert.deepEqual(threshold('VN', 'tax', '2025-02-18'), ['none']);
  });

  it('schemes and flat duties are well formed and do not overlap per destination', () => {
    for (const s of LOW_VALUE_SCHEMES) assert.ok(s.destination === 'EU' || COUNTRY.test(s.destination), s.id);
    assertNoOverlap('scheme', LOW_VALUE_SCHEMES, (x) => x.destination);
    for (const f of FLAT_DUTIES) assert.ok(Number.isInteger(f.classificationDigits) && f.classificationDigits >= 2 && f.classificationDigits <= 10, f.id);
    assertNoOverlap('flat duty', FLAT_DUTIES, (f) => f.destination);
    const eu3 = FLAT_DUTIES.find((f) => f.id === 'flat.EU.low-value')!;
    assert.equal(eu3.effectiveFrom, '2026-07-01');
    assert.equal(eu3.effectiveTo, '2028-07-01');
  });

  it('fees carry an amount or a percent that fits their basis', () => {
    for (const f of FEES) {
      assert.ok(f.destination === 'EU' || COUNTRY.test(f.destination), f.id);
      if (f.basis === 'per-consignment' || f.basis === 'per-line') {
        assert.ok(f.amount && f.percent === undefined, `${f.id}: fixed fee needs an amount only`);
      } else {
        assert.ok(f.percent !== undefined && f.amount === undefined, `${f.id}: percentage fee needs a percent only`);
      }
    }
  });
});
