import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const address = { name: 'Kaffeehaus Nord GmbH', lines: ['Hafenstraße 12'], city: 'Hamburg', postalCode: '20457', country: 'DE' };
const kaffeehaus = {
  name: 'Kaffeehaus Nord GmbH',
  country: 'DE',
  email: 'Einkauf@Kaffeehaus.example',
  address,
  taxNumber: 'DE 136 695 976',
  eori: 'DE1234567',
  paymentTerms: 'net_30',
  creditLimitMinor: 500_000,
  iban: 'de89 3704 0044 0532 0130 00',
  bic: 'cobadeffxxx',
  accountHolder: 'Kaffeehaus Nord GmbH',
  buyers: [
    { name: 'Jana Vogel', email: 'jana@kaffeehaus.example' },
    { name: 'Tom Berg', email: 'tom@kaffeehaus.example', role: 'approver', phone: '+49 40 123456' },
  ],
};
const teaHouse = {
  name: 'Northern Tea Ltd',
  country: 'GB',
  email: 'buying@northerntea.example',
  address: { name: 'Northern Tea Ltd', lines: ['1 Dock Road'], city: 'Leeds', postalCode: 'LS1 4AP', country: 'GB' },
  taxNumber: 'GB980780684',
  eori: 'GB980780684000',
  iban: 'GB82WEST12345698765432',
  bic: 'NWBKGB2L',
};

describeWithDatabases('HTTP distributor companies', (db) => {
  let t: TestApp;
  let id = '';
  before(async () => {
    t = await buildTestApp(db());
  });

  const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/v1/admin/companies', headers: t.auth(), payload: payload as object });
  const get = async (companyId: string) => (await t.app.inject({ method: 'GET', url: `/v1/admin/companies/${companyId}`, headers: t.auth() })).json();
  const all = async () => (await t.app.inject({ method: 'GET', url: '/v1/admin/companies?limit=100', headers: t.auth() })).json().items;
  const fieldsOf = (body: { errors?: Array<{ field: string }> }) => (body.errors ?? []).map((e) => e.field);

  test('a company is created with its buyers, tax number, EORI and bank details, normalized', async () => {
    const r = await post(kaffeehaus);
    assert.equal(r.statusCode, 201, r.body);
    const c = r.json();
    id = c.id;
    assert.equal(r.headers.location, `/v1/admin/companies/${id}`);
    assert.equal(c.taxNumber, 'DE136695976');
    assert.equal(c.eori, 'DE1234567');
    assert.equal(c.email, 'Einkauf@kaffeehaus.example');
    assert.deepEqual(c.bankDetails, { iban: 'DE89370400440532013000', ibanPrinted: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', accountHolder: 'Kaffeehaus Nord GmbH' });
    assert.equal(c.paymentTerms, 'net_30');
    assert.equal(c.creditLimitMinor, 500_000);
    assert.deepEqual(c.buyers.map((b: { email: string; role: string }) => [b.email, b.role]), [['jana@kaffeehaus.example', 'buyer'], ['tom@kaffeehaus.example', 'approver']]);
    assert.deepEqual(await get(id), c);

    const gb = await post(teaHouse);
    assert.equal(gb.statusCode, 201, gb.body);
    assert.deepEqual([gb.json().taxNumber, gb.json().eori, gb.json().paymentTerms, gb.json().creditLimitMinor, gb.json().buyers], ['GB980780684', 'GB980780684000', 'prepayment', null, []]);
  });

  test('the list pages newest first and finds by name, tax number or EORI', async () => {
    const page1 = (await t.app.inject({ method: 'GET', url: '/v1/admin/companies?limit=1', headers: t.auth() })).json();
    assert.equal(page1.items.length, 1);
    const page2 = (await t.app.inject({ method: 'GET', url: `/v1/admin/companies?limit=1&cursor=${page1.nextCursor}`, headers: t.auth() })).json();
    assert.equal(page2.nextCursor, null);
    assert.deepEqual([page1.items[0].name, page2.items[0].name].sort(), ['Kaffeehaus Nord GmbH', 'Northern Tea Ltd']);
    assert.ok(page1.items[0].createdAt >= page2.items[0].createdAt, 'newest first');
    for (const q of ['kaffee', 'DE136695976', 'DE1234567']) {
      const found = (await t.app.inject({ method: 'GET', url: `/v1/admin/companies?q=${q}`, headers: t.auth() })).json().items;
      assert.deepEqual(found.map((c: { id: string }) => c.id), [id], q);
    }
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/companies?country=GB', headers: t.auth() })).json().items.length, 1);
    const bad = await t.app.inject({ method: 'GET', url: '/v1/admin/companies?country=XX&status=gone&cursor=nope', headers: t.auth() });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(fieldsOf(bad.json()).sort(), ['country', 'cursor', 'status']);
  });

  test('bad companies are refused with the reason, naming each field, and create nothing', async () => {
    const before = await all();
    const cases: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['VAT check digit', { taxNumber: 'DE136695977' }, 'taxNumber', /DE136695977: the check digit should be 6 \(ISO 7064 MOD 11,10\)/],
      ['VAT of another state', { taxNumber: 'FR40303265045' }, 'taxNumber', /a company in DE has a VAT number starting DE/],
      ['IBAN check digits', { iban: 'DE89 3704 0044 0532 0130 01' }, 'iban', /check digits do not match/],
      ['IBAN length', { iban: 'DE89 3704 0044 0532 0130 0' }, 'iban', /an IBAN of DE has 22 characters; this one has 21/],
      ['IBAN of a country without IBANs', { iban: 'US12 3456 7890 1234' }, 'iban', /US has no IBAN/],
      ['BIC of another country', { bic: 'BNPAFRPPXXX' }, 'bic', /BNPAFRPPXXX is a bank in FR and the IBAN an account in DE/],
      ['BIC shape', { bic: 'COBA1' }, 'bic', /8 or 11 letters and digits/],
      ['IBAN without BIC', { bic: null }, 'bic', /give the BIC with the IBAN/],
      ['EORI issuer', { eori: 'US123456' }, 'eori', /US is not one/],
      ['EORI length', { eori: 'DE1234567890123456' }, 'eori', /DE \+ 1 to 15 letters and digits/],
      ['payment terms', { paymentTerms: 'net_45' }, 'paymentTerms', /prepayment, net_30, net_60/],
      ['credit limit', { creditLimitMinor: -1 }, 'creditLimitMinor', /non-negative/],
      ['country', { country: 'XX' }, 'country', /ISO 3166-1/],
      ['unknown field', { vat: 'DE136695976' }, 'vat', /is not a field here/],
      ['duplicate buyer email', { buyers: [{ name: 'A', email: 'new1@kaffeehaus.example' }, { name: 'B', email: 'NEW1@kaffeehaus.example' }] }, 'buyers[1].email', /already buyers\[0\]'s email/],
      ['bad buyer email', { buyers: [{ name: 'A', email: 'new2@kaffeehaus.example' }, { name: 'B', email: 'not-an-email' }] }, 'buyers[1].email', /email address/],
      ['unknown price list', { priceList: 'no-such-list' }, 'priceList', /there is no price list no-such-list/],
    ];
    for (const [what, change, field, message] of cases) {
      const r = await post({ ...kaffeehaus, name: `Bad ${what}`, buyers: [], ...change });
      assert.equal(r.statusCode, 400, `${what}: ${r.body}`);
      assert.equal(r.json().code, 'VALIDATION_FAILED', what);
      assert.ok(fieldsOf(r.json()).includes(field), `${what}: ${r.body}`);
      assert.match(r.json().detail, message, what);
    }
    const gbBad = await post({ ...teaHouse, eori: 'GB123456789000' });
    assert.equal(gbBad.statusCode, 400);
    assert.deepEqual(fieldsOf(gbBad.json()), ['eori']);
    assert.match(gbBad.json().detail, /like GB980780684000 for VAT number GB980780684/);
    const gbVat = await post({ ...teaHouse, taxNumber: 'GB980780685' });
    assert.match(gbVat.json().detail, /GB980780685: the check digits should be 29 or 84 \(HMRC mod 97\)/);

    const several = await post({ ...kaffeehaus, taxNumber: 'DE136695977', iban: 'DE00', buyers: [{ name: 'X', email: 'x@y.example' }, { name: '', email: 'bad' }] });
    assert.deepEqual(fieldsOf(several.json()), ['taxNumber', 'iban', 'buyers[1].name', 'buyers[1].email']);

    const taken = await post({ ...kaffeehaus, name: 'Copycat', buyers: [{ name: 'J', email: 'JANA@kaffeehaus.example' }] });
    assert.equal(taken.statusCode, 409);
    assert.deepEqual(fieldsOf(taken.json()), ['buyers[0].email']);

    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/admin/companies', headers: { ...t.auth(), 'content-type': 'application/json' }, payload: '[1]' })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/admin/companies', headers: t.auth(t.apiKey), payload: kaffeehaus })).statusCode, 403);
    assert.deepEqual(await all(), before);
  });

  test('a change is checked whole; a refused change leaves the company as it was', async () => {
    const ok = await t.app.inject({ method: 'PATCH', url: `/v1/admin/companies/${id}`, headers: t.auth(), payload: { paymentTerms: 'net_60', creditLimitMinor: null, iban: null, bic: null, accountHolder: null, note: 'pays on time' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual([ok.json().paymentTerms, ok.json().creditLimitMinor, ok.json().bankDetails, ok.json().note, ok.json().buyers.length], ['net_60', null, null, 'pays on time', 2]);
    const before = await get(id);
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ country: 'FR' }, 'taxNumber'], // the DE VAT number no longer fits the country
      [{ iban: 'FR14 2004 1010 0505 0001 3M02 606' }, 'bic'], // an IBAN needs its BIC
      [{ iban: 'FR14 2004 1010 0505 0001 3M02 606', bic: 'COBADEFF' }, 'bic'], // of the same country
      [{ buyers: [] }, 'buyers'],
      [{}, 'body'],
      [{ status: 'closed' }, 'status'],
      [{ name: '' }, 'name'],
      [{ address: { ...address, lines: [] } }, 'address.lines'],
    ];
    for (const [patch, field] of refusals) {
      const r = await t.app.inject({ method: 'PATCH', url: `/v1/admin/companies/${id}`, headers: t.auth(), payload: patch });
      assert.equal(r.statusCode, 400, JSON.stringify(patch));
      assert.ok(fieldsOf(r.json()).includes(field), `${JSON.stringify(patch)}: ${r.body}`);
    }
    assert.deepEqual(await get(id), before);
    const back = await t.app.inject({ method: 'PATCH', url: `/v1/admin/companies/${id}`, headers: t.auth(), payload: { iban: 'FR14 2004 1010 0505 0001 3M02 606', bic: 'BNPAFRPP' } });
    assert.equal(back.json().bankDetails.ibanPrinted, 'FR14 2004 1010 0505 0001 3M02 606');
    const missing = await t.app.inject({ method: 'PATCH', url: '/v1/admin/companies/00000000-0000-4000-8000-000000000000', headers: t.auth(), payload: { note: 'x' } });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().code, 'COMPANY_NOT_FOUND');
    assert.equal((await t.app.inject({ method: 'GET', url: '/v1/admin/companies/not-a-uuid', headers: t.auth() })).statusCode, 400);
  });

  test('buyers are added and removed; an email names one buyer across companies', async () => {
    const url = `/v1/admin/companies/${id}/buyers`;
    const added = await t.app.inject({ method: 'POST', url, headers: t.auth(), payload: { name: 'Lea Kraus', email: 'lea@kaffeehaus.example' } });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().companyId, id);
    const before = await get(id);
    const refusals: Array<[unknown, number, string]> = [
      [{ name: 'Lea again', email: 'LEA@kaffeehaus.example' }, 409, 'email'],
      [{ name: 'Nobody', email: 'nobody' }, 400, 'email'],
      [{ name: 'Nobody', email: 'n@x.example', role: 'boss' }, 400, 'role'],
      [{ name: 'Nobody', email: 'n@x.example', mobile: '1' }, 400, 'mobile'],
    ];
    for (const [payload, status, field] of refusals) {
      const r = await t.app.inject({ method: 'POST', url, headers: t.auth(), payload: payload as object });
      assert.equal(r.statusCode, status, r.body);
      assert.deepEqual(fieldsOf(r.json()), [field], r.body);
    }
    assert.deepEqual(await get(id), before);
    const other = await t.app.inject({ method: 'POST', url: '/v1/admin/companies/00000000-0000-4000-8000-000000000000/buyers', headers: t.auth(), payload: { name: 'A', email: 'a@b.example' } });
    assert.equal(other.json().code, 'COMPANY_NOT_FOUND');

    const remove = `${url}/${added.json().id}`;
    assert.equal((await t.app.inject({ method: 'DELETE', url: remove, headers: t.auth() })).statusCode, 204);
    const again = await t.app.inject({ method: 'DELETE', url: remove, headers: t.auth() });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().code, 'BUYER_NOT_FOUND');
    assert.equal((await get(id)).buyers.length, 2);
    // The freed email may be used again.
    assert.equal((await t.app.inject({ method: 'POST', url, headers: t.auth(), payload: { name: 'Lea Kraus', email: 'lea@kaffeehaus.example' } })).statusCode, 201);
  });

  test('the repository answers the company and its price list items for quotes', async () => {
    const row = await t.deps.companies.get(id);
    assert.equal(row?.taxNumber, 'DE136695976');
    assert.equal(await t.deps.companies.wholesalePrices('no-such-list', []), undefined);
  });
});
