import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRateText } from './check-rate-text.js';

test('rates as the UK and US tariffs print them are accepted', () => {
  const uk = ['6.0%', '0.0%', '£20.00/100kg', '34.00 GBP/100kg', '10.00% + 77.00 GBP/100kg', '1.40 GBP / % vol / hl', '0.20 GBP/ item',
    '14.00% (01 JUL - 31 JAN), 0.00% (01 FEB - 30 JUN)', '8.3% + 24.2 EUR / 100 kg'];
  for (const rate of uk) assert.equal(checkRateText(rate, 'ukgt_duty_rate'), undefined, rate);
  const us = ['Free', '6.4%', '1.5¢/kg', '37.5¢/kg + 14.9%', '$1.646/kg', 'No change', 'The duty provided in the applicable subheading + 25%',
    'The duty provided in the applicable subheading', 'The duty rate provided in such subheading minus 0.5%', 'Free, under bond, as prescribed in U.S. note 2 to this subchapter'];
  for (const rate of us) assert.equal(checkRateText(rate, 'general', { allowWords: true }), undefined, rate);
});

test('what cannot be a rate is refused with a reason naming the field', () => {
  const cases: Array<[string, string, boolean]> = [
    ['', 'ukgt_duty_rate is empty', false],
    ['   ', 'ukgt_duty_rate is empty', false],
    ['-2%', 'ukgt_duty_rate is negative: "-2%"', false],
    ['5% + -2 GBP/kg', 'ukgt_duty_rate is negative: "5% + -2 GBP/kg"', false],
    ['\u22123.5%', 'ukgt_duty_rate is negative: "−3.5%"', false],
    ['abc', 'ukgt_duty_rate is not a duty rate: "abc"', false],
    ['Free', 'ukgt_duty_rate is not a duty rate: "Free"', false],
    ['see note 3', 'ukgt_duty_rate is not a duty rate: "see note 3"', false],
    ['6%\u0000', 'ukgt_duty_rate contains control characters: "6%\\u0000"', false],
    ['N/A', 'general is not a duty rate: "N/A"', true],
    ['TBD', 'general is not a duty rate: "TBD"', true],
  ];
  for (const [rate, reason, words] of cases) {
    const field = words ? 'general' : 'ukgt_duty_rate';
    assert.equal(checkRateText(rate, field, { allowWords: words }), reason, JSON.stringify(rate));
  }
});
