import { useState, type FormEvent } from 'react';
import { formatDateTime, formatMoney } from './format.js';
import { returnWords, type Return, type ReturnsApi } from './returns-api.js';
import { downloadDocument } from './documents-api.js';
import { BASE } from './router.js';
import { Alert, Field, Link, refusalOf, useLoad, useTitle, type Refusal } from './ui.js';

/**
 * One return: its lines and reasons, its label and the parcel's tracking, and the step its status
 * allows (approve with or without a label, reject with a reason, cancel, receive with restock per
 * line, refund); then the refund's parts with the rules that decided each, and the relief record.
 */
export function ReturnDetail({ returns, id }: { returns: ReturnsApi; id: string }) {
  useTitle('Return');
  const loaded = useLoad(() => returns.get(id), [returns, id]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const r = loaded.data;

  const act = async (what: string, run: () => Promise<Return>) => {
    setBusy(true);
    setRefusal(null);
    try {
      loaded.replace(await run());
      setDone(what);
    } catch (e) {
      setRefusal(refusalOf(e));
    } finally {
      setBusy(false);
    }
  };

  if (loaded.error && !r) return <Alert>{loaded.error}</Alert>;
  if (!r) return <p aria-live="polite">Loading…</p>;
  return (
    <section aria-labelledby="return-title" data-return={r.id} data-status={r.status}>
      <h1 id="return-title">Return of {r.order}</h1>
      <p>
        <Link to={`${BASE}/returns`}>All returns</Link> · <Link to={`${BASE}/orders/${r.order}`}>Order {r.order}</Link>
      </p>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <strong className={`status status-${r.status}`}>{returnWords(r.status)}</strong>
        </dd>
        <dt>Requested</dt>
        <dd>{formatDateTime(r.createdAt)}</dd>
        <dt>Back to</dt>
        <dd>{r.warehouse}</dd>
        {r.rejectReason && (
          <>
            <dt>Rejected because</dt>
            <dd>{r.rejectReason}</dd>
          </>
        )}
        {r.label && (
          <>
            <dt>Return label</dt>
            <dd>
              {r.label.carrier} · {r.label.service} · <code>{r.label.trackingNumber}</code> · {formatMoney(r.label.cost)}{' '}
              <button type="button" onClick={() => void downloadReturnLabel(r).catch((e: unknown) => setRefusal(refusalOf(e)))}>
                Open label PDF
              </button>
            </dd>
          </>
        )}
      </dl>
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      {refusal && <Alert>{refusal.message}</Alert>}
      <table>
        <caption>Lines</caption>
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Reason</th>
            <th scope="col" className="num">Asked</th>
            <th scope="col" className="num">Received</th>
            <th scope="col" className="num">Restocked</th>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l, i) => (
            <tr key={i}>
              <th scope="row">{l.sku}</th>
              <td>
                {returnWords(l.reason)}
                {l.note ? `: ${l.note}` : ''}
              </td>
              <td className="num">{l.quantity}</td>
              <td className="num">{l.receivedQuantity}</td>
              <td className="num">{l.restockedQuantity}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.tracking && r.tracking.length > 0 && (
        <>
          <h2>Return parcel</h2>
          <ol>
            {r.tracking.map((e, i) => (
              <li key={i}>
                {returnWords(e.status)} · {formatDateTime(e.at)}
                {e.location ? ` · ${e.location}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      <Steps r={r} busy={busy} act={act} returns={returns} />
      {r.refund && <RefundParts r={r} />}
      {r.relief.length > 0 && <Relief r={r} />}
    </section>
  );
}

function Steps({ r, busy, act, returns }: { r: Return; busy: boolean; act: (what: string, run: () => Promise<Return>) => Promise<void>; returns: ReturnsApi }) {
  const [reason, setReason] = useState('');
  const [received, setReceived] = useState(() => r.lines.map((l) => ({ sku: l.sku, quantity: String(l.quantity), restock: l.reason !== 'damaged' })));
  const canCancel = ['requested', 'approved', 'label_created'].includes(r.status);
  const canReceive = ['approved', 'label_created', 'in_transit'].includes(r.status);
  const receive = (e: FormEvent) => {
    e.preventDefault();
    const lines = received.filter((l) => l.quantity.trim() !== '' && l.quantity.trim() !== '0').map((l) => ({ sku: l.sku, quantity: Number(l.quantity), restock: l.restock }));
    void act('Received.', () => returns.receive(r.id, lines));
  };
  return (
    <section aria-labelledby="return-steps-title">
      <h2 id="return-steps-title">Next step</h2>
      {r.status === 'requested' && (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void act('Approved: return label bought.', () => returns.approve(r.id, true))}>
            Approve and buy return label
          </button>
          <button type="button" disabled={busy} onClick={() => void act('Approved: the buyer sends the parcel.', () => returns.approve(r.id, false))}>
            Approve without label
          </button>
          <Field id="return-reject-reason" label="Reason for the buyer">
            {(p) => <input {...p} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <button type="button" disabled={busy} onClick={() => void act('Rejected.', () => returns.reject(r.id, reason))}>
            Reject
          </button>
        </div>
      )}
      {canReceive && (
        <form onSubmit={receive} aria-label="Receive the goods">
          {received.map((l, i) => (
            <div key={i} className="inline">
              <Field id={`receive-${i}`} label={`${l.sku} received`}>
                {(p) => <input {...p} inputMode="numeric" size={4} value={l.quantity} onChange={(e) => setReceived(received.map((x, j) => (j === i ? { ...x, quantity: e.target.value } : x)))} />}
              </Field>
              <label>
                <input type="checkbox" checked={l.restock} onChange={(e) => setReceived(received.map((x, j) => (j === i ? { ...x, restock: e.target.checked } : x)))} /> Back on the shelf
              </label>
            </div>
          ))}
          <button type="submit" className="primary" disabled={busy}>
            Receive
          </button>
        </form>
      )}
      {r.status === 'received' && (
        <button type="button" className="primary" disabled={busy} onClick={() => void act('Refunded.', () => returns.refund(r.id))}>
          Refund
        </button>
      )}
      {canCancel && (
        <button type="button" disabled={busy} onClick={() => void act('Cancelled.', () => returns.cancel(r.id, ''))}>
          Cancel the return
        </button>
      )}
      {['refunded', 'rejected', 'cancelled'].includes(r.status) && <p>Nothing more to do.</p>}
    </section>
  );
}

function RefundParts({ r }: { r: Return }) {
  const refund = r.refund!;
  return (
    <section aria-labelledby="return-refund-title">
      <h2 id="return-refund-title">Refund of {formatMoney(refund.total)}</h2>
      <table className="refund-parts">
        <caption>Each part, refunded or kept back, and the rule that decided it</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="num">Refunded</th>
            <th scope="col" className="num">Kept back</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {refund.parts.map((p) => (
            <tr key={p.part} data-part={p.part}>
              <th scope="row">{p.part}</th>
              <td className="num">{formatMoney(p.refunded)}</td>
              <td className="num">{formatMoney(p.keptBack)}</td>
              <td>
                {p.rules.map((rule) => (
                  <p key={rule.id}>
                    <code>{rule.id}</code> {rule.refundable ? '(allows it)' : '(keeps it back)'}: {rule.note}
                  </p>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Relief({ r }: { r: Return }) {
  return (
    <section aria-labelledby="return-relief-title">
      <h2 id="return-relief-title">Duty drawback and returned-goods relief</h2>
      {r.relief.map((x) => (
        <article key={x.shipmentId} className="card">
          <p>
            Order {x.orderNumber}, exported from {x.exportCountry} to {x.importCountry} ({x.incoterm}, duties paid by the {x.paidBy}) under <code>{x.exportTrackingNumber ?? 'no tracking number'}</code>: shipped {formatDateTime(x.shippedAt)} ({x.shippedSource ?? 'unknown'}), delivered {formatDateTime(x.deliveredAt)} ({x.deliveredSource ?? 'unknown'}), received back {formatDateTime(x.receivedAt)}.
          </p>
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">SKU</th>
                <th scope="col">HS code</th>
                <th scope="col">Origin</th>
                <th scope="col" className="num">Units</th>
                <th scope="col" className="num">Value</th>
                <th scope="col" className="num">Duties</th>
                <th scope="col" className="num">Taxes</th>
              </tr>
            </thead>
            <tbody>
              {x.lines.map((l) => (
                <tr key={l.sku}>
                  <th scope="row">{l.sku}</th>
                  <td>{l.hsCode ?? '—'}</td>
                  <td>{l.originCountry ?? '—'}</td>
                  <td className="num">{l.quantity}</td>
                  <td className="num">{formatMoney(l.value)}</td>
                  <td className="num">{formatMoney(l.duties)}</td>
                  <td className="num">{formatMoney(l.taxes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

/** Open a return's label PDF with the tab's key. */
function downloadReturnLabel(r: Return): Promise<void> {
  return downloadDocument({ url: r.label!.pdf, filename: `return-label-${r.label!.trackingNumber}.pdf` });
}
