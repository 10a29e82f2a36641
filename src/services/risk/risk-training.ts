import { MODEL_FEATURES, evaluateRules, modelVector } from '../../core/fraud/assess.js';
import { trainRiskModel, type RiskModel } from '../../core/fraud/risk-model.js';
import type { Features } from '../../core/fraud/features.js';
import { ok, type Result } from '../../core/result/result.js';
import { loadRiskConfig, type RiskDeps } from './risk-config.js';

export const TRAINING_LIMIT = 20_000;

export type ModelStatus = { trained: boolean; model: Omit<RiskModel, 'means' | 'scales'> | null; labeled: number; note: string };

/**
 * Learn the store's model from its labeled outcomes (chargebacks and fraud refunds: fraud; approved
 * reviews and orders confirmed good: legitimate), on top of the current rules: each example's
 * offset is the prior plus the weights of the rules that fire on its recorded features now, so the
 * model learns what the rules miss. The newest 20,000 labels are used.
 */
export async function trainStoreModel(deps: RiskDeps): Promise<Result<ModelStatus, 'NOT_ENOUGH_LABELS' | 'VALIDATION_FAILED'>> {
  const config = await loadRiskConfig(deps);
  const labeled = await deps.risk.labeled(TRAINING_LIMIT);
  const examples = labeled.map((l) => {
    const features = l.features as Features;
    const { fired } = evaluateRules(config.rules, features);
    return { x: modelVector(features), offset: fired.reduce((a, r) => a + r.weight, config.policy.baseLogit), y: l.outcome === 'fraud' ? (1 as const) : (0 as const) };
  });
  const trained = trainRiskModel(examples, MODEL_FEATURES, { at: deps.clock() });
  if (!trained.ok) return trained;
  await deps.risk.putSetting('model', trained.value, deps.clock());
  deps.referenceCache.clear();
  return ok(describe(trained.value, labeled.length));
}

/** Train when there are enough labels; answer the status either way (a review decision calls this). */
export async function retrainIfPossible(deps: RiskDeps): Promise<ModelStatus> {
  const r = await trainStoreModel(deps);
  if (r.ok) return r.value;
  return { ...(await modelStatus(deps)), note: r.message };
}

export async function modelStatus(deps: RiskDeps): Promise<ModelStatus> {
  const config = await loadRiskConfig(deps);
  const labeled = (await deps.risk.labeled(TRAINING_LIMIT)).length;
  if (!config.model) return { trained: false, model: null, labeled, note: 'No model yet: the rules decide alone until the store has enough labeled outcomes (30, at least 5 of each kind).' };
  return describe(config.model, labeled);
}

function describe(m: RiskModel, labeled: number): ModelStatus {
  const { means: _m, scales: _s, ...rest } = m;
  const gain = m.metrics.baselineLogLoss - m.metrics.logLoss;
  return { trained: true, model: rest, labeled, note: `Trained on ${m.examples} labeled orders (${m.positives} fraud); log loss ${m.metrics.logLoss.toFixed(4)} against ${m.metrics.baselineLogLoss.toFixed(4)} for the rules alone (${gain >= 0 ? 'better' : 'worse'} by ${Math.abs(gain).toFixed(4)}).` };
}
