import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { createPaymentRepository } from '../../db/repositories/payment-repository.js';
import type { CheckoutDeps } from '../checkout/checkout-deps.js';
import { cancelOrder } from '../orders/order-operations.js';
import { toOrderView } from '../orders/order-view.js';
import { cancelPayment } from '../payments/cancel-payment.js';
import { capturePayment } from '../payments/capture-payment.js';
import { retrainIfPossible, type ModelStatus } from './risk-training.js';
import { toRiskAssessmentView, type RiskAssessmentView } from './risk-view.js';

type ReviewDeps = CheckoutDeps;

export type ReviewItem = RiskAssessmentView & {
  buyer: { email: string | null; orders: number; fraud: number; legitimate: number; firstSeen: string | null; recent: { id: string; createdAt: string; decision: string; score: number; total: string | null; outcome: string | null; orderNumber: string | null }[] };
  order: { number: string; status: string; total: { amount: number; currency: string }; riskStatus: string | null } | null;
};

/** The review queue (pending oldest first; decided newest first), each with the buyer's history and the order. */
export async function listReviews(deps: ReviewDeps, query: { status?: unknown; limit?: unknown }): Promise<Result<{ items: ReviewItem[]; pending: number }, 'VALIDATION_FAILED'>> {
  const status = query.status ?? 'pending';
  if (status !== 'pending' && status !== 'approved' && status !== 'declined') return fail('VALIDATION_FAILED', 'status must be pending, approved or declined', { field: 'status' });
  const limit = query.limit === undefined ? 50 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) return fail('VALIDATION_FAILED', 'limit must be a whole number from 1 to 200', { field: 'limit' });
  const list = await deps.risk.reviews(status, limit);
  const items: ReviewItem[] = [];
  for (const r of list) items.push(await reviewItem(deps, r));
  return ok({ items, pending: await deps.risk.pendingCount() });
}

async function reviewItem(deps: ReviewDeps, r: NonNullable<Awaited<ReturnType<ReviewDeps['risk']['byId']>>>): Promise<ReviewItem> {
  const past = (await deps.risk.buyerHistory(r.customerKey, r.emailKey, 51)).filter((p) => p.id !== r.id);
  const order = r.orderId ? await deps.orders.byId(r.orderId) : undefined;
  const view = order ? toOrderView(order) : null;
  return {
    ...toRiskAssessmentView(r),
    buyer: {
      email: r.emailKey,
      orders: past.filter((p) => p.decision !== 'decline').length,
      fraud: past.filter((p) => p.outcome === 'fraud').length,
      legitimate: past.filter((p) => p.outcome === 'legitimate').length,
      firstSeen: past.length > 0 ? past[past.length - 1]!.createdAt.toISOString() : null,
      recent: past.slice(0, 10).map((p) => ({ id: p.id, createdAt: p.createdAt.toISOString(), decision: p.decision, score: p.score, total: p.totalMinor === null || p.currency === null ? null : `${p.currency} ${p.totalMinor}`, outcome: p.outcome, orderNumber: p.orderNumber })),
    },
    order: view && order ? { number: view.number, status: view.status, total: { amount: order.totalMinor, currency: order.currency }, riskStatus: order.riskStatus } : null,
  };
}

export async function getReview(deps: ReviewDeps, id: string): Promise<Result<ReviewItem, 'ASSESSMENT_NOT_FOUND'>> {
  const r = isUuid(id) ? await deps.risk.byId(id) : undefined;
  if (!r) return fail('ASSESSMENT_NOT_FOUND', `no risk assessment ${id}`, { field: 'id' });
  return ok(await reviewItem(deps, r));
}

/**
 * Decide a review with one click. Approve: the outcome is labeled legitimate, a held order is
 * released and its authorized payment captured. Decline: labeled fraud, the order's open payments
 * are voided and the order cancelled (its stock returns). Either way the store's model learns
 * from the label (retrained when there are enough labels).
 */
export async function decideReview(deps: ReviewDeps, id: string, input: unknown, by: string): Promise<Result<{ review: ReviewItem; model: ModelStatus }, 'ASSESSMENT_NOT_FOUND' | 'VALIDATION_FAILED' | 'REVIEW_ALREADY_DECIDED' | string>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : input === undefined || input === null ? {} : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object', { field: 'body' });
  for (const key of Object.keys(body)) if (key !== 'decision' && key !== 'note') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  if (body.decision !== 'approve' && body.decision !== 'decline') return fail('VALIDATION_FAILED', 'decision must be approve or decline', { field: 'decision' });
  if (body.note !== undefined && body.note !== null && (typeof body.note !== 'string' || body.note.length > 1000)) return fail('VALIDATION_FAILED', 'note must be text of at most 1,000 characters', { field: 'note' });
  const r = isUuid(id) ? await deps.risk.byId(id) : undefined;
  if (!r) return fail('ASSESSMENT_NOT_FOUND', `no risk assessment ${id}`, { field: 'id' });
  if (r.reviewStatus !== 'pending') return fail('REVIEW_ALREADY_DECIDED', `assessment ${id} is not waiting for review (${r.reviewStatus ?? 'never queued'})`, { field: 'id' });
  const at = deps.clock();
  const decided = await deps.risk.decideReview(id, { status: body.decision === 'approve' ? 'approved' : 'declined', by, at, note: typeof body.note === 'string' ? body.note : null });
  if (!decided) return fail('REVIEW_ALREADY_DECIDED', `assessment ${id} was decided meanwhile`, { field: 'id' });
  if (r.orderId) {
    const order = await deps.orders.byId(r.orderId);
    if (order) {
      const payments = await createPaymentRepository(deps.database.orm).byReference(order.number);
      if (body.decision === 'approve') {
        await deps.orders.update(order.id, { riskStatus: 'released' }, at);
        for (const p of payments) if (p.status === 'authorized' && order.cancelledAt === null) await capturePayment(deps, p.id, {});
      } else {
        await deps.orders.update(order.id, { riskStatus: 'declined' }, at);
        for (const p of payments) if (['requires_action', 'processing', 'authorized'].includes(p.status)) await cancelPayment(deps, p.id);
        if (order.cancelledAt === null) await cancelOrder(deps, order.number, { reason: 'declined in fraud review' });
      }
    }
  }
  const model = await retrainIfPossible(deps);
  return ok({ review: await reviewItem(deps, (await deps.risk.byId(id))!), model });
}

/** Record what the store learned about an assessed order later (a chargeback, a fraud refund, a confirmed good order). */
export async function recordOutcome(deps: ReviewDeps, id: string, input: unknown): Promise<Result<RiskAssessmentView, 'ASSESSMENT_NOT_FOUND' | 'VALIDATION_FAILED'>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'body must be a JSON object like {"outcome": "fraud", "source": "chargeback"}', { field: 'body' });
  for (const key of Object.keys(body)) if (key !== 'outcome' && key !== 'source') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  if (body.outcome !== 'fraud' && body.outcome !== 'legitimate') return fail('VALIDATION_FAILED', 'outcome must be fraud or legitimate', { field: 'outcome' });
  const sources = ['chargeback', 'fraud_refund', 'confirmed_good', 'manual'];
  const source = body.source ?? 'manual';
  if (typeof source !== 'string' || !sources.includes(source)) return fail('VALIDATION_FAILED', `source must be one of ${sources.join(', ')}`, { field: 'source' });
  const r = isUuid(id) ? await deps.risk.byId(id) : undefined;
  if (!r) return fail('ASSESSMENT_NOT_FOUND', `no risk assessment ${id}`, { field: 'id' });
  const updated = await deps.risk.setOutcome(id, body.outcome, source, deps.clock());
  return ok(toRiskAssessmentView(updated!));
}
