// The registration thresholds as data (src/data/compliance/thresholds.ts), held to their rules:
// every row sourced and well-formed, one rule per threshold and date, and every US state with a
// general sales tax covered exactly once on every date since all of them had a rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysBetween, isIsoDate } from '../../src/core/calendar/iso-date.js';
import { REGISTRATION_SCHEMES } from '../../src/core/compliance/registration-number.js';
import { THRESHOLDS, type Threshold } from '../../src/data/compliance/thresholds.js';

/** The 45 states with a general sales tax, and DC (USPS codes); Alaska, Delaware, Montana, New Hampshire and Oregon have none. */
const US_SALES_TAX_STATES = 'AL AZ AR CA CO CT DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO NE NV NJ NM NY NC ND OH OK PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
const NO_SALES_TAX = ['AK', 'DE', 'MT', 'NH', 'OR'];

const inForce = (t: Threshold, date: string) => t.validFrom <= date && (t.validTo === null || t.validTo >= date);
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const usRows = THRESHOLDS.filter((t) => t.scheme === 'US_SALES_TAX');

test('every threshold is well-formed: a source, a valid id, a known scheme, dates, amounts in minor units, a transactions test only with its kind', () => {
  const problems: string[] = [];
  for (const t of THRESHOLDS) {
    const at = `${t.id} from ${t.validFrom}`;
    if (!/^[a-z]{2}\.[a-z0-9]+(-[a-z0-9]+)*$/.test(t.id)) problems.push(`${at}: id is not <country>.<name> in lower case`);
    if (!(REGISTRATION_SCHEMES as readonly string[]).includes(t.scheme)) problems.push(`${at}: unknown scheme ${t.scheme}`);
    if (!/^[A-Z]{2}$/.test(t.country)) problems.push(`${at}: country ${t.country}`);
    if (!/^[A-Z]{3}$/.test(t.currency)) problems.push(`${at}: currency ${t.currency}`);
    if (t.source.trim().length < 15) problems.push(`${at}: no source`);
    if (t.what.trim().length < 15) problems.push(`${at}: no description of what counts`);
    if (!isIsoDate(t.validFrom)) problems.push(`${at}: validFrom is not a date`);
    if (t.validTo !== null && (!isIsoDate(t.validTo) || t.validTo < t.validFrom)) problems.push(`${at}: validTo ${t.validTo}`);
    if (t.amountMinor !== null && !(Number.isSafeInteger(t.amountMinor) && t.amountMinor > 0)) problems.push(`${at}: amountMinor ${t.amountMinor} is not a positive integer of minor units`);
    if ((t.transactions === undefined) !== (t.test === undefined)) problems.push(`${at}: transactions and test come together`);
    if (t.transactions !== undefined && !(Number.isSafeInteger(t.transactions) && t.transactions > 0)) problems.push(`${at}: transactions ${t.transactions}`);
    if (t.transactions !== undefined && t.amountMinor === null) problems.push(`${at}: a transactions test needs an amount`);
    if (t.counts === 'intra-eu-cross-border' && (t.country !== 'EU' || t.region !== undefined || t.fromCountry !== undefined)) problems.push(`${at}: intra-EU sales are counted EU-wide, without region or fromCountry`);
    if (t.counts === 'destination' && t.country === 'EU') problems.push(`${at}: EU is not a destination country`);
    if (t.variant !== undefined && t.scheme !== 'EU_OSS') problems.push(`${at}: a variant is a kind of OSS registration`);
    if (t.scheme === 'US_SALES_TAX') {
      if (t.region === undefined || t.id !== `us.${t.region.toLowerCase()}`) problems.push(`${at}: a US rule's id is us.<state>`);
      if (t.country !== 'US' || t.fromCountry !== 'US' || t.currency !== 'USD' || t.counts !== 'destination') problems.push(`${at}: a US rule counts sales into the state from the US, in USD`);
    }
  }
  assert.deepEqual(problems, []);
});

test('one rule per threshold and date: the rows of an id share scheme and place, and their periods do not overlap', () => {
  const byId = new Map<string, Threshold[]>();
  for (const t of THRESHOLDS) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
  const problems: string[] = [];
  for (const [id, rows] of byId) {
    const places = new Set(rows.map((r) => `${r.scheme}|${r.country}|${r.region ?? ''}`));
    if (places.size !== 1) problems.push(`${id}: rows for different schemes or places: ${[...places].join(', ')}`);
    const sorted = [...rows].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      if (prev.validTo === null || prev.validTo >= next.validFrom) problems.push(`${id}: ${prev.validFrom}..${prev.validTo ?? 'open'} overlaps ${next.validFrom}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every US state with a general sales tax has exactly one rule on every date since 2023-01-01, none of the five without one, and no gap where a rule changed', () => {
  assert.equal(US_SALES_TAX_STATES.length, 46);
  const regions = new Set(usRows.map((t) => t.region));
  assert.deepEqual([...regions].sort(), [...US_SALES_TAX_STATES].sort());
  for (const s of NO_SALES_TAX) assert.equal(regions.has(s), false, `${s} has no sales tax`);
  // Missouri was the last state to adopt a rule (2023-01-01); check that day, every day a rule
  // starts or ends from then on and the day after, today and far ahead.
  const dates = new Set(['2023-01-01', '2026-11-27', '2099-12-31']);
  for (const t of usRows) {
    for (const d of [t.validFrom, t.validTo, t.validTo && nextDay(t.validTo)]) if (d && d >= '2023-01-01') dates.add(d);
  }
  assert.ok(dates.size > 10, 'the changes of 2023-2026 are among the dates checked');
  const problems: string[] = [];
  for (const date of [...dates].sort()) {
    for (const state of US_SALES_TAX_STATES) {
      const n = usRows.filter((t) => t.region === state && inForce(t, date)).length;
      if (n !== 1) problems.push(`${state} on ${date}: ${n} rules`);
    }
  }
  // A rule that changed continues the day after the earlier one ends.
  for (const state of US_SALES_TAX_STATES) {
    const rows = usRows.filter((t) => t.region === state).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < rows.length; i++) if (daysBetween(rows[i - 1]!.validTo!, rows[i]!.validFrom) !== 1) problems.push(`${state}: a gap before ${rows[i]!.validFrom}`);
  }
  assert.deepEqual(problems, []);
});

test('the US rules as stated: amounts, transaction tests and the dates they changed', () => {
  const rule = (state: string, date: string) => {
    const rows = usRows.filter((t) => t.region === state && inForce(t, date));
    assert.equal(rows.length, 1, `${state} on ${date}`);
    const t = rows[0]!;
    return [t.amountMinor, t.transactions ?? null, t.test ?? null, t.period];
  };
  const cases: Array<[string, string, number, number | null, Threshold['test'] | null, Threshold['period']]> = [
    ['CA', '2026-11-27', 50_000_000, null, null, 'calendar-year'],
    ['TX', '2026-11-27', 50_000_000, null, null, 'rolling-12-months'],
    ['NY', '2026-11-27', 50_000_000, 100, 'amount-and-transactions', 'rolling-12-months'],
    ['CT', '2026-11-27', 10_000_000, 200, 'amount-and-transactions', 'rolling-12-months'],
    ['AL', '2026-11-27', 25_000_000, null, null, 'calendar-year'],
    ['MS', '2026-11-27', 25_000_000, null, null, 'rolling-12-months'],
    ['TN', '2020-09-30', 50_000_000, null, null, 'rolling-12-months'],
    ['TN', '2020-10-01', 10_000_000, null, null, 'rolling-12-months'],
    ['KS', '2021-07-01', 10_000_000, null, null, 'calendar-year'],
    ['MO', '2023-01-01', 10_000_000, null, null, 'rolling-12-months'],
    ['GA', '2026-11-27', 10_000_000, 200, 'amount-or-transactions', 'calendar-year'],
    ['IL', '2025-12-31', 10_000_000, 200, 'amount-or-transactions', 'rolling-12-months'],
    ['IL', '2026-01-01', 10_000_000, null, null, 'rolling-12-months'],
    ['UT', '2025-06-30', 10_000_000, 200, 'amount-or-transactions', 'calendar-year'],
    ['UT', '2025-07-01', 10_000_000, null, null, 'calendar-year'],
    ['IN', '2023-12-31', 10_000_000, 200, 'amount-or-transactions', 'calendar-year'],
    ['IN', '2024-01-01', 10_000_000, null, null, 'calendar-year'],
    ['SD', '2023-06-30', 10_000_000, 200, 'amount-or-transactions', 'calendar-year'],
    ['SD', '2023-07-01', 10_000_000, null, null, 'calendar-year'],
    ['WY', '2024-06-30', 10_000_000, 200, 'amount-or-transactions', 'calendar-year'],
    ['WY', '2024-07-01', 10_000_000, null, null, 'calendar-year'],
    ['AZ', '2026-11-27', 10_000_000, null, null, 'calendar-year'],
  ];
  for (const [state, date, amount, transactions, kind, period] of cases) assert.deepEqual(rule(state, date), [amount, transactions, kind, period], `${state} on ${date}`);
  assert.equal(usRows.filter((t) => t.region === 'MO' && t.validFrom < '2023-01-01').length, 0, 'Missouri had no rule before 2023');
});

test('the EU distance-sales threshold counts intra-EU cross-border sales and needs the OSS union scheme', () => {
  const eu = THRESHOLDS.filter((t) => t.id === 'eu.oss-distance-sales');
  assert.equal(eu.length, 1);
  assert.deepEqual([eu[0]!.scheme, eu[0]!.counts, eu[0]!.variant, eu[0]!.amountMinor, eu[0]!.currency, eu[0]!.period], ['EU_OSS', 'intra-eu-cross-border', 'union', 1_000_000, 'EUR', 'calendar-year']);
});
