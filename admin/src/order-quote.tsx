import type { Order, QuoteParcel } from './api-types.js';
import { ChargeTable, DeMinimisTable } from './charges.js';
import { formatMoney } from './format.js';

/**
 * The landed-cost quote frozen into the order at checkout, as it was: the rules version and rates,
 * and per parcel every duty, tax and fee with its rule, formula, basis, dates and source.
 */
export function OrderQuote({ order }: { order: Order }) {
  const q = order.quote;
  const parcels = q.shipments ?? [];
  return (
    <section aria-labelledby="quote-title">
      <h2 id="quote-title">Landed cost frozen at checkout</h2>
      <dl className="facts">
        <dt>Quoted for</dt>
        <dd>
          {q.date ?? '—'} under the rules version <code>{q.rulesVersion ?? order.rulesVersion}</code>, {q.incoterm ?? order.incoterm}
        </dd>
        {q.statement && (
          <>
            <dt>Told to the buyer</dt>
            <dd>{q.statement}</dd>
          </>
        )}
        {q.routing && (
          <>
            <dt>Routing</dt>
            <dd>{q.routing.reason}</dd>
          </>
        )}
      </dl>
      {(q.fx ?? []).length > 0 && (
        <table className="compact">
          <caption>Exchange rates used</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Rate</th>
              <th scope="col">Rate date</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {q.fx!.map((r, i) => (
              <tr key={i}>
                <td>{r.from}</td>
                <td>{r.to}</td>
                <td className="mono">{r.rate}</td>
                <td>
                  {r.rateDate}
                  {r.stale ? ' (stale)' : ''}
                </td>
                <td>{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(q.warnings ?? []).length > 0 && (
        <ul className="warnings" aria-label="Warnings of the quote">
          {q.warnings!.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      {parcels.map((p, i) => (
        <QuoteParcelView key={i} parcel={p} index={i} count={parcels.length} destination={order.country} />
      ))}
      {q.routing && q.routing.considered.length > 1 && (
        <details>
          <summary>Other ways to ship that were weighed</summary>
          <ul>
            {q.routing.considered.map((c, i) => (
              <li key={i}>
                {c.summary}: {c.verdict}, within {c.maxDays} days
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function QuoteParcelView({ parcel: p, index, count, destination }: { parcel: QuoteParcel; index: number; count: number; destination: string }) {
  const title = `Parcel ${index + 1}${count > 1 ? ` of ${count}` : ''}: ${p.warehouse.name} (${p.warehouse.code}, ${p.warehouse.country}) to ${destination}`;
  return (
    <article className="card" aria-label={title}>
      <h3>{title}</h3>
      <p>
        {p.service} by {p.carrier} ({p.channel}); {p.crossesBorder ? 'crosses a customs border' : 'crosses no customs border: the destination tax on the sale, no duty'}.
        {p.deliveryWindow.earliest && ` Arrives ${p.deliveryWindow.earliest} to ${p.deliveryWindow.latest}.`}
      </p>
      <dl className="facts">
        <dt>Shipping · duties · taxes · fees</dt>
        <dd>
          {formatMoney(p.shipping)} · {formatMoney(p.duties)} · {formatMoney(p.taxes)} · {formatMoney(p.fees)}
        </dd>
        <dt>Payable at checkout · on delivery</dt>
        <dd>
          {formatMoney(p.payableAtCheckout)} · {formatMoney(p.payableOnDelivery)}
        </dd>
      </dl>
      <ChargeTable charges={p.charges} caption={`Charges of parcel ${index + 1}`} />
      <DeMinimisTable decisions={p.deMinimis} />
      {p.remittance.length > 0 && (
        <ul aria-label="Taxes the seller remits">
          {p.remittance.map((r, i) => (
            <li key={i}>
              {r.scheme}: {r.currency} {r.amount} ({r.note})
            </li>
          ))}
        </ul>
      )}
      {(p.shippingExplanation ?? []).length > 0 && (
        <details>
          <summary>How the shipping price was worked out</summary>
          <ol>
            {p.shippingExplanation!.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </details>
      )}
      {p.warnings.length > 0 && (
        <ul className="warnings">
          {p.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
