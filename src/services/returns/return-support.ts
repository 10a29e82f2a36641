import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type Failure, type Result } from '../../core/result/result.js';
import type { ReturnableOrder } from '../../core/returns/returnable.js';
import type { ReturnStatus } from '../../core/returns/return-status.js';
import type { Orm } from '../../db/create-db.js';
import type { OrderRecord } from '../../db/repositories/order-repository.js';
import { createReturnRepository, type ReturnRecord, type ReturnRepository } from '../../db/repositories/return-repository.js';
import type { CarrierDeps } from '../carriers/carrier-deps.js';
import { inOrderTransaction, type OrderTx } from '../orders/order-changes.js';

/** What returns use: the order services' deps with the carriers and their records. */
export type ReturnDeps = CarrierDeps;

export type ReturnTx = OrderTx & { returns: ReturnRepository };

/** A refusal decided inside a transaction: thrown to roll it back, answered as the failure. */
class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** Throw inside `inReturnTransaction` to roll back and answer `failure`. */
export function refuse(failure: Failure): never {
  throw new Refusal(failure);
}

/** Run `fn` in one transaction over orders, stock, the outbox and returns; a `refuse` rolls it back and is answered. */
export async function inReturnTransaction<T, C extends string>(deps: Pick<ReturnDeps, 'database'>, fn: (tx: ReturnTx) => Promise<Result<T, C>>): Promise<Result<T, C>> {
  try {
    return await inOrderTransaction(deps.database, (tx) => fn({ ...tx, returns: createReturnRepository(tx.orm) }));
  } catch (error) {
    if (error instanceof Refusal) return error.failure as Failure<C>;
    throw error;
  }
}

export function returnRepository(deps: Pick<ReturnDeps, 'database'>): ReturnRepository {
  return createReturnRepository(deps.database.orm as Orm);
}

/** A return by id: RETURN_NOT_FOUND naming `id` for a malformed or unknown id. */
export async function findReturn(deps: Pick<ReturnDeps, 'database'>, id: string): Promise<Result<ReturnRecord, 'RETURN_NOT_FOUND'>> {
  const found = isUuid(id) ? await returnRepository(deps).byId(id) : undefined;
  return found ? ok(found) : fail('RETURN_NOT_FOUND', `no return ${id}`, { field: 'id' });
}

/** An order with its returns, as the returnable-units check reads it. */
export function returnableOrderOf(o: OrderRecord, returns: readonly ReturnRecord[]): ReturnableOrder {
  return {
    number: o.number,
    lines: o.lines,
    shipments: o.shipments,
    returns: returns.map((r) => ({ status: r.status as ReturnStatus, lines: r.lines })),
  };
}

/** The return's outbox event, on the order's subject so that order webhooks see it with the order's other events. */
export async function appendReturnEvent(tx: OrderTx, o: { id: string; number: string }, r: { id: string }, type: string, extra: Record<string, unknown>, at: Date): Promise<void> {
  await tx.outbox.append({ type, subject: { kind: 'order', id: o.id }, payload: { return: r.id, order: o.number, ...extra } }, at);
}
