import type { QuoteCalculation } from '../../../core/b2b/quote-calculation.js';
import { formatAmount } from '../../../core/money/money.js';
import type { QuoteEmailView } from '../../../core/notifications/email-view.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { createCompanyRepository } from '../../../db/repositories/company-repository.js';
import type { EmailRow } from '../../../db/repositories/email-repository.js';
import { createQuoteRepository } from '../../../db/repositories/quote-repository.js';
import type { Deps } from '../../deps.js';
import { buyerLink, tokenMatches } from './buyer-link.js';

/**
 * What a `quote_sent` email shows, read when it is sent: the quote's number, rule, price, landed
 * cost and validity, and the link with the token the send put in the email row. SKIP when it
 * should not go: the quote is gone or withdrawn, or a newer send replaced the link (the newer
 * email carries the one that works).
 */
export async function quoteEmailView(deps: Pick<Deps, 'database' | 'store'>, row: Pick<EmailRow, 'about' | 'locale' | 'toAddress'>, publicUrl: string): Promise<Result<QuoteEmailView, 'SKIP'>> {
  const number = row.about.quote;
  const token = row.about.token;
  const companies = createCompanyRepository(deps.database.orm);
  const quote = number ? await createQuoteRepository(deps.database.orm).byNumber(number) : undefined;
  if (!quote || !token) return fail('SKIP', 'the quote no longer exists');
  if (quote.status === 'cancelled') return fail('SKIP', 'the quote was cancelled before its email was sent');
  if (!tokenMatches(quote.buyerTokenHash, token)) return fail('SKIP', 'the quote was sent again: the newer email carries the link that works');
  const [company, store] = await Promise.all([companies.get(quote.companyId), deps.store.get()]);
  const calc = quote.calculation as unknown as QuoteCalculation;
  const amount = (minor: number) => ({ amount: formatAmount({ amount: minor, currency: quote.currency }), currency: quote.currency });
  return ok({
    kind: 'quote_sent',
    locale: row.locale,
    country: company?.country ?? 'US',
    store: { name: store?.name ?? 'Landfall' },
    to: row.toAddress,
    quote: { number: quote.number, company: company?.name ?? '', incoterm: calc.incoterm.text, price: amount(quote.totalMinor), landed: amount(calc.landedMinor), validUntil: quote.validUntil, link: buyerLink(publicUrl, quote.number, token) },
  });
}
