import type { ImportTaxRule } from './compile-rules.js';

/**
 * The import-tax rule for goods among a destination's rules in effect: a region's rules replace the
 * country's when the region has a standard rate of its own (Canadian HST provinces); a reduced rate
 * wins over the standard one by the longest HS prefix that covers the goods.
 */
export function pickTaxRule(rules: readonly ImportTaxRule[], region: string | undefined, hsCode: string | undefined): ImportTaxRule | undefined {
  const regional = region ? rules.filter((r) => r.region === region) : [];
  const pool = regional.some((r) => r.kind === 'standard') ? regional : rules.filter((r) => !r.region);
  let best: ImportTaxRule | undefined;
  let bestLength = -1;
  if (hsCode) {
    for (const r of pool) {
      if (r.kind !== 'reduced') continue;
      for (const p of r.hsPrefixes) if (hsCode.startsWith(p) && p.length > bestLength) (best = r), (bestLength = p.length);
    }
  }
  return best ?? pool.find((r) => r.kind === 'standard');
}

/** Whether a reduced rate could apply to some goods in this pool (so a missing HS code matters). */
export function hasReducedRates(rules: readonly ImportTaxRule[], region: string | undefined): boolean {
  const regional = region ? rules.filter((r) => r.region === region) : [];
  const pool = regional.some((r) => r.kind === 'standard') ? regional : rules.filter((r) => !r.region);
  return pool.some((r) => r.kind === 'reduced');
}
