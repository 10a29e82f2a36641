import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCompanyInput } from '../../core/b2b/company-input.js';
import { IBAN_LENGTHS } from '../banking/iban-registry.js';
import { EORI_FORMATS } from './eori-formats.js';

const refs = { ibanLengths: IBAN_LENGTHS, eoriFormats: EORI_FORMATS };
const company = (country: string, iban: string, bic: string) => ({
  name: 'Distributor',
  country,
  email: 'ap@distributor.example',
  address: { name: 'Distributor', lines: ['Street 1'], city: 'City', country },
  iban,
  bic,
});

/** The SWIFT IBAN Registry's example IBAN of each country, with a BIC of a bank there. */
const ACCOUNTS: Array<[string, string, string]> = [
  ['IT', 'IT60 X054 2811 1010 0000 0123 456', 'UNCRITMM'],
  ['ES', 'ES91 2100 0418 4502 0005 1332', 'CAIXESBB'],
  ['PL', 'PL61 1090 1014 0000 0712 1981 2874', 'WBKPPLPP'],
  ['NL', 'NL91 ABNA 0417 1643 00', 'ABNANL2A'],
  ['CH', 'CH93 0076 2011 6238 5295 7', 'UBSWCHZH80A'],
  ['GB', 'GB29 NWBK 6016 1331 9268 19', 'NWBKGB2L'],
  ['FR', 'FR14 2004 1010 0505 0001 3M02 606', 'BNPAFRPP'],
  ['BE', 'BE68 5390 0754 7034', 'GKCCBEBB'],
  ['AT', 'AT61 1904 3002 3457 3201', 'BKAUATWW'],
  ['SE', 'SE45 5000 0000 0583 9825 7466', 'ESSESESS'],
  ['DK', 'DK50 0040 0440 1162 43', 'DABADKKK'],
  ['NO', 'NO93 8601 1117 947', 'DNBANOKK'],
];

test('IBANs of many countries are stored compact and printed in fours, with a BIC of the same country', () => {
  for (const [country, iban, bic] of ACCOUNTS) {
    const r = parseCompanyInput(company(country, iban, bic), refs, { allowBuyers: false });
    assert.ok(r.ok, `${country}: ${r.ok ? '' : r.message}`);
    assert.equal(r.value.bank?.iban.compact, iban.replace(/ /g, ''));
    assert.equal(r.value.bank?.iban.printed, iban);
    assert.equal(r.value.bank?.bic.country, country);
  }
});

test('a changed character, a wrong length or a BIC of another country is refused with the reason', () => {
  for (const [country, iban, bic] of ACCOUNTS) {
    const last = iban.at(-1)!;
    const typo = iban.slice(0, -1) + (last === '9' ? '8' : String((Number(last) + 1) % 10));
    const r = parseCompanyInput(company(country, typo, bic), refs, { allowBuyers: false });
    assert.equal(!r.ok && r.field, 'iban', `${country} typo`);
    assert.match(!r.ok ? r.message : '', /check digits do not match/, country);
    const short = parseCompanyInput(company(country, iban.slice(0, -1), bic), refs, { allowBuyers: false });
    assert.match(!short.ok ? short.message : '', new RegExp(`an IBAN of ${country} has ${iban.replace(/ /g, '').length} characters`), country);
  }
  const mismatch = parseCompanyInput(company('DE', 'NL91 ABNA 0417 1643 00', 'COBADEFF'), refs, { allowBuyers: false });
  assert.equal(!mismatch.ok && mismatch.message, 'bic: COBADEFF is a bank in DE and the IBAN an account in NL: give the BIC of the bank holding the account');
  const noIban = parseCompanyInput(company('US', '021000021 123456789', 'CHASUS33'), refs, { allowBuyers: false });
  assert.match(!noIban.ok ? noIban.message : '', /iban: .*two letters of country/);
  const usIban = parseCompanyInput(company('US', 'US12 3456 7890 1234', 'CHASUS33'), refs, { allowBuyers: false });
  assert.match(!usIban.ok ? usIban.message : '', /US has no IBAN/);
});

test('BICs: shape, institution letters, a real country, and the IBAN\'s country', () => {
  const bicRefusal = (bic: string) => {
    const r = parseCompanyInput(company('DE', 'DE89 3704 0044 0532 0130 00', bic), refs, { allowBuyers: false });
    assert.equal(!r.ok && r.field, 'bic', bic);
    return r.ok ? '' : r.message;
  };
  assert.match(bicRefusal('COBA1'), /8 or 11 letters and digits/);
  assert.match(bicRefusal('COBADEFF5'), /8 or 11 letters and digits/);
  assert.match(bicRefusal('C0BADEFF'), /starts with four letters of institution/);
  assert.match(bicRefusal('COBAXXFF'), /XX in a BIC must be an ISO 3166 country code/);
  assert.match(bicRefusal('UBSWCHZH80A'), /UBSWCHZH80A is a bank in CH and the IBAN an account in DE/);
  for (const good of ['COBADEFF', 'cobadeffxxx', 'COBA DE FF 500', 'DEUTDEFF500']) {
    const r = parseCompanyInput(company('DE', 'DE89 3704 0044 0532 0130 00', good), refs, { allowBuyers: false });
    assert.ok(r.ok, good);
    assert.equal(r.value.bank?.bic.bic, good.replace(/\s/g, '').toUpperCase());
  }
});
