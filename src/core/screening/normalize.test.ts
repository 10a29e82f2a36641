import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeName, nameKey, phonetic } from './normalize.js';

test('nameKey folds the spellings of one name to the same keys', () => {
  const groups: string[][] = [
    ['ROTENBERG, Igor Arkadyevich', 'Igor Arkadyevich Rotenberg', 'Игорь Аркадьевич Ротенберг', 'Rotenberg, Igor Arkadievich'],
    ['Mohammed Al-Rashid', 'Muhammad al Rashid', 'Mohamed El-Rashid', 'Mohammad Rashid'],
    ['Abdul Rahman', 'Abd al-Rahman', 'Abdel Rahman', 'Abdulrahman', 'Abdurrahman', 'Abd-el-Rahman'],
    ['Yevgeny Prigozhin', 'Evgeniy Prigozhin', 'Evgenij Prigozhin', 'Евгений Пригожин'],
    ['Orion Trading LLC', 'ORION TRADING LIMITED', 'OOO Orion Trading', 'Orion Trading Sdn. Bhd.', 'Orion Trading Sp. z o.o.', 'Orion Trading S.A.'],
    ['Müller', 'Muller', 'MÜLLER'],
    ['Youssef Hussein', 'Yusuf Husayn', 'Yousef Hossein'],
    ['Σαμαράς', 'Samaras'],
  ];
  for (const group of groups) {
    const keys = group.map((name) => nameKey(name).join(' '));
    assert.deepEqual(new Set(keys).size, 1, `${group.join(' / ')} -> ${keys.join(' / ')}`);
  }
});

test('nameKey keeps different names apart', () => {
  const pairs: [string, string][] = [
    ['Amin', 'Amir'],
    ['Igor Rotenberg', 'Boris Rotenberg'],
    ['Khalid', 'Halid'],
    ['Orient Global Trading', 'Global Trading'],
  ];
  for (const [a, b] of pairs) assert.notDeepEqual(nameKey(a), nameKey(b), `${a} / ${b}`);
});

test('SURNAME, Given is read given names first', () => {
  assert.deepEqual(nameKey('ROTENBERG, Igor Arkadyevich'), ['igor', 'arkadevich', 'rotenberg']);
  assert.deepEqual(nameKey('Igor Rotenberg'), ['igor', 'rotenberg']);
});

test('legal forms are dropped as whole tokens and reported, neighbours together', () => {
  const a = analyzeName('JOINT STOCK COMMERCIAL BANK NOVIKOMBANK');
  assert.deepEqual(a.tokens, ['comercial', 'bank', 'novikombank']);
  assert.deepEqual(a.legalForms, ['JOINT STOCK']);
  const b = analyzeName('Obshchestvo s ogranichennoi otvetstvennostyu Volgatekhsnab');
  assert.deepEqual(b.tokens, ['volgatehsnab']);
  assert.deepEqual(b.legalForms, ['OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU']);
  // "co" inside a word is not a legal form; a name made only of legal forms keeps them
  assert.deepEqual(nameKey('Cobalt Corp'), ['cobalt']);
  assert.deepEqual(nameKey('Company Limited'), ['compani', 'limited']);
});

test('a person keeps tokens that look like legal forms', () => {
  assert.deepEqual(analyzeName('Ab Sa', { individual: true }).tokens, ['ab', 'sa']);
  assert.deepEqual(analyzeName('Ab Sa').tokens, ['ab', 'sa']);
  assert.deepEqual(analyzeName('Nordic Ab').tokens, ['nordic']);
});

test('noise words and particles are dropped unless nothing else is left', () => {
  assert.deepEqual(nameKey('The Bank of the Orient'), ['bank', 'orient']);
  assert.deepEqual(nameKey('Usama bin Laden'), ['usama', 'laden']);
  assert.deepEqual(nameKey('The'), ['the']);
});

test('bin, le and do are dropped only between two other words', () => {
  assert.deepEqual(nameKey('Usama bin Laden'), ['usama', 'laden']);
  assert.deepEqual(nameKey('Wu Bin'), ['vu', 'bin']);
  assert.deepEqual(nameKey('Le Van Thanh'), ['le', 'van', 'thanh']);
  assert.deepEqual(nameKey('Jean le Roux'), nameKey('Jean Roux'));
});

test('roman numerals are kept as written, not read as initials', () => {
  assert.deepEqual(nameKey('Maria III'), ['maria', 'iii']);
});

test('dotted abbreviations are joined, apostrophes dropped, hyphens split', () => {
  assert.deepEqual(nameKey("O'Brien"), ['obrien']);
  assert.deepEqual(nameKey('Trans-Eurasia Logistics'), ['trans', 'eurasia', 'logistics']);
  assert.deepEqual(analyzeName('Venedig Capital S.A.S.').legalForms, ['SAS']);
});

test('optional tokens: patronymics always, a person\'s middle names and second surname', () => {
  assert.deepEqual(analyzeName('ROTENBERG, Igor Arkadyevich').optional, [false, true, false]);
  assert.deepEqual(analyzeName('Igor Arkadyevich Rotenberg', { individual: true }).optional, [false, true, false]);
  assert.deepEqual(analyzeName('HASSAN MAHAT OMAR', { individual: true }).optional, [false, true, false]);
  assert.deepEqual(analyzeName('HASSAN MAHAT OMAR').optional, [false, false, false]);
  // SURNAME, Given: further given names and the Spanish second surname, never the first surname,
  // nor the name after Abd al- or Abu
  assert.deepEqual(analyzeName('GUTIERREZ MARQUEZ, Jose', { individual: true }).optional, [false, false, true]);
  assert.deepEqual(analyzeName('GUTIERREZ MARQUEZ, Jose Luis', { individual: true }).optional, [false, true, false, true]);
  assert.equal(analyzeName('ABD AL-RAHMAN, Khalid', { individual: true }).optional.at(-1), false);
  assert.equal(analyzeName('ABU ZAYD, Mustafa', { individual: true }).optional.at(-1), false);
});

test('raw spellings, diacritics and scripts are reported for the explanation', () => {
  const a = analyzeName('Mohamed Gutiérrez');
  assert.deepEqual(a.raw, ['mohamed', 'gutierrez']);
  assert.deepEqual(a.tokens, ['muhamad', 'gutierez']);
  assert.equal(a.hadDiacritics, true);
  assert.deepEqual(analyzeName('Ротенберг').scripts, ['Cyrillic']);
  assert.equal(analyzeName('Rotenberg').hadDiacritics, false);
});

test('a name with no letters or digits has no tokens', () => {
  assert.deepEqual(nameKey('-- ! --'), []);
  assert.deepEqual(nameKey('007'), ['007']);
});

test('phonetic is re-exported for the index', () => {
  assert.equal(phonetic('rotenberg'), phonetic('rotenburg'));
});
