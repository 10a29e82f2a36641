import { useMemo } from 'react';
import { formatDateTime, formatMoney } from './format.js';
import { RETURN_STATUSES, returnsApiOfTab, returnWords, type ReturnsApi } from './returns-api.js';
import { ReturnDetail } from './returns-detail.js';
import { BASE, useQuery } from './router.js';
import { Alert, Link, Pager, StatusFilter, useLoad, usePager, useTitle } from './ui.js';

/** Returns: the list (filtered by status or order, kept in the address) or, with an id, one return and its steps. */
export function ReturnsPage({ id }: { id?: string | undefined }) {
  const returns = useMemo(() => returnsApiOfTab(), []);
  return id ? <ReturnDetail key={id} returns={returns} id={id} /> : <ReturnsList returns={returns} />;
}

function ReturnsList({ returns }: { returns: ReturnsApi }) {
  useTitle('Returns');
  const query = useQuery();
  const status = query.get('status') ?? '';
  // ?order= shows the returns of one order (the order page links here), in one page.
  const order = query.get('order') ?? '';
  const pager = usePager(`${status}|${order}`);
  const list = useLoad(() => returns.list({ status, cursor: pager.cursor, ...(order ? { order } : {}) }), [returns, status, order, pager.cursor]);
  const page = list.data;
  return (
    <section aria-labelledby="returns-title">
      <h1 id="returns-title">Returns{order ? ` of ${order}` : ''}</h1>
      <StatusFilter id="return-status" path={`${BASE}/returns`} value={status} statuses={RETURN_STATUSES} words={returnWords} />
      {list.error && <Alert>{list.error}</Alert>}
      <table>
        <caption className="visually-hidden">Returns{status ? `: ${returnWords(status)}` : ''}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Return</th>
            <th scope="col">Order</th>
            <th scope="col">Requested</th>
            <th scope="col">Status</th>
            <th scope="col">Lines</th>
            <th scope="col" className="num">
              Refunded
            </th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((r) => (
            <tr key={r.id} data-return={r.id}>
              <th scope="row">
                <Link to={`${BASE}/returns/${r.id}`}>{r.id.slice(0, 8)}</Link>
              </th>
              <td>
                <Link to={`${BASE}/orders/${r.order}`}>{r.order}</Link>
              </td>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>
                <span className={`status status-${r.status}`}>{returnWords(r.status)}</span>
              </td>
              <td>{r.lines.map((l) => `${l.quantity} × ${l.sku} (${returnWords(l.reason)})`).join(', ')}</td>
              <td className="num">{r.refund ? formatMoney(r.refund.total) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.loading && <p aria-live="polite">Loading…</p>}
      {!list.loading && page && page.items.length === 0 && <p>No returns{status ? ` are ${returnWords(status).toLowerCase()}` : ' yet'}.</p>}
      <Pager label="Returns" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}
