import { useMemo } from 'react';
import type { Api } from './api.js';
import { reportsApiOfTab } from './reports-api.js';
import { DutiesReport } from './reports-duties.js';
import { ExposureReport } from './reports-exposure.js';
import { SalesOrdersReport } from './reports-orders.js';
import { TaxLinesReport, TaxReturnReport } from './reports-tax.js';
import { BASE } from './router.js';
import { Link, useTitle } from './ui.js';

const VIEWS = [
  { view: 'tax-returns', label: 'Tax returns', about: 'The return of each low-value scheme (IOSS monthly; UK VAT, AU GST, NZ GST, NO VOEC quarterly) per country and rate, with corrections and the order lines behind every figure.' },
  { view: 'exposure', label: 'Currency exposure', about: 'What is held and owed in each currency, in the base currency, and what a rate move does to the margin.' },
  { view: 'duties', label: 'Duties quoted and invoiced', about: "Duties and taxes quoted at checkout for DDP parcels against the carriers' invoices; parcels still without an invoice." },
  { view: 'orders', label: 'Sales orders', about: 'The paid orders behind the sales figures of the dashboard, by market and currency.' },
] as const;

/**
 * The reports: tax returns, currency exposure, duties reconciliation and the orders behind sales
 * (the sales themselves are on the dashboard). Each report has a CSV download, and every figure
 * leads to the orders behind it.
 */
export function ReportsPage({ api, view }: { api: Api; view: string | undefined }) {
  useTitle('Reports');
  // The report calls use this tab's key as `api` does; a new key (sign-in) makes a new client.
  const reports = useMemo(() => reportsApiOfTab(), [api]);
  const current = VIEWS.find((v) => v.view === view);
  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">Reports</h1>
      <nav aria-label="Reports" className="inline">
        {VIEWS.map((v) => (
          <Link key={v.view} to={`${BASE}/reports/${v.view}`} current={v.view === view || (view === 'tax-lines' && v.view === 'tax-returns')}>
            {v.label}
          </Link>
        ))}
        <Link to={`${BASE}/dashboard`}>Sales dashboard</Link>
      </nav>
      {view === undefined && (
        <dl className="facts">
          {VIEWS.map((v) => (
            <div key={v.view}>
              <dt>
                <Link to={`${BASE}/reports/${v.view}`}>{v.label}</Link>
              </dt>
              <dd>{v.about}</dd>
            </div>
          ))}
        </dl>
      )}
      {current && <p className="hint">{current.about}</p>}
      {view === 'tax-returns' && <TaxReturnReport reports={reports} />}
      {view === 'tax-lines' && <TaxLinesReport reports={reports} />}
      {view === 'exposure' && <ExposureReport reports={reports} />}
      {view === 'duties' && <DutiesReport reports={reports} />}
      {view === 'orders' && <SalesOrdersReport reports={reports} />}
      {view !== undefined && !current && view !== 'tax-lines' && (
        <p>
          There is no report {view}. <Link to={`${BASE}/reports`}>See the reports</Link>.
        </p>
      )}
    </section>
  );
}
