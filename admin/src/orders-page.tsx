import type { Api } from './api.js';
import { ORDER_STATUSES } from './api-types.js';
import { formatDateTime, formatMoney, statusWords, toMinor } from './format.js';
import { BASE, useQuery } from './router.js';
import { Alert, Link, Pager, StatusFilter, useLoad, usePager, useTitle } from './ui.js';

/** Orders, newest first, filtered by status (kept in the address, so Back and links keep it), a page at a time. */
export function OrdersPage({ api }: { api: Api }) {
  useTitle('Orders');
  const query = useQuery();
  const status = query.get('status') ?? '';
  // ?limit= sets the page size (1 to 100; the API says so when it is not).
  const limit = Number(query.get('limit') ?? 20) || 20;
  const pager = usePager(`${status}|${limit}`);
  const orders = useLoad(() => api.listOrders({ status, cursor: pager.cursor, limit }), [api, status, limit, pager.cursor]);
  const page = orders.data;
  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">Orders</h1>
      <StatusFilter id="order-status" path={`${BASE}/orders`} value={status} statuses={ORDER_STATUSES} words={statusWords} />
      {orders.error && <Alert>{orders.error}</Alert>}
      <table>
        <caption className="visually-hidden">Orders{status ? `: ${statusWords(status)}` : ''}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Placed</th>
            <th scope="col">Status</th>
            <th scope="col">Market</th>
            <th scope="col">Buyer</th>
            <th scope="col" className="num">
              Total
            </th>
            <th scope="col" className="num">
              Refunded
            </th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((o) => (
            <tr key={o.id} data-order={o.number}>
              <th scope="row">
                <Link to={`${BASE}/orders/${o.number}`}>{o.number}</Link>
              </th>
              <td>{formatDateTime(o.createdAt)}</td>
              <td>
                <span className={`status status-${o.status}`}>{statusWords(o.status)}</span>
              </td>
              <td>
                {o.market} · {o.country} · {o.incoterm}
              </td>
              <td>{o.email}</td>
              <td className="num">{formatMoney(o.totals.total)}</td>
              <td className="num">{toMinor(o.totals.refunded.amount) === 0 ? '—' : formatMoney(o.totals.refunded)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {orders.loading && <p aria-live="polite">Loading…</p>}
      {!orders.loading && page && page.items.length === 0 && <p>No orders{status ? ` are ${statusWords(status).toLowerCase()}` : ' yet'}.</p>}
      <Pager label="Orders" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}
