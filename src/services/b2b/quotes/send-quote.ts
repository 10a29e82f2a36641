import { ok, type Result } from '../../../core/result/result.js';
import { createCompanyRepository } from '../../../db/repositories/company-repository.js';
import { createOutboxRepository } from '../../../db/repositories/outbox-repository.js';
import { emailMessages } from '../../../db/schema/index.js';
import { buyerLink, newBuyerToken } from './buyer-link.js';
import { viewQuote } from './get-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { stepQuote } from './quote-step.js';
import type { QuoteView } from './quote-view.js';

/** The sent quote, with the distributor's link: answered this once (only its hash is kept). */
export type SentQuote = QuoteView & { buyerLink: string; sentTo: string };

/**
 * Send a quote to the distributor (draft -> sent; a sent quote again): a new link token replaces
 * the old one (whose link stops working), and one transaction records `quote.sent` and queues the
 * `quote_sent` email with the link to the quote's buyer, or to the company's address when the quote
 * names no buyer. The event carries no token (webhook receivers do not get the link). An expired
 * quote is QUOTE_EXPIRED naming validUntil; nothing changes on a refusal.
 */
export async function sendQuote(deps: QuoteServiceDeps, number: string, options: { publicUrl: string }): Promise<Result<SentQuote, 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'>> {
  const { token, hash } = newBuyerToken();
  let sentTo = '';
  const done = await stepQuote(deps, number, 'send', async (orm, quote, at) => {
    const companies = createCompanyRepository(orm);
    const company = await companies.get(quote.companyId);
    const buyer = quote.buyerId ? await companies.buyer(quote.buyerId) : undefined;
    sentTo = buyer?.email ?? company?.email ?? '';
    const event = await createOutboxRepository(orm).append({ type: 'quote.sent', subject: { kind: 'quote', id: quote.id }, payload: { number: quote.number, companyId: quote.companyId, validUntil: quote.validUntil, to: sentTo } }, at);
    // The link travels in the email row (as a support reply's token does) until the mail worker words it.
    if (sentTo !== '') await orm.insert(emailMessages).values({ eventId: event.id, kind: 'quote_sent', orderId: null, about: { quote: quote.number, token }, toAddress: sentTo, locale: 'en', nextAttemptAt: at, createdAt: at });
    return { buyerTokenHash: hash, buyerLinkSentAt: at };
  });
  if (!done.ok) return done;
  return ok({ ...(await viewQuote(deps, done.value)), buyerLink: buyerLink(options.publicUrl, done.value.number, token), sentTo });
}
