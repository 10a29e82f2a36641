import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evaluateSuite, parseScenarioCases, type ScenarioCase } from '../../src/core/fraud/evaluate-suite.js';
import { DEFAULT_RISK_RULES } from '../../src/data/fraud/default-rules.js';
import { RISK_POLICY } from '../../src/data/fraud/policy.js';
import { riskReferences } from '../../src/data/fraud/references.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenarios');

/** Every labeled scenario, scored with the rules a new store starts with (no learned model). */
export function runDefaultSuite() {
  const cases: ScenarioCase[] = [];
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = parseScenarioCases(JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8')));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
    cases.push(...parsed.value);
  }
  // Fixed rates so that the low-value exemption and euro values do not depend on the day.
  const toEur: Record<string, number> = { EUR: 1, USD: 0.92, GBP: 1.17, CHF: 1.05, JPY: 0.0061, AUD: 0.6, CAD: 0.67, NOK: 0.085, SEK: 0.087, NZD: 0.55, PLN: 0.23, DKK: 0.134, BRL: 0.17 };
  const conv = (from: string, minor: number, to: string) => (toEur[from] && toEur[to] ? Math.round((minor * toEur[from]!) / toEur[to]!) : null);
  return evaluateSuite(cases, { rules: DEFAULT_RISK_RULES, model: null, policy: RISK_POLICY, references: riskReferences() }, { now: () => new Date('2026-11-27T12:00:00Z'), toEurMinor: (c, m) => conv(c, m, 'EUR'), toCurrencyMinor: (f, m, t) => conv(f, m, t) });
}

test('the labeled scenario suite: legitimate buyers abroad pass, attacks are caught', () => {
  const report = runDefaultSuite();
  const { legitimate, attack } = report.summary;
  const failed = report.cases.filter((c) => !c.pass).map((c) => `${c.id}: expected ${c.accept.join('/')}, got ${c.got} (${c.score}; ${c.topReasons.join(', ')})`);
  console.log(`scenario suite: legitimate approved ${legitimate.approved}/${legitimate.count}, attacks caught ${attack.caught}/${attack.count}, decided as labeled ${attack.passed}/${attack.count}`);
  if (failed.length > 0) console.log(`not as labeled:\n  ${failed.join('\n  ')}`);
  // The floor the defaults must keep: every legitimate case passes; at least 90 % of attacks are stopped.
  assert.equal(legitimate.passRate, 1, failed.join('\n'));
  assert.ok((attack.catchRate ?? 0) >= 0.95, `attack catch rate ${attack.catchRate}`);
  assert.ok((attack.passRate ?? 0) >= 0.9, `attacks decided as labeled: ${attack.passRate}\n${failed.join('\n')}`);
});
