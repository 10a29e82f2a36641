import { useState, type FormEvent } from 'react';
import type { Api } from './api.js';
import type { Order, OrderTracking, Shipment } from './api-types.js';
import { ShipmentLabelPanel } from './order-label.js';
import { formatDateTime, formatMoney, statusWords } from './format.js';
import { orderOffers } from './order-actions.js';
import { Alert, Field, refusalOf, useLoad, type Refusal } from './ui.js';

/** The order's parcels as routed at checkout, each with what it carries and its ship / deliver action. */
export function OrderShipments({ api, order, onChanged }: { api: Api; order: Order; onChanged: (message: string) => void }) {
  // What the carriers reported, loaded again whenever the order changes (a label bought, a parcel shipped).
  const tracking = useLoad(() => (order.shipments.some((s) => s.trackingNumber) ? api.orderTracking(order.number) : Promise.resolve(undefined)), [api, order]);
  return (
    <section aria-labelledby="shipments-title">
      <h2 id="shipments-title">Shipments</h2>
      {order.shipments.length === 0 && <p>This order has no parcels.</p>}
      <div className="cards">
        {order.shipments.map((s) => (
          <ShipmentCard key={s.id} api={api} order={order} shipment={s} count={order.shipments.length} tracking={tracking.data?.shipments.find((t) => t.position === s.position)} onChanged={onChanged} />
        ))}
      </div>
    </section>
  );
}

function ShipmentCard({ api, order, shipment: s, count, tracking, onChanged }: { api: Api; order: Order; shipment: Shipment; count: number; tracking: OrderTracking['shipments'][number] | undefined; onChanged: (message: string) => void }) {
  const label = `Parcel ${s.position + 1}${count > 1 ? ` of ${count}` : ''}`;
  // A labelled parcel ships under its label's number (or when the carrier reports the pickup).
  const canShip = (s.status === 'planned' || s.status === 'labelled') && orderOffers(order, 'ship').ok;
  const canDeliver = s.status === 'shipped' && orderOffers(order, 'deliver').ok;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function deliver() {
    setBusy(true);
    setError(null);
    try {
      await api.deliverShipment(order.number, s.position);
      onChanged(`${label} marked delivered.`);
    } catch (e) {
      setError(refusalOf(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <article className="card" aria-labelledby={`parcel-${s.position}`} data-shipment={s.position}>
      <h3 id={`parcel-${s.position}`}>
        {label}: from {s.warehouse} <span className={`status status-${s.status}`}>{statusWords(s.status)}</span>
      </h3>
      <dl className="facts">
        <dt>Service</dt>
        <dd>
          {s.service} ({s.carrier}, {s.channel})
        </dd>
        <dt>Contents</dt>
        <dd>{s.lines.map((l) => `${l.quantity} × ${l.sku}`).join(', ')}</dd>
        <dt>Delivery window</dt>
        <dd>
          {s.deliveryWindow.minDays}–{s.deliveryWindow.maxDays} business days
        </dd>
        <dt>Shipping · duties · taxes · fees</dt>
        <dd>
          {formatMoney(s.shipping)} · {formatMoney(s.duties)} · {formatMoney(s.taxes)} · {formatMoney(s.fees)}
        </dd>
        {s.trackingNumber && (
          <>
            <dt>Tracking number</dt>
            <dd className="mono">{s.trackingNumber}</dd>
          </>
        )}
        {s.shippedAt && (
          <>
            <dt>Shipped</dt>
            <dd>{formatDateTime(s.shippedAt)}</dd>
          </>
        )}
        {s.deliveredAt && (
          <>
            <dt>Delivered</dt>
            <dd>{formatDateTime(s.deliveredAt)}</dd>
          </>
        )}
      </dl>
      <ShipmentLabelPanel api={api} order={order} shipment={s} label={label} canBuy={orderOffers(order, 'ship').ok} tracking={tracking} onChanged={onChanged} />
      {canShip && <ShipForm key={`${s.status}:${s.trackingNumber ?? ''}`} api={api} order={order} shipment={s} label={label} onShipped={onChanged} />}
      {canDeliver && (
        <button type="button" onClick={() => void deliver()} disabled={busy}>
          Mark {label.toLowerCase()} delivered
        </button>
      )}
      {error && <Alert>{error}</Alert>}
    </article>
  );
}

function ShipForm({ api, order, shipment: s, label, onShipped }: { api: Api; order: Order; shipment: Shipment; label: string; onShipped: (message: string) => void }) {
  const [tracking, setTracking] = useState(s.status === 'labelled' ? (s.trackingNumber ?? '') : '');
  const [carrier, setCarrier] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `ship-${s.position}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      const shipped = await api.shipShipment(order.number, s.position, { trackingNumber: tracking, ...(carrier.trim() ? { carrier: carrier.trim() } : {}) });
      const number = shipped.shipments.find((x) => x.position === s.position)?.trackingNumber ?? tracking;
      onShipped(`${label} shipped with tracking number ${number}.`);
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (f === 'trackingNumber' || f === 'carrier' ? f : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={`Ship ${label.toLowerCase()}`}>
      <Field id={`${id}-tracking`} label="Tracking number" error={refusal?.fields.trackingNumber} hint="4 to 40 letters, digits or dashes, as the carrier gives it">
        {(p) => <input {...p} name="trackingNumber" autoComplete="off" value={tracking} onChange={(e) => setTracking(e.target.value)} />}
      </Field>
      <Field id={`${id}-carrier`} label="Carrier (if not the planned one)" error={refusal?.fields.carrier}>
        {(p) => <input {...p} name="carrier" placeholder={s.carrier} value={carrier} onChange={(e) => setCarrier(e.target.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        Ship {label.toLowerCase()}
      </button>
      {refusal && Object.keys(refusal.fields).length === 0 && <Alert>{refusal.message}</Alert>}
    </form>
  );
}
