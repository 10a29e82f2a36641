import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCountry } from '../../src/core/geo/countries.js';
import { evaluateScreening } from '../../src/core/screening/evaluate.js';
import { buildScreeningIndex } from '../../src/core/screening/index.js';
import { DEFAULT_MATCH_THRESHOLD, DEFAULT_THRESHOLD } from '../../src/core/screening/match.js';
import { fixtureEntries, labeledQueries } from './labeled-set.js';

// Reproduce: npm test -- test/screening/labeled-set
const entries = fixtureEntries();
const labeled = labeledQueries();
const index = buildScreeningIndex(entries);

test('the fixture list and the labeled set are well formed', () => {
  const ids = new Set(entries.map((e) => e.id));
  assert.equal(ids.size, entries.length, 'entry ids are unique');
  assert.ok(entries.length >= 60, `${entries.length} entries`);
  for (const e of entries) {
    assert.ok(['individual', 'entity', 'vessel', 'aircraft', 'unknown'].includes(e.type), e.id);
    for (const c of e.countries) assert.ok(isCountry(c), `${e.id}: ${c}`);
  }
  assert.ok(labeled.length >= 150, `${labeled.length} queries`);
  const variants = labeled.filter((q) => q.kind === 'variant');
  assert.ok(variants.length >= 60 && labeled.length - variants.length >= 60);
  for (const q of labeled) {
    assert.ok(q.kind === 'variant' || q.kind === 'non_match', q.query.name);
    assert.equal(q.kind === 'variant', q.target !== null, `${q.query.name}: a variant has a target, a non-match none`);
    if (q.target) assert.ok(ids.has(q.target.id), `${q.query.name}: target ${q.target.id} is listed`);
    assert.ok(q.why.length > 0 && (q.category ?? '').length > 0, q.query.name);
  }
});

test('recall and false-positive rate on the labeled set at the default thresholds', () => {
  const r = evaluateScreening(index, labeled);
  const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(1)} %`);
  console.log(
    `screening labeled set (${r.byKind.variant.count} variants, ${r.byKind.non_match.count} hard non-matches, ${entries.length} listed entries), ` +
      `potential match from ${DEFAULT_THRESHOLD}, match from ${DEFAULT_MATCH_THRESHOLD}: ` +
      `recall ${pct(r.recall)}, false-positive rate ${pct(r.falsePositiveRate)}, variants blocked outright ${pct(r.matchRate)}`,
  );
  for (const [category, s] of Object.entries(r.byCategory)) console.log(`  ${s.kind} ${category}: ${s.passed}/${s.count}`);
  for (const f of r.failures) console.log(`  not as labeled: ${f.kind} "${f.query.name}" -> ${f.decision} (${f.detail})`);
  for (const threshold of [0.7, 0.75, 0.8, 0.85, 0.9]) {
    const at = evaluateScreening(index, labeled, { threshold, matchThreshold: Math.max(threshold, DEFAULT_MATCH_THRESHOLD) });
    console.log(`  at threshold ${threshold}: recall ${pct(at.recall)}, false-positive rate ${pct(at.falsePositiveRate)}`);
  }
  assert.ok((r.recall ?? 0) >= 0.95, `recall ${r.recall}`);
  assert.ok((r.falsePositiveRate ?? 1) <= 0.05, `false-positive rate ${r.falsePositiveRate}`);
});
