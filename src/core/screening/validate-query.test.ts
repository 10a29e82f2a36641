import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NAME_LENGTH, validateScreeningQuery } from './validate-query.js';

const resolve = (text: string) => ({ russia: 'RU', 'united kingdom': 'GB', atlantis: 'ZZ' })[text.toLowerCase()] ?? null;

test('a good query is trimmed and its country upper-cased', () => {
  assert.deepEqual(validateScreeningQuery({ name: '  Igor Rotenberg ', country: 'ru', type: 'individual' }), { ok: true, value: { name: 'Igor Rotenberg', country: 'RU', type: 'individual' } });
  assert.deepEqual(validateScreeningQuery({ name: 'Orion' }), { ok: true, value: { name: 'Orion' } });
});

test('bad names fail naming the name', () => {
  const bad: unknown[] = [{}, { name: '' }, { name: '   ' }, { name: 42 }, { name: '12345 !!' }, { name: 'x'.repeat(MAX_NAME_LENGTH + 1) }, null, 'Igor', []];
  for (const query of bad) {
    const r = validateScreeningQuery(query);
    assert.equal(r.ok, false, JSON.stringify(query)?.slice(0, 40));
    if (!r.ok) {
      assert.equal(r.code, 'VALIDATION_FAILED');
      assert.equal(r.field, 'name');
    }
  }
  assert.equal(validateScreeningQuery({ name: 'x'.repeat(MAX_NAME_LENGTH) }).ok, true);
});

test('an unknown type fails naming the type', () => {
  for (const type of ['person', 'vessel', 3, '']) {
    const r = validateScreeningQuery({ name: 'Orion', type });
    assert.deepEqual(r.ok ? null : [r.code, r.field], ['VALIDATION_FAILED', 'type'], String(type));
  }
});

test('a country is a code, or a name the resolver knows; a blank country is no country', () => {
  assert.deepEqual(validateScreeningQuery({ name: 'Orion', country: 'Russia' }, resolve), { ok: true, value: { name: 'Orion', country: 'RU' } });
  assert.deepEqual(validateScreeningQuery({ name: 'Orion', country: ' ' }), { ok: true, value: { name: 'Orion' } });
  for (const [country, resolver] of [['Russia', undefined], ['XX', undefined], ['Atlantis', resolve], ['Narnia', resolve], [7, undefined], ['RUS', undefined]] as const) {
    const r = validateScreeningQuery({ name: 'Orion', country }, resolver);
    assert.deepEqual(r.ok ? null : [r.code, r.field], ['VALIDATION_FAILED', 'country'], String(country));
  }
});
