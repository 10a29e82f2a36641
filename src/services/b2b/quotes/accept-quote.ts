import { checkBankDetails } from '../../../core/b2b/bank-details.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { IBAN_LENGTHS } from '../../../data/banking/iban-registry.js';
import { viewQuote } from './get-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { stepQuote } from './quote-step.js';
import type { QuoteView } from './quote-view.js';

export type PayTo = { accountHolder: string; iban: string; ibanPrinted: string; bic: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{ payTo: { accountHolder, iban, bic } }`: the seller's account the distributor pays into, printed on the pro forma invoice. */
export function parseAcceptInput(input: unknown): Result<{ payTo: PayTo }, 'VALIDATION_FAILED'> {
  const body = isRecord(input) ? input : {};
  for (const key of Object.keys(body)) if (key !== 'payTo') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  const p = body.payTo;
  if (!isRecord(p)) return fail('VALIDATION_FAILED', 'payTo is the account the distributor pays into: { accountHolder, iban, bic }', { field: 'payTo' });
  for (const key of Object.keys(p)) if (!['accountHolder', 'iban', 'bic'].includes(key)) return fail('VALIDATION_FAILED', `${key} is not a field of payTo`, { field: `payTo.${key}` });
  if (typeof p.accountHolder !== 'string' || p.accountHolder.trim().length < 2 || p.accountHolder.length > 140 || /[\u0000-\u001f]/.test(p.accountHolder)) {
    return fail('VALIDATION_FAILED', 'the account holder is the name on the account, 2 to 140 characters', { field: 'payTo.accountHolder' });
  }
  const bank = checkBankDetails({ iban: p.iban, bic: p.bic }, IBAN_LENGTHS);
  if (!bank.ok) return fail('VALIDATION_FAILED', bank.message, { field: `payTo.${bank.field ?? 'iban'}` });
  return ok({ payTo: { accountHolder: p.accountHolder.trim(), iban: bank.value.iban.compact, ibanPrinted: bank.value.iban.printed, bic: bank.value.bic.bic } });
}

/**
 * The distributor accepts a sent quote: it becomes `accepted` and its pro forma invoice number is
 * issued (PF- and the quote number), with the account it is to be paid into. A quote past its
 * validUntil (by the deps clock) is QUOTE_EXPIRED naming validUntil; out of order,
 * QUOTE_STATE_CONFLICT. Nothing changes on a refusal.
 */
export async function acceptQuote(deps: QuoteServiceDeps, number: string, input: unknown): Promise<Result<QuoteView, 'VALIDATION_FAILED' | 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED'>> {
  const parsed = parseAcceptInput(input);
  if (!parsed.ok) return parsed;
  const done = await stepQuote(deps, number, 'accept', async (_orm, quote, at) => ({
    proFormaNumber: `PF-${quote.number}`,
    proFormaIssuedAt: at,
    calculation: { ...quote.calculation, payTo: parsed.value.payTo },
  }));
  return done.ok ? ok(await viewQuote(deps, done.value)) : done;
}
