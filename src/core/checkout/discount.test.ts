import assert from 'node:assert/strict';
import { test } from 'node:test';
import { money, type Money } from '../money/money.js';
import { allocateDiscount, checkDiscountApplies, parseDiscountCodeInput, unitPrices, type DiscountCode } from './discount.js';

const today = { today: '2026-03-01' };
const eur = (amount: number): Money => money(amount, 'EUR');

function issuesOf(r: ReturnType<typeof parseDiscountCodeInput>): Record<string, string> {
  assert.equal(r.ok, false);
  if (r.ok) return {};
  assert.equal(r.code, 'VALIDATION_FAILED');
  return Object.fromEntries((r.details ?? []).map((d) => [d.field, d.message]));
}

test('a minimal percentage code gets its defaults and an upper-case code', () => {
  const r = parseDiscountCodeInput({ code: ' spring-10 ', kind: 'percentage', percent: '12.5' }, today);
  assert.deepEqual(r, {
    ok: true,
    value: {
      code: 'SPRING-10',
      market: null,
      kind: 'percentage',
      percent: { coef: 125, scale: 1 },
      amount: null,
      minSubtotal: null,
      validFrom: '2026-03-01',
      validTo: null,
      maxRedemptions: null,
      active: true,
      note: null,
    },
  });
});

test('a full fixed code is read exactly', () => {
  const r = parseDiscountCodeInput(
    {
      code: 'WELCOME_5',
      market: 'eu',
      kind: 'fixed',
      amount: { amount: '5.00', currency: 'EUR' },
      minSubtotal: { amount: '30', currency: 'EUR' },
      validFrom: '2026-04-01',
      validTo: '2026-04-01',
      maxRedemptions: 500,
      active: false,
      note: '  For the newsletter  ',
    },
    today,
  );
  assert.deepEqual(r, {
    ok: true,
    value: {
      code: 'WELCOME_5',
      market: 'eu',
      kind: 'fixed',
      percent: null,
      amount: { amount: 500, currency: 'EUR' },
      minSubtotal: { amount: 3000, currency: 'EUR' },
      validFrom: '2026-04-01',
      validTo: '2026-04-01',
      maxRedemptions: 500,
      active: false,
      note: 'For the newsletter',
    },
  });
});

test('percent bounds and form: more than 0, at most 100, at most 2 decimals, a string', () => {
  const percent = (p: unknown) => parseDiscountCodeInput({ code: 'ABC', kind: 'percentage', percent: p }, today);
  const percentOf = (p: string) => {
    const r = percent(p);
    return r.ok ? r.value.percent : r.message;
  };
  assert.deepEqual(percentOf('100'), { coef: 100, scale: 0 });
  assert.deepEqual(percentOf('0.01'), { coef: 1, scale: 2 });
  assert.deepEqual(percentOf('12.50'), { coef: 125, scale: 1 });
  for (const bad of ['0', '0.00', '100.01', '101', '12.345', '-5', '1e1', ' 10', '', 10, null]) {
    const issues = issuesOf(percent(bad));
    assert.ok('percent' in issues, `percent ${JSON.stringify(bad)}`);
  }
});

test('every bad field is reported at once, with its path', () => {
  const issues = issuesOf(
    parseDiscountCodeInput(
      {
        code: 'ab',
        market: 'EU',
        kind: 'fixed',
        amount: { amount: '5.001', currency: 'EUR', extra: 1 },
        minSubtotal: { amount: '-1.00', currency: 'EUR' },
        validFrom: '2026-02-30',
        validTo: 'soon',
        maxRedemptions: 10_000_001,
        active: 'yes',
        note: 'x'.repeat(201),
        maxRedemption: 5,
      },
      today,
    ),
  );
  assert.deepEqual(Object.keys(issues).sort(), [
    'active',
    'amount.extra',
    'code',
    'market',
    'maxRedemption',
    'maxRedemptions',
    'minSubtotal.amount',
    'note',
    'validFrom',
    'validTo',
  ]);
  assert.equal(issues.maxRedemption, 'is not a field of a discount code');
});

test('money fields name the part at fault', () => {
  const fixed = (amount: unknown) => issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'fixed', amount }, today));
  assert.match(fixed({ amount: '5.00', currency: 'EURO' })['amount.currency']!, /unknown currency/);
  assert.match(fixed({ amount: '5.001', currency: 'EUR' })['amount.amount']!, /2 decimal places/);
  assert.equal(fixed({ amount: '0.00', currency: 'EUR' })['amount.amount'], 'must be more than zero');
  assert.match(fixed({ amount: '1.5', currency: 'JPY' })['amount.amount']!, /JPY has 0 decimal places/);
  assert.ok('amount' in fixed('5.00'));
  assert.ok('amount.currency' in fixed({ amount: '5.00' }));
});

test('percent and amount belong to their kind only', () => {
  assert.deepEqual(Object.keys(issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'fixed' }, today))), ['amount']);
  assert.deepEqual(Object.keys(issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'percentage' }, today))), ['percent']);
  const mixed = issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'fixed', percent: '10', amount: { amount: '5.00', currency: 'EUR' } }, today));
  assert.deepEqual(Object.keys(mixed), ['percent']);
  const mixed2 = issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'percentage', percent: '10', amount: { amount: '5.00', currency: 'EUR' } }, today));
  assert.deepEqual(Object.keys(mixed2), ['amount']);
  assert.deepEqual(Object.keys(issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'bogo' }, today))), ['kind']);
});

test('a fixed code with a minimum in another currency is refused; a percentage one may have any', () => {
  const issues = issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'fixed', amount: { amount: '5.00', currency: 'EUR' }, minSubtotal: { amount: '40.00', currency: 'GBP' } }, today));
  assert.deepEqual(issues, { 'minSubtotal.currency': 'must be EUR, the currency of the fixed amount' });
  assert.equal(parseDiscountCodeInput({ code: 'ABC', kind: 'percentage', percent: '5', minSubtotal: { amount: '40.00', currency: 'GBP' } }, today).ok, true);
});

test('validTo must not be before validFrom (given or defaulted to today)', () => {
  assert.deepEqual(issuesOf(parseDiscountCodeInput({ code: 'ABC', kind: 'percentage', percent: '5', validTo: '2026-02-28' }, today)), {
    validTo: 'must not be before validFrom (2026-03-01)',
  });
  assert.equal(parseDiscountCodeInput({ code: 'ABC', kind: 'percentage', percent: '5', validTo: '2026-03-01' }, today).ok, true);
});

test('codes: ASCII letters, digits, _ and - only, 3 to 32', () => {
  const code = (c: unknown) => parseDiscountCodeInput({ code: c, kind: 'percentage', percent: '5' }, today);
  assert.equal(code('a'.repeat(32)).ok, true);
  for (const bad of ['ab', 'a'.repeat(33), 'straße', 'two words', 'ÄBC', 12345, undefined]) assert.ok('code' in issuesOf(code(bad)), String(bad));
});

test('a body that is not an object is refused as a whole', () => {
  for (const body of [null, [], 'SPRING10']) assert.deepEqual(issuesOf(parseDiscountCodeInput(body, today)), { body: 'must be a JSON object' });
});

const base: DiscountCode = {
  code: 'SPRING10',
  market: 'eu',
  kind: 'percentage',
  percent: { coef: 10, scale: 0 },
  amount: null,
  minSubtotal: { amount: 5000, currency: 'EUR' },
  validFrom: '2026-03-01',
  validTo: '2026-03-31',
  maxRedemptions: 100,
  active: true,
  note: null,
  redemptions: 99,
};
const cart = { market: 'eu', currency: 'EUR', date: '2026-03-15', subtotal: eur(5000) };

function refusal(code: DiscountCode, context = cart): string {
  const r = checkDiscountApplies(code, context);
  assert.equal(r.ok, false);
  if (r.ok) return '';
  assert.equal(r.code, 'DISCOUNT_NOT_APPLICABLE');
  assert.equal(r.field, 'code');
  return r.message;
}

test('a code applies on its first and last day, at its minimum, with one use left', () => {
  assert.deepEqual(checkDiscountApplies(base, cart), { ok: true, value: true });
  assert.equal(checkDiscountApplies(base, { ...cart, date: '2026-03-01' }).ok, true);
  assert.equal(checkDiscountApplies(base, { ...cart, date: '2026-03-31' }).ok, true);
  assert.equal(checkDiscountApplies({ ...base, market: null, maxRedemptions: null, validTo: null }, { ...cart, market: 'uk', date: '2030-01-01' }).ok, true);
});

test('each reason to refuse a code has its own plain message', () => {
  assert.equal(refusal({ ...base, active: false }), 'this code is not valid');
  assert.equal(refusal(base, { ...cart, date: '2026-02-28' }), 'this code is not valid yet; it can be used from 2026-03-01');
  assert.equal(refusal(base, { ...cart, date: '2026-04-01' }), 'this code expired on 2026-03-31');
  assert.equal(refusal(base, { ...cart, market: 'uk' }), 'this code is not valid in your region');
  assert.equal(refusal(base, { ...cart, subtotal: eur(4999) }), 'this code applies to orders of EUR 50.00 or more; your subtotal is EUR 49.99');
  assert.equal(refusal(base, { ...cart, currency: 'GBP', subtotal: money(9000, 'GBP') }), 'this code does not apply to orders paid in GBP');
  assert.equal(refusal({ ...base, redemptions: 100 }), 'this code has been used up');
  const fixed: DiscountCode = { ...base, kind: 'fixed', percent: null, amount: eur(500), minSubtotal: null };
  assert.equal(refusal(fixed, { ...cart, currency: 'GBP', subtotal: money(9000, 'GBP') }), 'this code does not apply to orders paid in GBP');
});

const pct = (coef: number, scale = 0): DiscountCode => ({ ...base, percent: { coef, scale } });
const fixedEur = (amount: number): DiscountCode => ({ ...base, kind: 'fixed', percent: null, amount: eur(amount) });

test('percentage discounts round half-up once and split by largest remainder', () => {
  // 10% of 30.00 = 3.00; 1999/3000 of 300 = 199.9 and 1001/3000 = 100.1: the .9 gets the spare cent.
  assert.deepEqual(allocateDiscount(pct(10), [eur(1999), eur(1001)]), { total: eur(300), perLine: [eur(200), eur(100)] });
  // 12.5% of 33.33 = 4.16625 -> 4.17; shares 125.11, 250.23, 41.66 -> 125, 250, 42.
  assert.deepEqual(allocateDiscount(pct(125, 1), [eur(1000), eur(2000), eur(333)]), { total: eur(417), perLine: [eur(125), eur(250), eur(42)] });
  // 15% of 10.10 = 1.515 -> 1.52 (half-up).
  assert.deepEqual(allocateDiscount(pct(15), [eur(1010)]).total, eur(152));
  assert.deepEqual(allocateDiscount(pct(10), [money(1980, 'JPY')]), { total: money(198, 'JPY'), perLine: [money(198, 'JPY')] });
  assert.deepEqual(allocateDiscount(pct(100), [eur(1), eur(2)]), { total: eur(3), perLine: [eur(1), eur(2)] });
});

test('fixed discounts are capped at the subtotal', () => {
  assert.deepEqual(allocateDiscount(fixedEur(500), [eur(1500), eur(1000), eur(500)]), { total: eur(500), perLine: [eur(250), eur(167), eur(83)] });
  assert.deepEqual(allocateDiscount(fixedEur(500), [eur(300), eur(100)]), { total: eur(400), perLine: [eur(300), eur(100)] });
  assert.throws(() => allocateDiscount(fixedEur(500), [money(300, 'GBP')]), TypeError);
});

test('no lines or a zero subtotal give zeros', () => {
  assert.deepEqual(allocateDiscount(fixedEur(500), []), { total: eur(0), perLine: [] });
  assert.deepEqual(allocateDiscount(pct(10), [], 'SEK'), { total: money(0, 'SEK'), perLine: [] });
  assert.deepEqual(allocateDiscount(pct(10), [eur(0), eur(0)]), { total: eur(0), perLine: [eur(0), eur(0)] });
  assert.deepEqual(allocateDiscount(fixedEur(500), [eur(0), eur(0)]), { total: eur(0), perLine: [eur(0), eur(0)] });
});

test('shares always sum to the total and never exceed their line', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 500; round++) {
    const lines = Array.from({ length: 1 + (next() % 6) }, () => eur(next() % 20000));
    const code = round % 2 === 0 ? pct(1 + (next() % 10000), 2) : fixedEur(1 + (next() % 30000));
    const { total, perLine } = allocateDiscount(code, lines);
    assert.equal(perLine.reduce((s, m) => s + m.amount, 0), total.amount);
    perLine.forEach((share, i) => assert.ok(share.amount >= 0 && share.amount <= lines[i]!.amount));
  }
});

test('unit prices: at most two groups one minor unit apart, dearer first, summing exactly', () => {
  assert.deepEqual(unitPrices(eur(1000), 3), [
    { quantity: 1, unit: eur(334) },
    { quantity: 2, unit: eur(333) },
  ]);
  assert.deepEqual(unitPrices(eur(900), 3), [{ quantity: 3, unit: eur(300) }]);
  assert.deepEqual(unitPrices(eur(1001), 4), [
    { quantity: 1, unit: eur(251) },
    { quantity: 3, unit: eur(250) },
  ]);
  assert.deepEqual(unitPrices(eur(2), 5), [
    { quantity: 2, unit: eur(1) },
    { quantity: 3, unit: eur(0) },
  ]);
  assert.deepEqual(unitPrices(money(1980, 'JPY'), 1), [{ quantity: 1, unit: money(1980, 'JPY') }]);
  assert.throws(() => unitPrices(eur(100), 0), RangeError);
  assert.throws(() => unitPrices(eur(100), 1.5), RangeError);
  assert.throws(() => unitPrices(eur(-100), 2), RangeError);
});
