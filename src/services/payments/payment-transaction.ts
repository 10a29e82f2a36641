import type { Orm } from '../../db/create-db.js';
import { createOutboxRepository, type OutboxRepository } from '../../db/repositories/outbox-repository.js';
import { createPaymentRepository, type PaymentRepository } from '../../db/repositories/payment-repository.js';
import type { Deps } from '../deps.js';

/** What the payment operations need. */
export type PaymentDeps = Pick<Deps, 'database' | 'clock' | 'payments' | 'markets'>;

export type PaymentTx = { orm: Orm; payments: PaymentRepository; outbox: OutboxRepository };

/**
 * One transaction over the payments and the outbox: a payment's change and the event reporting it
 * commit together or not at all. No provider is called inside one (a transaction is never held
 * across a network call).
 */
export function inPaymentTransaction<T>(deps: Pick<Deps, 'database'>, fn: (tx: PaymentTx) => Promise<T>): Promise<T> {
  return deps.database.orm.transaction(async (tx) => {
    const orm = tx as unknown as Orm;
    return fn({ orm, payments: createPaymentRepository(orm), outbox: createOutboxRepository(orm) });
  });
}

/** Payment ids are UUIDs; anything else names no payment (and must not reach a uuid column). */
export function isPaymentId(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}
