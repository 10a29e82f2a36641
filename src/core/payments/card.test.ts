import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardBrand, checkCard, isLuhnValid } from './card.js';
import { isTestCard, TEST_CARDS, testCardOutcome } from './test-cards.js';

const today = { year: 2026, month: 5 };
const good = { number: '4242 4242 4242 4242', expMonth: 12, expYear: 2034, cvc: '123' };

test('Luhn: every test card passes, a changed digit fails', () => {
  for (const c of TEST_CARDS) assert.ok(isLuhnValid(c.number), c.number);
  assert.ok(!isLuhnValid('4242424242424241'));
  assert.ok(!isLuhnValid('4242424242424224'), 'two neighbours swapped');
  assert.ok(!isLuhnValid('42424242a4242424'));
  assert.ok(!isLuhnValid(''));
});

test('brands from the leading digits', () => {
  assert.equal(cardBrand('4242424242424242'), 'visa');
  assert.equal(cardBrand('5555555555554444'), 'mastercard');
  assert.equal(cardBrand('2223003122003222'), 'mastercard');
  assert.equal(cardBrand('378282246310005'), 'amex');
  assert.equal(cardBrand('3566002020360505'), 'jcb');
  assert.equal(cardBrand('6011111111111117'), 'discover');
  assert.equal(cardBrand('9999999999999995'), 'unknown');
});

test('a good card is normalized: digits only, four-digit year, brand and last four', () => {
  const r = checkCard(good, today);
  assert.ok(r.ok);
  assert.deepEqual(r.value, { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123', brand: 'visa', last4: '4242' });
  const short = checkCard({ ...good, expYear: 30 }, today);
  assert.ok(short.ok && short.value.expYear === 2030);
});

test('a card is valid through the end of its expiry month', () => {
  assert.ok(checkCard({ ...good, expMonth: 5, expYear: 2026 }, today).ok);
  const r = checkCard({ ...good, expMonth: 4, expYear: 2026 }, today);
  assert.ok(!r.ok && r.field === 'card.expYear');
  assert.ok(!checkCard({ ...good, expMonth: 12, expYear: 2025 }, today).ok);
});

test('each bad field is named under card.*', () => {
  const cases: Array<[unknown, string]> = [
    [{ ...good, number: '4242424242424241' }, 'card.number'],
    [{ ...good, number: '4242' }, 'card.number'],
    [{ ...good, number: 4242424242424242 }, 'card.number'],
    [{ ...good, expMonth: 13 }, 'card.expMonth'],
    [{ ...good, expMonth: '12' }, 'card.expMonth'],
    [{ ...good, expYear: 1999 }, 'card.expYear'],
    [{ ...good, expYear: 2090 }, 'card.expYear'],
    [{ ...good, cvc: '12' }, 'card.cvc'],
    [{ ...good, cvc: '12345' }, 'card.cvc'],
    [{ ...good, cvc: 123 }, 'card.cvc'],
    ['4242424242424242', 'card'],
  ];
  for (const [input, field] of cases) {
    const r = checkCard(input, today);
    assert.equal(r.ok, false, JSON.stringify(input));
    if (!r.ok) assert.ok(r.field === field || r.details?.some((d) => d.field === field), `${JSON.stringify(input)}: ${r.message}`);
  }
  const all = checkCard({ number: 'x', expMonth: 0, expYear: 'y', cvc: '' }, today);
  assert.ok(!all.ok);
  assert.deepEqual(all.details?.map((d) => d.field), ['card.number', 'card.expMonth', 'card.expYear', 'card.cvc']);
});

test('test card outcomes: success, declines, 3-D Secure; other numbers decline', () => {
  assert.deepEqual(testCardOutcome('4242424242424242'), { kind: 'succeed' });
  assert.deepEqual(testCardOutcome('4000000000000002'), { kind: 'decline', code: 'card_declined' });
  assert.deepEqual(testCardOutcome('4000000000009995'), { kind: 'decline', code: 'insufficient_funds' });
  assert.deepEqual(testCardOutcome('4000000000000069'), { kind: 'decline', code: 'expired_card' });
  assert.deepEqual(testCardOutcome('4000000000000119'), { kind: 'decline', code: 'processing_error' });
  assert.deepEqual(testCardOutcome('4000002500003155'), { kind: 'challenge', then: { kind: 'succeed' } });
  assert.deepEqual(testCardOutcome('4000008400001629'), { kind: 'challenge', then: { kind: 'decline', code: 'card_declined' } });
  assert.ok(isLuhnValid('4111111111111111') && !isTestCard('4111111111111111'));
  assert.deepEqual(testCardOutcome('4111111111111111'), { kind: 'decline', code: 'card_declined' });
  assert.equal(new Set(TEST_CARDS.map((c) => c.number)).size, TEST_CARDS.length);
  for (const c of TEST_CARDS) assert.equal(cardBrand(c.number), c.brand, c.number);
});
