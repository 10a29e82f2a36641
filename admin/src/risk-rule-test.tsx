import type { RiskRuleTestReport } from './api-types.js';
import { formatDateTime } from './format.js';
import { decisionWords } from './risk-api.js';
import { BASE } from './router.js';
import { Link } from './ui.js';

/** A rule's test on past orders in words: what it hits, the decisions it changes, how it splits fraud from legitimate orders. */
export function RuleTestReport({ report: r }: { report: RiskRuleTestReport }) {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return (
    <section aria-labelledby="risk-test-title" className="card" data-testid="risk-test-report">
      <h3 id="risk-test-title">What {r.rule.id} would have done</h3>
      <dl className="facts">
        <dt>Orders assessed</dt>
        <dd data-fact="orders">
          {r.window.orders} between {formatDateTime(r.window.from)} and {formatDateTime(r.window.to)}
        </dd>
        <dt>The rule fires on</dt>
        <dd data-fact="fired">{n(r.fired, 'order', 'orders')}</dd>
        <dt>Could not be checked</dt>
        <dd data-fact="not-checked">{n(r.notChecked, 'order', 'orders')} (a signal it reads was missing)</dd>
        <dt>Decisions it changes</dt>
        <dd data-fact="changed">
          {r.changedDecisions.length === 0 ? 'none' : r.changedDecisions.map((c) => `${decisionWords(c.from)} → ${decisionWords(c.to)}: ${n(c.orders, 'order', 'orders')}`).join('; ')}
        </dd>
        <dt>Orders later labeled fraud</dt>
        <dd data-fact="fraud">
          fires on {r.labeled.fraud.fired} of {r.labeled.fraud.orders}
        </dd>
        <dt>Orders later labeled legitimate</dt>
        <dd data-fact="legitimate">
          fires on {r.labeled.legitimate.fired} of {r.labeled.legitimate.orders}
        </dd>
        {r.replaces && (
          <>
            <dt>Replaces</dt>
            <dd>the saved rule {r.replaces} (its effect is taken out first)</dd>
          </>
        )}
      </dl>
      {r.examples.length > 0 && (
        <table className="compact">
          <caption>Examples: orders whose score it changes</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Assessed</th>
              <th scope="col" className="num">
                Score before → after
              </th>
              <th scope="col">Decision before → after</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {r.examples.map((e) => (
              <tr key={e.id}>
                <td>{e.orderNumber ? <Link to={`${BASE}/orders/${encodeURIComponent(e.orderNumber)}`}>{e.orderNumber}</Link> : <code title={`assessment ${e.id}`}>{e.id.slice(0, 8)}</code>}</td>
                <td>{formatDateTime(e.createdAt)}</td>
                <td className="num">
                  {e.scoreBefore} → {e.scoreAfter}
                </td>
                <td>
                  {decisionWords(e.decisionBefore)} → {decisionWords(e.decisionAfter)}
                </td>
                <td>{e.outcome ?? 'not known yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
