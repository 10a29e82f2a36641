import type { ImportKind } from './types.js';

/**
 * Guess which kind of reference file a text is, from its first bytes, to tell a user who passed
 * the wrong file what it looks like. Undefined when it looks like none of them.
 * @example guessKind('Date,USD,JPY,\n...') // 'ecb'
 */
export function guessKind(text: string): ImportKind | undefined {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) return /gesmes:Envelope|eurofxref|<Cube\b/.test(head) ? 'ecb' : undefined;
  if (head.startsWith('[') || head.startsWith('{')) return /"htsno"\s*:/.test(head) ? 'us-hts' : undefined;
  const header = (head.split(/\r?\n|\r/, 1)[0] ?? '').toLowerCase().replaceAll('"', '');
  const columns = header.split(',').map((c) => c.trim());
  if (columns.includes('hscode') && columns.includes('level')) return 'hs';
  if (columns.includes('ukgt_duty_rate')) return 'uk-tariff';
  if (columns.includes('commodity__code')) return 'uk-commodities';
  if (columns[0] === 'date' && columns.slice(1).some((c) => /^[a-z]{3}$/.test(c))) return 'ecb';
  return undefined;
}
