import { decide, scoreOf } from '../../core/fraud/assess.js';
import type { Features } from '../../core/fraud/features.js';
import { FEATURES } from '../../core/fraud/features.js';
import { evaluateCondition, parseRiskRule, type RiskDecision, type RiskRule } from '../../core/fraud/rules.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { loadRiskConfig, ruleFromRecord, ruleToRecord, type RiskDeps } from './risk-config.js';

export type RuleView = RiskRule & { position: number; updatedAt: string; updatedBy: string | null };

export async function listRules(deps: RiskDeps): Promise<{ items: RuleView[]; features: typeof FEATURES }> {
  await loadRiskConfig(deps);
  const items = (await deps.risk.rules()).flatMap((r) => {
    const rule = ruleFromRecord(r);
    return rule ? [{ ...rule, position: r.position, updatedAt: r.updatedAt.toISOString(), updatedBy: r.updatedBy }] : [];
  });
  return { items, features: FEATURES };
}

/** Create or replace a rule (the id in the path wins; a body id that differs is refused). */
export async function putRule(deps: RiskDeps, id: string, input: unknown, by: string): Promise<Result<{ rule: RuleView; created: boolean }, 'VALIDATION_FAILED'>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? { ...(input as Record<string, unknown>) } : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'a rule must be a JSON object', { field: 'body' });
  if (body.id !== undefined && body.id !== id) return fail('VALIDATION_FAILED', `id "${String(body.id).slice(0, 60)}" differs from the rule in the path (${id})`, { field: 'id' });
  const position = body.position;
  delete body.position;
  if (position !== undefined && (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position > 10_000)) return fail('VALIDATION_FAILED', 'position must be a whole number from 0 to 10000', { field: 'position' });
  const parsed = parseRiskRule({ ...body, id });
  if (!parsed.ok) return parsed;
  await loadRiskConfig(deps);
  const saved = await deps.risk.upsertRule({ ...ruleToRecord(parsed.value, by), ...(position !== undefined ? { position: position as number } : {}) }, deps.clock());
  deps.referenceCache.clear();
  return ok({ rule: { ...parsed.value, position: saved.record.position, updatedAt: saved.record.updatedAt.toISOString(), updatedBy: saved.record.updatedBy }, created: saved.created });
}

export async function deleteRule(deps: RiskDeps, id: string): Promise<Result<true, 'RULE_NOT_FOUND'>> {
  await loadRiskConfig(deps);
  if (!(await deps.risk.deleteRule(id))) return fail('RULE_NOT_FOUND', `no risk rule ${id}`, { field: 'id' });
  deps.referenceCache.clear();
  return ok(true);
}

export type RuleTestReport = {
  rule: RiskRule;
  replaces: string | null;
  window: { from: string; to: string; orders: number };
  fired: number;
  notChecked: number;
  changedDecisions: { from: RiskDecision; to: RiskDecision; orders: number }[];
  labeled: { fraud: { orders: number; fired: number }; legitimate: { orders: number; fired: number } };
  examples: { id: string; orderNumber: string | null; createdAt: string; scoreBefore: number; scoreAfter: number; decisionBefore: string; decisionAfter: RiskDecision; outcome: string | null }[];
};

/**
 * Test mode: what a rule (new, or a changed version of an existing one) would have done on the
 * store's past orders, replayed on their recorded features: how many it hits, the decisions it
 * would have changed, and how it splits orders later labeled fraud from legitimate ones. Nothing
 * is saved.
 */
export async function testRule(deps: RiskDeps, input: unknown): Promise<Result<RuleTestReport, 'VALIDATION_FAILED'>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'body must be {"rule": {...}, "days": 90}', { field: 'body' });
  for (const key of Object.keys(body)) if (key !== 'rule' && key !== 'days' && key !== 'limit') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  const days = body.days ?? 90;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 730) return fail('VALIDATION_FAILED', 'days must be a whole number from 1 to 730', { field: 'days' });
  const limit = body.limit ?? 20_000;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100_000) return fail('VALIDATION_FAILED', 'limit must be a whole number from 1 to 100000', { field: 'limit' });
  const parsed = parseRiskRule(body.rule);
  if (!parsed.ok) return fail('VALIDATION_FAILED', parsed.message, { field: `rule.${parsed.field}`, details: (parsed.details ?? []).map((d) => ({ field: `rule.${d.field}`, message: d.message })) });
  const rule = parsed.value;
  const config = await loadRiskConfig(deps);
  const old = config.rules.find((r) => r.id === rule.id && r.enabled) ?? null;
  const to = deps.clock();
  const past = await deps.risk.recent(limit, new Date(to.getTime() - days * 86_400_000));
  const changes = new Map<string, number>();
  const report: RuleTestReport = { rule, replaces: old?.id ?? null, window: { from: new Date(to.getTime() - days * 86_400_000).toISOString(), to: to.toISOString(), orders: past.length }, fired: 0, notChecked: 0, changedDecisions: [], labeled: { fraud: { orders: 0, fired: 0 }, legitimate: { orders: 0, fired: 0 } }, examples: [] };
  for (const a of past) {
    if (a.fallback !== null) continue;
    const features = a.features as Features;
    const hit = rule.enabled ? evaluateCondition(rule.when, features) : false;
    const oldHit = old ? evaluateCondition(old.when, features) === true : false;
    if (hit === 'unknown') report.notChecked++;
    const fires = hit === true;
    if (fires) report.fired++;
    if (a.outcome === 'fraud' || a.outcome === 'legitimate') {
      report.labeled[a.outcome].orders++;
      if (fires) report.labeled[a.outcome].fired++;
    }
    if (!fires && !oldHit) continue;
    const logit = a.logit - (oldHit ? old!.weight : 0) + (fires ? rule.weight : 0);
    const score = scoreOf(logit);
    const actions = (a.reasons as { code: string; decisionAtLeast?: RiskDecision }[]).filter((r) => r.decisionAtLeast && r.code !== old?.id).map((r) => r.decisionAtLeast!);
    if (fires && rule.action) actions.push(rule.action);
    const sca = a.sca as { applies?: boolean; basis?: string };
    const decision = decide({ score, actions, card: features.cardPayment === true, scaApplies: sca.applies === true, scaBasis: sca.basis ?? '' }, config.policy).decision;
    if (decision !== a.decision) changes.set(`${a.decision}>${decision}`, (changes.get(`${a.decision}>${decision}`) ?? 0) + 1);
    if (report.examples.length < 25) report.examples.push({ id: a.id, orderNumber: a.orderNumber, createdAt: a.createdAt.toISOString(), scoreBefore: a.score, scoreAfter: score, decisionBefore: a.decision, decisionAfter: decision, outcome: a.outcome });
  }
  report.changedDecisions = [...changes].map(([k, orders]) => {
    const [from, toDecision] = k.split('>') as [RiskDecision, RiskDecision];
    return { from, to: toDecision, orders };
  });
  return ok(report);
}
