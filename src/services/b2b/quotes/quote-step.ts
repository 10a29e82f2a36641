import { checkQuoteStep, isQuoteStatus, type QuoteStep } from '../../../core/b2b/quote-status.js';
import { fail, ok, type Failure, type Result } from '../../../core/result/result.js';
import type { Orm } from '../../../db/create-db.js';
import { createQuoteRepository, type QuotePatch, type QuoteRow } from '../../../db/repositories/quote-repository.js';
import { today, type QuoteServiceDeps } from './quote-deps.js';

/** Thrown inside a step's transaction to roll it back with an answer. */
export class StepRefused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/**
 * Take one step of a quote's life in one transaction: lock the quote, check the step against its
 * status and validity on the deps clock's day, then let `change` write (it gets the transaction and
 * returns the quote's patch). A refusal, or a StepRefused thrown by `change`, changes nothing.
 */
export async function stepQuote<C extends string = never>(
  deps: Pick<QuoteServiceDeps, 'database' | 'clock'>,
  number: string,
  step: QuoteStep,
  change: (orm: Orm, quote: QuoteRow, at: Date) => Promise<QuotePatch> = async () => ({}),
): Promise<Result<QuoteRow, 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED' | C>> {
  const at = deps.clock();
  try {
    return await deps.database.orm.transaction(async (t) => {
      const orm = t as unknown as Orm;
      const quotes = createQuoteRepository(orm);
      const quote = /^Q-\d{1,12}$/.test(number) ? await quotes.lock(number) : undefined;
      if (!quote) throw new StepRefused(fail('QUOTE_NOT_FOUND', `no quote ${number}`, { field: 'number' }));
      const to = checkQuoteStep(step, { number: quote.number, status: isQuoteStatus(quote.status) ? quote.status : 'draft', validUntil: quote.validUntil }, today(deps));
      if (!to.ok) throw new StepRefused(to);
      const patch = await change(orm, quote, at);
      return ok(await quotes.update(quote.id, { ...patch, status: to.value }, at));
    });
  } catch (error) {
    if (error instanceof StepRefused) return error.failure as Failure<'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED' | C>;
    throw error;
  }
}
