/**
 * Downloads of an order's documents (customs invoices, CN 22 / CN 23, ICS2 data, packing slips)
 * and a warehouse's pick list. A plain link cannot carry the tab's key, so the file is fetched with
 * it and handed to the browser as a blob URL on a temporary <a download>; a refusal comes back as
 * the server's problem+json, shown in plain words.
 */
import { ApiError, type Problem } from './api.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

export type DocumentLink = { label: string; url: string; filename: string; hint?: string };

/** The documents of an order: the invoices, then per parcel (0-based position) its four documents. */
export function orderDocumentLinks(order: { number: string; shipments: ReadonlyArray<{ position: number; channel: string }> }): { order: DocumentLink[]; parcels: Array<{ position: number; links: DocumentLink[] }> } {
  const n = encodeURIComponent(order.number);
  return {
    order: [
      { label: 'Commercial invoice', url: `/v1/orders/${n}/documents/commercial-invoice`, filename: `commercial-invoice-${order.number}.pdf` },
      { label: 'Pro forma invoice', url: `/v1/orders/${n}/documents/proforma-invoice`, filename: `proforma-invoice-${order.number}.pdf` },
    ],
    parcels: order.shipments.map((s) => {
      const base = `/v1/orders/${n}/shipments/${s.position}/documents`;
      const name = `${order.number}-${s.position + 1}`;
      const postal = s.channel === 'postal';
      return {
        position: s.position,
        links: [
          { label: 'CN 22', url: `${base}/cn22`, filename: `cn22-${name}.pdf`, ...(postal ? { hint: 'postal items up to 300 SDR and 2 kg' } : { hint: 'postal parcels only' }) },
          { label: 'CN 23', url: `${base}/cn23`, filename: `cn23-${name}.pdf`, ...(postal ? { hint: 'above 300 SDR or 2 kg' } : { hint: 'postal parcels only' }) },
          { label: 'ICS2 data (JSON)', url: `${base}/ics2`, filename: `ics2-${name}.json` },
          { label: 'Packing slip', url: `${base}/packing-slip`, filename: `packing-slip-${name}.pdf` },
        ],
      };
    }),
  };
}

/** Fetch a document with the tab's key and save it; throws ApiError with the server's problem when refused. */
export async function downloadDocument(link: Pick<DocumentLink, 'url' | 'filename'>, fetcher: typeof fetch = fetch.bind(globalThis)): Promise<void> {
  const key = sessionStorage.getItem(TAB_KEY) ?? '';
  const response = await fetcher(link.url, { headers: { authorization: `Bearer ${key}`, accept: 'application/pdf, application/json' } });
  if (!response.ok) {
    const p = ((await response.json().catch(() => ({}))) ?? {}) as Partial<Problem>;
    throw new ApiError({ status: response.status, code: p.code ?? 'HTTP_ERROR', title: p.title ?? response.statusText, detail: p.detail ?? `${link.url} answered ${response.status}`, ...(p.errors ? { errors: p.errors } : {}) });
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = link.filename;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has handed the blob to the download; let it go after the browser has read it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
