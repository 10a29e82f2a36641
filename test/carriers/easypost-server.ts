/**
 * A local stand-in for EasyPost's REST API (v2), answering in the shapes EasyPost documents
 * (docs.easypost.com: Shipments, Rates, PostageLabel, Refund, Trackers, Errors; the example
 * responses in github.com/EasyPost/examples official/docs/responses). It checks what a real
 * EasyPost would refuse: Basic auth with the API key as user name, required fields, a rate id that
 * belongs to the shipment, buying twice. Label files are served from /files/ like EasyPost's file
 * storage, as a real PDF made with pdf-lib.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const EASYPOST_TEST_KEY = 'EZTK_landfall_test_key_0001';

type Json = Record<string, any>;
export type Recorded = { method: string; path: string; query: URLSearchParams; body: Json | undefined; authorization: string | undefined };

export type FakeEasyPost = {
  baseUrl: string;
  requests: Recorded[];
  shipments: Map<string, Json>;
  trackers: Json[];
  labelPdf: Uint8Array;
  /** Answer the next `times` requests to `route` ("POST /shipments", "GET /trackers", ...) with this status and body. */
  failNext(route: string, times: number, status: number, body?: Json): void;
  /** Close the socket of the next request to `route` after doing its work (a lost answer). */
  dropAnswerOnce(route: string): void;
  /** Labels bought from now on are PNG files (label_pdf_url only after GET /label?file_format=PDF). */
  pngLabels: boolean;
  /** refund_status that the next refunds get. */
  refundStatus: string;
  count(route: string): number;
  close(): Promise<void>;
};

const RATE_TABLE = [
  { carrier: 'USPS', service: 'Express', rate: '49.60', delivery_days: null, est_delivery_days: null },
  { carrier: 'USPS', service: 'Priority', rate: '7.47', delivery_days: 2, est_delivery_days: 2 },
  { carrier: 'USPS', service: 'GroundAdvantage', rate: '6.79', delivery_days: 3, est_delivery_days: 3 },
  { carrier: 'DHLExpress', service: 'ExpressWorldwideNonDoc', rate: '31.05', delivery_days: null, est_delivery_days: 4 },
];

export async function startFakeEasyPost(): Promise<FakeEasyPost> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([288, 432]);
  page.drawText('USPS PRIORITY MAIL - TEST LABEL', { x: 20, y: 400, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  const labelPdf = await doc.save();

  const requests: Recorded[] = [];
  const shipments = new Map<string, Json>();
  const trackers: Json[] = [];
  const failures = new Map<string, Array<{ status: number; body?: Json }>>();
  const drops = new Set<string>();
  let seq = 0;
  const hex = () => (++seq).toString(16).padStart(32, '0');

  const state = { pngLabels: false, refundStatus: 'submitted' };
  let baseUrl = '';

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: Json | undefined;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = undefined;
      }
      const method = req.method ?? 'GET';
      requests.push({ method, path: url.pathname, query: url.searchParams, body, authorization: req.headers.authorization });
      const send = (status: number, payload: Json | Uint8Array, type = 'application/json') => {
        const data = payload instanceof Uint8Array ? Buffer.from(payload) : Buffer.from(JSON.stringify(payload));
        res.writeHead(status, { 'content-type': type, 'content-length': data.length }).end(data);
      };
      const error = (status: number, code: string, message: string, errors: unknown[] = []) => send(status, { error: { code, message, errors } });

      if (url.pathname.startsWith('/files/')) {
        const id = url.pathname.slice('/files/postage_label/'.length).replace(/\.(pdf|png)$/, '');
        if (!shipments.has(id)) return error(404, 'NOT_FOUND', 'no such file');
        return url.pathname.endsWith('.png') ? send(200, new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png') : send(200, labelPdf, 'application/pdf');
      }
      if (!url.pathname.startsWith('/v2/')) return error(404, 'NOT_FOUND', 'no such route');
      const route = `${method} /${routeName(url.pathname.slice(4))}`;
      const queued = failures.get(route);
      if (queued && queued.length > 0) {
        const f = queued.shift()!;
        return send(f.status, f.body ?? { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong', errors: [] } });
      }
      const expected = `Basic ${Buffer.from(`${EASYPOST_TEST_KEY}:`).toString('base64')}`;
      if (req.headers.authorization !== expected) return error(401, 'APIKEY.INACTIVE', 'This API key is no longer active. Please use a different API key or reactivate this key.');

      const answer = handle(method, url.pathname.slice(4).split('/').filter((p) => p !== ''), url.searchParams, body);
      if (drops.delete(route)) {
        req.socket.destroy();
        return;
      }
      if ('error' in answer && answer.status >= 400) return send(answer.status, { error: answer.error });
      return send(answer.status, answer.json!);
    });
  });

  function handle(method: string, parts: string[], query: URLSearchParams, body: Json | undefined): { status: number; json?: Json; error?: Json } {
    const notFound = { status: 404, error: { code: 'NOT_FOUND', message: 'The requested resource could not be found.', errors: [] } };
    const invalid = (message: string, errors: unknown[]) => ({ status: 422, error: { code: 'SHIPMENT.INVALID_PARAMS', message, errors } });
    const [resource, id, action] = parts;
    if (resource === 'shipments' && method === 'POST' && !id) {
      const s = body?.shipment;
      if (!s) return invalid('Missing required parameter.', [{ field: 'shipment', message: 'cannot be blank' }]);
      const errors: unknown[] = [];
      for (const side of ['to_address', 'from_address']) {
        for (const f of ['name', 'street1', 'city', 'country']) if (!s[side]?.[f]) errors.push({ field: `${side}.${f}`, message: 'cannot be blank', suggestion: null });
      }
      if (s.to_address?.street1 === 'Nowhere 0') errors.push({ field: 'to_address.street1', message: 'Address not found', suggestion: null });
      if (!(Number(s.parcel?.weight) > 0)) errors.push({ field: 'parcel.weight', message: 'must be greater than zero' });
      if (errors.length > 0) return invalid('Unable to create shipment, one or more parameters were invalid.', errors);
      const shipmentId = `shp_${hex()}`;
      const now = '2026-11-27T10:00:00Z';
      const rates = s.to_address.country === 'KP' ? [] : RATE_TABLE.map((r) => ({ id: `rate_${hex()}`, object: 'Rate', mode: 'test', ...r, currency: 'USD', retail_rate: r.rate, list_rate: r.rate, shipment_id: shipmentId, carrier_account_id: 'ca_1' }));
      const shipment: Json = {
        id: shipmentId, object: 'Shipment', mode: 'test', created_at: now, updated_at: now, is_return: false,
        messages: rates.length === 0 ? [{ carrier: 'USPS', carrier_account_id: 'ca_1', type: 'rate_error', message: 'Destination country is not served.' }] : [],
        options: { currency: 'USD', ...(s.options ?? {}) }, reference: s.reference ?? null, status: 'unknown', tracking_code: null,
        from_address: { id: `adr_${hex()}`, object: 'Address', ...s.from_address }, to_address: { id: `adr_${hex()}`, object: 'Address', ...s.to_address },
        parcel: { id: `prcl_${hex()}`, object: 'Parcel', ...s.parcel },
        customs_info: s.customs_info ? { id: `cstinfo_${hex()}`, object: 'CustomsInfo', ...s.customs_info } : null,
        tax_identifiers: s.tax_identifiers ?? null,
        postage_label: null, rates, refund_status: null, selected_rate: null, tracker: null, fees: [], forms: [],
      };
      shipments.set(shipmentId, shipment);
      return { status: 201, json: shipment };
    }
    if (resource === 'shipments' && id && method === 'GET' && !action) {
      const found = shipments.get(id) ?? [...shipments.values()].find((x) => x.reference === id);
      return found ? { status: 200, json: found } : notFound;
    }
    if (resource === 'shipments' && id && action === 'buy' && method === 'POST') {
      const s = shipments.get(id);
      if (!s) return notFound;
      if (s.postage_label) return { status: 422, error: { code: 'SHIPMENT.POSTAGE.EXISTS', message: 'Postage already exists for this shipment.', errors: [] } };
      const rate = s.rates.find((r: Json) => r.id === body?.rate?.id);
      if (!rate) return { status: 422, error: { code: 'SHIPMENT.RATE.INVALID', message: 'The rate provided is invalid.', errors: [{ field: 'rate', message: 'not found on this shipment' }] } };
      const trackingCode = `94055001054402${String(seq).padStart(8, '0')}`;
      const png = state.pngLabels || s.options?.label_format !== 'PDF';
      s.selected_rate = rate;
      s.tracking_code = trackingCode;
      s.postage_label = {
        object: 'PostageLabel', id: `pl_${hex()}`, label_date: '2026-11-27T10:00:01Z', label_resolution: 300, label_size: '4x6',
        label_file_type: png ? 'image/png' : 'application/pdf', label_url: `${baseUrl}/files/postage_label/${s.id}.${png ? 'png' : 'pdf'}`,
        label_pdf_url: png ? null : `${baseUrl}/files/postage_label/${s.id}.pdf`, label_zpl_url: null, label_epl2_url: null,
      };
      const tracker = { id: `trk_${hex()}`, object: 'Tracker', mode: 'test', tracking_code: trackingCode, status: 'unknown', status_detail: 'unknown', shipment_id: s.id, carrier: rate.carrier, tracking_details: [] };
      s.tracker = tracker;
      trackers.push(tracker);
      s.fees = [{ object: 'Fee', type: 'PostageFee', amount: `${rate.rate}000`, charged: true, refunded: false }];
      return { status: 200, json: s };
    }
    if (resource === 'shipments' && id && action === 'label' && method === 'GET') {
      const s = shipments.get(id);
      if (!s?.postage_label) return notFound;
      if (query.get('file_format') === 'PDF') s.postage_label.label_pdf_url = `${baseUrl}/files/postage_label/${s.id}.pdf`;
      return { status: 200, json: s };
    }
    if (resource === 'shipments' && id && action === 'refund' && method === 'POST') {
      const s = shipments.get(id);
      if (!s) return notFound;
      if (!s.postage_label) return { status: 422, error: { code: 'SHIPMENT.REFUND.INVALID', message: 'Shipment has no postage.', errors: [] } };
      s.refund_status = state.refundStatus;
      return { status: 200, json: s };
    }
    if (resource === 'trackers' && method === 'GET' && !id) {
      const code = query.get('tracking_code');
      const found = trackers.filter((t) => code === null || t.tracking_code === code).slice(0, Number(query.get('page_size') ?? '20'));
      return { status: 200, json: { trackers: found, has_more: false } };
    }
    return notFound;
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    requests,
    shipments,
    trackers,
    labelPdf,
    failNext(route, times, status, body) {
      failures.set(route, Array.from({ length: times }, () => (body ? { status, body } : { status })));
    },
    dropAnswerOnce(route) {
      drops.add(route);
    },
    get pngLabels() {
      return state.pngLabels;
    },
    set pngLabels(v: boolean) {
      state.pngLabels = v;
    },
    get refundStatus() {
      return state.refundStatus;
    },
    set refundStatus(v: string) {
      state.refundStatus = v;
    },
    count(route) {
      return requests.filter((r) => `${r.method} /${routeName(r.path.replace(/^\/v2\//, ''))}` === route).length;
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** "shipments/shp_1/buy" -> "shipments/:id/buy", "trackers" -> "trackers". */
function routeName(path: string): string {
  return path.split('/').filter((p) => p !== '').map((p, i) => (i === 1 ? ':id' : p)).join('/');
}
