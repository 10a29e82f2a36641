import { HBarChart } from './bar-chart.js';
import { formatMoney } from './format.js';
import { reportQuery, type CurrencyExposure, type ReportsApi } from './reports-api.js';
import { barValue, CsvButton, QueryForm } from './reports-ui.js';
import { BASE, useQuery } from './router.js';
import { Alert, Link, refusalOf, useLoad } from './ui.js';

/**
 * Currency exposure of the orders paid in a range: held, owed and net per currency, the same in the
 * base currency, and what a move of each currency against it does to the margin. Each currency
 * leads to its orders.
 */
export function ExposureReport({ reports }: { reports: ReportsApi }) {
  const query = useQuery();
  const values = { from: query.get('from') ?? '', to: query.get('to') ?? '', move: query.get('move') ?? '' };
  const loaded = useLoad(() => reports.currencyExposure(values), [reports, values.from, values.to, values.move]);
  const refusal = loaded.failure ? refusalOf(loaded.failure) : null;
  const e = loaded.data;
  return (
    <section aria-labelledby="exposure-title">
      <h2 id="exposure-title">Currency exposure</h2>
      <QueryForm
        path={`${BASE}/reports/exposure`}
        label="Range and rate move"
        fields={[
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To (included)', type: 'date' },
          { name: 'move', label: 'Rate move, %', hint: 'above 0, at most 100; default 10', placeholder: '10' },
        ]}
        values={values}
        refusal={refusal}
      />
      {refusal && Object.keys(refusal.fields).length === 0 && <Alert>{refusal.message}</Alert>}
      {loaded.loading && <p aria-live="polite">Loading…</p>}
      {e && <ExposureFigures e={e} />}
    </section>
  );
}

function ExposureFigures({ e }: { e: CurrencyExposure }) {
  const ordersOf = (currency: string) => `${BASE}/reports/orders${reportQuery({ currency, from: e.from, to: e.to })}`;
  return (
    <>
      <p className="note" data-testid="exposure-range">
        Orders paid {e.from} to {e.to} (UTC), valued on {e.valuedOn} in {e.baseCurrency}
        {e.rates ? ` at the ECB rates of ${e.rates.date}${e.rates.stale ? ' (stale)' : ''}` : ' (no rates stored)'}; move {e.move} %.
      </p>
      {e.warnings.length > 0 && (
        <ul className="warnings">
          {e.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <CsvButton url={`/v1/admin/reports/currency-exposure${reportQuery({ from: e.from, to: e.to, move: e.move })}`} filename={`currency-exposure-${e.from}-${e.to}.csv`} />
      {e.currencies.length === 0 ? (
        <p>No paid orders in this range.</p>
      ) : (
        <figure>
          <figcaption>Net position per currency, in {e.baseCurrency}</figcaption>
          <HBarChart id="chart-exposure" title={`Net position per currency in ${e.baseCurrency}`} data={e.currencies.map((c) => ({ label: c.currency, value: barValue(c.inBase?.net.amount ?? '0'), text: c.inBase ? formatMoney(c.inBase.net) : 'no rate' }))} />
        </figure>
      )}
      {e.currencies.length > 0 && (
        <div className="scroll">
          <table id="table-exposure">
            <caption>Per currency: held (captured less refunds paid out), owed, net; in {e.baseCurrency}; the margin effect of a {e.move} % move</caption>
            <thead>
              <tr>
                <th scope="col">Currency</th>
                <th scope="col" className="num">Held</th>
                <th scope="col" className="num">Scheme taxes owed</th>
                <th scope="col" className="num">Carriers owed</th>
                <th scope="col" className="num">Refunds pending</th>
                <th scope="col" className="num">Net</th>
                <th scope="col" className="num">Rate</th>
                <th scope="col" className="num">Net in {e.baseCurrency}</th>
                <th scope="col" className="num">If {e.move} % stronger</th>
                <th scope="col" className="num">If {e.move} % weaker</th>
              </tr>
            </thead>
            <tbody>
              {e.currencies.map((c) => (
                <tr key={c.currency} data-currency={c.currency}>
                  <th scope="row">
                    <Link to={ordersOf(c.currency)}>{c.currency}</Link>
                  </th>
                  <td className="num">{formatMoney(c.held)}</td>
                  <td className="num">{formatMoney(c.owed.schemeTaxes)}</td>
                  <td className="num">{formatMoney(c.owed.carriers)}</td>
                  <td className="num">{formatMoney(c.owed.pendingRefunds)}</td>
                  <td className="num">{formatMoney(c.net)}</td>
                  <td className="num">{c.rate ?? '—'}</td>
                  <td className="num">{formatMoney(c.inBase?.net)}</td>
                  <td className="num">{formatMoney(c.ifStronger)}</td>
                  <td className="num">{formatMoney(c.ifWeaker)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-currency="total">
                <th scope="row">Total in {e.baseCurrency}</th>
                <td className="num">{formatMoney(e.totals.held)}</td>
                <td colSpan={3} className="num">
                  owed {formatMoney(e.totals.owed)}
                </td>
                <td />
                <td />
                <td className="num">{formatMoney(e.totals.net)}</td>
                <td className="num">{formatMoney(e.totals.ifStronger)}</td>
                <td className="num">{formatMoney(e.totals.ifWeaker)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {e.schemeTaxes.length > 0 && (
        <table className="compact" id="table-exposure-taxes">
          <caption>Scheme taxes collected whose return is not due yet</caption>
          <thead>
            <tr>
              <th scope="col">Scheme</th>
              <th scope="col">Period</th>
              <th scope="col">Due</th>
              <th scope="col" className="num">Tax</th>
            </tr>
          </thead>
          <tbody>
            {e.schemeTaxes.map((t) => (
              <tr key={`${t.scheme}-${t.period}`}>
                <th scope="row">
                  <Link to={`${BASE}/reports/tax-returns${reportQuery({ scheme: t.scheme, period: t.period })}`}>{t.scheme}</Link>
                </th>
                <td>{t.period}</td>
                <td>{t.dueDate}</td>
                <td className="num">
                  {formatMoney(t.amount)}
                  {t.estimated ? ' (estimated)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
