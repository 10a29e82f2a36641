import type { InvoiceData } from '../../../core/customs-docs/build-invoice.js';
import type { Result } from '../../../core/result/result.js';
import { quoteByLink } from './buyer-link.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { quoteProForma } from './quote-pro-forma.js';

/**
 * The pro forma invoice of an accepted quote, for its distributor through the link: the same
 * document the operator downloads. A wrong token is QUOTE_NOT_FOUND; a quote not accepted yet
 * QUOTE_STATE_CONFLICT naming `status`.
 */
export async function buyerProForma(deps: QuoteServiceDeps, number: string, token: unknown): Promise<Result<InvoiceData, Exclude<Awaited<ReturnType<typeof quoteProForma>>, { ok: true }>['code']>> {
  const found = await quoteByLink(deps, number, token);
  if (!found.ok) return found;
  return quoteProForma(deps, found.value.number);
}
