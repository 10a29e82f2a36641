import { useEffect, useState, type FormEvent } from 'react';
import type { Api } from './api.js';
import type { Dashboard } from './api-types.js';
import { BarChart, HBarChart, Legend, type BarSeries } from './bar-chart.js';
import { formatMoney } from './format.js';
import { BASE, navigate, useQuery } from './router.js';
import { CsvButton } from './reports-ui.js';
import { Alert, Field, Link, refusalOf, useLoad, useTitle, type Refusal } from './ui.js';

const DAY_SERIES: BarSeries[] = [
  { name: 'Placed', className: 'bar bar-placed' },
  { name: 'Paid', className: 'bar bar-paid' },
];

/**
 * Sales by market and currency, orders per day, and duties and taxes, for a range of UTC days
 * (default the last 30). Amounts of different currencies are never added together: each currency
 * has its own totals and its own chart. Each chart has a table of its numbers under it.
 */
export function DashboardPage({ api }: { api: Api }) {
  useTitle('Dashboard');
  const params = useQuery();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const channel = params.get('channel') ?? '';
  const [form, setForm] = useState({ from, to, channel });
  useEffect(() => setForm({ from, to, channel }), [from, to, channel]);
  const dashboard = useLoad(() => api.getDashboard({ from, to, ...(channel ? { channel } : {}) }), [api, from, to, channel]);
  // A refused range is shown next to its field; the figures of the last good range stay.
  const problem: Refusal | null = dashboard.failure ? refusalOf(dashboard.failure, (f) => (f === 'from' || f === 'to' || f === 'channel' ? f : undefined)) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = new URLSearchParams();
    if (form.from) q.set('from', form.from);
    if (form.to) q.set('to', form.to);
    if (form.channel) q.set('channel', form.channel);
    navigate(`${BASE}/dashboard${q.size > 0 ? `?${q}` : ''}`);
  };
  const d = dashboard.data;
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">Dashboard</h1>
      <form onSubmit={submit} noValidate className="inline-form" aria-label="Date range">
        <Field id="range-from" label="From" error={problem?.fields.from}>
          {(p) => <input {...p} type="date" name="from" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />}
        </Field>
        <Field id="range-to" label="To (included)" error={problem?.fields.to}>
          {(p) => <input {...p} type="date" name="to" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />}
        </Field>
        <Field id="range-channel" label="Sales channel" error={problem?.fields.channel}>
          {(p) => <input {...p} type="text" name="channel" placeholder="all (storefront, amazon, ebay, b2b)" value={form.channel} onChange={(e) => setForm({ ...form, channel: e.target.value.trim() })} />}
        </Field>
        <button type="submit">Show</button>
      </form>
      {problem && Object.keys(problem.fields).length === 0 && <Alert>{problem.message}</Alert>}
      {dashboard.loading && <p aria-live="polite">Loading…</p>}
      {d && <DashboardFigures d={d} />}
    </section>
  );
}

function DashboardFigures({ d }: { d: Dashboard }) {
  return (
    <>
      <p className="note" data-testid="dashboard-range">
        {d.from} to {d.to}: {d.days} {d.days === 1 ? 'day' : 'days'} ({d.timeZone}){d.channel ? `, sold on ${d.channel}` : ''}. {d.counts.placed} orders placed, {d.counts.paid} paid.
      </p>
      <section aria-labelledby="totals-by-currency">
        <h2 id="totals-by-currency">Sales by currency</h2>
        {d.totals.length === 0 ? (
          <p>No paid orders in this range.</p>
        ) : (
          <div className="cards">
            {d.totals.map((t) => (
              <article key={t.currency} className="card stat" aria-label={`Sales in ${t.currency}`} data-currency={t.currency}>
                <h3>{t.currency}</h3>
                <p className="big">{formatMoney(t.total)}</p>
                <p>
                  {t.orders} paid {t.orders === 1 ? 'order' : 'orders'} · refunded {formatMoney(t.refunded)} · net {formatMoney(t.net)}
                </p>
              </article>
            ))}
          </div>
        )}
      </section>
      <OrdersPerDay d={d} />
      <SalesByMarket d={d} />
      <SalesByChannel d={d} />
      <DutiesAndTaxes d={d} />
    </>
  );
}

function OrdersPerDay({ d }: { d: Dashboard }) {
  const data = d.ordersPerDay.map((day) => ({
    label: day.date.slice(5),
    values: [day.placed, day.paid],
    titles: [`${day.date}: ${day.placed} placed`, `${day.date}: ${day.paid} paid`],
  }));
  const busy = d.ordersPerDay.filter((day) => day.placed > 0 || day.paid > 0);
  return (
    <section aria-labelledby="per-day-title">
      <h2 id="per-day-title">Orders per day</h2>
      <figure>
        <BarChart id="chart-per-day" title={`Orders placed and paid per day, ${d.from} to ${d.to}`} series={DAY_SERIES} data={data} axisLabel={(v) => String(v)} />
        <Legend series={DAY_SERIES} />
        <figcaption>
          <table className="compact" id="table-per-day">
            <caption>Orders per day{busy.length < d.ordersPerDay.length ? ' (days with orders; the others had none)' : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col" className="num">
                  Placed
                </th>
                <th scope="col" className="num">
                  Paid
                </th>
                <th scope="col">Paid, charged at checkout</th>
              </tr>
            </thead>
            <tbody>
              {busy.map((day) => (
                <tr key={day.date} data-date={day.date}>
                  <th scope="row">{day.date}</th>
                  <td className="num">{day.placed}</td>
                  <td className="num">{day.paid}</td>
                  <td>{day.sales.map((s) => formatMoney(s.total)).join(' · ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {busy.length === 0 && <p>No orders on any day of this range.</p>}
        </figcaption>
      </figure>
    </section>
  );
}

/** The paid orders behind a row of the dashboard (the reports' drill-down). */
function ordersOf(d: Dashboard, market: string, currency: string): string {
  return `${BASE}/reports/orders?${new URLSearchParams({ market, currency, from: d.from, to: d.to, ...(d.channel ? { channel: d.channel } : {}) })}`;
}

function SalesByMarket({ d }: { d: Dashboard }) {
  return (
    <section aria-labelledby="by-market-title">
      <h2 id="by-market-title">Sales by market</h2>
      <CsvButton url={`/v1/admin/reports/dashboard?${new URLSearchParams({ from: d.from, to: d.to, ...(d.channel ? { channel: d.channel } : {}) })}`} filename={`sales-${d.from}-${d.to}.csv`} />
      {d.sales.length > 0 && (
        <figure>
          <figcaption>Paid orders per market</figcaption>
          <HBarChart id="chart-market-orders" title="Paid orders per market" data={d.sales.map((s) => ({ label: `${s.market} (${s.currency})`, value: s.orders, text: `${s.orders} ${s.orders === 1 ? 'order' : 'orders'}` }))} />
        </figure>
      )}
      {d.currencies.map((currency) => (
        <figure key={currency}>
          <figcaption>Charged at checkout per market, in {currency}</figcaption>
          <HBarChart
            id={`chart-market-${currency}`}
            title={`Charged at checkout per market, in ${currency}`}
            data={d.sales.filter((s) => s.currency === currency).map((s) => ({ label: s.market, value: Number(s.total.amount), text: formatMoney(s.total) }))}
          />
        </figure>
      ))}
      {d.sales.length > 0 && (
        <div className="scroll">
          <table id="table-by-market">
            <caption>Paid orders by market and currency</caption>
            <thead>
              <tr>
                <th scope="col">Market</th>
                <th scope="col" className="num">
                  Orders
                </th>
                <th scope="col" className="num">
                  Goods
                </th>
                <th scope="col" className="num">
                  Discount
                </th>
                <th scope="col" className="num">
                  Shipping
                </th>
                <th scope="col" className="num">
                  Duties
                </th>
                <th scope="col" className="num">
                  Taxes
                </th>
                <th scope="col" className="num">
                  Fees
                </th>
                <th scope="col" className="num">
                  Charged
                </th>
                <th scope="col" className="num">
                  Refunded
                </th>
                <th scope="col" className="num">
                  Net
                </th>
              </tr>
            </thead>
            <tbody>
              {d.sales.map((s) => (
                <tr key={`${s.market}-${s.currency}`} data-market={s.market}>
                  <th scope="row">
                    {s.market} ({s.currency})
                  </th>
                  <td className="num">
                    <Link to={ordersOf(d, s.market, s.currency)}>{s.orders}</Link>
                  </td>
                  <td className="num">{formatMoney(s.goods)}</td>
                  <td className="num">{formatMoney(s.discount)}</td>
                  <td className="num">{formatMoney(s.shipping)}</td>
                  <td className="num">{formatMoney(s.duties)}</td>
                  <td className="num">{formatMoney(s.taxes)}</td>
                  <td className="num">{formatMoney(s.fees)}</td>
                  <td className="num">{formatMoney(s.total)}</td>
                  <td className="num">{formatMoney(s.refunded)}</td>
                  <td className="num">{formatMoney(s.net)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Paid orders per sales channel (storefront, each marketplace, b2b) and currency, each leading to its orders. */
function SalesByChannel({ d }: { d: Dashboard }) {
  const rows = d.byChannel ?? [];
  if (rows.length === 0) return null;
  const scope = { from: d.from, to: d.to, ...(d.channel ? { channel: d.channel } : {}) };
  return (
    <section aria-labelledby="by-channel-title">
      <h2 id="by-channel-title">Sales by channel</h2>
      <CsvButton url={`/v1/admin/reports/dashboard?${new URLSearchParams({ ...scope, by: 'channel' })}`} filename={`sales-by-channel-${d.from}-${d.to}.csv`} />
      <figure>
        <figcaption>Paid orders per sales channel</figcaption>
        <HBarChart id="chart-channel-orders" title="Paid orders per sales channel" data={rows.map((r) => ({ label: `${r.channel} (${r.currency})`, value: r.orders, text: `${r.orders} ${r.orders === 1 ? 'order' : 'orders'}` }))} />
      </figure>
      <div className="scroll">
        <table id="table-by-channel">
          <caption>Paid orders by sales channel and currency</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col" className="num">
                Orders
              </th>
              <th scope="col" className="num">
                Goods
              </th>
              <th scope="col" className="num">
                Shipping
              </th>
              <th scope="col" className="num">
                Taxes
              </th>
              <th scope="col" className="num">
                Charged
              </th>
              <th scope="col" className="num">
                Refunded
              </th>
              <th scope="col" className="num">
                Net
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.channel}-${r.currency}`} data-channel={r.channel}>
                <th scope="row">
                  {r.channel} ({r.currency})
                </th>
                <td className="num">
                  <Link to={`${BASE}/reports/orders?${new URLSearchParams({ channel: r.channel, currency: r.currency, from: d.from, to: d.to })}`}>{r.orders}</Link>
                </td>
                <td className="num">{formatMoney(r.goods)}</td>
                <td className="num">{formatMoney(r.shipping)}</td>
                <td className="num">{formatMoney(r.taxes)}</td>
                <td className="num">{formatMoney(r.total)}</td>
                <td className="num">{formatMoney(r.refunded)}</td>
                <td className="num">{formatMoney(r.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DutiesAndTaxes({ d }: { d: Dashboard }) {
  if (d.dutiesAndTaxes.length === 0) return null;
  return (
    <section aria-labelledby="duties-title">
      <h2 id="duties-title">Duties and taxes collected</h2>
      {d.currencies.map((currency) => (
        <figure key={currency}>
          <figcaption>Duties and taxes kept per market, in {currency}</figcaption>
          <HBarChart
            id={`chart-duties-${currency}`}
            title={`Duties and taxes kept per market, in ${currency}`}
            data={d.dutiesAndTaxes
              .filter((r) => r.currency === currency)
              .flatMap((r) => [
                { label: `${r.market} duties`, value: Number(r.dutiesNet.amount), text: formatMoney(r.dutiesNet) },
                { label: `${r.market} taxes`, value: Number(r.taxesNet.amount), text: formatMoney(r.taxesNet) },
              ])}
          />
        </figure>
      ))}
      <div className="scroll">
        <table id="table-duties">
          <caption>Duties and taxes on the paid orders, what refunds gave back, and what stays (tax on the delivery goes back with the shipping)</caption>
          <thead>
            <tr>
              <th scope="col">Market</th>
              <th scope="col" className="num">
                Duties
              </th>
              <th scope="col" className="num">
                Duties refunded
              </th>
              <th scope="col" className="num">
                Duties kept
              </th>
              <th scope="col" className="num">
                Taxes
              </th>
              <th scope="col" className="num">
                Taxes refunded
              </th>
              <th scope="col" className="num">
                Taxes kept
              </th>
            </tr>
          </thead>
          <tbody>
            {d.dutiesAndTaxes.map((r) => (
              <tr key={`${r.market}-${r.currency}`} data-market={r.market}>
                <th scope="row">
                  <Link to={ordersOf(d, r.market, r.currency)}>
                    {r.market} ({r.currency})
                  </Link>
                </th>
                <td className="num">{formatMoney(r.duties)}</td>
                <td className="num">{formatMoney(r.dutiesRefunded)}</td>
                <td className="num">{formatMoney(r.dutiesNet)}</td>
                <td className="num">{formatMoney(r.taxes)}</td>
                <td className="num">{formatMoney(r.taxesRefunded)}</td>
                <td className="num">{formatMoney(r.taxesNet)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
