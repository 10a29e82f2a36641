import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildScreeningIndex } from './index.js';
import { COUNTRY_MISMATCH_FACTOR, DEFAULT_MATCH_THRESHOLD, screenName, TYPE_MISMATCH_FACTOR, WEAK_ALIAS_FACTOR } from './match.js';
import type { ListEntry, ScreeningQuery } from './types.js';

const entry = (id: string, type: ListEntry['type'], name: string, aliases: string[] = [], countries: string[] = [], weak: string[] = []): ListEntry => ({
  list: 'test',
  id,
  type,
  name,
  aliases: [...aliases.map((n) => ({ name: n, quality: 'strong' as const })), ...weak.map((n) => ({ name: n, quality: 'weak' as const }))],
  countries,
  programs: [],
});

const index = buildScreeningIndex([
  entry('1', 'individual', 'ROTENBERG, Igor Arkadyevich', ['ROTENBERH, Igor Arkadiyovych'], ['RU']),
  entry('2', 'individual', 'AL-RASHID, Mohammed Abdullah', [], ['IQ']),
  entry('3', 'entity', 'ORIENT GLOBAL TRADING LLC', ['ORIENT GLOBAL GENERAL TRADING FZE'], ['AE']),
  entry('4', 'entity', 'JOINT STOCK COMMERCIAL BANK NOVIKOMBANK', ['AO AKB NOVIKOMBANK'], ['RU']),
  entry('5', 'individual', 'ABU ZAYD, Mustafa Ibrahim', [], [], ['ABU AHMAD']),
  entry('6', 'vessel', 'OCEAN PEARL'),
  entry('7', 'individual', 'HASSAN, Ali', [], ['SY']),
  entry('8', 'individual', 'HASSAN, Ali Mahmoud', [], ['LB']),
  entry('9', 'vessel', 'SILVIA I'),
  entry('10', 'individual', 'SILVA, Ivan'),
]);

function screen(query: ScreeningQuery, options = {}) {
  const r = screenName(index, query, options);
  assert.ok(r.ok, JSON.stringify(r));
  return r.value;
}

test('exact, reordered and transliterated names are a match', () => {
  for (const name of ['Igor Arkadyevich Rotenberg', 'Rotenberg Igor Arkadyevich', 'Игорь Аркадьевич Ротенберг', 'Muhammad Abdallah Al Rashid', 'Orient Global Trading Limited', 'Novikombank']) {
    const r = screen({ name });
    assert.equal(r.decision, 'match', name);
    assert.ok(r.matches[0]!.score >= DEFAULT_MATCH_THRESHOLD, name);
  }
});

test('a match reports the entry, the name that matched and why', () => {
  const r = screen({ name: 'Novikom Bank', country: 'RU' });
  assert.equal(r.decision, 'match');
  assert.deepEqual(r.matches, [
    {
      list: 'test',
      id: '4',
      name: 'JOINT STOCK COMMERCIAL BANK NOVIKOMBANK',
      matchedName: 'AO AKB NOVIKOMBANK',
      score: 1,
      why: ['the name matches', 'words joined: Novikom Bank ~ Novikombank', 'company suffix ignored: AO AKB', 'matched an alias', 'country matches RU'],
    },
  ]);
});

test('a missing patronymic is a potential match, held for review', () => {
  const r = screen({ name: 'Igor Rotenberg' });
  assert.equal(r.decision, 'potential_match');
  assert.equal(r.matches[0]!.id, '1');
  assert.ok(r.matches[0]!.why.includes('not in the query: Arkadyevich (patronymic, middle name or second surname)'));
});

test('hard non-matches are clear: one common token, the same surname, generic company words', () => {
  for (const name of ['Mohammed Yusuf Saleh', 'Boris Rotenberg', 'Global Trading LLC', 'Mohammed Saleh', 'Pearl River Trading', 'Ali']) {
    const r = screen({ name });
    assert.deepEqual(r, { decision: 'clear', matches: [] }, name);
  }
});

test('country agreement nudges up, disagreement down but never to zero', () => {
  const plain = screen({ name: 'Igor Rotenberg' }).matches[0]!.score;
  const same = screen({ name: 'Igor Rotenberg', country: 'RU' }).matches[0]!;
  assert.ok(same.score > plain);
  assert.ok(same.why.includes('country matches RU'));
  const exact = screen({ name: 'Igor Arkadyevich Rotenberg', country: 'DE' }, { threshold: 0.01 }).matches[0]!;
  assert.equal(exact.score, COUNTRY_MISMATCH_FACTOR);
  assert.ok(exact.why.includes('country differs: list says RU'));
  // an entry without countries is not nudged
  assert.equal(screen({ name: 'Ocean Pearl', country: 'DE' }).matches[0]!.score, 1);
});

test('a person against a company is scored down', () => {
  const r = screen({ name: 'Ocean Pearl', type: 'individual' }, { threshold: 0.01 });
  assert.equal(r.matches[0]!.score, TYPE_MISMATCH_FACTOR);
  assert.ok(r.matches[0]!.why.includes('type differs: list says vessel'));
  assert.equal(screen({ name: 'Ocean Pearl', type: 'entity' }).matches[0]!.score, 1);
});

test("an initial stands for a given name only in a person's name", () => {
  const person = screen({ name: 'I. Silva' }).matches.find((m) => m.id === '10')!;
  assert.ok(person.why.includes('initial: I ~ Ivan'));
  const ship = screen({ name: 'Ivan Silva' }, { threshold: 0.01 }).matches.find((m) => m.id === '9')!;
  assert.ok(ship.score < 0.7, `${ship.score}`); // 0.95 if Ivan could pair with I
  assert.ok(!ship.why.some((w) => w.startsWith('initial')));
});

test('a weak alias alone never blocks, even with the country agreeing', () => {
  const r = screen({ name: 'Abu Ahmad' });
  assert.equal(r.decision, 'potential_match');
  assert.equal(r.matches[0]!.score, WEAK_ALIAS_FACTOR);
  assert.ok(r.matches[0]!.why.includes('weak alias'));
});

test('a query holding a listed name and one more common name is held for review', () => {
  const r = screen({ name: 'Mohammed Ali Hassan' });
  assert.equal(r.decision, 'potential_match');
  assert.deepEqual(r.matches[0]!.why, ['both listed name parts match', 'not in the listed name: Mohammed']);
});

test('one result per entry (its best name), best first, up to the limit', () => {
  const r = screen({ name: 'Ali Hassan' }, { threshold: 0.5 });
  assert.deepEqual(r.matches.map((m) => m.id), ['7', '8']);
  assert.equal(screen({ name: 'Ali Hassan' }, { threshold: 0.5, limit: 1 }).matches.length, 1);
  const rotenberg = screen({ name: 'Igor Arkadyevich Rotenberg' });
  assert.equal(rotenberg.matches.filter((m) => m.id === '1').length, 1);
});

test('thresholds decide between clear, potential_match and match', () => {
  assert.equal(screen({ name: 'Igor Rotenberg' }, { threshold: 0.95, matchThreshold: 0.99 }).decision, 'clear');
  assert.equal(screen({ name: 'Igor Rotenberg' }, { threshold: 0.5, matchThreshold: 0.6 }).decision, 'match');
});

test('bad queries and options fail naming the field', () => {
  const cases: [unknown, object, string][] = [
    [{ name: '' }, {}, 'name'],
    [{ name: '   ' }, {}, 'name'],
    [{ name: 'x'.repeat(301) }, {}, 'name'],
    [{ name: '!!! 123' }, {}, 'name'],
    [{ name: 'Igor', type: 'person' }, {}, 'type'],
    [{ name: 'Igor', country: 'Russia' }, {}, 'country'],
    [{ name: 'Igor' }, { threshold: 0 }, 'threshold'],
    [{ name: 'Igor' }, { threshold: 0.9, matchThreshold: 0.8 }, 'matchThreshold'],
    [{ name: 'Igor' }, { limit: 0 }, 'limit'],
  ];
  for (const [query, options, field] of cases) {
    const r = screenName(index, query as ScreeningQuery, options);
    assert.deepEqual(r.ok ? null : [r.code, r.field], ['VALIDATION_FAILED', field], JSON.stringify(query).slice(0, 40));
  }
});

test('a country name is accepted through the resolver', () => {
  const r = screenName(index, { name: 'Igor Rotenberg', country: 'Russia' }, { resolveCountry: (t) => (t === 'Russia' ? 'RU' : null) });
  assert.ok(r.ok && r.value.matches[0]!.why.includes('country matches RU'));
});

test('screening the same query twice gives the same answer (the index scratch is reset)', () => {
  const first = screen({ name: 'Mohamed Abdulla Alrashid' });
  screen({ name: 'Orient Global Trading' });
  assert.deepEqual(screen({ name: 'Mohamed Abdulla Alrashid' }), first);
});
