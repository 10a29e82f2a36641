import { HBarChart } from './bar-chart.js';
import { formatMoney } from './format.js';
import { MONTHLY, reportQuery, TAX_SCHEMES, type ReportsApi, type TaxReturn, type TaxScheme } from './reports-api.js';
import { barValue, CsvButton, QueryForm } from './reports-ui.js';
import { BASE, navigate, useQuery } from './router.js';
import { Alert, Link, Pager, refusalOf, useLoad, usePager } from './ui.js';

/** The admin address of a figure's lines, from its API drill-down URL (same query). */
function linesPage(apiUrl: string): string {
  return `${BASE}/reports/tax-lines${apiUrl.slice(apiUrl.indexOf('?'))}`;
}

/**
 * A scheme's return for a period: the figures per country and rate (a chart of the tax and a table
 * of every amount), the corrections of earlier periods, what is payable, the rates and rules used.
 * Each figure and correction leads to its order lines.
 */
export function TaxReturnReport({ reports }: { reports: ReportsApi }) {
  const query = useQuery();
  const scheme = (TAX_SCHEMES as readonly string[]).includes(query.get('scheme') ?? '') ? (query.get('scheme') as TaxScheme) : 'IOSS';
  const period = query.get('period') ?? '';
  const loaded = useLoad(() => reports.taxReturn({ scheme, period }), [reports, scheme, period]);
  const refusal = loaded.failure ? refusalOf(loaded.failure) : null;
  const r = loaded.data;
  return (
    <section aria-labelledby="tax-return-title">
      <h2 id="tax-return-title">Tax returns</h2>
      <QueryForm
        path={`${BASE}/reports/tax-returns`}
        label="Scheme and period"
        fields={[{ name: 'period', label: 'Period', hint: MONTHLY.includes(scheme) ? 'a month, YYYY-MM; empty: the last month that ended' : 'a quarter, YYYY-Qn; empty: the last quarter that ended', placeholder: MONTHLY.includes(scheme) ? '2026-11' : '2026-Q4' }]}
        values={{ period }}
        keep={{ scheme }}
        refusal={refusal}
      >
        <div className="field">
          <label htmlFor="report-scheme">Scheme</label>
          <select id="report-scheme" value={scheme} onChange={(e) => navigate(`${BASE}/reports/tax-returns${reportQuery({ scheme: e.target.value })}`)}>
            {TAX_SCHEMES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </QueryForm>
      {refusal && Object.keys(refusal.fields).length === 0 && <Alert>{refusal.message}</Alert>}
      {loaded.loading && <p aria-live="polite">Loading…</p>}
      {r && r.scheme === scheme && <TaxReturnFigures r={r} />}
    </section>
  );
}

function TaxReturnFigures({ r }: { r: TaxReturn }) {
  const apiUrl = `/v1/admin/reports/tax-returns${reportQuery({ scheme: r.scheme, period: r.period.code })}`;
  return (
    <>
      <p className="note" data-testid="tax-return-period">
        {r.name}: {r.period.code} ({r.period.start} to {r.period.lastDay}, UTC), due {r.period.dueDate}. Registration: {r.registration ? r.registration.number : 'none recorded'}. Amounts in {r.returnCurrency}.
      </p>
      {r.warnings.length > 0 && (
        <ul className="warnings">
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <p className="inline">
        <CsvButton url={apiUrl} filename={`${r.scheme.toLowerCase()}-${r.period.code}.csv`} label="Download the return (CSV)" />
        <CsvButton url={`/v1/admin/reports/tax-returns/lines${reportQuery({ scheme: r.scheme, period: r.period.code })}`} filename={`${r.scheme.toLowerCase()}-${r.period.code}-lines.csv`} label="Download its lines (CSV)" />
      </p>
      {r.figures.length === 0 ? (
        <p>No sales under {r.scheme} in {r.period.code}.</p>
      ) : (
        <figure>
          <figcaption>Tax per {r.figuresPer} and rate, in {r.returnCurrency}</figcaption>
          <HBarChart id="chart-tax" title={`${r.scheme} ${r.period.code}: tax per ${r.figuresPer} and rate, in ${r.returnCurrency}`} data={r.figures.map((f) => ({ label: `${f.country} ${f.rate} %`, value: barValue(f.tax.amount), text: formatMoney(f.tax) }))} />
        </figure>
      )}
      {r.figures.length > 0 && (
        <div className="scroll">
          <table id="table-tax-figures">
            <caption>
              {r.period.code}: per {r.figuresPer} and rate (sales less the refunds counted in the period)
            </caption>
            <thead>
              <tr>
                <th scope="col">Country and rate</th>
                <th scope="col" className="num">Sales, taxable</th>
                <th scope="col" className="num">Sales, tax</th>
                <th scope="col" className="num">Refunds, taxable</th>
                <th scope="col" className="num">Refunds, tax</th>
                <th scope="col" className="num">Taxable</th>
                <th scope="col" className="num">Tax</th>
                <th scope="col">Order lines</th>
              </tr>
            </thead>
            <tbody>
              {r.figures.map((f) => (
                <tr key={`${f.country}-${f.rate}`} data-figure={`${f.country}-${f.rate}`}>
                  <th scope="row">
                    {f.country} {f.rate} %
                  </th>
                  <td className="num">{formatMoney(f.sales.taxable)}</td>
                  <td className="num">{formatMoney(f.sales.tax)}</td>
                  <td className="num">{formatMoney(f.refunds.taxable)}</td>
                  <td className="num">{formatMoney(f.refunds.tax)}</td>
                  <td className="num">{formatMoney(f.taxable)}</td>
                  <td className="num">{formatMoney(f.tax)}</td>
                  <td>
                    <Link to={linesPage(f.linesUrl)}>
                      {f.sales.lines + f.refunds.lines} {f.sales.lines + f.refunds.lines === 1 ? 'line' : 'lines'}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-figure="total">
                <th scope="row">Total</th>
                <td colSpan={4} />
                <td className="num">{formatMoney(r.totals.taxable)}</td>
                <td className="num">{formatMoney(r.totals.tax)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {r.corrections.length > 0 && (
        <div className="scroll">
          <table id="table-tax-corrections">
            <caption>Refunds of sales of earlier periods {r.corrections[0]!.includedInFigures ? '(counted in the figures above)' : '(reported apart, by the period they correct)'}</caption>
            <thead>
              <tr>
                <th scope="col">Period corrected</th>
                <th scope="col">Country and rate</th>
                <th scope="col" className="num">Taxable</th>
                <th scope="col" className="num">Tax</th>
                <th scope="col">Order lines</th>
              </tr>
            </thead>
            <tbody>
              {r.corrections.map((c) => (
                <tr key={`${c.period}-${c.country}-${c.rate}`} data-correction={`${c.period}-${c.country}-${c.rate}`}>
                  <th scope="row">{c.period}</th>
                  <td>
                    {c.country} {c.rate} %
                  </td>
                  <td className="num">{formatMoney(c.taxable)}</td>
                  <td className="num">{formatMoney(c.tax)}</td>
                  <td>
                    <Link to={linesPage(c.linesUrl)}>
                      {c.lines} {c.lines === 1 ? 'line' : 'lines'}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="big" data-testid="tax-payable">
        Payable with this return: {formatMoney(r.payable)}
        {r.declared ? ` (declared rounded: ${formatMoney(r.declared.payable)})` : ''}
      </p>
      {r.fx.length > 0 && (
        <p className="note">
          Rates used: {r.fx.map((x) => `1 ${x.from} = ${x.rate} ${x.to} (ECB, ${x.rateDate}, for ${x.forPeriod}${x.prescribed ? '' : ', standing in for the rate the scheme names'})`).join('; ')}.
        </p>
      )}
      <details>
        <summary>Rules and sources</summary>
        <dl className="facts">
          {Object.entries(r.rules).map(([name, rule]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>
                {rule.source}
                {rule.note ? ` ${rule.note}` : ''}
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}

/** The order lines behind a return or one of its figures, each leading to its order. */
export function TaxLinesReport({ reports }: { reports: ReportsApi }) {
  const query = useQuery();
  const filter = ['scheme', 'period', 'country', 'rate', 'section', 'salePeriod', 'kind'].map((k) => [k, query.get(k) ?? ''] as const).filter(([, v]) => v !== '');
  const base = `/v1/admin/reports/tax-returns/lines${reportQuery(Object.fromEntries(filter))}`;
  const pager = usePager(base);
  const loaded = useLoad(() => reports.taxReturnLines(`${base}${base.includes('?') ? '&' : '?'}limit=50${pager.cursor ? `&cursor=${pager.cursor}` : ''}`), [reports, base, pager.cursor]);
  const page = loaded.data;
  const back = `${BASE}/reports/tax-returns${reportQuery({ scheme: query.get('scheme'), period: query.get('period') })}`;
  return (
    <section aria-labelledby="tax-lines-title">
      <h2 id="tax-lines-title">Order lines of {filter.map(([k, v]) => `${k} ${v}`).join(', ')}</h2>
      <p className="inline">
        <Link to={back}>Back to the return</Link>
        <CsvButton url={base} filename="tax-return-lines.csv" />
      </p>
      {loaded.error && <Alert>{loaded.error}</Alert>}
      {page && (
        <div className="scroll">
          <table id="table-tax-lines">
            <caption>
              {page.total} {page.total === 1 ? 'line' : 'lines'}; amounts in the order's currency
            </caption>
            <thead>
              <tr>
                <th scope="col">Order</th>
                <th scope="col">Line</th>
                <th scope="col">Kind</th>
                <th scope="col">Date</th>
                <th scope="col">Sale period</th>
                <th scope="col">Country</th>
                <th scope="col" className="num">Rate</th>
                <th scope="col" className="num">Units</th>
                <th scope="col" className="num">Taxable</th>
                <th scope="col" className="num">Tax</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((l) => (
                <tr key={`${l.orderNumber}-${l.position}-${l.rate}-${l.kind}-${l.date}`} data-order={l.orderNumber}>
                  <th scope="row">
                    <Link to={`${BASE}/orders/${l.orderNumber}`}>{l.orderNumber}</Link>
                  </th>
                  <td>
                    {l.position + 1}: {l.sku}
                  </td>
                  <td>{l.kind === 'sale' ? 'Sale' : l.section === 'correction' ? 'Refund (correction)' : 'Refund'}</td>
                  <td>{l.date}</td>
                  <td>{l.salePeriod}</td>
                  <td>{l.country}</td>
                  <td className="num">{l.rate} %</td>
                  <td className="num">{l.units}</td>
                  <td className="num">{formatMoney(l.taxable)}</td>
                  <td className="num">{formatMoney(l.tax)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager label="Lines" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}
