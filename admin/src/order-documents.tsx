import { useState } from 'react';
import type { Order } from './api-types.js';
import { downloadDocument, orderDocumentLinks, type DocumentLink } from './documents-api.js';
import { problemText } from './risk-api.js';
import { Alert } from './ui.js';

/**
 * Downloads of the order's documents: the commercial and pro forma invoices (one page group per
 * parcel), and per parcel its CN 22, CN 23, ICS2 data and packing slip. A document the order cannot
 * have (a CN 23 for a small parcel, a line without HS code) says why, as the server put it.
 */
const ROW = { display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center', margin: '0.5rem 0' } as const;

export function OrderDocuments({ order }: { order: Order }) {
  const links = orderDocumentLinks(order);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function get(link: DocumentLink, label: string) {
    setBusy(link.url);
    setError(null);
    setDone(null);
    try {
      await downloadDocument(link);
      setDone(`${label} downloaded.`);
    } catch (e) {
      setError(`${label}: ${problemText(e)}`);
    } finally {
      setBusy(null);
    }
  }

  const button = (link: DocumentLink, label: string) => (
    <button key={link.url} type="button" disabled={busy !== null} aria-busy={busy === link.url} title={link.hint} data-document={link.url} onClick={() => void get(link, label)}>
      {link.label}
    </button>
  );

  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      {error && <Alert>{error}</Alert>}
      <p role="status" className="note">
        {done}
      </p>
      <div className="actions" style={ROW}>{links.order.map((l) => button(l, l.label))}</div>
      {links.parcels.map((p) => (
        <div key={p.position} className="actions" style={ROW} role="group" aria-label={`Parcel ${p.position + 1} documents`}>
          <span>Parcel {p.position + 1}:</span> {p.links.map((l) => button(l, `${l.label} of parcel ${p.position + 1}`))}
        </div>
      ))}
    </section>
  );
}
