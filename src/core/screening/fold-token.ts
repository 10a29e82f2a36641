/**
 * Spelling folds for one normalized (ASCII, lower-case) name token, so that the usual
 * romanizations of one name meet on one key. Two layers:
 *
 * 1. Orthographic folds, applied to every token (each is a spelling choice between
 *    transliteration systems, not a sound change):
 *    | rule                          | example                              |
 *    |-------------------------------|--------------------------------------|
 *    | dzh-, dj- -> j-               | Dzhamal, Djamal -> jamal             |
 *    | x -> ks                       | Alexander -> aleksander              |
 *    | ph -> f                       | Mustapha -> mustafa                  |
 *    | kh after a vowel -> h         | Mikhail -> mihail, Akhmed -> ahmed   |
 *    | zh -> j                       | Prigozhin -> prigojin, Nezhad -> nejad |
 *    | ou -> u (not at the end), oo -> u | Youssef -> yusef, Noor -> nur    |
 *    | w -> v                        | Ivanow -> ivanov                     |
 *    | y -> i                        | Yuriy -> iurii                       |
 *    | ie- at the start -> e-        | Yevgeny -> evgeni, Yelena -> elena   |
 *    | iev -> ev                     | Arkadyevich -> arkadevich            |
 *    | -ij at the end -> -i          | Evgenij -> evgeni                    |
 *    | tz -> ts, ck -> k, q -> k     | Qasim -> kasim                       |
 *    | doubled letters -> one        | Muhammad -> muhamad, Hassan -> hasan |
 *    | final h after a vowel dropped | Fatimah -> fatima, Abdallah -> abdala|
 *    Word-initial kh stays (Khalid, Khan): in Arabic خ and ح are different letters. A final ou
 *    stays: in pinyin Zhou and Zhu are two surnames.
 *
 * 2. A small table of given names whose romanizations differ by more than a letter or two
 *    (Mohamed/Muhammad, Hussein/Husayn, Yusuf/Youssef, Oleksandr/Aleksandr, Volha/Olga...),
 *    each group folded to one key. The table is short on purpose: everything else is left to
 *    the typo tolerance of the matcher.
 */

/** Every spelling of Muhammad seen on the lists: Mohamed, Mohammad, Muhammed, Mouhamed, Mohamud, Mohd, Turkish Muhammet... */
const MUHAMMAD = /^(?:m(?:o|u|ou)h+a+m+(?:a|e|ou|u|o)[dt]|mohd|mhd|mohmmad)$/;

/** Given-name groups; the first spelling is the group's key. */
const NAME_GROUPS: readonly string[] = [
  'ahmad ahmed ahmet akhmed achmed ahmat',
  'husain hussein hussain husayn hossein hosein husein hussien hussin',
  'hasan hassan hassane hasaan',
  'yusuf youssef yousef yusef yousif yussuf youssouf jusuf yousuf yusof',
  'usama osama oussama usamah',
  'umar omar omer',
  'mustafa mostafa moustafa mustapha mostapha',
  'abu abou',
  'mahmud mahmoud mahmood',
  'ibrahim ebrahim ibraheem ebraheem',
  'sulaiman suleiman soliman suleyman sulayman sulejman',
  'khalid khaled',
  'said saeed saied saaid',
  'sayid sayed sayyed sayyid seyed seyyed',
  'jamal gamal djamal dzhamal',
  'muhsin mohsen mohsin',
  'rahman rehman rahmane',
  'gulam gholam ghulam golam',
  'abdallah abdullah abdulla abdalla abdollah abdoulaye abdullahi',
  'aleksandr alexander aleksander alexandr oleksandr aliaksandr alyaksandr alexandre',
  'aleksei alexei aleksey alexey oleksii oleksiy aliaksei',
  'sergei sergey serhii serhiy siarhei sergiy',
  'dmitri dmitry dmitriy dmytro dzmitry dmitrij',
  'iuri yuri yury yuriy yurii iurii jurij',
  'mihail mikhail michail mykhailo mihailo',
  'nikolai nikolay mykola mikalai',
  'andrei andrey andrii andriy andrej',
  'vladimir volodymyr uladzimir wladimir',
  'olga olha volha',
  'pavel pavlo paval',
  'igor ihor',
  'oleg oleh aleh',
  'elena yelena olena alena',
  'tatiana tatyana tetiana tatsiana',
  'natalia natalya nataliya natallia',
  'genadi gennady gennadiy hennadii gennadi',
  'grigori grigory grigoriy hryhorii',
  'konstantin kostiantyn kanstantsin',
  'viktor victor',
];

/** [a substring the rule needs, the rule, its replacement]; the substring test skips most rules cheaply. */
const ORTHOGRAPHIC: ReadonlyArray<[string, RegExp, string]> = [
  ['d', /^(?:dzh|dj)/, 'j'],
  ['x', /x/g, 'ks'],
  ['ph', /ph/g, 'f'],
  ['kh', /([aeiouy])kh/g, '$1h'],
  ['zh', /zh/g, 'j'],
  ['ou', /ou(?!$)/g, 'u'],
  ['oo', /oo/g, 'u'],
  ['w', /w/g, 'v'],
  ['y', /y/g, 'i'],
  ['ie', /^ie/, 'e'],
  ['iev', /iev/g, 'ev'],
  ['ij', /ij$/, 'i'],
  ['tz', /tz/g, 'ts'],
  ['ck', /ck/g, 'k'],
  ['q', /q/g, 'k'],
  ['', /([a-z])\1+/g, '$1'],
  ['h', /([aeiou])h$/, '$1'],
];

/** The orthographic folds alone (layer 1). Example: `Yevgeniy` (lower case) -> `evgeni`. */
export function foldSpelling(token: string): string {
  let out = token;
  for (const [needs, pattern, replacement] of ORTHOGRAPHIC) if (out.includes(needs)) out = out.replace(pattern, replacement);
  return out;
}

const GROUP_KEY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of NAME_GROUPS) {
    const spellings = group.split(' ');
    const key = foldSpelling(spellings[0]!);
    for (const spelling of spellings) map.set(foldSpelling(spelling), key);
  }
  return map;
})();

/** The key every spelling of Muhammad folds to. */
export const MUHAMMAD_KEY = 'muhamad';

/**
 * One normalized token -> its matching key (both layers).
 * Examples: `mohamed` -> `muhamad`, `youssef` -> `iusuf`, `rotenberg` -> `rotenberg`.
 */
export function foldToken(token: string): string {
  const known = memo.get(token);
  if (known !== undefined) return known;
  // Roman numerals (vessel and ruler names: MARIA III) stay as written; folded, III would become the initial I.
  if (ROMAN_NUMERAL.test(token)) return token;
  const folded = MUHAMMAD.test(token) ? MUHAMMAD_KEY : foldSpelling(token);
  const key = GROUP_KEY.get(folded) ?? folded;
  // A name list repeats the same few tens of thousands of words: remember them (bounded, so memory stays flat).
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, key);
  return key;
}

const ROMAN_NUMERAL = /^(?:ii|iii|iv|vi|vii|viii|ix)$/;
const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>();

/** Spellings of the "Abd al" (servant of) prefix when written as a word of its own. */
const ABD_WORDS: ReadonlySet<string> = new Set(['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdil']);
/** What follows `Abd` to make the name Abdallah. */
const ALLAH: ReadonlySet<string> = new Set(['allah', 'alla', 'ullah', 'ulla', 'lah', 'la', 'lahi', 'llah']);

/** The key of the "Abd al" prefix: Abdul Rahman, Abd al-Rahman, Abdel Rahman, Abdulrahman and Abdurrahman all become `abdal rahman`. */
export const ABD_AL_KEY = 'abdal';

/** `source` is the position of the word the token came from. */
export type SplitToken = { raw: string; key: string; source: number };

/**
 * Split and fold the "Abd al" compounds in a token sequence; every other token is folded alone.
 * `abdulrahman` -> [abdal, rahman]; `abdurrahman` -> [abdal, rahman] (sun-letter assimilation);
 * `abd` + `allah` and `abdullah` -> [abdallah].
 */
export function foldTokens(tokens: readonly string[]): SplitToken[] {
  const out: SplitToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (ABD_WORDS.has(token) && next !== undefined) {
      if (ALLAH.has(next)) {
        out.push({ raw: `${token} ${next}`, key: foldToken('abdallah'), source: i });
        i += 1;
      } else out.push({ raw: token, key: ABD_AL_KEY, source: i });
      continue;
    }
    const compound = token.startsWith('abd') ? (/^abd[aeiou]l(.{3,})$/.exec(token) ?? /^abd[aeiou]([tdrzsnl])\1(.{2,})$/.exec(token)) : null;
    if (compound) {
      const rest = compound.length === 3 ? compound[1]! + compound[2]! : compound[1]!;
      if (ALLAH.has(rest) || ALLAH.has(`l${rest}`)) out.push({ raw: token, key: foldToken('abdallah'), source: i });
      else {
        out.push({ raw: token.slice(0, token.length - rest.length), key: ABD_AL_KEY, source: i });
        out.push({ raw: rest, key: foldToken(rest), source: i });
      }
      continue;
    }
    out.push({ raw: token, key: foldToken(token), source: i });
  }
  return out;
}
