import { fail, ok, type Result } from '../result/result.js';
import { assessOrder, type AssessConfig, type Assessment } from './assess.js';
import { MemoryRiskHistory, riskKeys } from './history.js';
import { parseRiskOrder } from './risk-order.js';

/**
 * Score orders one after another with the history kept in memory (the CLI's `fraud score` and the
 * scenario suite): each order sees the ones before it. An order may carry `outcome` ("fraud" or
 * "legitimate"): what the store learned about it later, applied once it is scored, so the orders
 * after it see the label.
 */
export type StreamScorer = {
  score(input: unknown): Result<{ id: string | null; assessment: Assessment }, 'VALIDATION_FAILED'>;
  readonly history: MemoryRiskHistory;
};

export function createStreamScorer(config: AssessConfig, options: { now: () => Date; toEurMinor?: (currency: string, minor: number, date: Date) => number | null; toCurrencyMinor?: (from: string, minor: number, to: string, date: Date) => number | null }): StreamScorer {
  const history = new MemoryRiskHistory();
  let last = 0;
  return {
    history,
    score(input) {
      const parsed = parseRiskOrder(input);
      if (!parsed.ok) return parsed;
      const { order, gaps } = parsed.value;
      const outcome = (input as { outcome?: unknown }).outcome;
      if (outcome !== undefined && outcome !== null && outcome !== 'fraud' && outcome !== 'legitimate') return fail('VALIDATION_FAILED', 'outcome must be "fraud" or "legitimate" when given', { field: 'outcome' });
      // Without a time, the order is placed just after the one before it (never before it).
      const at = order.createdAt ?? new Date(Math.max(options.now().getTime(), last + 1));
      last = Math.max(last, at.getTime());
      const keys = riskKeys(order);
      const snapshot = history.snapshot(keys, order.currency, at.getTime());
      const total = order.totalMinor;
      const totalEur = total === null || order.currency === null ? null : order.currency === 'EUR' ? total : (options.toEurMinor?.(order.currency, total, at) ?? null);
      const assessment = assessOrder(
        {
          order,
          gaps,
          history: snapshot,
          at,
          totalEur,
          totalInRegionCurrency: (to) => (total === null || order.currency === null ? null : (options.toCurrencyMinor?.(order.currency, total, to, at) ?? null)),
        },
        config,
      );
      history.add({ at: at.getTime(), keys, currency: order.currency, totalMinor: total, outcome: (outcome as 'fraud' | 'legitimate' | undefined) ?? null, declined: assessment.decision === 'decline' }, order.id);
      return ok({ id: order.id, assessment });
    },
  };
}
