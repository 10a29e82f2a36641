import { parseOrderNumber } from '../../../core/orders/order-number.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { createPaymentRepository } from '../../../db/repositories/payment-repository.js';
import type { Deps } from '../../deps.js';
import { toBankTransferAccount, type BankTransferAccount } from './bank-transfer-view.js';

/**
 * The bank transfers recorded for an order, oldest received first, with its total, what they
 * brought in and what is open. Any order can be asked (a storefront order simply has none).
 */
export async function listBankTransfers(deps: Pick<Deps, 'database' | 'orders'>, numberText: string): Promise<Result<BankTransferAccount, 'ORDER_NOT_FOUND'>> {
  const parsed = parseOrderNumber(numberText);
  const o = parsed.ok ? await deps.orders.byNumber(parsed.value.number) : undefined;
  if (!o) return fail('ORDER_NOT_FOUND', parsed.ok ? `no order ${parsed.value.number}` : parsed.message, { field: 'number' });
  return ok(toBankTransferAccount(o, await createPaymentRepository(deps.database.orm).byReference(o.number)));
}
