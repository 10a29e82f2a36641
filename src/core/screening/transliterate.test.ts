import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scriptsUsed, transliterate } from './transliterate.js';

test('Cyrillic and Greek letters are spelled in Latin', () => {
  const cases: [string, string][] = [
    ['ротенберг', 'rotenberg'],
    ['щербаков', 'shcherbakov'],
    ['жуков', 'zhukov'],
    ['хачатурян', 'khachaturyan'],
    ['цой', 'tsoy'],
    ['юрьевич', 'yurevich'],
    ['яковлев', 'yakovlev'],
    ['олексій', 'oleksiy'],
    ['σαμαρας', 'samaras'],
    ['ψαρας', 'psaras'],
    ['straße', 'strasse'],
    ['łódź', 'lódź'],
  ];
  for (const [input, expected] of cases) assert.equal(transliterate(input), expected, input);
});

test('letters of other scripts are left as they are', () => {
  assert.equal(transliterate('محمد'), 'محمد');
  assert.equal(transliterate('王建国'), '王建国');
});

test('scriptsUsed names the transliterated scripts', () => {
  assert.deepEqual(scriptsUsed('ротенберг igor'), ['Cyrillic']);
  assert.deepEqual(scriptsUsed('σαμαρας'), ['Greek']);
  assert.deepEqual(scriptsUsed('rotenberg'), []);
});
