import { fail, ok, type Result } from '../../core/result/result.js';
import { createPaymentRepository, type PaymentRow } from '../../db/repositories/payment-repository.js';
import { applyProviderAnswer } from './apply-provider-payment.js';
import { isPaymentId, type PaymentDeps } from './payment-transaction.js';
import { toPaymentView, type PaymentView } from './payment-view.js';
import { providerOf } from './providers.js';
import type { ProviderFailure } from './provider.js';

/** The stored payment `id`, or PAYMENT_NOT_FOUND (also for ids that are not UUIDs). */
export async function findPayment(deps: Pick<PaymentDeps, 'database'>, id: string): Promise<Result<PaymentRow, 'PAYMENT_NOT_FOUND'>> {
  const row = isPaymentId(id) ? await createPaymentRepository(deps.database.orm).get(id) : undefined;
  return row ? ok(row) : fail('PAYMENT_NOT_FOUND', `no payment ${id}`, { field: 'id' });
}

/**
 * A payment with its refunds. With `refresh`, the provider is asked first and its answer applied
 * (as a webhook would be): for a checkout's return page, when the buyer is back before the
 * provider's webhook.
 */
export async function getPayment(deps: PaymentDeps, id: string, options: { refresh?: boolean } = {}): Promise<Result<PaymentView, 'PAYMENT_NOT_FOUND' | ProviderFailure>> {
  const found = await findPayment(deps, id);
  if (!found.ok) return found;
  let row = found.value;
  if (options.refresh) {
    const provider = providerOf(deps.payments, row.provider);
    if (!provider.ok) return provider;
    const answer = await provider.value.getPayment(row.providerPaymentId);
    if (!answer.ok) return answer;
    row = await applyProviderAnswer(deps, row.id, answer.value);
  }
  return ok(toPaymentView(row, await createPaymentRepository(deps.database.orm).listRefunds(row.id)));
}
