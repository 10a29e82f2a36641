import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignTokens, type AlignToken } from './align.js';
import { explainMatch, type ExplainContext } from './explain.js';
import { analyzeName, type NameAnalysis } from './normalize.js';
import { relateTokens } from './token-similarity.js';

const toAlign = (a: NameAnalysis): AlignToken[] => a.tokens.map((key, i) => ({ key, weight: 9, optional: a.optional[i]! }));

function why(query: string, listed: string, context: ExplainContext = { alias: 'primary' }, individual = false): string[] {
  const q = analyzeName(query);
  const l = analyzeName(listed, { individual });
  const alignment = alignTokens(toAlign(q), toAlign(l), (i, j) => relateTokens(q.tokens[i]!, l.tokens[j]!).similarity);
  return explainMatch(q, l, alignment, context);
}

test('the name evidence comes first: all parts, order, how many', () => {
  assert.deepEqual(why('Rotenberg Igor Arkadyevich', 'ROTENBERG, Igor Arkadyevich'), ['all 3 name parts match in another order']);
  assert.deepEqual(why('Igor Arkadyevich Rotenberg', 'ROTENBERG, Igor Arkadyevich'), ['all 3 name parts match']);
  assert.deepEqual(why('Orion', 'ORION'), ['the name matches']);
  assert.deepEqual(why('Wang Jianguo', 'WANG, Jianguo'), ['both name parts match in another order']);
  assert.deepEqual(why('Igor Rotenberg', 'ROTENBERG, Igor Arkadyevich', { alias: 'primary' }, true), ['2 of 3 name parts match', 'not in the query: Arkadyevich (patronymic, middle name or second surname)']);
});

test('each kind of token difference is named with both spellings', () => {
  assert.ok(why('Mohamed Rashid', 'Muhammad Rashid').includes('transliteration variant: Mohamed ~ Muhammad'));
  assert.ok(why('Igor Rotenburg', 'Igor Rotenberg').includes('typo: Rotenburg ~ Rotenberg (1 edit)'));
  assert.ok(why('Saif Kadafi', 'Saif Gadhafi').includes('sounds alike: Kadafi ~ Gadhafi'));
  assert.ok(why('I. Rotenberg', 'Igor Rotenberg').includes('initial: I ~ Igor'));
  assert.ok(why('Mohammed Alrashid', 'Mohammed Rashid').includes('article joined to the name: Alrashid ~ Rashid'));
  assert.ok(why('Novikom Bank', 'Novikombank').includes('words joined: Novikom Bank ~ Novikombank'));
  assert.deepEqual(why('Sean O Brien', "Sean O'Brien"), ['both name parts match', 'words joined: O Brien ~ Obrien']);
  assert.ok(why('Igor Rotenberg Jr', 'Igor Rotenberg').includes('not in the listed name: Jr'));
});

test('legal forms, scripts and diacritics', () => {
  assert.ok(why('Orion Trading LLC', 'OOO Orion Trading').includes('company suffix ignored: LLC, OOO'));
  assert.ok(!why('Orion Trading LLC', 'Orion Trading LLC').some((w) => w.startsWith('company suffix')));
  assert.ok(why('Ротенберг Игорь', 'Igor Rotenberg').includes('transliterated from Cyrillic'));
  assert.ok(why('Jürgen Müller', 'Jurgen Muller').includes('diacritics ignored'));
});

test('alias, country and type come last', () => {
  assert.deepEqual(why('Orion', 'Orion', { alias: 'weak', country: { kind: 'matches', code: 'RU' }, typeDiffers: 'vessel' }), ['the name matches', 'weak alias', 'country matches RU', 'type differs: list says vessel']);
  assert.deepEqual(why('Orion', 'Orion', { alias: 'strong', country: { kind: 'differs', listed: ['IR', 'SY'] } }), ['the name matches', 'matched an alias', 'country differs: list says IR, SY']);
});
