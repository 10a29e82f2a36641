import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEori, checkEoriMatchesVat, checkTaxNumber, type EoriFormats } from './tax-numbers.js';

const refusal = (country: string, number: unknown) => {
  const r = checkTaxNumber(country, number);
  assert.equal(r.ok, false, `${country} ${String(number)}`);
  return r.ok ? '' : `${r.field}: ${r.message}`;
};
const accepted = (country: string, number: string) => {
  const r = checkTaxNumber(country, number);
  assert.ok(r.ok, `${country} ${number}: ${r.ok ? '' : r.message}`);
  return r.value;
};

/** ISO 7064 MOD 11,10 check digit, written independently of the core (the DE VAT number's). */
function mod11_10(digits: string): number {
  let p = 10;
  for (const c of digits) {
    const s = (Number(c) + p) % 10 || 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10;
}

test('EU VAT numbers: check digits verified, separators and the missing prefix tolerated', () => {
  assert.deepEqual(accepted('DE', 'de 136.695.976'), { normalized: 'DE136695976', scheme: 'EU_VAT', checked: 'check_digit', note: 'DE: ISO 7064 MOD 11,10' });
  assert.equal(accepted('DE', '136695976').normalized, 'DE136695976');
  assert.equal(accepted('FR', '40303265045').normalized, 'FR40303265045');
  assert.equal(accepted('FR', 'XX303265045').normalized, 'FRXX303265045', 'an alphanumeric key without the prefix');
  assert.equal(accepted('ES', 'A12345674').normalized, 'ESA12345674');
  assert.equal(accepted('AT', 'ATU13585627').checked, 'check_digit');
  assert.equal(accepted('PL', 'PL 526-025-02-74').normalized, 'PL5260250274');
  assert.equal(accepted('IT', 'IT00743110157').normalized, 'IT00743110157');
  assert.equal(accepted('FR', 'FR40303265045').normalized, 'FR40303265045');
  assert.equal(accepted('SE', 'SE556036079301').normalized, 'SE556036079301');
  assert.equal(accepted('GR', 'GR094259216').normalized, 'EL094259216', 'Greece: GR read as EL');
  assert.equal(accepted('ES', 'ESA12345674').checked, 'format', 'ES: format only, said so');
  assert.match(accepted('ES', 'ESA12345674').note, /format only/);
  for (const body of ['12345678', '98765432', '10000000', '55555555']) {
    const good = `DE${body}${mod11_10(body)}`;
    assert.equal(accepted('DE', good).normalized, good);
    const wrong = `DE${body}${(mod11_10(body) + 1) % 10}`;
    assert.equal(refusal('DE', wrong), `taxNumber: ${wrong}: the check digit should be ${mod11_10(body)} (ISO 7064 MOD 11,10)`);
  }
});

test('wrong check digits are refused with the digits that would fit', () => {
  assert.equal(refusal('AT', 'ATU13585626'), 'taxNumber: ATU13585626: the check digit should be 7 (UID check digit (BMF))');
  assert.equal(refusal('PL', 'PL5260250275'), 'taxNumber: PL5260250275: the check digit should be 4 (mod 11 (NIP))');
  assert.equal(refusal('BE', 'BE0123456788'), 'taxNumber: BE0123456788: the check digits should be 49 (mod 97)');
  assert.equal(refusal('LU', 'LU15027443'), 'taxNumber: LU15027443: the check digits should be 42 (first 6 digits mod 89)');
  assert.match(refusal('FR', 'FR00303265045'), /FR00303265045: the check digits should be 40/);
  assert.match(refusal('NL', 'NL123456788B01'), /NL123456788B01: the check digit should be 2/);
  assert.match(refusal('SE', 'SE556036079401'), /the check digit should be 3 \(Luhn on the first 10 digits\)/);
  assert.equal(refusal('GB', 'GB980780685'), 'taxNumber: GB980780685: the check digits should be 29 or 84 (HMRC mod 97)');
  assert.match(refusal('AU', '51824753557'), /the check digits should be 32 \(mod 89\)/);
  assert.match(refusal('NZ', '49091851'), /the check digit should be 0 \(mod 11\)/);
  assert.match(refusal('CH', 'CHE-116.281.711 MWST'), /the check digit should be 0 \(mod 11\)/);
  // A suggested digit really is accepted.
  assert.equal(accepted('GB', 'GB980780629').checked, 'check_digit');
  assert.equal(accepted('AT', 'ATU13585627').normalized, 'ATU13585627');
});

test('format, prefix and type refusals say why', () => {
  assert.equal(refusal('DE', 'FR40303265045'), 'taxNumber: a company in DE has a VAT number starting DE; FR40303265045 starts with FR');
  assert.match(refusal('DE', 'DE12345'), /DE12345: a DE VAT number is DE \+ 9 digits/);
  assert.equal(refusal('DE', 'GB980780684'), 'taxNumber: a company in DE has a VAT number starting DE; GB980780684 starts with GB');
  assert.match(refusal('DE', 'AB1234567'), /^taxNumber: AB1234567: a DE VAT number is DE \+ 9 digits/);
  assert.match(refusal('DE', ''), /empty/);
  assert.match(refusal('DE', 136695976), /is text/);
  assert.match(refusal('DE', 'x'.repeat(65)), /at most 64/);
  assert.match(refusal('GB', 'GB12345'), /GB12345: a UK VAT number is GB \+ 9 digits/);
  assert.match(refusal('US', '#'), /2 to 30 letters and digits/);
});

test('GB, its XI form, the other known schemes, and unknown countries (format only, said so)', () => {
  assert.deepEqual(accepted('GB', '980 7806 84'), { normalized: 'GB980780684', scheme: 'UK_VAT', checked: 'check_digit', note: 'UK_VAT: check digits verified' });
  assert.equal(accepted('GB', 'XI980780684').normalized, 'XI980780684');
  assert.match(refusal('GB', 'XI980780685'), /XI980780685: the check digits should be/);
  assert.equal(accepted('AU', '51 824 753 556').scheme, 'AU_GST');
  assert.equal(accepted('NZ', '49-091-850').normalized, '049091850');
  assert.equal(accepted('CH', 'CHE-116.281.710 MWST').normalized, 'CHE-116.281.710 MWST');
  assert.equal(accepted('SG', 'M12345678X').checked, 'format');
  const us = accepted('US', '12-3456789');
  assert.deepEqual(us, { normalized: '123456789', scheme: 'OTHER', checked: 'format', note: 'no check is known here for tax numbers of US: only the format was checked' });
});

const formats: EoriFormats = {
  DE: { body: 'alphanumeric', lengths: { min: 1, max: 15 }, vatDerived: false, source: 'test' },
  GB: { body: 'digits', lengths: [12, 15], vatDerived: true, source: 'test' },
  XI: { body: 'digits', lengths: [12, 15], vatDerived: true, source: 'test' },
};

test('EORI numbers: the issuer and its format', () => {
  assert.deepEqual(checkEori('gb 980780684 000', formats), { ok: true, value: { normalized: 'GB980780684000', issuer: 'GB', vatDerived: true } });
  assert.equal(checkEori('GB980780684000123', formats).ok, true, '15 digits');
  assert.equal(checkEori('XI980780684000', formats).ok, true);
  assert.equal(checkEori('DE12345ABC', formats).ok, true);
  const reason = (input: unknown) => {
    const r = checkEori(input, formats);
    assert.equal(r.ok, false, String(input));
    return r.ok ? '' : `${r.field}: ${r.message}`;
  };
  assert.equal(reason('GB98078068400'), 'eori: GB98078068400: an EORI number issued by GB is GB + 12 or 15 digits; this one has 11 after GB');
  assert.match(reason('GB98078068400A'), /and other characters/);
  assert.match(reason('DE1234567890123456'), /DE \+ 1 to 15 letters and digits; this one has 16/);
  assert.match(reason('DE'), /this one has 0/);
  assert.match(reason('US123'), /\(an EU member state, GB or XI\); US is not one/);
  assert.match(reason(''), /nothing is not one/);
  assert.match(reason(42), /is text/);
});

test('a GB or XI EORI carries the UK VAT number\'s nine digits', () => {
  const vat = checkTaxNumber('GB', 'GB980780684');
  const eori = (n: string) => {
    const e = checkEori(n, formats);
    assert.ok(e.ok && vat.ok);
    return checkEoriMatchesVat(e.value, vat.value);
  };
  assert.equal(eori('GB980780684000').ok, true);
  assert.equal(eori('GB980780684001').ok, true, 'a VAT group member: same nine digits, another suffix');
  assert.equal(eori('XI980780684000').ok, true);
  assert.deepEqual(eori('GB123456789000'), {
    ok: false,
    code: 'VALIDATION_FAILED',
    message: "GB123456789000: the GB EORI of a VAT-registered business is its VAT number's nine digits and a suffix, like GB980780684000 for VAT number GB980780684",
    field: 'eori',
  });
  const de = checkEori('DE12345', formats);
  assert.ok(de.ok && vat.ok);
  assert.equal(checkEoriMatchesVat(de.value, vat.value).ok, true, 'an EU EORI is not derived from the UK VAT number');
  const gb = checkEori('GB123456789000', formats);
  assert.ok(gb.ok);
  assert.equal(checkEoriMatchesVat(gb.value, null).ok, true, 'no VAT number: nothing to compare');
  const deVat = checkTaxNumber('DE', 'DE136695976');
  assert.ok(deVat.ok);
  assert.equal(checkEoriMatchesVat(gb.value, deVat.value).ok, true, 'a German company with a GB EORI');
});
