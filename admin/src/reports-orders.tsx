import { formatDateTime, formatMoney, statusWords } from './format.js';
import { reportQuery, type ReportsApi } from './reports-api.js';
import { CsvButton, QueryForm } from './reports-ui.js';
import { BASE, useQuery } from './router.js';
import { Alert, Link, Pager, refusalOf, useLoad, usePager } from './ui.js';

/** The paid orders behind a sales figure (market, currency, country, range), each leading to its order. */
export function SalesOrdersReport({ reports }: { reports: ReportsApi }) {
  const query = useQuery();
  const values = { market: query.get('market') ?? '', currency: query.get('currency') ?? '', country: query.get('country') ?? '', channel: query.get('channel') ?? '', from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const key = reportQuery(values);
  const pager = usePager(key);
  const loaded = useLoad(() => reports.salesOrders({ ...values, cursor: pager.cursor, limit: 50 }), [reports, key, pager.cursor]);
  const refusal = loaded.failure ? refusalOf(loaded.failure) : null;
  const page = loaded.data;
  return (
    <section aria-labelledby="sales-orders-title">
      <h2 id="sales-orders-title">Sales orders</h2>
      <QueryForm
        path={`${BASE}/reports/orders`}
        label="Which orders"
        fields={[
          { name: 'market', label: 'Market', placeholder: 'eu' },
          { name: 'currency', label: 'Currency', placeholder: 'EUR' },
          { name: 'country', label: 'Country', placeholder: 'DE' },
          { name: 'channel', label: 'Sales channel', placeholder: 'amazon' },
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To (included)', type: 'date' },
        ]}
        values={values}
        refusal={refusal}
      />
      {refusal && Object.keys(refusal.fields).length === 0 && <Alert>{refusal.message}</Alert>}
      {page && (
        <>
          <p className="note" data-testid="sales-orders-range">
            Orders paid {page.from} to {page.to} (UTC){page.filter.market ? `, market ${page.filter.market}` : ''}
            {page.filter.currency ? `, in ${page.filter.currency}` : ''}
            {page.filter.country ? `, to ${page.filter.country}` : ''}
            {page.filter.channel ? `, sold on ${page.filter.channel}` : ''}.
          </p>
          <CsvButton url={`/v1/admin/reports/orders${reportQuery({ ...values, from: page.from, to: page.to })}`} filename="sales-orders.csv" />
          <div className="scroll">
            <table id="table-sales-orders">
              <caption className="visually-hidden">Paid orders, oldest payment first</caption>
              <thead>
                <tr>
                  <th scope="col">Order</th>
                  <th scope="col">Paid</th>
                  <th scope="col">Market</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">Duties</th>
                  <th scope="col" className="num">Taxes</th>
                  <th scope="col" className="num">Charged</th>
                  <th scope="col" className="num">Refunded</th>
                  <th scope="col" className="num">Net</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((o) => (
                  <tr key={o.number} data-order={o.number}>
                    <th scope="row">
                      <Link to={`${BASE}/orders/${o.number}`}>{o.number}</Link>
                    </th>
                    <td>{formatDateTime(o.paidAt)}</td>
                    <td>
                      {o.market} · {o.country} · {o.incoterm}
                      {o.salesChannel && o.salesChannel !== 'storefront' ? ` · ${o.salesChannel}${o.channelOrderId ? ` ${o.channelOrderId}` : ''}` : ''}
                    </td>
                    <td>{statusWords(o.status)}</td>
                    <td className="num">{formatMoney(o.duties)}</td>
                    <td className="num">{formatMoney(o.taxes)}</td>
                    <td className="num">{formatMoney(o.total)}</td>
                    <td className="num">{formatMoney(o.refunded)}</td>
                    <td className="num">{formatMoney(o.net)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {page.items.length === 0 && <p>No paid orders match.</p>}
        </>
      )}
      {loaded.loading && <p aria-live="polite">Loading…</p>}
      <Pager label="Orders" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}
