import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IBAN_LENGTHS } from './iban-registry.js';
import { checkBankDetails, parseBic, parseIban } from '../../core/b2b/bank-details.js';

test('IBANs from the registry\'s examples pass, printed in groups of four', () => {
  const good = ['DE89 3704 0044 0532 0130 00', 'GB82WEST12345698765432', 'nl91abna0417164300', 'FR14 2004 1010 0505 0001 3M02 606', 'NO93 8601 1117 947', 'BE68 5390 0754 7034', 'CH93 0076 2011 6238 5295 7', 'MT84 MALT 0110 0001 2345 MTLC AST0 01S', 'AT61 1904 3002 3457 3201'];
  for (const g of good) assert.equal(parseIban(g, IBAN_LENGTHS).ok, true, g);
  const de = parseIban('de89370400440532013000', IBAN_LENGTHS);
  assert.deepEqual(de.ok && de.value, { compact: 'DE89370400440532013000', printed: 'DE89 3704 0044 0532 0130 00', country: 'DE' });
});

test('bad IBANs are refused with the reason', () => {
  const reason = (text: unknown) => {
    const r = parseIban(text, IBAN_LENGTHS);
    assert.equal(r.ok, false, String(text));
    return r.ok ? '' : `${r.field}: ${r.message}`;
  };
  assert.match(reason('DE89 3704 0044 0532 0130 01'), /^iban: the IBAN's check digits do not match/);
  assert.match(reason('DE89 3704 0044 0532 0130 0'), /has 22 characters; this one has 21/);
  assert.match(reason('US12 3456 7890 1234'), /US has no IBAN/);
  assert.match(reason('DE89-3704!0044'), /two letters of country/);
  assert.match(reason(12345), /is text/);
  assert.match(reason('GB82 WEST 1234 5698 7654 23'), /check digits/, 'two swapped digits are caught');
});

test('BICs: 8 or 11 characters, a real country, test BICs said so', () => {
  assert.deepEqual(parseBic('deut de ff'), { ok: true, value: { bic: 'DEUTDEFF', bank: 'DEUT', country: 'DE', location: 'FF', branch: null, test: false } });
  assert.deepEqual(parseBic('DEUTDEFF500').ok && parseBic('DEUTDEFF500'), { ok: true, value: { bic: 'DEUTDEFF500', bank: 'DEUT', country: 'DE', location: 'FF', branch: '500', test: false } });
  assert.equal(parseBic('ABCDDE00').ok && (parseBic('ABCDDE00') as any).value.test, true);
  for (const bad of ['DEUTDEF', 'DEUTDEFF5', '1EUTDEFF', 'DEUTZZFF', 'DEUTDEFF5000']) assert.equal(parseBic(bad).ok, false, bad);
});

test('an IBAN and a BIC of different countries are refused naming the BIC', () => {
  const r = checkBankDetails({ iban: 'DE89370400440532013000', bic: 'BNPAFRPP' }, IBAN_LENGTHS);
  assert.deepEqual(r.ok ? null : [r.field, r.message], ['bic', 'the BIC is of a bank in FR and the IBAN of an account in DE']);
  assert.equal(checkBankDetails({ iban: 'FR1420041010050500013M02606', bic: 'BNPAFRPPXXX' }, IBAN_LENGTHS).ok, true);
});
