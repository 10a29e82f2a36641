import { fail, ok, type Result } from '../../../core/result/result.js';
import type { QuoteRow } from '../../../db/repositories/quote-repository.js';
import { today, type QuoteServiceDeps } from './quote-deps.js';
import { toQuoteView, type QuoteView } from './quote-view.js';

const QUOTE_NUMBER = /^Q-\d{1,12}$/;

/** The quote by its number (Q-1001); a malformed or unknown number is QUOTE_NOT_FOUND naming `number`. */
export async function findQuote(deps: Pick<QuoteServiceDeps, 'distributorQuotes'>, number: string): Promise<Result<QuoteRow, 'QUOTE_NOT_FOUND'>> {
  const row = QUOTE_NUMBER.test(number) ? await deps.distributorQuotes.byNumber(number) : undefined;
  if (!row) return fail('QUOTE_NOT_FOUND', QUOTE_NUMBER.test(number) ? `no quote ${number}` : `${JSON.stringify(number)} is not a quote number like Q-1001`, { field: 'number' });
  return ok(row);
}

/** A quote row as the API shows it, with its company's name and its order's number. */
export async function viewQuote(deps: Pick<QuoteServiceDeps, 'companies' | 'orders' | 'clock'>, row: QuoteRow): Promise<QuoteView> {
  const [company, numbers] = await Promise.all([deps.companies.get(row.companyId), row.orderId ? deps.orders.numbersOf([row.orderId]) : Promise.resolve(new Map<string, string>())]);
  return toQuoteView(row, today(deps), { company, orderNumber: row.orderId ? (numbers.get(row.orderId) ?? null) : null });
}

/** One quote with everything it was worked out from. */
export async function getQuote(deps: QuoteServiceDeps, number: string): Promise<Result<QuoteView, 'QUOTE_NOT_FOUND'>> {
  const found = await findQuote(deps, number);
  return found.ok ? ok(await viewQuote(deps, found.value)) : found;
}
