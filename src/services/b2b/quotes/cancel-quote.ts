import type { Result } from '../../../core/result/result.js';
import { viewQuote } from './get-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { stepQuote } from './quote-step.js';
import type { QuoteView } from './quote-view.js';

/** Call a quote off before it became an order (draft, sent, expired or accepted -> cancelled); its pro forma number stays issued. */
export async function cancelQuote(deps: QuoteServiceDeps, number: string): Promise<Result<QuoteView, 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'>> {
  const done = await stepQuote(deps, number, 'cancel');
  return done.ok ? { ok: true, value: await viewQuote(deps, done.value) } : done;
}
