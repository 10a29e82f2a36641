/**
 * Company legal forms and noise words that say nothing about who a party is. They are dropped as
 * whole tokens (after dotted abbreviations are joined: `S.A.` -> `sa`, `sp. z o.o.` -> `sp z oo`),
 * so `Orion Trading LLC`, `Orion Trading Limited` and `OOO Orion Trading` all become `orion trading`.
 * A name made only of such words keeps them (`Company Limited` is still screened as written).
 */

/** Single-token legal forms, by jurisdiction family. */
const SINGLE = [
  // English-speaking
  'ltd', 'limited', 'llc', 'lc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'plc', 'llp', 'lp',
  'pllc', 'pty', 'pte', 'pvt', 'ulc', 'pc',
  // Russian, Ukrainian, Belarusian, Kazakh (romanized): ООО, ЗАО, ОАО, ПАО, АО, АКБ, ТОВ, ЧП, ИП
  'ooo', 'zao', 'oao', 'pao', 'ao', 'akb', 'jsc', 'pjsc', 'ojsc', 'cjsc', 'tov', 'too', 'chp', 'fgup', 'mup', 'gup',
  // German, Dutch, Nordic, Central Europe
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'ev', 'bv', 'nv', 'vof', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'kft', 'zrt', 'nyrt',
  'sro', 'doo', 'dd', 'ad', 'ead', 'ood', 'eood', 'spzoo', 'sia',
  // French, Spanish, Italian, Portuguese, Latin America
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sca', 'scs', 'snc', 'sci', 'cie', 'srl', 'spa', 'sapa', 'sl', 'slu', 'sau',
  'lda', 'ltda', 'cv', 'ca', 'cia', 'compania', 'compagnie', 'eirl', 'sac',
  // Middle East, Asia
  'fzc', 'fze', 'fzco', 'fzllc', 'dmcc', 'wll', 'spc', 'saoc', 'saog', 'sal', 'sae', 'pjs', 'bhd', 'tbk', 'pt', 'kk', 'yk',
  // Turkish (A.Ş., Ltd. Şti., Anonim Şirketi), and "company" written out in Russian and Turkish
  'sti', 'sirketi', 'anonim', 'kompaniya', 'kompania', 'kompaniia',
];

/** Multi-token legal forms (checked before the single tokens). */
const PHRASES: readonly (readonly string[])[] = [
  ['sdn', 'bhd'],
  ['sp', 'z', 'oo'],
  ['s', 'a'],
  ['s', 'l'],
  ['s', 'r', 'l'],
  ['s', 'de', 'rl'],
  ['public', 'joint', 'stock'],
  ['private', 'joint', 'stock'],
  ['closed', 'joint', 'stock'],
  ['open', 'joint', 'stock'],
  ['joint', 'stock'],
  ['limited', 'liability'],
  ['public', 'limited'],
  ['private', 'limited'],
  ['societe', 'anonyme'],
  ['sociedad', 'anonima'],
  ['societa', 'per', 'azioni'],
  ['aktiengesellschaft'],
  ['gesellschaft', 'mit', 'beschrankter', 'haftung'],
];

/**
 * Russian and Ukrainian legal forms written out (общество с ограниченной ответственностью,
 * акционерное общество, закрытое/открытое/публичное ...), in any of their romanized endings.
 */
const SPELLED_OUT = /^(ob[sz]h?ch?estv|ogranichenn|otvetstvennost|aktsionern|aktcionern|zakryt|otkryt|publichn|tovarist?v|tovaryst?v|obmezhen|vidpovidalnist)/;

const SINGLE_SET: ReadonlySet<string> = new Set(SINGLE);

const PHRASES_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const phrase of PHRASES) map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), phrase]);
  return map;
})();

/** Words dropped everywhere: articles, conjunctions and the Arabic and Romance name particles. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'und', 'et', 'y', 'for', 'de', 'des', 'du', 'del', 'della', 'da', 'dos', 'das', 'la', 'les',
  'al', 'el', 'ul', 've', 'va', 'ile',
]);

/**
 * Particles dropped only between two other words, because first or last they are names of their
 * own: `bin` (son of) in Usama bin Laden but the given name in Wu Bin; `le` and `do` in Jean le
 * Roux but the Vietnamese surnames Lê and Đỗ.
 */
export const INNER_NOISE_WORDS: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti', 'ould', 'le', 'do']);

export type LegalFormCut = { kept: number[]; removed: string[] };

/**
 * Which tokens are legal forms. Returns the positions of the tokens to keep and the legal forms
 * found, upper case as a person would write them, neighbours together (`LLC`, `JOINT STOCK`,
 * `OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU`).
 * Example: `['orion', 'trading', 'sdn', 'bhd']` -> kept [0, 1], removed ['SDN BHD'].
 */
export function findLegalForms(tokens: readonly string[]): LegalFormCut {
  const kept: number[] = [];
  const removed: string[] = [];
  let i = 0;
  let afterSpelledOut = false;
  let lastRemovedEnd = -1;
  const remove = (text: string, length: number) => {
    if (lastRemovedEnd === i && removed.length > 0) removed[removed.length - 1] += ` ${text}`;
    else removed.push(text);
    i += length;
    lastRemovedEnd = i;
  };
  while (i < tokens.length) {
    const phrase = PHRASES_BY_FIRST.get(tokens[i]!)?.find((p) => p.every((word, k) => tokens[i + k] === word));
    if (phrase) {
      remove(phrase.join(' ').toUpperCase(), phrase.length);
      afterSpelledOut = false;
      continue;
    }
    const token = tokens[i]!;
    if (SINGLE_SET.has(token) || SPELLED_OUT.test(token) || (afterSpelledOut && token === 's')) {
      afterSpelledOut = SPELLED_OUT.test(token);
      remove(token.toUpperCase(), 1);
    } else {
      kept.push(i);
      afterSpelledOut = false;
      i += 1;
    }
  }
  return { kept, removed };
}
