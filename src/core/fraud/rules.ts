import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { FEATURE_BY_NAME, type FeatureValue, type Features } from './features.js';

/**
 * Risk rules are data: a condition over features, a weight in log-odds (how much the rule moves
 * the odds of fraud: +0.7 doubles them, -0.7 halves them) and optionally an action that sets the
 * decision at least that strict (or `approve` to let an order through whatever the score).
 * Operators add and edit rules; `parseRiskRule` checks one and names every bad field.
 */
export const CONDITION_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'missing', 'present'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | { feature: string; op: ConditionOp; value?: FeatureValue | FeatureValue[] };

export const RISK_DECISIONS = ['approve', 'challenge', 'review', 'decline'] as const;
export type RiskDecision = (typeof RISK_DECISIONS)[number];

export type RiskRule = {
  id: string;
  /** Plain words shown as the reason; {featureName} is replaced by the feature's value. */
  description: string;
  when: Condition;
  weight: number;
  action: RiskDecision | null;
  enabled: boolean;
  /** Where the rule comes from (a scheme's guidance, the store's experience). */
  source: string | null;
};

export const RULE_WEIGHT_LIMIT = 10;
const MAX_DEPTH = 6;
const MAX_NODES = 64;

/** Read a rule from JSON: every problem named by its path (`when.all[1].feature`). */
export function parseRiskRule(input: unknown): Result<RiskRule, 'VALIDATION_FAILED'> {
  const issues: FieldIssue[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'a rule must be a JSON object', { field: 'rule' });
  const r = input as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!['id', 'description', 'when', 'weight', 'action', 'enabled', 'source'].includes(key)) issues.push({ field: key, message: 'is not a field of a rule' });
  if (typeof r.id !== 'string' || !/^[a-z][a-z0-9_]{1,62}$/.test(r.id)) issues.push({ field: 'id', message: 'must be 2 to 63 lower-case letters, digits or _, starting with a letter' });
  if (typeof r.description !== 'string' || r.description.trim().length < 3 || r.description.length > 300) issues.push({ field: 'description', message: 'must be plain words, 3 to 300 characters' });
  const weight = r.weight ?? 0;
  if (typeof weight !== 'number' || !Number.isFinite(weight) || Math.abs(weight) > RULE_WEIGHT_LIMIT) issues.push({ field: 'weight', message: `must be a number from -${RULE_WEIGHT_LIMIT} to ${RULE_WEIGHT_LIMIT} (log-odds)` });
  const action = r.action ?? null;
  if (action !== null && !(RISK_DECISIONS as readonly unknown[]).includes(action)) issues.push({ field: 'action', message: `must be null or one of ${RISK_DECISIONS.join(', ')}` });
  if (weight === 0 && action === null) issues.push({ field: 'weight', message: 'a rule needs a weight or an action, or it does nothing' });
  const enabled = r.enabled ?? true;
  if (typeof enabled !== 'boolean') issues.push({ field: 'enabled', message: 'must be true or false' });
  const source = r.source ?? null;
  if (source !== null && (typeof source !== 'string' || source.length > 300)) issues.push({ field: 'source', message: 'must be text up to 300 characters, or null' });
  const nodes = { count: 0 };
  checkCondition(r.when, 'when', 0, nodes, issues);
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ id: r.id as string, description: (r.description as string).trim(), when: r.when as Condition, weight: weight as number, action: action as RiskDecision | null, enabled: enabled as boolean, source: source as string | null });
}

function checkCondition(c: unknown, path: string, depth: number, nodes: { count: number }, issues: FieldIssue[]): void {
  if (++nodes.count > MAX_NODES) return void (nodes.count === MAX_NODES + 1 && issues.push({ field: path, message: `a condition may have at most ${MAX_NODES} parts` }));
  if (depth > MAX_DEPTH) return void issues.push({ field: path, message: `conditions nest at most ${MAX_DEPTH} deep` });
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return void issues.push({ field: path, message: 'must be a condition: {"feature", "op", "value"}, {"all": [...]}, {"any": [...]} or {"not": ...}' });
  const o = c as Record<string, unknown>;
  const keys = Object.keys(o);
  for (const group of ['all', 'any'] as const) {
    if (group in o) {
      if (keys.length !== 1) issues.push({ field: path, message: `"${group}" stands alone in its object` });
      const list = o[group];
      if (!Array.isArray(list) || list.length === 0) return void issues.push({ field: `${path}.${group}`, message: 'must be a non-empty array of conditions' });
      list.forEach((x, i) => checkCondition(x, `${path}.${group}[${i}]`, depth + 1, nodes, issues));
      return;
    }
  }
  if ('not' in o) {
    if (keys.length !== 1) issues.push({ field: path, message: '"not" stands alone in its object' });
    return checkCondition(o.not, `${path}.not`, depth + 1, nodes, issues);
  }
  for (const key of keys) if (!['feature', 'op', 'value'].includes(key)) issues.push({ field: `${path}.${key}`, message: 'is not a field of a condition' });
  const spec = typeof o.feature === 'string' ? FEATURE_BY_NAME.get(o.feature) : undefined;
  if (!spec) return void issues.push({ field: `${path}.feature`, message: `must be a feature name (${typeof o.feature === 'string' ? `"${o.feature.slice(0, 40)}" is not one; ` : ''}see GET /v1/risk/features)` });
  const op = o.op;
  if (!(CONDITION_OPS as readonly unknown[]).includes(op)) return void issues.push({ field: `${path}.op`, message: `must be one of ${CONDITION_OPS.join(', ')}` });
  if (op === 'missing' || op === 'present') {
    if (o.value !== undefined) issues.push({ field: `${path}.value`, message: `is not used with "${op as string}"` });
    return;
  }
  const want = spec.kind === 'number' ? 'number' : spec.kind === 'boolean' ? 'boolean' : 'string';
  const good = (v: unknown) => typeof v === want && (want !== 'number' || Number.isFinite(v as number));
  if (op === 'in' || op === 'notIn') {
    if (!Array.isArray(o.value) || o.value.length === 0 || o.value.length > 300 || !o.value.every(good)) issues.push({ field: `${path}.value`, message: `must be a list of 1 to 300 ${want}s for ${spec.name}` });
  } else if (!good(o.value)) issues.push({ field: `${path}.value`, message: `must be a ${want} for ${spec.name}` });
  else if ((op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte') && want !== 'number') issues.push({ field: `${path}.op`, message: `${op as string} compares numbers; ${spec.name} is a ${spec.kind}` });
}

/** true, false, or unknown when a feature it needs is null. */
export type Truth = boolean | 'unknown';

export function evaluateCondition(c: Condition, f: Features): Truth {
  if ('all' in c) {
    let unknown = false;
    for (const x of c.all) {
      const v = evaluateCondition(x, f);
      if (v === false) return false;
      if (v === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : true;
  }
  if ('any' in c) {
    let unknown = false;
    for (const x of c.any) {
      const v = evaluateCondition(x, f);
      if (v === true) return true;
      if (v === 'unknown') unknown = true;
    }
    return unknown ? 'unknown' : false;
  }
  if ('not' in c) {
    const v = evaluateCondition(c.not, f);
    return v === 'unknown' ? v : !v;
  }
  const value = f[c.feature] ?? null;
  if (c.op === 'missing') return value === null;
  if (c.op === 'present') return value !== null;
  if (value === null) return 'unknown';
  const want = c.value;
  switch (c.op) {
    case 'eq':
      return value === want;
    case 'ne':
      return value !== want;
    case 'gt':
      return (value as number) > (want as number);
    case 'gte':
      return (value as number) >= (want as number);
    case 'lt':
      return (value as number) < (want as number);
    case 'lte':
      return (value as number) <= (want as number);
    case 'in':
      return (want as FeatureValue[]).includes(value);
    case 'notIn':
      return !(want as FeatureValue[]).includes(value);
  }
}

/** The features a condition reads. */
export function conditionFeatures(c: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in c) c.all.forEach((x) => conditionFeatures(x, into));
  else if ('any' in c) c.any.forEach((x) => conditionFeatures(x, into));
  else if ('not' in c) conditionFeatures(c.not, into);
  else into.add(c.feature);
  return into;
}

/** A rule's description with {feature} replaced by the order's values ({feature:%} shows a share as a percentage). */
export function renderReason(template: string, f: Features): string {
  return template.replace(/\{([A-Za-z0-9]+)(:%)?\}/g, (whole, name: string, percent: string | undefined) => {
    if (!(name in f)) return whole;
    const v = f[name];
    if (v === null) return 'unknown';
    if (typeof v === 'number') return percent ? `${Math.round(v * 100)}%` : String(Math.round(v * 100) / 100);
    return String(v);
  });
}
