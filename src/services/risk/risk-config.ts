import type { AssessConfig } from '../../core/fraud/assess.js';
import { parseRiskModel, type RiskModel } from '../../core/fraud/risk-model.js';
import { parseRiskRule, type RiskRule } from '../../core/fraud/rules.js';
import { DEFAULT_RISK_RULES } from '../../data/fraud/default-rules.js';
import { RISK_POLICY } from '../../data/fraud/policy.js';
import { riskReferences } from '../../data/fraud/references.js';
import type { RiskRuleRecord } from '../../db/repositories/risk-repository.js';
import type { Deps } from '../deps.js';

export type RiskDeps = Pick<Deps, 'risk' | 'clock' | 'referenceCache' | 'markets'>;

const references = riskReferences();

/** A stored rule as the scorer reads it (rows were checked when written; a row that no longer parses is skipped and named). */
export function ruleFromRecord(r: RiskRuleRecord): RiskRule | null {
  const parsed = parseRiskRule({ id: r.id, description: r.description, when: r.when, weight: r.weight, action: r.action, enabled: r.enabled === 1, source: r.source });
  return parsed.ok ? parsed.value : null;
}

export function ruleToRecord(rule: RiskRule, by: string | null) {
  return { id: rule.id, description: rule.description, when: rule.when, weight: rule.weight, action: rule.action, enabled: rule.enabled ? 1 : 0, source: rule.source, updatedBy: by };
}

/** Write the default rules the first time the store's risk setup is read. */
export async function ensureRiskRules(deps: RiskDeps): Promise<void> {
  if ((await deps.risk.setting<boolean>('rules_seeded')) === true) return;
  await deps.risk.seedRules(
    DEFAULT_RISK_RULES.map((r) => ruleToRecord(r, 'landfall')),
    deps.clock(),
  );
}

/** The rules Landfall ships, without a learned model: the same answers in every store. */
export function defaultRiskConfig(): AssessConfig {
  return { rules: DEFAULT_RISK_RULES, model: null, policy: RISK_POLICY, references };
}

/** The store's rules, learned model, policy and references (kept as long as the reference cache keeps data). */
export async function loadRiskConfig(deps: RiskDeps): Promise<AssessConfig> {
  return deps.referenceCache.get('risk-config', async () => {
    await ensureRiskRules(deps);
    const rules = (await deps.risk.rules()).map(ruleFromRecord).filter((r): r is RiskRule => r !== null);
    const stored = await deps.risk.setting<unknown>('model');
    const parsed = stored === undefined ? undefined : parseRiskModel(stored);
    const model: RiskModel | null = parsed?.ok ? parsed.value : null;
    return { rules, model, policy: RISK_POLICY, references };
  });
}
