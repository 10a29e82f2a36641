import type { Assessment } from '../../core/fraud/assess.js';
import type { RiskAssessmentRecord } from '../../db/repositories/risk-repository.js';

/** An assessment as the API answers it. */
export type RiskAssessmentView = {
  id: string | null;
  orderId: string | null;
  orderNumber: string | null;
  createdAt: string;
  source: string;
  /** The order's total as assessed, in minor units of its currency. */
  total: { amountMinor: number; currency: string } | null;
  score: number;
  decision: 'approve' | 'challenge' | 'review' | 'decline';
  reasons: unknown[];
  missingSignals: unknown[];
  sca: Record<string, unknown>;
  signals: Record<string, unknown>;
  model: Assessment['model'];
  policyVersion: string;
  fallback: string | null;
  review: { status: string; by: string | null; at: string | null; note: string | null } | null;
  outcome: { label: string; source: string | null; at: string | null } | null;
};

type RecordLike = Omit<RiskAssessmentRecord, 'id'> & { id: string | null };

export function toRiskAssessmentView(r: RecordLike, assessment?: Assessment): RiskAssessmentView {
  return {
    id: r.id,
    orderId: r.orderRef,
    orderNumber: r.orderNumber,
    createdAt: r.createdAt.toISOString(),
    source: r.source,
    total: r.totalMinor === null || r.currency === null ? null : { amountMinor: r.totalMinor, currency: r.currency },
    score: r.score,
    decision: r.decision as RiskAssessmentView['decision'],
    reasons: r.reasons,
    missingSignals: r.missingSignals,
    sca: r.sca,
    signals: r.features,
    model: assessment?.model ?? null,
    policyVersion: r.policyVersion,
    fallback: r.fallback,
    review: r.reviewStatus ? { status: r.reviewStatus, by: r.reviewedBy, at: r.reviewedAt?.toISOString() ?? null, note: r.reviewNote } : null,
    outcome: r.outcome ? { label: r.outcome, source: r.outcomeSource, at: r.outcomeAt?.toISOString() ?? null } : null,
  };
}
