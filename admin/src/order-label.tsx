import { useState } from 'react';
import type { Api } from './api.js';
import type { Order, OrderTracking, Shipment } from './api-types.js';
import { downloadDocument } from './documents-api.js';
import { formatDateTime, formatMoney } from './format.js';
import { Alert, refusalOf } from './ui.js';

/** The carrier's words for Landfall's tracking statuses (src/core/carriers/carrier.ts). */
const TRACKING_WORDS: Record<string, string> = {
  label_created: 'Label created',
  picked_up: 'Picked up',
  in_transit: 'In transit',
  customs_hold: 'Held by customs',
  customs_released: 'Released by customs',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  delivery_failed: 'Delivery failed',
  returned_to_sender: 'Returned to sender',
};

/**
 * A parcel's label: buy it from the shipment's carrier (a planned parcel of an order that may ship),
 * download or void it (until the carrier picks it up); then what the carrier reported, newest first,
 * with the duties the buyer must pay under DAP.
 */
export function ShipmentLabelPanel({ api, order, shipment: s, label, canBuy, tracking, onChanged }: { api: Api; order: Order; shipment: Shipment; label: string; canBuy: boolean; tracking: OrderTracking['shipments'][number] | undefined; onChanged: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (what: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await what());
    } catch (e) {
      setError(refusalOf(e).message);
    } finally {
      setBusy(false);
    }
  };
  const path = `/v1/admin/orders/${encodeURIComponent(order.number)}/shipments/${s.position}/label`;
  const events = [...(tracking?.events ?? [])].reverse();
  return (
    <div>
      {s.status === 'planned' && canBuy && (
        <button type="button" disabled={busy} onClick={() => void act(async () => `${label}: label bought, tracking number ${(await api.buyLabel(order.number, s.position)).trackingNumber}.`)}>
          Buy label for {label.toLowerCase()}
        </button>
      )}
      {s.status === 'labelled' && (
        <p className="actions">
          <button type="button" disabled={busy} onClick={() => void act(async () => (await downloadDocument({ url: path, filename: `label-${order.number}-${s.position + 1}.pdf` }), `${label}: label downloaded.`))}>
            Download label
          </button>{' '}
          <button type="button" className="danger" disabled={busy} onClick={() => void act(async () => (await api.voidLabel(order.number, s.position), `${label}: label voided; the parcel is planned again.`))}>
            Void label
          </button>
        </p>
      )}
      {error && <Alert>{error}</Alert>}
      {tracking?.awaitingPayment && <p className="note warning">The buyer must pay {formatMoney(tracking.awaitingPayment)} of import charges before delivery (customs hold, DAP).</p>}
      {events.length > 0 && (
        <ol className="tracking-events" reversed aria-label={`What the carrier reported for ${label.toLowerCase()}`}>
          {events.map((e, i) => (
            <li key={i} data-status={e.status}>
              <strong>{TRACKING_WORDS[e.status] ?? e.status}</strong> {formatDateTime(e.at)}
              {e.location ? ` · ${e.location}` : ''}
              {e.description ? <span className="hint"> ({e.description})</span> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
