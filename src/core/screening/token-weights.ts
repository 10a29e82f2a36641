import { COMMON_NAMES_WORLDWIDE } from './common-names.js';
import { foldToken } from './fold-token.js';

/**
 * How much a name token says about who a party is: its inverse document frequency over the
 * entries screened against, smoothed toward a prior share so that a small list (a test
 * fixture, a merchant's own list) weighs words the way the large official lists do.
 *
 *   weight(t) = ln((N + C) / (df(t) + C * prior(t)))
 *
 * N is the number of entries, df(t) the entries with t in any of their names, C = 20,000 the
 * prior's strength in entries. prior(t) is the share in COMMON_TOKENS below (at least 0.4 % for
 * the names in common-names.ts); a single letter or
 * digit is taken to be in 5 % of names, a two-letter token in 0.1 %, any other token in 0.002 %.
 * With the full official lists (about 30,000 entries) the lists' own counts dominate.
 * Typical weights: muhammad 3.1, trading 3.8, igor 5.7, rotenberg or a made-up company name 9.5+.
 */
export const PRIOR_STRENGTH = 20_000;
const SHARE_UNSEEN = 0.00002;
const SHARE_TWO_LETTERS = 0.001;
const SHARE_ONE_CHARACTER = 0.05;

/**
 * Share of entries (in units of 1/10,000) whose names contain the word, measured on the US
 * Consolidated Screening List (edition of about 2022-05-16) and the OFAC SDN and non-SDN lists
 * (2024-05 and 2025 editions): 29,567 entries with 68,669 names and aliases, words counted after
 * this module's normalization, every word in at least 0.15 % of entries (aircraft tail-number
 * prefixes and legal-form fragments left out). Written as ordinary spellings; the keys are folded when the module loads.
 */
const COMMON_TOKENS =
  'abdal:210 abdallah:89 yu:56 ' +
  'muhammad:451 group:225 trading:217 ali:209 ahmad:181 abu:178 technology:166 international:152 bank:147 research:136 institute:125 shipping:113 state:107 development:104 ' +
  'hassan:101 hussein:99 said:95 alexander:93 center:92 engineering:91 general:87 plant:87 technologies:80 jose:80 organization:78 industry:78 trade:77 scientific:77 ' +
  'ibrahim:75 china:72 production:72 holding:71 management:71 investment:71 enterprise:71 islamic:70 sergey:70 vladimirovich:66 aleksandrovich:65 iran:64 commercial:64 services:63 ' +
  'electronics:63 industries:62 zavod:61 andrey:60 industrial:60 russian:59 nikolaevich:59 association:56 vladimir:56 bureau:53 dmitry:53 mahmoud:53 oil:52 aleksey:52 ' +
  'aviation:51 national:51 luis:50 energy:49 design:48 gazprom:48 huawei:47 fu:46 rahman:46 nauchno:46 korea:45 reza:45 yuan:45 omar:44 ' +
  'construction:44 systems:44 gonzalez:44 federal:43 antonio:42 petrochemical:42 haji:42 export:42 yuryevich:41 yusuf:40 carlos:40 viktor:40 mustafa:39 foundation:39 ' +
  'jesus:38 electronic:38 maria:37 kim:37 lopez:37 rodriguez:36 viktorovich:36 new:36 science:35 security:34 factory:34 import:34 ticaret:34 mikhail:34 ' +
  'ivanovich:34 ra:33 iranian:33 marine:33 anatolyevich:33 oleg:33 ben:32 juan:32 exchange:32 igor:32 service:32 vtb:32 east:31 republic:31 ' +
  'capital:31 aziz:30 alberto:30 institut:30 defense:30 beijing:30 nikolay:30 sergeyevich:30 mikhailovich:30 hamid:29 army:29 saleh:29 ship:29 holdings:29 ' +
  'khalid:29 central:29 institution:29 shipbuilding:29 global:28 sberbank:28 military:28 academy:28 investments:28 building:28 din:27 ivan:27 tech:27 hernandez:27 ' +
  'ministry:27 sanchez:27 inversiones:27 shahid:27 khan:26 complex:26 yuriy:26 equipment:26 mohsen:26 chol:26 syrian:26 nasser:25 ismail:25 logistics:25 ' +
  'amir:25 vasilyevich:25 grupo:25 hong:25 manuel:25 machine:25 tikriti:25 united:25 steel:25 manufacturing:25 alekseyevich:25 garcia:24 air:24 foreign:24 ' +
  'shanghai:24 aerospace:24 unitary:24 star:24 salih:24 tekhnologii:24 evgeny:24 sulayman:23 elena:23 flores:23 jorge:23 musa:23 borisovich:23 comercializadora:23 ' +
  'salim:23 miguel:23 fund:23 branch:23 predpriyatie:22 perez:22 pars:22 aircraft:22 information:21 tsentr:21 martinez:21 torres:21 majid:21 airlines:21 ' +
  'money:21 yahya:20 sheikh:20 mansur:20 agency:20 named:20 yevgenyevich:20 song:20 jihad:20 establishment:20 finance:20 karim:20 sea:20 issledovatelski:20 ' +
  'offshore:19 insurance:19 committee:19 byuro:19 khalil:19 north:19 abbas:19 amin:19 forces:19 ocean:19 federation:19 san:19 sanayi:19 noor:19 ' +
  'maritime:19 public:19 inmobiliaria:19 gomez:19 mario:19 peoples:19 after:19 technical:18 shaykh:18 npo:18 department:18 russia:18 petrovich:18 kish:18 ' +
  'petroleum:18 javier:18 business:18 movement:18 machinery:18 david:18 hk:18 south:17 financial:17 special:17 office:17 trust:17 enrique:17 olga:17 ' +
  'francisco:17 natalya:17 shipyard:17 gas:17 proizvodstvennoe:17 concern:17 ramon:17 kong:17 ramirez:17 force:17 ghadir:17 igorevich:17 credit:17 transport:17 ' +
  'mining:17 shenzhen:17 media:16 asia:16 transportation:16 daniel:16 pavel:16 power:16 jamal:16 assad:16 rahim:16 radio:16 society:16 vladimirovna:16 ' +
  'nam:16 salah:16 saad:16 centre:16 moscow:16 anton:16 servicios:16 aung:16 sciences:16 invest:16 su:16 repair:15 rashid:15 solutions:15 ' +
  'anatoly:15 chemical:15 hajj:15 properties:15 aleksandrovna:15 lines:15 missile:15 ';

const SHARE_WORLDWIDE = 0.004;

const PRIOR_SHARE: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const word of COMMON_NAMES_WORLDWIDE) map.set(foldToken(word), SHARE_WORLDWIDE);
  for (const item of COMMON_TOKENS.trim().split(/\s+/)) {
    const [word, share] = item.split(':');
    const key = foldToken(word!);
    map.set(key, Math.max(map.get(key) ?? 0, Number(share) / 10_000));
  }
  return map;
})();

/** The prior share of entries whose names contain a token (a matching key). */
export function priorShare(token: string): number {
  const known = PRIOR_SHARE.get(token);
  if (known !== undefined) return known;
  if (token.length === 1) return SHARE_ONE_CHARACTER;
  if (token.length === 2) return SHARE_TWO_LETTERS;
  return SHARE_UNSEEN;
}

/**
 * The weight of a token seen in `df` of `entryCount` entries (see the formula above); always > 0.
 * Example: tokenWeight('rotenberg', 1, 60) is about 9.6; tokenWeight('muhamad', 5, 60) about 3.1.
 */
export function tokenWeight(token: string, df: number, entryCount: number): number {
  return Math.log((entryCount + PRIOR_STRENGTH) / (df + PRIOR_STRENGTH * priorShare(token)));
}

/** The words of the prior tables, for tests. */
export function commonTokenWords(): string[] {
  return [...COMMON_TOKENS.trim().split(/\s+/).map((item) => item.split(':')[0]!), ...COMMON_NAMES_WORLDWIDE];
}
