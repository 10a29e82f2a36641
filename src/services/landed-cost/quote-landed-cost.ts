import type { LandedCostAnswer } from '../../core/landed-cost/answer.js';
import { calculateLandedCost } from '../../core/landed-cost/calculate-landed-cost.js';
import { parseLandedCostRequest } from '../../core/landed-cost/request.js';
import type { Result } from '../../core/result/result.js';
import type { FxSource } from './fx-source.js';
import type { RuleSource } from './rule-source.js';

export type QuoteError = 'VALIDATION_FAILED' | 'FX_RATE_MISSING' | 'FX_RATE_STALE';

export type QuoteDeps = { rules: RuleSource; fxRates: FxSource; maxFxAgeDays: number };

/**
 * Quote the landed cost of a request as it arrives (JSON): validate, load the rules and the
 * reference rates for its date, calculate. Shared by the HTTP API and the CLI.
 */
export async function quoteLandedCost(deps: QuoteDeps, input: unknown): Promise<Result<LandedCostAnswer, QuoteError>> {
  const request = parseLandedCostRequest(input);
  if (!request.ok) return request;
  const [rules, fx] = await Promise.all([deps.rules.get(), deps.fxRates.forDate(request.value.date, deps.maxFxAgeDays)]);
  return calculateLandedCost(request.value, rules, fx, { maxFxAgeDays: deps.maxFxAgeDays });
}
