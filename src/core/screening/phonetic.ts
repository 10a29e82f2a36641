/**
 * A consonant-skeleton sound key for one folded name token, for typo and spelling tolerance:
 * tokens with the same key are looked up together and scored as sounding alike.
 *
 * Steps: digraphs to one sound (shch/sch/sh -> S, zh/j -> J, ch/tch/cz -> C, ts -> C, kh -> H,
 * th -> t, dh -> d, ph -> f, gh -> g); soft c -> s, hard c, q, g -> k; x -> ks; z -> s; f, w -> v;
 * h after the first letter dropped; then vowels after the first letter dropped (a first vowel
 * is written `a`), repeated letters collapsed, and the key cut to six letters.
 * Examples: rotenberg, rotenburg -> rtnbrk; kaddafi, gaddafi, qadhafi -> ktv; igor, egor -> akr.
 */
export function phonetic(token: string): string {
  let s = token.toLowerCase().replace(/[^a-z]/g, '');
  if (s === '') return token;
  s = s
    .replace(/shch|sch|sh/g, 'S')
    .replace(/dzh|zh|dj|j/g, 'J')
    .replace(/tsch|tch|ch|cz/g, 'C')
    .replace(/ts|tz/g, 'C')
    .replace(/kh/g, 'H')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'g')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cqg]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/[fw]/g, 'v');
  const first = /[aeiouy]/.test(s[0]!) ? 'a' : s[0]!;
  const rest = s.slice(1).replace(/[aeiouyh]/g, '').replace(/H/g, 'h');
  return (first + rest).replace(/(.)\1+/g, '$1').slice(0, 6);
}
