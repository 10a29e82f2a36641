import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEori } from '../../core/b2b/tax-numbers.js';
import { IBAN_LENGTHS } from '../banking/iban-registry.js';
import { EORI_FORMATS } from './eori-formats.js';

test('EORI issuers: the 27 EU member states, GB and XI, each with its source', () => {
  const issuers = Object.keys(EORI_FORMATS).sort();
  assert.equal(issuers.length, 29);
  for (const c of ['DE', 'FR', 'GR', 'IE', 'GB', 'XI']) assert.ok(issuers.includes(c), c);
  for (const c of ['EL', 'CH', 'NO', 'US']) assert.ok(!issuers.includes(c), c);
  for (const f of Object.values(EORI_FORMATS)) assert.match(f.source, /\w{10,}/);
  // Every EU issuer is a country with an IBAN (a sanity check that the codes are ISO countries).
  for (const c of issuers.filter((c) => c !== 'XI')) assert.ok(IBAN_LENGTHS[c] !== undefined, c);
});

test('EORI numbers against the data: EU up to 15 letters and digits, GB/XI 12 or 15 digits', () => {
  for (const good of ['DE1234567', 'FR12345678901234', 'NL123456789', 'IE1234567A', 'GB980780684000', 'XI980780684000', 'GB980780684000123']) assert.equal(checkEori(good, EORI_FORMATS).ok, true, good);
  for (const bad of ['DE1234567890123456', 'GB9807806840', 'XI98078068400', 'GB98078068400012', 'EL123456', 'CH123456']) assert.equal(checkEori(bad, EORI_FORMATS).ok, false, bad);
});
