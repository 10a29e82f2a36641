import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScreeningIndex, NAME_ALIAS, NAME_PRIMARY, NAME_WEAK_ALIAS, prefixKey, type Postings } from './index.js';
import { phonetic } from './phonetic.js';
import { tokenWeight } from './token-weights.js';
import type { ListEntry } from './types.js';

const entry = (id: string, type: ListEntry['type'], name: string, aliases: ListEntry['aliases'] = []): ListEntry => ({ list: 'test', id, type, name, aliases, countries: [], programs: [] });

const entries = [
  entry('1', 'individual', 'ROTENBERG, Igor Arkadyevich', [
    { name: 'ROTENBERH, Igor', quality: 'weak' },
    { name: 'ROTENBERG, Igor Arkadevich', quality: 'strong' }, // same keys as the primary name: kept once
    { name: '---', quality: 'strong' }, // no letters: skipped
  ]),
  entry('2', 'entity', 'ORIENT GLOBAL TRADING LLC', [{ name: 'Orient Global General Trading FZE', quality: 'strong' }]),
  entry('3', 'entity', 'GLOBAL TRADING GROUP'),
];
const index = buildScreeningIndex(entries);

const namesOf = (postings: Postings, key: number | undefined) => (key === undefined ? [] : [...postings.names.subarray(postings.start[key]!, postings.start[key + 1]!)]);
const tokensOf = (name: number) => [...index.nameTokens.subarray(index.nameTokenStart[name]!, index.nameTokenStart[name + 1]!)].map((id) => index.tokenText[id]);

test('each distinct name of each entry is numbered once: primary, then strong aliases, then weak ones', () => {
  assert.deepEqual(index.nameText, ['ROTENBERG, Igor Arkadyevich', 'ROTENBERH, Igor', 'ORIENT GLOBAL TRADING LLC', 'Orient Global General Trading FZE', 'GLOBAL TRADING GROUP']);
  assert.equal(index.nameCount, 5);
  assert.deepEqual([...index.nameEntry], [0, 0, 1, 1, 2]);
  assert.deepEqual([...index.nameKind], [NAME_PRIMARY, NAME_WEAK_ALIAS, NAME_PRIMARY, NAME_ALIAS, NAME_PRIMARY]);
});

test("a person's one-word alias counts as weak; a company's does not", () => {
  const built = buildScreeningIndex([
    entry('1', 'individual', 'KHAKI, Parviz', [{ name: 'MARTIN', quality: 'strong' }]),
    entry('2', 'entity', 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', [{ name: 'SBERBANK', quality: 'strong' }]),
  ]);
  assert.deepEqual([...built.nameKind], [NAME_PRIMARY, NAME_WEAK_ALIAS, NAME_PRIMARY, NAME_ALIAS]);
});

test('names keep their tokens and which of them are optional', () => {
  assert.deepEqual(tokensOf(0), ['igor', 'arkadevich', 'rotenberg']);
  assert.deepEqual([...index.nameOptional.subarray(0, 3)], [0, 1, 0]);
  assert.deepEqual(tokensOf(3), ['orient', 'global', 'general', 'trading']);
});

test('token weights count entries, not names', () => {
  const igor = index.tokenIds.get('igor')!;
  const trading = index.tokenIds.get('trading')!;
  assert.equal(index.tokenWeight[igor], tokenWeight('igor', 1, 3));
  assert.equal(index.tokenWeight[trading], tokenWeight('trading', 2, 3));
});

test('inverted lists by token, sound key and prefix list each name once, in order', () => {
  assert.deepEqual(namesOf(index.tokenPostings, index.tokenIds.get('trading')), [2, 3, 4]);
  assert.deepEqual(namesOf(index.tokenPostings, index.tokenIds.get('igor')), [0, 1]);
  assert.deepEqual(namesOf(index.phoneticPostings, index.phoneticIds.get(phonetic('rotenberg'))), [0]);
  assert.deepEqual(namesOf(index.prefixPostings, index.prefixIds.get('rote')), [0, 1]);
  assert.deepEqual(namesOf(index.prefixPostings, index.prefixIds.get('glob')), [2, 3, 4]);
});

test('prefix keys: the first four letters of tokens of five letters or more', () => {
  assert.equal(prefixKey('rotenberg'), 'rote');
  assert.equal(prefixKey('igor'), undefined);
});

test('an empty list builds an empty index', () => {
  const empty = buildScreeningIndex([]);
  assert.equal(empty.nameCount, 0);
  assert.equal(empty.tokenText.length, 0);
});
