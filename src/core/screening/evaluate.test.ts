import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateScreening, type LabeledQuery } from './evaluate.js';
import { buildScreeningIndex } from './index.js';

const index = buildScreeningIndex([
  { list: 'test', id: '1', type: 'individual', name: 'ROTENBERG, Igor Arkadyevich', aliases: [], countries: ['RU'], programs: [] },
  { list: 'test', id: '2', type: 'entity', name: 'ORIENT GLOBAL TRADING LLC', aliases: [], countries: ['AE'], programs: [] },
]);

const labeled: LabeledQuery[] = [
  { query: { name: 'Igor Arkadyevich Rotenberg' }, target: { list: 'test', id: '1' }, kind: 'variant', category: 'word-order', why: '' },
  { query: { name: 'Orient Global Trading Ltd' }, target: { list: 'test', id: '2' }, kind: 'variant', category: 'company-suffix', why: '' },
  { query: { name: 'Orient Global Trading Ltd' }, target: { list: 'test', id: '1' }, kind: 'variant', category: 'wrong-target', why: 'found, but not the target' },
  { query: { name: 'Xavier Quint' }, target: { list: 'test', id: '1' }, kind: 'variant', category: 'miss', why: 'not found' },
  { query: { name: 'Boris Rotenberg' }, target: null, kind: 'non_match', category: 'same-surname', why: '' },
  { query: { name: 'Orient Global Trading' }, target: null, kind: 'non_match', category: 'mislabeled', why: 'flagged' },
  { query: { name: '' }, target: null, kind: 'non_match', why: 'invalid query' },
];

test('recall, false-positive rate and the breakdown are counted from the decisions', () => {
  const r = evaluateScreening(index, labeled);
  assert.equal(r.recall, 2 / 4);
  assert.equal(r.falsePositiveRate, 2 / 3);
  assert.equal(r.matchRate, 2 / 4);
  assert.deepEqual(r.byKind.variant, { count: 4, passed: 2, rate: 0.5 });
  assert.deepEqual(r.byCategory['same-surname'], { count: 1, passed: 1, rate: 1, kind: 'non_match' });
  assert.deepEqual(r.byCategory['non_match'], { count: 1, passed: 0, rate: 0, kind: 'non_match' });
  assert.deepEqual(r.failures.map((f) => [f.query.name, f.decision]), [
    ['Orient Global Trading Ltd', 'match'],
    ['Xavier Quint', 'clear'],
    ['Orient Global Trading', 'match'],
    ['', 'invalid'],
  ]);
  assert.match(r.failures[3]!.detail, /VALIDATION_FAILED name/);
});

test('an empty set has no rates', () => {
  const r = evaluateScreening(index, []);
  assert.equal(r.recall, null);
  assert.equal(r.falsePositiveRate, null);
});
