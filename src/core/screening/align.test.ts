import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { alignTokens, DEFAULT_ALIGN_PARAMS, missingPenalty, type AlignToken } from './align.js';
import { relateTokens } from './token-similarity.js';

const tok = (key: string, weight = 9, optional = false): AlignToken => ({ key, weight, optional });
const align = (q: AlignToken[], l: AlignToken[]) => alignTokens(q, l, (i, j) => relateTokens(q[i]!.key, l[j]!.key).similarity);

test('the same tokens in any order score 1', () => {
  const list = [tok('igor', 6), tok('arkadevich', 9, true), tok('rotenberg')];
  assert.equal(align([tok('rotenberg'), tok('igor', 6), tok('arkadevich')], list).score, 1);
  assert.equal(align([tok('igor', 6), tok('arkadevich'), tok('rotenberg')], list).score, 1);
});

test('a missing optional token costs less than a missing rare one', () => {
  const list = [tok('igor', 6), tok('arkadevich', 9, true), tok('rotenberg')];
  const withoutPatronymic = align([tok('igor', 6), tok('rotenberg')], list);
  assert.deepEqual(withoutPatronymic.unpairedList, [1]);
  assert.ok(Math.abs(withoutPatronymic.score - 15 / (15 + 9 * DEFAULT_ALIGN_PARAMS.optionalShare)) < 1e-9);
  const withoutDistinctive = align([tok('global', 5), tok('trading', 3.8)], [tok('orient'), tok('global', 5), tok('trading', 3.8)]);
  assert.ok(withoutDistinctive.score < 0.5, `${withoutDistinctive.score}`);
});

test('a common missing word costs less than a rare one: penalty = w * min(1, w / rareWeight)', () => {
  assert.equal(missingPenalty(tok('x', 9), DEFAULT_ALIGN_PARAMS), 9);
  assert.equal(missingPenalty(tok('x', 4.5), DEFAULT_ALIGN_PARAMS), 2.25);
  assert.ok(Math.abs(missingPenalty(tok('x', 9, true), DEFAULT_ALIGN_PARAMS) - 2.7) < 1e-9);
});

test('one token shared with a long name scores low', () => {
  const r = align([tok('muhamad', 3.1), tok('ali', 4), tok('hasan', 4.4)], [tok('muhamad', 3.1), tok('rashid', 6.4)]);
  assert.ok(r.score < 0.5, `${r.score}`);
});

test('pairs are one to one', () => {
  const r = align([tok('ali', 4), tok('ali', 4)], [tok('ali', 4)]);
  assert.equal(r.pairs.length, 1);
  assert.deepEqual(r.unpairedQuery, [1]);
});

test('two neighbouring tokens that spell one token of the other name pair with it', () => {
  const joined = align([tok('o', 3), tok('brien')], [tok('sean'), tok('obrien')]);
  assert.deepEqual(joined.unpairedQuery, []);
  assert.deepEqual(joined.unpairedList, [0]);
  const split = align([tok('novikombank')], [tok('novikom'), tok('bank', 3.7)]);
  assert.equal(split.score, 1);
  // a typo in the joined form counts only when the sound key is kept
  assert.ok(align([tok('gholamreza')], [tok('gulam'), tok('reza')]).score > 0.9);
  assert.equal(align([tok('novikovbank')], [tok('novikom'), tok('bank')]).score, 0);
});

test('nothing in common scores 0', () => {
  assert.equal(align([tok('john'), tok('smith')], [tok('orion'), tok('trading')]).score, 0);
});

test('scores stay within 0..1 and do not depend on the order of the query', () => {
  const words = ['igor', 'rotenberg', 'arkadevich', 'i', 'rotenburg', 'boris', 'bank', 'novikom'];
  const arbitraryName = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(arbitraryName, arbitraryName, (q, l) => {
      const query = q.map((k) => tok(k, k.length));
      const list = l.map((k) => tok(k, k.length));
      const s = align(query, list).score;
      const reversed = align([...query].reverse(), list).score;
      return s >= 0 && s <= 1 + 1e-12 && (s === 0) === (reversed === 0);
    }),
  );
});
