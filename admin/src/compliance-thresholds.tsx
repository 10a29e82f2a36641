import type { CSSProperties } from 'react';
import type { ThresholdRow } from './api-types.js';
import { countryName, needsAttention, percent, problemText, thresholdStatusWords, type ComplianceApi } from './compliance-api.js';
import { formatMoney } from './format.js';
import { Alert, useLoad } from './ui.js';

/** Rows that ask for an action soon: a tint and a bar at the start, besides the words. */
const MARKED: Record<'exceeded' | 'approaching', CSSProperties> = {
  exceeded: { background: '#f8dedc', boxShadow: 'inset 4px 0 0 #b3261e' },
  approaching: { background: '#fdf0cf', boxShadow: 'inset 4px 0 0 #8a6100' },
};

/**
 * For each market, what the law requires and at which threshold, against the store's paid orders
 * in the threshold's period; the most urgent first. `version` changes when a registration does.
 */
export function ComplianceThresholds({ compliance, version }: { compliance: ComplianceApi; version: number }) {
  const report = useLoad(() => compliance.getThresholds(), [compliance, version]);
  const items = report.data?.items ?? [];
  const urgent = items.filter(needsAttention);
  return (
    <section aria-labelledby="compliance-thresholds-title">
      <h2 id="compliance-thresholds-title">Thresholds</h2>
      <p className="hint">
        Sales are the goods value of paid, not cancelled orders in each threshold's period, converted with the latest ECB rates. A threshold is approached from 80 %: register before it is crossed.
      </p>
      {report.error && <Alert>{problemText(report.failure)}</Alert>}
      {report.loading && !report.data && <p aria-live="polite">Loading the thresholds…</p>}
      {report.data && (
        <>
          <p data-testid="compliance-thresholds-summary">
            {urgent.length === 0
              ? `On ${report.data.date} no threshold is crossed or approached.`
              : `On ${report.data.date}, ${urgent.length} ${urgent.length === 1 ? 'threshold needs' : 'thresholds need'} a registration soon: ${urgent.map((r) => place(r)).join('; ')}.`}
          </p>
          <div className="scroll">
            <table>
              <caption className="visually-hidden">Registration thresholds in force on {report.data.date}, the most urgent first</caption>
              <thead>
                <tr>
                  <th scope="col">Country or region</th>
                  <th scope="col">Scheme</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="num">
                    Threshold
                  </th>
                  <th scope="col" className="num">
                    Sales so far
                  </th>
                  <th scope="col">Share</th>
                  <th scope="col">Status and source</th>
                </tr>
              </thead>
              <tbody>
                {items.map((r) => (
                  <ThresholdLine key={r.id} row={r} />
                ))}
                {items.length === 0 && (
                  <tr>
                    <td colSpan={7}>No threshold is in force today.</td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** "NY, United States", "United Kingdom", "EU, between member states". */
function place(r: ThresholdRow): string {
  if (r.region) return `${r.region}, ${countryName(r.country)}`;
  return r.country === 'EU' ? 'EU, between member states' : countryName(r.country);
}

function ThresholdLine({ row: r }: { row: ThresholdRow }) {
  const marked = r.status === 'exceeded' || r.status === 'approaching' ? MARKED[r.status] : undefined;
  return (
    <tr data-threshold={r.id} data-status={r.status} style={marked}>
      <th scope="row">
        {place(r)}
        <details style={{ fontWeight: 'normal', maxWidth: '20rem' }}>
          <summary className="hint">What counts</summary>
          <p className="hint">{r.what}</p>
        </details>
      </th>
      <td>
        <code>{r.scheme}</code>
      </td>
      <td>
        {r.period.kind === 'calendar-year' ? 'Calendar year' : 'Rolling 12 months'}
        <p className="hint" style={{ whiteSpace: 'nowrap' }}>
          {r.period.from} to {r.period.to}
        </p>
      </td>
      <td className="num">
        {r.threshold ? formatMoney(r.threshold) : 'none: from the first sale'}
        {r.transactions !== null && <p className="hint">{r.transactions} orders</p>}
      </td>
      <td className="num">
        {formatMoney(r.sales)}
        <p className="hint">
          {r.orders} {r.orders === 1 ? 'order' : 'orders'}
        </p>
        {r.unconverted.length > 0 && <p className="hint warnings">Not counted (no exchange rate): {r.unconverted.join(', ')}</p>}
      </td>
      <td>
        {r.share === null ? (
          <span className="hint">no threshold</span>
        ) : (
          <span className="inline">
            <meter min={0} max={1} low={0.8} high={0.9999} optimum={0} value={Math.min(r.share, 1)} aria-label={`${percent(r.share)} of the threshold`} />
            <span className="num">{percent(r.share)}</span>
          </span>
        )}
      </td>
      <td style={{ minWidth: '16rem' }}>
        <strong data-testid="threshold-status">{thresholdStatusWords(r.status)}</strong>
        <p className="hint">{r.message}</p>
        <p className="hint" style={{ fontSize: '0.78em' }} data-testid="threshold-source">
          Source: {r.source}
        </p>
      </td>
    </tr>
  );
}
