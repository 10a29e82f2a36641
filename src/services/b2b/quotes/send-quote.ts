import type { Result } from '../../../core/result/result.js';
import { viewQuote } from './get-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { stepQuote } from './quote-step.js';
import type { QuoteView } from './quote-view.js';

/** Mark a draft quote as sent to the distributor (draft -> sent); an expired one is QUOTE_EXPIRED naming validUntil. */
export async function sendQuote(deps: QuoteServiceDeps, number: string): Promise<Result<QuoteView, 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'>> {
  const done = await stepQuote(deps, number, 'send');
  return done.ok ? { ok: true, value: await viewQuote(deps, done.value) } : done;
}
