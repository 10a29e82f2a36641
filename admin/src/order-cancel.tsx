import { useState, type FormEvent } from 'react';
import { formatAmount } from '../../src/core/money/money.js';
import type { Api } from './api.js';
import type { Order } from './api-types.js';
import { formatMoney, newIdempotencyKey, toMinor } from './format.js';
import { orderOffers } from './order-actions.js';
import { Alert, Field, refusalOf, type Refusal } from './ui.js';

/**
 * Cancel an order that has not shipped, in two steps (ask, then confirm). A paid order is refunded
 * in full, so the request carries an Idempotency-Key kept for the whole attempt: confirming again
 * after a failure cannot refund twice.
 */
export function OrderCancel({ api, order, onChanged }: { api: Api; order: Order; onChanged: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [key, setKey] = useState(() => newIdempotencyKey('admin-cancel'));
  const [busy, setBusy] = useState(false);
  if (!orderOffers(order, 'cancel').ok) return null;
  const paid = toMinor(order.totals.captured.amount) - toMinor(order.totals.refunded.amount);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!confirming) return setConfirming(true);
    setBusy(true);
    setRefusal(null);
    try {
      const done = await api.cancelOrder(order.number, reason.trim() ? { reason: reason.trim() } : {}, key);
      setConfirming(false);
      setKey(newIdempotencyKey('admin-cancel'));
      onChanged(`Order ${done.number} cancelled${paid > 0 ? `; ${formatMoney(done.totals.refunded)} refunded` : ''}.`);
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (f === 'reason' ? f : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="cancel-title">
      <h2 id="cancel-title">Cancel the order</h2>
      <form onSubmit={submit} noValidate className="card">
        <p className="hint">Nothing has shipped yet. Cancelling puts the stock back on the shelf{paid > 0 ? ` and refunds everything paid (${formatMoney({ amount: formatAmount({ amount: paid, currency: order.currency }), currency: order.currency })})` : ''}.</p>
        <Field id="cancel-reason" label="Reason for cancelling (optional)" error={refusal?.fields.reason}>
          {(p) => (
            <input
              {...p}
              maxLength={500}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                // Another reason is another request: it gets its own key.
                setKey(newIdempotencyKey('admin-cancel'));
              }}
            />
          )}
        </Field>
        {confirming ? (
          <div className="inline">
            <button type="submit" className="danger" disabled={busy}>
              Yes, cancel {order.number}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep the order
            </button>
          </div>
        ) : (
          <button type="submit">Cancel order…</button>
        )}
        {refusal && <Alert>{refusal.message}</Alert>}
      </form>
    </section>
  );
}
