import { useState } from 'react';
import type { Api } from './api.js';
import type { Order } from './api-types.js';
import { formatDateTime, formatMoney, statusWords } from './format.js';
import { OrderCancel } from './order-cancel.js';
import { OrderQuote } from './order-quote.js';
import { OrderRefunds } from './order-refunds.js';
import { OrderShipments } from './order-shipments.js';
import { OrderDocuments } from './order-documents.js';
import { BASE } from './router.js';
import { Alert, Link, useLoad, useTitle } from './ui.js';

/** One order for the merchant: what was bought, the money, the parcels, the frozen landed cost, payments and refunds. */
export function OrderPage({ api, number }: { api: Api; number: string }) {
  useTitle(`Order ${number}`);
  const order = useLoad(() => api.getOrder(number), [api, number]);
  const [message, setMessage] = useState<string | null>(null);
  // After an action the order is read again: the action's answer has no payments, and the status may have moved.
  const changed = (text: string) => {
    setMessage(text);
    order.reload();
  };
  const o = order.data;
  return (
    <section aria-labelledby="order-title">
      <p>
        <Link to={`${BASE}/orders`}>← Orders</Link>
        {' · '}<Link to={`${BASE}/returns?order=${encodeURIComponent(number)}`}>Returns of this order</Link>
      </p>
      <h1 id="order-title">Order {number}</h1>
      {order.error && <Alert>{order.error}</Alert>}
      {!o && order.loading && <p aria-live="polite">Loading…</p>}
      <p role="status" className="note">
        {message}
      </p>
      {o && (
        <>
          <OrderSummary order={o} />
          <OrderLines order={o} />
          <OrderTotals order={o} />
          <OrderShipments api={api} order={o} onChanged={changed} />
          <OrderDocuments order={o} />
          <OrderQuote order={o} />
          <OrderPayments order={o} />
          <OrderRefunds api={api} order={o} onChanged={changed} />
          <OrderCancel api={api} order={o} onChanged={changed} />
        </>
      )}
    </section>
  );
}

function OrderSummary({ order: o }: { order: Order }) {
  const a = o.address;
  return (
    <dl className="facts summary">
      <dt>Status</dt>
      <dd>
        <span className={`status status-${o.status}`} data-testid="order-status">
          {statusWords(o.status)}
        </span>
      </dd>
      <dt>Placed</dt>
      <dd>{formatDateTime(o.createdAt)}</dd>
      <dt>Paid</dt>
      <dd>{o.paidAt ? `${formatDateTime(o.paidAt)} by ${o.paymentMethod ?? 'payment'}` : 'not yet'}</dd>
      {o.cancelledAt && (
        <>
          <dt>Cancelled</dt>
          <dd>
            {formatDateTime(o.cancelledAt)}
            {o.cancelReason ? `: ${o.cancelReason}` : ''}
          </dd>
        </>
      )}
      <dt>Market</dt>
      <dd>
        {o.market}, shipping to {o.country}, in {o.currency}, {o.incoterm === 'DDP' ? 'DDP (duties and taxes paid at checkout)' : 'DAP (the buyer pays import charges on delivery)'}
      </dd>
      <dt>Buyer</dt>
      <dd>
        {o.email}
        {o.locale ? ` (${o.locale})` : ''}
      </dd>
      <dt>Deliver to</dt>
      <dd>{[a.name, ...a.lines, [a.postalCode, a.city].filter(Boolean).join(' '), a.region, a.country].filter(Boolean).join(', ')}</dd>
      {o.discountCode && (
        <>
          <dt>Discount code</dt>
          <dd>{o.discountCode}</dd>
        </>
      )}
      <dt>Fraud screening</dt>
      <dd data-testid="order-risk" className={o.risk.status === 'review' || o.risk.status === 'declined' ? 'error' : undefined}>
        {RISK_WORDS[o.risk.status] ?? o.risk.status}
        {o.risk.status === 'review' && (
          <>
            {' '}
            <Link to={`${BASE}/risk`}>Open the review queue</Link>
          </>
        )}
      </dd>
      {o.stockHold && (
        <>
          <dt>Stock hold</dt>
          <dd className="error">{o.stockHold}</dd>
        </>
      )}
    </dl>
  );
}

const RISK_WORDS: Record<string, string> = {
  approved: 'approved at checkout',
  challenge: 'approved after a 3-D Secure challenge was asked',
  review: 'held for review: not to be shipped until a person approves it',
  released: 'approved in review',
  declined: 'declined in review',
  unassessed: 'not screened (placed before screening)',
};

function OrderLines({ order: o }: { order: Order }) {
  return (
    <section aria-labelledby="lines-title">
      <h2 id="lines-title">Lines</h2>
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Product</th>
              <th scope="col" className="num">
                Units
              </th>
              <th scope="col" className="num">
                Unit price
              </th>
              <th scope="col" className="num">
                Discount
              </th>
              <th scope="col" className="num">
                Goods
              </th>
              <th scope="col" className="num">
                Tax in price
              </th>
              <th scope="col" className="num">
                Duties
              </th>
              <th scope="col" className="num">
                Taxes
              </th>
              <th scope="col">Tax scheme</th>
              <th scope="col">HS code · origin</th>
              <th scope="col">Ships from</th>
              <th scope="col" className="num">
                Refunded units
              </th>
            </tr>
          </thead>
          <tbody>
            {o.lines.map((l) => (
              <tr key={l.position} data-sku={l.sku}>
                <th scope="row" className="mono">
                  {l.sku}
                </th>
                <td>{l.title}</td>
                <td className="num">{l.quantity}</td>
                <td className="num">{formatMoney(l.unitPrice)}</td>
                <td className="num">{formatMoney(l.discount)}</td>
                <td className="num">{formatMoney(l.goods)}</td>
                <td className="num">{formatMoney(l.taxIncluded)}</td>
                <td className="num">{formatMoney(l.duties)}</td>
                <td className="num">{formatMoney(l.taxes)}</td>
                <td>{l.taxScheme ?? '—'}</td>
                <td>
                  {l.hsCode ?? '—'} · {l.originCountry ?? '—'}
                </td>
                <td>{l.warehouse}</td>
                <td className="num">{l.refundedQuantity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function OrderTotals({ order: o }: { order: Order }) {
  const t = o.totals;
  const rows: Array<[string, string]> = [
    ['Goods (at the prices shown)', formatMoney(t.goods)],
    ['Discount', formatMoney(t.discount)],
    ['Shipping', formatMoney(t.shipping)],
    ['Duties', formatMoney(t.duties)],
    ['Taxes', formatMoney(t.taxes)],
    ['of which in the goods prices', formatMoney(t.taxesIncluded)],
    ['Fees', formatMoney(t.fees)],
    ['Charged at checkout', formatMoney(t.total)],
    ['Due on delivery (to the carrier)', formatMoney(t.dueOnDelivery)],
    ['Captured', formatMoney(t.captured)],
    ['Refunded', formatMoney(t.refunded)],
  ];
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title">Totals</h2>
      <table className="compact totals">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function OrderPayments({ order: o }: { order: Order }) {
  const payments = o.payments ?? [];
  return (
    <section aria-labelledby="payments-title">
      <h2 id="payments-title">Payments</h2>
      {payments.length === 0 ? (
        <p>No payment was started.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Method</th>
              <th scope="col">Provider</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Amount
              </th>
              <th scope="col" className="num">
                Captured
              </th>
              <th scope="col" className="num">
                Refunded
              </th>
            </tr>
          </thead>
          <tbody>
            {payments.map((p) => (
              <tr key={p.id}>
                <td>{formatDateTime(p.createdAt)}</td>
                <td>{p.method}</td>
                <td>
                  {p.provider} <span className="mono hint">{p.providerPaymentId}</span>
                </td>
                <td>
                  {p.status}
                  {p.failure ? `: ${p.failure.message}` : ''}
                </td>
                <td className="num">{formatMoney(p.amount)}</td>
                <td className="num">{formatMoney(p.captured)}</td>
                <td className="num">{formatMoney(p.refunded)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
