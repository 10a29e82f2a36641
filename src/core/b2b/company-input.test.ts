import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeCompanyPatch, parseCompanyInput, type CompanyRefs } from './company-input.js';

/** A few registry lengths and EORI formats, as the data folder holds them. */
const refs: CompanyRefs = {
  ibanLengths: { DE: 22, FR: 27, GB: 22, NL: 18 },
  eoriFormats: {
    DE: { body: 'alphanumeric', lengths: { min: 1, max: 15 }, vatDerived: false, source: 'test' },
    GB: { body: 'digits', lengths: [12, 15], vatDerived: true, source: 'test' },
  },
};
const base = {
  name: ' Kaffeehaus Nord GmbH ',
  country: 'de',
  email: 'einkauf@Kaffeehaus.example',
  address: { name: 'Kaffeehaus Nord', lines: ['Hafenstraße 12'], city: 'Hamburg', postalCode: '20457', country: 'DE' },
};
const fields = (input: unknown, allowBuyers = true) => {
  const r = parseCompanyInput(input, refs, { allowBuyers });
  assert.equal(r.ok, false, JSON.stringify(input));
  return r.ok ? [] : (r.details ?? []).map((d) => d.field);
};

test('the smallest company: defaults for terms and status, no tax number or bank details', () => {
  const r = parseCompanyInput(base, refs, { allowBuyers: true });
  assert.ok(r.ok);
  assert.deepEqual([r.value.name, r.value.country, r.value.email, r.value.paymentTerms, r.value.status, r.value.taxNumber, r.value.bank, r.value.buyers], ['Kaffeehaus Nord GmbH', 'DE', 'einkauf@kaffeehaus.example', 'prepayment', 'active', null, null, []]);
});

test('a full company: tax number by country, EORI, bank details compact, buyers', () => {
  const r = parseCompanyInput(
    { ...base, taxNumber: '136695976', eori: 'de 12345', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFF', accountHolder: 'Kaffeehaus', paymentTerms: 'net_30', creditLimitMinor: 0, buyers: [{ name: 'Jana', email: 'jana@k.example', role: 'approver' }] },
    refs,
    { allowBuyers: true },
  );
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.equal(r.value.taxNumber?.normalized, 'DE136695976');
  assert.equal(r.value.eori?.normalized, 'DE12345');
  assert.deepEqual([r.value.bank?.iban.compact, r.value.bank?.iban.printed, r.value.bank?.bic.bic, r.value.bank?.accountHolder], ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', 'COBADEFF', 'Kaffeehaus']);
  assert.deepEqual(r.value.buyers, [{ name: 'Jana', email: 'jana@k.example', phone: null, role: 'approver' }]);
  assert.equal(r.value.creditLimitMinor, 0);
});

test('every bad field is named at once', () => {
  assert.deepEqual(fields({ ...base, taxNumber: 'DE136695977', iban: 'DE89 3704 0044 0532 0130 01', bic: 'COBADEFF' }), ['taxNumber', 'iban']);
  assert.deepEqual(fields({ ...base, iban: 'NL91 ABNA 0417 1643 00', bic: 'COBADEFF' }), ['bic']);
  assert.deepEqual(fields({ ...base, iban: 'DE89370400440532013000' }), ['bic']);
  assert.deepEqual(fields({ ...base, bic: 'COBADEFF' }), ['iban']);
  assert.deepEqual(fields({ ...base, accountHolder: 'X' }), ['accountHolder']);
  assert.deepEqual(fields({ ...base, eori: 'FR123' }), ['eori'], 'no FR format in these refs');
  assert.deepEqual(fields({ ...base, country: 'GB', taxNumber: 'GB980780684', eori: 'GB123456789000' }), ['eori']);
  assert.deepEqual(fields({ ...base, name: '', email: 'x', country: 'ZZ', address: null, paymentTerms: 'net_90', creditLimitMinor: 1.5, status: 'closed', priceList: 'EU LIST', note: 7, extra: 1 }), [
    'extra', 'name', 'country', 'email', 'address', 'priceList', 'paymentTerms', 'creditLimitMinor', 'status', 'note',
  ]);
  assert.deepEqual(fields({ ...base, buyers: [{ name: 'A', email: 'a@x.example' }, { name: 'B', email: 'A@X.example' }, 'C', { name: 'D', email: 'd@x.example', role: 'boss', fax: 1 }] }), [
    'buyers[1].email', 'buyers[2]', 'buyers[3].fax', 'buyers[3].role',
  ]);
  assert.deepEqual(fields({ ...base, buyers: [] }, false), ['buyers']);
  assert.deepEqual(fields(null), []);
  const r = parseCompanyInput({ ...base, taxNumber: 'DE136695977' }, refs, { allowBuyers: true });
  assert.equal(!r.ok && r.message, 'taxNumber: DE136695977: the check digit should be 6 (ISO 7064 MOD 11,10)');
});

test('a change is laid over the stored fields; buyers and unknown fields are refused', () => {
  const merged = mergeCompanyPatch({ ...base, taxNumber: 'DE136695976' }, { country: 'FR' });
  assert.ok(merged.ok);
  assert.deepEqual(fields(merged.value, false), ['taxNumber'], 'the DE number no longer fits a French company');
  const cleared = mergeCompanyPatch({ ...base, taxNumber: 'DE136695976' }, { taxNumber: null });
  assert.ok(cleared.ok);
  assert.equal(parseCompanyInput(cleared.value, refs, { allowBuyers: false }).ok, true);
  const bad = mergeCompanyPatch(base, { buyers: [], vat: 'x' });
  assert.deepEqual(!bad.ok && bad.details?.map((d) => [d.field, d.message]), [['buyers', 'buyers are added and removed through /buyers'], ['vat', bad.ok ? '' : bad.details![1]!.message]]);
  assert.deepEqual(!mergeCompanyPatch(base, {}).ok && mergeCompanyPatch(base, {}), { ok: false, code: 'VALIDATION_FAILED', message: 'body: give at least one field to change', field: 'body', details: [{ field: 'body', message: 'give at least one field to change' }] });
  assert.equal(mergeCompanyPatch(base, [1]).ok, false);
});
