/** Light English stemming: plural endings only (boxes -> box, berries -> berry, shoes -> shoe). */
const KEEP = new Set(['glass', 'gas', 'bus', 'lens', 'news', 'series', 'species', 'christmas', 'apparatus', 'asbestos', 'cactus', 'citrus', 'molasses', 'trousers', 'jeans', 'pants', 'shorts', 'tights', 'scissors', 'pliers', 'tongs', 'always', 'this', 'its', 'has', 'was', 'is', 'us']);

export function stemWord(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/(?:toes|does|goes|oes)$/.test(word) && !word.endsWith('shoes')) return word.slice(0, -2);
  if (word.endsWith('lves') && word.length > 5) return `${word.slice(0, -3)}f`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
