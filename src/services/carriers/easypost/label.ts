/**
 * Buying a label through EasyPost without ever buying two for one Landfall shipment:
 * 1. look for an EasyPost Shipment whose `reference` is our shipment id (EasyPost lets a reference
 *    stand in for an id: GET /shipments/:reference); a bought one is returned as it is;
 * 2. otherwise create the Shipment (with that reference, `options.label_format: "PDF"` and the
 *    Incoterm) or reuse the unbought one, pick the rate of the requested service and buy it
 *    (POST /shipments/:id/buy with `{ rate: { id } }`);
 * 3. download the PDF from `postage_label.label_pdf_url` (or `label_url` when that is a PDF; else ask
 *    GET /shipments/:id/label?file_format=PDF for one).
 * A POST is never retried; a caller retrying after a failure lands in step 1 and gets what was bought.
 */
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { CarrierFailure, CarrierLabel, LabelRequest } from '../../../core/carriers/carrier.js';
import { callEasyPost, downloadLabelPdf, type EasyPostClientOptions, type Json } from './client.js';
import { decimalText, ratesForService, serviceName } from './read.js';
import { labelShipmentBody } from './shipment-body.js';
import { majorTextToMinor } from './units.js';

export async function createEasyPostLabel(client: EasyPostClientOptions, request: LabelRequest): Promise<Result<CarrierLabel, CarrierFailure>> {
  const body = labelShipmentBody(request);
  if (!body.ok) return body;
  if (typeof request.service !== 'string' || request.service.trim() === '') return fail('VALIDATION_FAILED', 'service is required (e.g. USPS:Priority, as rates() names it)', { field: 'service' });

  const found = await findByReference(client, request.reference);
  if (!found.ok) return found;
  let shipment = found.value;
  if (shipment && isBought(shipment)) {
    const bought = boughtService(shipment);
    if (bought !== undefined && !sameService(bought, request.service)) {
      return fail('CARRIER_REFUSED', `shipment ${request.reference} already has an EasyPost label for ${bought} (${String(shipment.id)}); void it before buying ${request.service}`, { field: 'service' });
    }
    return finishLabel(client, shipment);
  }
  if (!shipment) {
    const created = await callEasyPost(client, 'POST', '/shipments', body.value);
    if (!created.ok) return created;
    shipment = created.value;
  }
  const shipmentId = readId(shipment);
  if (!shipmentId) return fail('CARRIER_UNAVAILABLE', 'EasyPost answered without a shipment id; try again');

  const candidates = ratesForService(shipment, request.service);
  if (candidates.length !== 1) {
    const offered = (Array.isArray(shipment.rates) ? shipment.rates : [])
      .map((r) => (typeof r === 'object' && r !== null ? (r as Json) : {}))
      .filter((r) => typeof r.carrier === 'string' && typeof r.service === 'string')
      .map((r) => serviceName(r.carrier as string, r.service as string));
    const why = candidates.length === 0 ? 'offers no rate for' : 'offers several rates matching';
    return fail('VALIDATION_FAILED', `EasyPost ${why} service ${request.service} on this shipment; offered: ${offered.join(', ') || 'nothing'}`, { field: 'service' });
  }
  const rateId = candidates[0]!.id;
  if (typeof rateId !== 'string') return fail('CARRIER_UNAVAILABLE', 'EasyPost gave a rate without an id; try again');
  const bought = await callEasyPost(client, 'POST', `/shipments/${encodeURIComponent(shipmentId)}/buy`, { rate: { id: rateId } });
  if (!bought.ok) return bought;
  return finishLabel(client, bought.value);
}

/** The Shipment with this reference, undefined when EasyPost has none (404). */
async function findByReference(client: EasyPostClientOptions, reference: string): Promise<Result<Json | undefined, CarrierFailure>> {
  const answer = await callEasyPost(client, 'GET', `/shipments/${encodeURIComponent(reference)}`);
  if (!answer.ok) return answer.code === 'LABEL_NOT_FOUND' ? ok(undefined) : answer;
  // Only a shipment that carries our reference counts (an id that happens to look the same does not).
  return ok(answer.value.reference === reference ? answer.value : undefined);
}

async function finishLabel(client: EasyPostClientOptions, shipment: Json): Promise<Result<CarrierLabel, CarrierFailure>> {
  const shipmentId = readId(shipment);
  const trackingNumber = typeof shipment.tracking_code === 'string' && shipment.tracking_code !== '' ? shipment.tracking_code : undefined;
  const rate = (typeof shipment.selected_rate === 'object' && shipment.selected_rate !== null ? shipment.selected_rate : {}) as Json;
  if (!shipmentId || !trackingNumber || typeof rate.carrier !== 'string' || typeof rate.service !== 'string') {
    return fail('CARRIER_UNAVAILABLE', `EasyPost bought shipment ${shipmentId ?? '?'} but answered without its tracking code or rate; try again`);
  }
  let url = pdfUrl(shipment.postage_label);
  if (!url) {
    const converted = await callEasyPost(client, 'GET', `/shipments/${encodeURIComponent(shipmentId)}/label?file_format=PDF`);
    if (!converted.ok) return converted;
    url = pdfUrl(converted.value.postage_label);
    if (!url) return fail('CARRIER_UNAVAILABLE', `EasyPost has no PDF of the label of ${shipmentId} yet; try again`);
  }
  const pdf = await downloadLabelPdf(client, url);
  if (!pdf.ok) return pdf;
  const currency = typeof rate.currency === 'string' ? rate.currency.toUpperCase() : null;
  const amount = decimalText(rate.rate);
  const costMinor = currency && amount !== undefined ? (majorTextToMinor(amount, currency, 'ceil') ?? null) : null;
  return ok({
    carrier: rate.carrier,
    service: serviceName(rate.carrier, rate.service),
    trackingNumber,
    carrierShipmentId: shipmentId,
    pdf: pdf.value,
    costMinor,
    currency: costMinor === null ? null : currency,
  });
}

/** The PostageLabel's PDF: `label_pdf_url`, or `label_url` when the label file itself is a PDF. */
function pdfUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const label = raw as Json;
  if (typeof label.label_pdf_url === 'string' && label.label_pdf_url !== '') return label.label_pdf_url;
  const isPdfFile = label.label_file_type === 'application/pdf' || (typeof label.label_url === 'string' && /\.pdf(?:$|\?)/i.test(label.label_url));
  return isPdfFile && typeof label.label_url === 'string' && label.label_url !== '' ? label.label_url : undefined;
}

function isBought(shipment: Json): boolean {
  return typeof shipment.postage_label === 'object' && shipment.postage_label !== null && typeof shipment.tracking_code === 'string' && shipment.tracking_code !== '';
}

function boughtService(shipment: Json): string | undefined {
  const rate = shipment.selected_rate as Json | null | undefined;
  return rate && typeof rate.carrier === 'string' && typeof rate.service === 'string' ? serviceName(rate.carrier, rate.service) : undefined;
}

function sameService(bought: string, wanted: string): boolean {
  const w = wanted.trim();
  return w.includes(':') ? bought === w : bought.slice(bought.indexOf(':') + 1) === w;
}

function readId(shipment: Json): string | undefined {
  return typeof shipment.id === 'string' && shipment.id !== '' ? shipment.id : undefined;
}
