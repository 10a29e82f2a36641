import { fail, type Result } from '../../../core/result/result.js';
import { acceptQuote } from './accept-quote.js';
import { quoteByLink } from './buyer-link.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import type { QuoteView } from './quote-view.js';

/**
 * The distributor accepts its quote through the link: exactly the operator's accept (pro forma
 * number issued, the store's bank account frozen on it), with `acceptedBy` the buyer's email (the
 * quote's buyer, else the company's address). A wrong token is QUOTE_NOT_FOUND, checked before
 * and again on the locked quote; an expired quote QUOTE_EXPIRED; an accepted one
 * QUOTE_STATE_CONFLICT. Nothing changes on a refusal.
 */
export async function acceptQuoteByLink(deps: QuoteServiceDeps, number: string, token: unknown): Promise<Result<QuoteView, 'VALIDATION_FAILED' | 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'>> {
  const found = await quoteByLink(deps, number, token);
  if (!found.ok) return found;
  const q = found.value;
  const buyer = q.buyerId ? await deps.companies.buyer(q.buyerId) : undefined;
  const email = buyer?.email ?? (await deps.companies.get(q.companyId))?.email;
  if (!email) return fail('QUOTE_NOT_FOUND', 'no quote at this link', { field: 'number' });
  return acceptQuote(deps, q.number, {}, { acceptedBy: email, token: token as string });
}
