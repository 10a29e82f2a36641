import { useRef, useState } from 'react';
import type { RiskReviewItem, RiskReviewStatus } from './api-types.js';
import { formatDateTime, formatMoney, statusWords } from './format.js';
import { decisionWords, moneyOfMinor, moneyOfMinorText, problemText, SELECTED, signed, type RiskApi } from './risk-api.js';
import { BASE } from './router.js';
import { Alert, Link, useLoad } from './ui.js';

const STATUSES: Array<{ status: RiskReviewStatus; label: string }> = [
  { status: 'pending', label: 'Waiting' },
  { status: 'approved', label: 'Approved' },
  { status: 'declined', label: 'Declined' },
];

/** What an operator calls an assessed order: the store's number, else the caller's reference. */
function orderLabel(item: { orderNumber: string | null; orderId: string | null; id: string | null }): string {
  return item.orderNumber ?? (item.orderId ? `order ${item.orderId}` : `assessment ${item.id ?? ''}`);
}

/**
 * The review queue: orders the screening held for a person, oldest first, each with its score,
 * the reasons ranked, the missing signals, what SCA means for it and the buyer's history; Approve
 * releases the order (and captures its payment), Decline cancels it. Decided reviews are a click away.
 */
export function RiskReview({ risk }: { risk: RiskApi }) {
  const [status, setStatus] = useState<RiskReviewStatus>('pending');
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useLoad(() => risk.listReviews(status), [risk, status]);
  const pending = list.data?.pending;

  function decided(item: RiskReviewItem, answer: { decision: 'approve' | 'decline'; modelNote: string }) {
    const data = list.data;
    if (data) list.replace({ items: data.items.filter((x) => x.id !== item.id), pending: Math.max(0, data.pending - 1) });
    setFailure(null);
    setSaid(`${answer.decision === 'approve' ? 'Approved' : 'Declined'} ${orderLabel(item)}${answer.decision === 'approve' ? ': the order is released and its payment captured' : ': the order is cancelled and its payment voided'}. The model learned from it: ${answer.modelNote}`);
    // The decided item and its buttons are gone: keep the keyboard in the queue.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="risk-review-title">
      <h2 id="risk-review-title" ref={heading} tabIndex={-1}>
        Review queue{pending === undefined ? '' : `: ${pending} ${pending === 1 ? 'order' : 'orders'} waiting`}
      </h2>
      <div role="group" aria-label="Show reviews" className="inline">
        {STATUSES.map((s) => (
          <button key={s.status} type="button" aria-pressed={status === s.status} style={status === s.status ? SELECTED : undefined} onClick={() => setStatus(s.status)}>
            {s.label}
          </button>
        ))}
      </div>
      <p role="status" className="note">
        {said}
      </p>
      {failure && <Alert>{failure}</Alert>}
      {list.error && <Alert>{problemText(list.failure)}</Alert>}
      {list.loading && <p aria-live="polite">Loading…</p>}
      {!list.loading && list.data && list.data.items.length === 0 && <p>{status === 'pending' ? 'No orders are waiting for a decision.' : `No ${status} reviews yet.`}</p>}
      {!list.loading &&
        list.data?.items.map((item) => (
          <ReviewCard key={item.id} item={item} risk={risk} onDecided={decided} onFailed={setFailure} />
        ))}
    </section>
  );
}

function ReviewCard({ item, risk, onDecided, onFailed }: { item: RiskReviewItem; risk: RiskApi; onDecided: (item: RiskReviewItem, answer: { decision: 'approve' | 'decline'; modelNote: string }) => void; onFailed: (message: string | null) => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const label = orderLabel(item);
  const titleId = `review-${item.id}-title`;
  const total = item.order ? moneyOfMinor(item.order.total.amount, item.order.total.currency) : null;
  const totalEur = typeof item.signals.totalEur === 'number' ? moneyOfMinor(item.signals.totalEur, 'EUR') : null;

  async function decide(decision: 'approve' | 'decline') {
    setBusy(true);
    onFailed(null);
    try {
      const answer = await risk.decideReview(item.id!, { decision, ...(note.trim() ? { note: note.trim() } : {}) });
      onDecided(item, { decision, modelNote: answer.model.note });
    } catch (e) {
      onFailed(`${label} was not ${decision === 'approve' ? 'approved' : 'declined'}. ${problemText(e)}`);
      setBusy(false);
    }
  }

  return (
    <article className="card" aria-labelledby={titleId} data-review={item.id}>
      <h3 id={titleId}>
        {item.orderNumber ? <Link to={`${BASE}/orders/${encodeURIComponent(item.orderNumber)}`}>{item.orderNumber}</Link> : label}: score {item.score} of 100, {decisionWords(item.decision).toLowerCase()}
      </h3>
      <dl className="facts">
        <dt>Assessed</dt>
        <dd>
          {formatDateTime(item.createdAt)} ({item.source === 'checkout' ? 'at checkout' : 'through the API'})
        </dd>
        <dt>Total</dt>
        <dd>{total ? formatMoney(total) : totalEur ? `${formatMoney(totalEur)} (converted)` : 'not known'}</dd>
        {item.order && (
          <>
            <dt>Order status</dt>
            <dd>{statusWords(item.order.status)}</dd>
          </>
        )}
        {item.review && item.review.status !== 'pending' && (
          <>
            <dt>Decided</dt>
            <dd>
              {item.review.status} by {item.review.by ?? 'unknown'} on {formatDateTime(item.review.at)}
              {item.review.note ? `: “${item.review.note}”` : ''}
            </dd>
          </>
        )}
        {item.fallback && (
          <>
            <dt>Not scored</dt>
            <dd>{item.fallback}</dd>
          </>
        )}
        <dt>Strong Customer Authentication</dt>
        <dd>{item.sca.note}</dd>
      </dl>

      <table className="compact">
        <caption>Why: the reasons, strongest first</caption>
        <thead>
          <tr>
            <th scope="col">Reason</th>
            <th scope="col" className="num">
              Weight (log-odds)
            </th>
            <th scope="col" className="num">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {item.reasons.map((r, i) => (
            <tr key={`${r.code}-${i}`} data-reason={r.code}>
              <td>
                {r.message}
                {r.decisionAtLeast && <span className="badge">at least {decisionWords(r.decisionAtLeast).toLowerCase()}</span>}
              </td>
              <td className="num">{signed(r.weight)}</td>
              <td className="num">{signed(r.points, 0)}</td>
            </tr>
          ))}
          {item.reasons.length === 0 && (
            <tr>
              <td colSpan={3}>No rule fired: the score is the store's prior.</td>
            </tr>
          )}
        </tbody>
      </table>

      <h4>Missing signals</h4>
      {item.missingSignals.length === 0 ? (
        <p className="hint">The order had every signal the screening reads.</p>
      ) : (
        <ul>
          {item.missingSignals.map((m) => (
            <li key={m.field}>
              <code>{m.field}</code> {m.problem === 'missing' ? 'was not given' : 'could not be used'}: {m.effect}
            </li>
          ))}
        </ul>
      )}

      <BuyerHistory buyer={item.buyer} />

      {item.review?.status === 'pending' && (
        <div className="inline-form">
          <div className="field">
            <label htmlFor={`review-${item.id}-note`}>Note (optional)</label>
            <input id={`review-${item.id}-note`} className="wide" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="button" disabled={busy} aria-label={`Approve ${label}`} onClick={() => void decide('approve')}>
            Approve
          </button>
          <button type="button" className="danger" disabled={busy} aria-label={`Decline ${label}`} onClick={() => void decide('decline')}>
            Decline
          </button>
        </div>
      )}
    </article>
  );
}

function BuyerHistory({ buyer }: { buyer: RiskReviewItem['buyer'] }) {
  return (
    <>
      <h4>The buyer before this order</h4>
      <p>
        {buyer.email ? <>{buyer.email}: </> : null}
        {buyer.orders === 0 ? 'no earlier orders' : `${buyer.orders} earlier ${buyer.orders === 1 ? 'order' : 'orders'}`}, {buyer.fraud} labeled fraud, {buyer.legitimate} labeled legitimate
        {buyer.firstSeen ? `; first seen ${formatDateTime(buyer.firstSeen)}` : ''}.
      </p>
      {buyer.recent.length > 0 && (
        <table className="compact">
          <caption className="visually-hidden">The buyer's recent assessments, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Order</th>
              <th scope="col" className="num">
                Total
              </th>
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">Decision</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {buyer.recent.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt)}</td>
                <td>{r.orderNumber ? <Link to={`${BASE}/orders/${encodeURIComponent(r.orderNumber)}`}>{r.orderNumber}</Link> : '—'}</td>
                <td className="num">{formatMoney(moneyOfMinorText(r.total))}</td>
                <td className="num">{r.score}</td>
                <td>{decisionWords(r.decision)}</td>
                <td>{r.outcome ?? 'not known yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
