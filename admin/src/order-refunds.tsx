import { useState, type FormEvent } from 'react';
import { formatAmount } from '../../src/core/money/money.js';
import type { Api } from './api.js';
import type { Order, OrderRefund, RefundRequest } from './api-types.js';
import { formatDateTime, formatMoney, newIdempotencyKey, toMinor } from './format.js';
import { orderOffers } from './order-actions.js';
import { Alert, Field, refusalOf, type Refusal } from './ui.js';

const PARTS = ['goods', 'shipping', 'duties', 'taxes', 'fees'] as const;

/** The order's refunds (parts, lines, what was kept back and why) and the form that makes one. */
export function OrderRefunds({ api, order, onChanged }: { api: Api; order: Order; onChanged: (message: string) => void }) {
  const offer = orderOffers(order, 'refund');
  return (
    <section aria-labelledby="refunds-title">
      <h2 id="refunds-title">Refunds</h2>
      {order.refunds.length === 0 ? <p>Nothing has been refunded.</p> : order.refunds.map((r, i) => <RefundRecord key={r.id} refund={r} index={i} currency={order.currency} />)}
      {offer.ok ? <RefundForm api={api} order={order} onRefunded={onChanged} /> : <p className="note">No refund can be made: {offer.why}.</p>}
    </section>
  );
}

function RefundRecord({ refund: r, index, currency }: { refund: OrderRefund; index: number; currency: string }) {
  return (
    <article className="card" aria-labelledby={`refund-${index}`} data-refund={r.id}>
      <h3 id={`refund-${index}`}>
        Refund of {formatMoney(r.amount)} on {formatDateTime(r.createdAt)}
      </h3>
      {r.reason && <p>Reason: {r.reason}</p>}
      <p>{r.lines.length > 0 ? `Units: ${r.lines.map((l) => `${l.quantity} × ${l.sku}`).join(', ')}` : 'No units (shipping or fees only).'}</p>
      <table className="compact">
        <caption>Parts of the refund</caption>
        <thead>
          <tr>
            {PARTS.map((p) => (
              <th key={p} scope="col" className="num">
                {p[0]!.toUpperCase() + p.slice(1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {PARTS.map((p) => (
              <td key={p} className="num">
                {formatMoney({ amount: r.parts[p] ?? '0', currency })}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {r.notRefunded.length > 0 && (
        <>
          <h4>Kept back</h4>
          <ul>
            {r.notRefunded.map((n, i) => (
              <li key={i}>
                {n.part}: {currency} {formatAmount({ amount: n.amount, currency })}, {n.reason} (rule <code>{n.rule}</code>)
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

type Attempt = { body: string; key: string };

/**
 * Refund units of lines, the shipping and the fees. Each intended refund carries its own
 * Idempotency-Key: sending the same form again (after a timeout, a double click) reuses it, so the
 * buyer is refunded once; a changed form is a new refund with a new key.
 */
function RefundForm({ api, order, onRefunded }: { api: Api; order: Order; onRefunded: (message: string) => void }) {
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [shipping, setShipping] = useState(false);
  const [fees, setFees] = useState(false);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [busy, setBusy] = useState(false);
  const shippingBack = order.refunds.reduce((s, r) => s + toMinor(r.parts.shipping ?? '0'), 0);
  const hasFees = order.incoterm === 'DDP' && toMinor(order.totals.fees.amount) > 0;
  const qtyField = (position: number) => `qty-${position}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    const lines: RefundRequest['lines'] = [];
    const positions: number[] = [];
    for (const l of order.lines) {
      const text = (quantities[l.sku] ?? '').trim();
      if (text === '' || text === '0') continue;
      if (!/^\d+$/.test(text)) fields[qtyField(l.position)] = 'must be a whole number of units';
      else {
        lines.push({ sku: l.sku, quantity: Number(text) });
        positions.push(l.position);
      }
    }
    if (Object.keys(fields).length > 0) return setRefusal({ fields, message: 'Some quantities are not whole numbers.' });
    if (lines.length === 0 && !shipping && !fees) return setRefusal({ fields: {}, message: 'Choose units, the shipping or the fees to refund.' });
    const body: RefundRequest = { lines, shipping, fees, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const text = JSON.stringify(body);
    const key = attempt?.body === text ? attempt.key : newIdempotencyKey('admin-refund');
    setAttempt({ body: text, key });
    setBusy(true);
    setRefusal(null);
    try {
      const updated = await api.refundOrder(order.number, body, key);
      const made = updated.refunds.at(-1);
      setQuantities({});
      setShipping(false);
      setFees(false);
      setReason('');
      setAttempt(null);
      onRefunded(made ? `Refunded ${formatMoney(made.amount)}.` : 'Refunded.');
    } catch (e) {
      setRefusal(
        refusalOf(e, (f) => {
          const m = /^lines\[(\d+)\]\.(quantity|sku)$/.exec(f);
          if (m) return positions[Number(m[1])] === undefined ? 'lines' : qtyField(positions[Number(m[1])]!);
          return ['lines', 'shipping', 'fees', 'reason'].includes(f) ? f : undefined;
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  const formError = refusal && (refusal.fields.lines ?? (Object.keys(refusal.fields).length === 0 ? refusal.message : undefined));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="refund-form-title" className="card">
      <h3 id="refund-form-title">Make a refund</h3>
      <p className="hint">
        Goods go back net of the tax their price held; duties and taxes go back where the destination's scheme allows it (units whose parcel has not shipped get everything back). What is kept back is listed with its rule.
      </p>
      <div className="refund-lines">
        {order.lines.map((l) => {
          const left = l.quantity - l.refundedQuantity;
          return (
            <Field key={l.position} id={qtyField(l.position)} label={`Units of ${l.sku} to refund`} hint={`${left} of ${l.quantity} left · ${l.title}`} error={refusal?.fields[qtyField(l.position)]}>
              {(p) => <input {...p} name={`quantity-${l.sku}`} inputMode="numeric" size={4} disabled={left === 0} value={quantities[l.sku] ?? ''} onChange={(e) => setQuantities({ ...quantities, [l.sku]: e.target.value })} />}
            </Field>
          );
        })}
      </div>
      <Field id="refund-shipping" label={`Refund the shipping (${formatMoney(order.totals.shipping)}) and the tax on the delivery`} error={refusal?.fields.shipping} hint={shippingBack > 0 ? 'Part of the shipping has already gone back.' : undefined} className="check">
        {(p) => <input {...p} type="checkbox" checked={shipping} onChange={(e) => setShipping(e.target.checked)} />}
      </Field>
      {hasFees && (
        <Field id="refund-fees" label={`Refund the fees (${formatMoney(order.totals.fees)})`} error={refusal?.fields.fees} className="check">
          {(p) => <input {...p} type="checkbox" checked={fees} onChange={(e) => setFees(e.target.checked)} />}
        </Field>
      )}
      <Field id="refund-reason" label="Reason for the refund (optional)" error={refusal?.fields.reason}>
        {(p) => <input {...p} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        {busy ? 'Refunding…' : 'Refund'}
      </button>
      {formError && <Alert>{formError}</Alert>}
      {refusal && !formError && <Alert>{refusal.message}</Alert>}
    </form>
  );
}
