import assert from 'node:assert/strict';
import type { RuleMeta } from '../../src/core/landed-cost/rule-data.js';

/** Rules under the same key must not be in force on the same day (ISO dates compare as strings). */
export function assertNoOverlap<T extends RuleMeta>(label: string, rules: readonly T[], keyOf: (r: T) => string): void {
  const groups = new Map<string, T[]>();
  for (const r of rules) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  for (const [key, group] of groups) {
    const sorted = [...group].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      assert.ok(
        prev.effectiveTo !== undefined && prev.effectiveTo <= next.effectiveFrom,
        `${label ? `${label} ` : ''}${key}: ${prev.id} (${prev.effectiveFrom}..${prev.effectiveTo ?? 'open'}) overlaps ${next.id} (from ${next.effectiveFrom})`,
      );
    }
  }
}
