import type { Alignment } from './align.js';
import type { NameAnalysis } from './normalize.js';
import { relateTokens } from './token-similarity.js';

/** What the explanation needs besides the two names and their alignment. */
export type ExplainContext = {
  alias: 'primary' | 'strong' | 'weak';
  /** `matches` with the query's country, `differs` with the list's countries, or nothing to say. */
  country?: { kind: 'matches'; code: string } | { kind: 'differs'; listed: string[] };
  /** The list's type when it contradicts the query's. */
  typeDiffers?: string;
};

const title = (raw: string) => raw.replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());

/**
 * The reasons for one match in plain words, the name evidence first:
 * `all 3 name parts match in another order`, `transliteration variant: Mohamed ~ Muhammad`,
 * `typo: Rotenburg ~ Rotenberg (1 edit)`, `not in the query: Arkadyevich (patronymic, middle name or second surname)`,
 * `company suffix ignored: LLC`, `weak alias`, `country matches RU`, `type differs: list says entity`.
 */
export function explainMatch(query: NameAnalysis, listed: NameAnalysis, alignment: Alignment, context: ExplainContext): string[] {
  const why: string[] = [];
  const listCount = listed.tokens.length;
  const pairedList = new Set(alignment.pairs.map((p) => p.list)).size;
  // `name` when both sides are fully paired, `listed name` when the query has words besides.
  const allParts = (n: number, what: string) => (n === 1 ? `the ${what} matches` : n === 2 ? `both ${what} parts match` : `all ${n} ${what} parts match`);
  if (alignment.unpairedList.length === 0) {
    const ordered = alignment.pairs.every((p, i, all) => i === 0 || p.list >= all[i - 1]!.list);
    const parts = alignment.unpairedQuery.length === 0 ? allParts(listCount, 'name') : allParts(listCount, 'listed name');
    why.push(ordered || listCount === 1 ? parts : `${parts} in another order`);
  } else {
    why.push(`${pairedList} of ${listCount} name parts match`);
  }

  // Joined pairs: two neighbouring tokens of one name spelling one token of the other.
  const joined: { query: Set<number>; list: Set<number> }[] = [];
  for (const pair of alignment.pairs) {
    const q = query.raw[pair.query]!;
    const l = listed.raw[pair.list]!;
    if (pair.joined) {
      let group = joined.find((g) => g.query.has(pair.query) || g.list.has(pair.list));
      if (!group) joined.push((group = { query: new Set(), list: new Set() }));
      group.query.add(pair.query);
      group.list.add(pair.list);
      continue;
    }
    const relation = relateTokens(query.tokens[pair.query]!, listed.tokens[pair.list]!);
    if (relation.kind === 'same') {
      if (q !== l) why.push(`transliteration variant: ${title(q)} ~ ${title(l)}`);
    } else if (relation.kind === 'typo') why.push(`typo: ${title(q)} ~ ${title(l)} (${relation.edits} edit${relation.edits === 1 ? '' : 's'})`);
    else if (relation.kind === 'sound') why.push(`sounds alike: ${title(q)} ~ ${title(l)}`);
    else if (relation.kind === 'initial') why.push(`initial: ${title(q)} ~ ${title(l)}`);
    else if (relation.kind === 'article') why.push(`article joined to the name: ${title(q)} ~ ${title(l)}`);
  }
  for (const group of joined) {
    const q = [...group.query].sort((a, b) => a - b).map((i) => title(query.raw[i]!)).join(' ');
    const l = [...group.list].sort((a, b) => a - b).map((i) => title(listed.raw[i]!)).join(' ');
    why.push(`words joined: ${q} ~ ${l}`);
  }

  if (alignment.unpairedList.length > 0) {
    const words = alignment.unpairedList.map((i) => title(listed.raw[i]!) + (listed.optional[i] ? ' (patronymic, middle name or second surname)' : ''));
    why.push(`not in the query: ${words.join(', ')}`);
  }
  if (alignment.unpairedQuery.length > 0) why.push(`not in the listed name: ${alignment.unpairedQuery.map((i) => title(query.raw[i]!)).join(', ')}`);

  const forms = new Set([...query.legalForms, ...listed.legalForms]);
  const differing = [...forms].filter((f) => !(query.legalForms.includes(f) && listed.legalForms.includes(f)));
  if (differing.length > 0) why.push(`company suffix ignored: ${differing.join(', ')}`);
  const scripts = new Set([...query.scripts, ...listed.scripts]);
  if (scripts.size > 0) why.push(`transliterated from ${[...scripts].join(' and ')}`);
  if (query.hadDiacritics !== listed.hadDiacritics) why.push('diacritics ignored');

  if (context.alias === 'weak') why.push('weak alias');
  else if (context.alias === 'strong') why.push('matched an alias');
  if (context.country?.kind === 'matches') why.push(`country matches ${context.country.code}`);
  else if (context.country?.kind === 'differs') why.push(`country differs: list says ${context.country.listed.join(', ')}`);
  if (context.typeDiffers) why.push(`type differs: list says ${context.typeDiffers}`);
  return why;
}
