import { fail, ok, type Result } from '../result/result.js';
import type { AssessConfig } from './assess.js';
import { RISK_DECISIONS, type RiskDecision } from './rules.js';
import { parseRiskOrder } from './risk-order.js';
import { createStreamScorer } from './score-stream.js';

/**
 * The labeled scenario suite (test/fraud/scenarios): each case is a story of orders, the history
 * the store saw (with what became of those orders) and then the order to judge, labeled
 * legitimate or attack, with the decision expected and the decisions that are acceptable.
 * The suite measures the two costs of a fraud screen: good buyers turned away or challenged
 * (legitimate approval rate) and attacks let through (attack catch rate).
 */
export type ScenarioLabel = 'legitimate' | 'attack';

export type ScenarioCase = {
  id: string;
  label: ScenarioLabel;
  /** The kind of story (card testing, account takeover, a returning buyer abroad...). */
  pattern: string;
  why: string;
  expected: RiskDecision;
  /** Decisions that count as a pass. */
  accept: RiskDecision[];
  /** Orders scored before the case's order, in time order; each may carry "outcome". */
  history: unknown[];
  order: unknown;
};

export type ScenarioResult = {
  id: string;
  label: ScenarioLabel;
  pattern: string;
  expected: RiskDecision;
  accept: RiskDecision[];
  got: RiskDecision;
  /** The decision is among `accept`. */
  pass: boolean;
  /** The decision is exactly `expected` (an exact hit). */
  exact: boolean;
  score: number;
  /** The codes of the three reasons that weighed most. */
  topReasons: string[];
};

export type PatternSummary = { pattern: string; label: ScenarioLabel | 'mixed'; count: number; passed: number; approved: number; passRate: number | null };

export type SuiteSummary = {
  cases: number;
  passed: number;
  failed: number;
  exact: number;
  /** approvalRate: share approved outright; passRate: share whose decision is in `accept`. */
  legitimate: { count: number; approved: number; passed: number; approvalRate: number | null; passRate: number | null };
  /** Cases labeled attack. catchRate: share not approved (challenged, reviewed or declined); passRate: share in `accept` (an unlisted challenge does not pass). */
  attack: { count: number; caught: number; passed: number; catchRate: number | null; passRate: number | null };
  patterns: PatternSummary[];
};

export type SuiteReport = { summary: SuiteSummary; cases: ScenarioResult[] };

export type EvaluateSuiteOptions = {
  /** The time given to orders without createdAt (each placed just after the one before it). */
  now: () => Date;
  toEurMinor?: (currency: string, minor: number, date: Date) => number | null;
  toCurrencyMinor?: (from: string, minor: number, to: string, date: Date) => number | null;
};

/**
 * Run the suite: for each case a fresh in-memory history, the history orders scored in order
 * (their outcomes applied as labels), then the case's order judged. Cases should come from
 * `parseScenarioCases`; an order that cannot be scored throws, naming the case.
 * @example evaluateSuite(cases, config, { now: () => new Date('2026-11-27T12:00:00Z') }).summary.attack.catchRate // 0.9
 */
export function evaluateSuite(cases: readonly ScenarioCase[], config: AssessConfig, options: EvaluateSuiteOptions): SuiteReport {
  const results = cases.map((c): ScenarioResult => {
    const scorer = createStreamScorer(config, options);
    c.history.forEach((h, i) => {
      const r = scorer.score(h);
      if (!r.ok) throw new Error(`scenario ${c.id}: history[${i}] cannot be scored: ${r.message}`);
    });
    const r = scorer.score(c.order);
    if (!r.ok) throw new Error(`scenario ${c.id}: the order cannot be scored: ${r.message}`);
    const a = r.value.assessment;
    return {
      id: c.id,
      label: c.label,
      pattern: c.pattern,
      expected: c.expected,
      accept: c.accept,
      got: a.decision,
      pass: c.accept.includes(a.decision),
      exact: a.decision === c.expected,
      score: a.score,
      topReasons: a.reasons.slice(0, 3).map((x) => x.code),
    };
  });
  return { summary: summarize(results), cases: results };
}

function summarize(results: readonly ScenarioResult[]): SuiteSummary {
  const rate = (n: number, d: number) => (d === 0 ? null : n / d);
  const legit = results.filter((r) => r.label === 'legitimate');
  const attacks = results.filter((r) => r.label === 'attack');
  const count = (list: readonly ScenarioResult[], p: (r: ScenarioResult) => boolean) => list.filter(p).length;
  const byPattern = new Map<string, ScenarioResult[]>();
  for (const r of results) byPattern.set(r.pattern, [...(byPattern.get(r.pattern) ?? []), r]);
  const passed = count(results, (r) => r.pass);
  const legitApproved = count(legit, (r) => r.got === 'approve');
  const legitPassed = count(legit, (r) => r.pass);
  const caught = count(attacks, (r) => r.got !== 'approve');
  const attacksPassed = count(attacks, (r) => r.pass);
  return {
    cases: results.length,
    passed,
    failed: results.length - passed,
    exact: count(results, (r) => r.exact),
    legitimate: { count: legit.length, approved: legitApproved, passed: legitPassed, approvalRate: rate(legitApproved, legit.length), passRate: rate(legitPassed, legit.length) },
    attack: { count: attacks.length, caught, passed: attacksPassed, catchRate: rate(caught, attacks.length), passRate: rate(attacksPassed, attacks.length) },
    patterns: [...byPattern]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([pattern, list]) => {
        const labels = new Set(list.map((r) => r.label));
        const p = count(list, (r) => r.pass);
        return { pattern, label: labels.size === 1 ? list[0]!.label : 'mixed', count: list.length, passed: p, approved: count(list, (r) => r.got === 'approve'), passRate: rate(p, list.length) };
      }),
  };
}

const LABELS: readonly string[] = ['legitimate', 'attack'];
const isDecision = (v: unknown): v is RiskDecision => (RISK_DECISIONS as readonly unknown[]).includes(v);

/**
 * Read a scenario file's JSON: an array of cases, or an object with a `cases` array. Every order
 * (history and judged) is checked as the scorer reads it, so a file that parses here runs. The
 * error names the case by id (or position) and the field.
 */
export function parseScenarioCases(json: unknown): Result<ScenarioCase[], 'VALIDATION_FAILED'> {
  const list = Array.isArray(json) ? json : typeof json === 'object' && json !== null && Array.isArray((json as { cases?: unknown }).cases) ? (json as { cases: unknown[] }).cases : null;
  if (list === null) return fail('VALIDATION_FAILED', 'a scenario file holds an array of cases, or {"cases": [...]}', { field: 'cases' });
  const cases: ScenarioCase[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of list.entries()) {
    const r = parseScenarioCase(raw);
    const name = typeof (raw as { id?: unknown } | null)?.id === 'string' ? `case ${(raw as { id: string }).id}` : `case ${i + 1}`;
    if (!r.ok) return fail('VALIDATION_FAILED', `${name}: ${r.message}`, { field: `cases[${i}].${r.field ?? ''}`.replace(/\.$/, '') });
    if (seen.has(r.value.id)) return fail('VALIDATION_FAILED', `${name}: the id is used by an earlier case`, { field: `cases[${i}].id` });
    seen.add(r.value.id);
    cases.push(r.value);
  }
  return ok(cases);
}

function parseScenarioCase(raw: unknown): Result<ScenarioCase, 'VALIDATION_FAILED'> {
  const bad = (field: string, message: string) => fail('VALIDATION_FAILED', `${field} ${message}`, { field });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('case', 'must be an object {id, label, pattern, why, expected, accept, history, order}');
  const c = raw as Record<string, unknown>;
  if (typeof c.id !== 'string' || c.id.trim() === '') return bad('id', 'must be a non-empty string');
  if (!LABELS.includes(c.label as string)) return bad('label', `must be one of ${LABELS.join(', ')}`);
  if (typeof c.pattern !== 'string' || c.pattern.trim() === '') return bad('pattern', 'must be a non-empty string');
  if (c.why !== undefined && typeof c.why !== 'string') return bad('why', 'must be a string');
  if (!isDecision(c.expected)) return bad('expected', `must be one of ${RISK_DECISIONS.join(', ')}`);
  if (!Array.isArray(c.accept) || c.accept.length === 0 || !c.accept.every(isDecision)) return bad('accept', `must be a non-empty array of ${RISK_DECISIONS.join(', ')}`);
  const history = c.history ?? [];
  if (!Array.isArray(history)) return bad('history', 'must be an array of orders');
  for (const [i, h] of history.entries()) {
    const problem = orderProblem(h);
    if (problem) return fail('VALIDATION_FAILED', `history[${i}] cannot be scored: ${problem.message}`, { field: `history[${i}]${problem.field}` });
  }
  const problem = orderProblem(c.order);
  if (problem) return fail('VALIDATION_FAILED', `order cannot be scored: ${problem.message}`, { field: `order${problem.field}` });
  return ok({ id: c.id, label: c.label as ScenarioLabel, pattern: c.pattern, why: (c.why as string | undefined) ?? '', expected: c.expected, accept: c.accept, history, order: c.order });
}

/** Why the scorer would refuse an order, if it would (field: a path suffix, like ".total"). */
function orderProblem(order: unknown): { field: string; message: string } | null {
  const parsed = parseRiskOrder(order);
  if (!parsed.ok) return { field: parsed.field && parsed.field !== 'order' ? `.${parsed.field}` : '', message: parsed.message };
  const outcome = (order as { outcome?: unknown }).outcome;
  if (outcome !== undefined && outcome !== null && outcome !== 'fraud' && outcome !== 'legitimate') return { field: '.outcome', message: 'outcome must be "fraud" or "legitimate" when given' };
  return null;
}
