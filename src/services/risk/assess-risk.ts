import { assessOrder, type Assessment } from '../../core/fraud/assess.js';
import { riskKeys } from '../../core/fraud/history.js';
import { parseRiskOrder } from '../../core/fraud/risk-order.js';
import { ok, type Result } from '../../core/result/result.js';
import { RISK_POLICY } from '../../data/fraud/policy.js';
import { latestFxTable, minorConverter } from '../checkout/latest-fx.js';
import { loadRiskConfig, type RiskDeps } from './risk-config.js';
import { toRiskAssessmentView, type RiskAssessmentView } from './risk-view.js';

export type AssessOptions = {
  source: 'checkout' | 'api';
  /** Keep the assessment as history (velocity, links, the review queue); false only answers. */
  record: boolean;
  order?: { id: string; number: string } | null;
};

/**
 * Assess an order: read it (refusing only what cannot be valued), read the history before it in
 * one query, score it with the store's rules and model, and record it (history, the review queue
 * when the decision is review).
 */
export async function assessRisk(deps: RiskDeps, input: unknown, options: AssessOptions): Promise<Result<RiskAssessmentView, 'VALIDATION_FAILED'>> {
  const parsed = parseRiskOrder(input);
  if (!parsed.ok) return parsed;
  const { order, gaps } = parsed.value;
  const at = order.createdAt ?? deps.clock();
  const keys = riskKeys(order);
  const [history, config, table] = [await deps.risk.snapshot(keys, order.currency, at), await loadRiskConfig(deps), await latestFxTable(deps, at.toISOString().slice(0, 10))];
  const toCurrency = minorConverter(table, at.toISOString().slice(0, 10));
  const total = order.totalMinor;
  const assessment = assessOrder(
    {
      order,
      gaps,
      history,
      at,
      totalEur: total === null || order.currency === null ? null : toCurrency(order.currency, total, 'EUR'),
      totalInRegionCurrency: (to) => (total === null || order.currency === null ? null : toCurrency(order.currency, total, to)),
    },
    config,
  );
  const row = {
    createdAt: at,
    source: options.source,
    orderRef: order.id,
    orderId: options.order?.id ?? null,
    orderNumber: options.order?.number ?? null,
    market: order.market,
    currency: order.currency,
    totalMinor: total,
    cardKey: keys.card,
    emailKey: keys.email,
    deviceKey: keys.device,
    ipKey: keys.ip,
    addressKey: keys.address,
    customerKey: keys.customer,
    score: assessment.score,
    logit: assessment.logit,
    decision: assessment.decision,
    reasons: assessment.reasons,
    missingSignals: assessment.missingSignals,
    sca: assessment.sca as unknown as Record<string, unknown>,
    features: assessment.features as Record<string, unknown>,
    input: input as Record<string, unknown>,
    fallback: null,
    policyVersion: assessment.policyVersion,
    reviewStatus: assessment.decision === 'review' ? 'pending' : null,
  };
  if (!options.record) return ok(toRiskAssessmentView({ ...row, id: null, recordedAt: at, reviewedBy: null, reviewedAt: null, reviewNote: null, outcome: null, outcomeSource: null, outcomeAt: null }, assessment));
  const record = await deps.risk.insert(row);
  return ok(toRiskAssessmentView(record, assessment));
}

/**
 * The assessment checkout relies on: never throws and never approves by default. When the scorer
 * fails (a bug, the database), the stated fallback policy holds the order for review.
 */
export async function assessForCheckout(deps: RiskDeps, input: Record<string, unknown>, order: { id: string; number: string } | null): Promise<RiskAssessmentView> {
  try {
    const r = await assessRisk(deps, input, { source: 'checkout', record: true, order });
    if (r.ok) return r.value;
    return await fallback(deps, input, order, `the order could not be read for scoring (${r.message})`);
  } catch (error) {
    return fallback(deps, input, order, `the scorer failed (${(error as Error).message.slice(0, 200)})`);
  }
}

export const FALLBACK_POLICY = 'review: an order the scorer cannot assess is held for a person to decide, never approved unseen';

async function fallback(deps: RiskDeps, input: Record<string, unknown>, order: { id: string; number: string } | null, why: string): Promise<RiskAssessmentView> {
  const at = deps.clock();
  const score = RISK_POLICY.thresholds.review;
  const reasons = [{ code: 'policy.fallback', message: `Held for review: ${why}. Fallback policy: ${FALLBACK_POLICY}`, weight: 0, points: 0, source: 'policy' }];
  const base = {
    createdAt: at,
    source: 'checkout' as const,
    orderRef: typeof input.id === 'string' ? input.id : null,
    orderId: order?.id ?? null,
    orderNumber: order?.number ?? null,
    market: null,
    currency: null,
    totalMinor: null,
    cardKey: null,
    emailKey: null,
    deviceKey: null,
    ipKey: null,
    addressKey: null,
    customerKey: null,
    score,
    logit: 0,
    decision: 'review' as const,
    reasons,
    missingSignals: [],
    sca: { applies: false, region: null, basis: 'none', exemption: null, liabilityShift: false, note: 'Not assessed.' },
    features: {},
    input,
    fallback: why,
    policyVersion: RISK_POLICY.version,
    reviewStatus: 'pending',
  };
  try {
    return toRiskAssessmentView(await deps.risk.insert(base));
  } catch {
    return toRiskAssessmentView({ ...base, id: null, recordedAt: at, reviewedBy: null, reviewedAt: null, reviewNote: null, outcome: null, outcomeSource: null, outcomeAt: null });
  }
}

export type { Assessment };
