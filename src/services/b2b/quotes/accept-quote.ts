import { fail, ok, type Result } from '../../../core/result/result.js';
import { getStoreBankAccount, parseBankAccount, type BankAccount } from '../../store/bank-account.js';
import { tokenMatches } from './buyer-link.js';
import { viewQuote } from './get-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { StepRefused, stepQuote } from './quote-step.js';
import type { QuoteView } from './quote-view.js';

/** The seller's account the distributor pays into, as printed on the pro forma invoice. */
export type PayTo = BankAccount;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `{ payTo?: { accountHolder, iban, bic } }`: the account the distributor pays into, checked as the
 * store's own is (failures name `payTo.iban`, ...); absent, undefined (the store's account is used).
 */
export function parseAcceptInput(input: unknown): Result<{ payTo: PayTo | undefined }, 'VALIDATION_FAILED'> {
  const body = isRecord(input) ? input : {};
  for (const key of Object.keys(body)) if (key !== 'payTo') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  if (body.payTo === undefined || body.payTo === null) return ok({ payTo: undefined });
  const payTo = parseBankAccount(body.payTo, 'payTo');
  return payTo.ok ? ok({ payTo: payTo.value }) : payTo;
}

export type AcceptOptions = {
  /** Who accepts: the buyer's email through the distributor's link; `operator` by default. */
  acceptedBy?: string;
  /** Through the link: the token, checked again on the locked quote (a link replaced meanwhile is QUOTE_NOT_FOUND). */
  token?: string;
};

/**
 * The distributor accepts a sent quote: it becomes `accepted` and its pro forma invoice number is
 * issued (PF- and the quote number), with the account it is to be paid into: `payTo` when given,
 * else the store's own bank account; with neither, VALIDATION_FAILED naming `payTo`. A quote past
 * its validUntil (by the deps clock) is QUOTE_EXPIRED naming validUntil; out of order,
 * QUOTE_STATE_CONFLICT. Nothing changes on a refusal.
 */
export async function acceptQuote(deps: QuoteServiceDeps, number: string, input: unknown, options: AcceptOptions = {}): Promise<Result<QuoteView, 'VALIDATION_FAILED' | 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'>> {
  const parsed = parseAcceptInput(input);
  if (!parsed.ok) return parsed;
  const payTo = parsed.value.payTo ?? (await getStoreBankAccount(deps));
  if (!payTo) return fail('VALIDATION_FAILED', "no account for the distributor to pay into: set the store's bank account (PUT /v1/admin/store/bank-account) or give payTo { accountHolder, iban, bic }", { field: 'payTo' });
  const done = await stepQuote(deps, number, 'accept', async (_orm, quote, at) => {
    if (options.token !== undefined && !tokenMatches(quote.buyerTokenHash, options.token)) throw new StepRefused(fail('QUOTE_NOT_FOUND', 'no quote at this link', { field: 'number' }));
    return {
      proFormaNumber: `PF-${quote.number}`,
      proFormaIssuedAt: at,
      acceptedBy: options.acceptedBy ?? 'operator',
      calculation: { ...quote.calculation, payTo },
    };
  });
  return done.ok ? ok(await viewQuote(deps, done.value)) : done;
}
