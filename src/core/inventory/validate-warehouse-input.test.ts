import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateWarehouseInput } from './validate-warehouse-input.js';

const venlo = { code: 'nl-venlo', name: ' Venlo fulfilment ', country: 'NL', address: { lines: ['Celsiusweg 20'], city: 'Venlo', postalCode: '5928 PR' }, markets: ['eu', 'uk'] };

test('a good warehouse comes back trimmed, with defaults for active and position', () => {
  const r = validateWarehouseInput(venlo);
  assert.ok(r.ok);
  assert.deepEqual(r.value, { ...venlo, name: 'Venlo fulfilment', active: true, position: 0 });
  const withRegion = validateWarehouseInput({ ...venlo, address: { ...venlo.address, region: 'Limburg' }, markets: [], active: false, position: 3 });
  assert.ok(withRegion.ok);
  assert.equal(withRegion.value.address.region, 'Limburg');
  assert.deepEqual([withRegion.value.markets, withRegion.value.active, withRegion.value.position], [[], false, 3]);
});

const bad: Array<[string, Record<string, unknown>, string[]]> = [
  ['code with capitals', { code: 'NL-Venlo' }, ['code']],
  ['code starting with a dash', { code: '-venlo' }, ['code']],
  ['code of 41 characters', { code: 'a'.repeat(41) }, ['code']],
  ['empty name', { name: '  ' }, ['name']],
  ['unknown country', { country: 'XX' }, ['country']],
  ['lower-case country', { country: 'nl' }, ['country']],
  ['no address', { address: undefined }, ['address']],
  ['no street lines', { address: { ...venlo.address, lines: [] } }, ['address.lines']],
  ['four street lines', { address: { ...venlo.address, lines: ['a', 'b', 'c', 'd'] } }, ['address.lines']],
  ['blank second line', { address: { ...venlo.address, lines: ['Celsiusweg 20', ' '] } }, ['address.lines[1]']],
  ['missing city and postal code', { address: { lines: ['x'] } }, ['address.city', 'address.postalCode']],
  ['unknown address field', { address: { ...venlo.address, zip: '1' } }, ['address.zip']],
  ['markets not a list', { markets: 'eu' }, ['markets']],
  ['bad and repeated markets', { markets: ['eu', 'EU', 'eu'] }, ['markets[1]', 'markets[2]']],
  ['active as text', { active: 'yes' }, ['active']],
  ['negative position', { position: -1 }, ['position']],
];
for (const [label, patch, fields] of bad) {
  test(`refuses ${label}, naming ${fields.join(', ')}`, () => {
    const r = validateWarehouseInput({ ...venlo, ...patch });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.code, 'VALIDATION_FAILED');
    assert.deepEqual(r.details?.map((d) => d.field), fields);
  });
}

test('every problem is reported at once; a non-object is refused as the body', () => {
  const r = validateWarehouseInput({ code: 'x', country: 'ZZ', address: {}, markets: null });
  assert.equal(r.ok, false);
  if (!r.ok) assert.deepEqual(r.details?.map((d) => d.field), ['name', 'country', 'address.lines', 'address.city', 'address.postalCode', 'markets']);
  const arr = validateWarehouseInput([venlo]);
  assert.equal(arr.ok ? '' : arr.field, 'body');
});
