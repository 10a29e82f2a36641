import { randomUUID } from 'node:crypto';
import type { CarrierAdapter, CarrierLabel, CarrierRate, CarrierResult, LabelRequest, RateRequest, TrackingEvent } from '../../core/carriers/carrier.js';
import { makeCourierNumber } from '../../core/carriers/courier-number.js';
import { makeS10 } from '../../core/carriers/s10.js';
import { crossesCustomsBorder, isTestCarrierScenario, planScenario, type ScenarioStep } from '../../core/carriers/test-carrier-scenarios.js';
import { fail, ok } from '../../core/result/result.js';
import { normalizePostalCode } from '../../core/shipping/postal-code.js';
import { quoteRate } from '../../core/shipping/quote-rate.js';
import type { Orm } from '../../db/create-db.js';
import { createTestCarrierRepository, type TestCarrierEventRow, type TestCarrierParcelRow } from '../../db/repositories/test-carrier-repository.js';
import type { Deps } from '../deps.js';
import { storedCard } from '../shipping/shipping-views.js';
import { renderTestLabel } from './test-carrier-label.js';
import { readTestCarrierDelivery } from './test-carrier-webhook.js';

export type TestCarrierDeps = Pick<Deps, 'database' | 'clock' | 'shipping' | 'warehouses' | 'carriers'>;

/** S10 service indicator of the test carrier's postal parcels (C: parcel post). */
const POSTAL_SERVICE_INDICATOR = 'CP';

/**
 * The built-in test carrier (see docs/carriers.md): it behaves like a real carrier and keeps its own
 * books in test_carrier_* tables. Rates come from the store's own rate cards (the warehouse at the
 * sender's address; for a return to a warehouse, its cards for the lane reversed); a label is a PDF with an S10 number (postal services) or a TC courier number,
 * idempotent by the request's reference; a label can be voided until the parcel is picked up; after
 * a label is bought, its scenario's tracking events are planned and delivered later over
 * HMAC-signed webhooks by deliverTestCarrierEvents (test-carrier-delivery.ts).
 */
export function createTestCarrier(deps: TestCarrierDeps): CarrierAdapter {
  const repo = () => createTestCarrierRepository(deps.database.orm as Orm);

  async function rates(request: RateRequest): Promise<CarrierResult<CarrierRate[]>> {
    const date = deps.clock().toISOString().slice(0, 10);
    const warehouses = await deps.warehouses.list();
    const at = (address: RateRequest['from']) => {
      const all = warehouses.filter((w) => w.country === address.country);
      const postal = address.postalCode ? normalizePostalCode(address.postalCode) : undefined;
      const exact = all.filter((w) => postal !== undefined && normalizePostalCode(w.address.postalCode) === postal);
      return exact.length > 0 ? exact : all;
    };
    // Sent from a warehouse: its cards, priced to the recipient. Sent back to one (a return from a
    // buyer's door): the lane is priced as the outbound lane it reverses, to the sender's country.
    const outbound = at(request.from);
    const from = outbound.length > 0 ? outbound : at(request.to);
    const zone = outbound.length > 0 ? request.to : request.from;
    const cards = await deps.shipping.activeRateCards(date, from.map((w) => w.id));
    const d = request.parcel.dimensionsMm;
    const parcel = { weightG: request.parcel.weightG, volumeMm3: d ? d.length * d.width * d.height : 0 };
    const found: CarrierRate[] = [];
    for (const card of cards) {
      const q = quoteRate(storedCard(card), parcel, { country: zone.country, ...(zone.postalCode ? { postalCode: zone.postalCode } : {}) });
      if (!q.ok) continue;
      found.push({ carrier: card.service.carrier, service: card.service.code, amountMinor: q.value.total, currency: q.value.currency, transitDays: q.value.transitDays, rateId: `tcr_${card.id}` });
    }
    return ok(found.sort((a, b) => a.amountMinor - b.amountMinor || (a.service < b.service ? -1 : 1)));
  }

  async function createLabel(request: LabelRequest): Promise<CarrierResult<CarrierLabel>> {
    const books = repo();
    const existing = await books.activeByReference(request.reference);
    if (existing) return ok(toLabel(existing));
    const scenario = request.testScenario ?? 'delivered';
    if (!isTestCarrierScenario(scenario)) return fail('VALIDATION_FAILED', `no test carrier scenario "${scenario}"`, { field: 'testScenario' });
    if (!Number.isSafeInteger(request.parcel.weightG) || request.parcel.weightG < 1) return fail('VALIDATION_FAILED', 'the parcel weight must be a whole number of grams from 1', { field: 'parcel.weightG' });
    if (request.to.name.trim() === '' || request.to.lines.length === 0) return fail('VALIDATION_FAILED', 'the recipient needs a name and an address line', { field: 'to' });
    const priced = await rates(request);
    if (!priced.ok) return priced;
    const rate = priced.value.find((r) => r.service === request.service);
    if (!rate) return fail('CARRIER_REFUSED', `the test carrier has no rate for ${request.service} from ${request.from.city}, ${request.from.country} to ${request.to.country} for ${request.parcel.weightG} g`, { field: 'service' });

    const serial = await books.nextSerial();
    const number = request.channel === 'postal' ? makeS10(POSTAL_SERVICE_INDICATOR, serial % 100_000_000, request.from.country) : makeCourierNumber(serial % 1_000_000_000);
    if (!number.ok) return fail('VALIDATION_FAILED', `the sender's country ${request.from.country} cannot end an S10 number`, { field: 'from.country' });
    const createdAt = deps.clock();
    const due = request.incoterm === 'DAP' && request.dueOnDelivery ? request.dueOnDelivery : null;
    const steps = planScenario(scenario, { crossBorder: crossesCustomsBorder(request.from.country, request.to.country), amountDue: due?.amountMinor ?? 0 });
    const cost = { amountMinor: rate.amountMinor, currency: rate.currency };
    const pdf = await renderTestLabel({ trackingNumber: number.value, request, serviceName: rate.carrier, createdAt, cost });
    const id = `tcs_${randomUUID().replace(/-/g, '')}`;
    const saved = await books.insertParcel(
      { id, reference: request.reference, trackingNumber: number.value, service: request.service, scenario, request: summary(request), pdf, costMinor: cost.amountMinor, currency: cost.currency, createdAt },
      steps.map((s, seq) => ({
        id: `tce_${randomUUID().replace(/-/g, '')}`,
        seq,
        status: s.status,
        location: where(s, request),
        description: s.description,
        amountDueMinor: s.customs === 'hold' && due ? due.amountMinor : null,
        currency: s.customs === 'hold' && due ? due.currency : null,
        dueAt: new Date(createdAt.getTime() + s.afterMinutes * 60_000),
      })),
    );
    return ok(toLabel(saved.parcel));
  }

  async function voidLabel(label: { carrierShipmentId: string; trackingNumber: string }): Promise<CarrierResult<{ voided: true }>> {
    const books = repo();
    const parcel = await books.byId(label.carrierShipmentId);
    if (!parcel || parcel.trackingNumber !== label.trackingNumber) return fail('LABEL_NOT_FOUND', `the test carrier has no label ${label.trackingNumber}`, { field: 'trackingNumber' });
    if (parcel.status === 'voided') return ok({ voided: true });
    const now = deps.clock();
    const pickup = (await books.eventsOf(parcel.id)).find((e) => e.status === 'picked_up');
    if (pickup && (pickup.state === 'delivered' || pickup.dueAt <= now)) return fail('CARRIER_REFUSED', `parcel ${parcel.trackingNumber} was picked up at ${pickup.dueAt.toISOString()}; a label cannot be voided after pickup`, { field: 'label' });
    await books.voidParcel(parcel.id, now);
    return ok({ voided: true });
  }

  async function track(trackingNumber: string): Promise<CarrierResult<TrackingEvent[]>> {
    const books = repo();
    const parcel = await books.byTracking(trackingNumber);
    if (!parcel) return fail('LABEL_NOT_FOUND', `the test carrier has no parcel ${trackingNumber}`, { field: 'trackingNumber' });
    const now = deps.clock();
    const happened = (await books.eventsOf(parcel.id)).filter((e) => e.state !== 'cancelled' && e.dueAt <= now);
    const created: TrackingEvent = { trackingNumber, status: 'label_created', at: parcel.createdAt.toISOString(), location: null, carrierDescription: 'Label created, parcel not yet received', eventId: `${parcel.id}_created`, amountDueMinor: null, currency: null };
    return ok([created, ...happened.map((e) => toTrackingEvent(e, trackingNumber))]);
  }

  return {
    id: 'test',
    rates,
    createLabel,
    voidLabel,
    track,
    parseWebhook: (delivery) => {
      const read = readTestCarrierDelivery(delivery, deps.carriers.testCarrier);
      return read.ok ? ok(read.value.events) : read;
    },
    webhookDeliveryId: (delivery) => {
      const read = readTestCarrierDelivery({ ...delivery, now: null }, deps.carriers.testCarrier);
      return read.ok ? read.value.id : null;
    },
  };
}

function toLabel(p: TestCarrierParcelRow): CarrierLabel {
  return { carrier: 'test', service: p.service, trackingNumber: p.trackingNumber, carrierShipmentId: p.id, pdf: p.pdf, costMinor: p.costMinor, currency: p.currency };
}

export function toTrackingEvent(e: TestCarrierEventRow, trackingNumber: string): TrackingEvent {
  return { trackingNumber, status: e.status as TrackingEvent['status'], at: e.dueAt.toISOString(), location: e.location, carrierDescription: e.description, amountDueMinor: e.amountDueMinor, currency: e.currency, eventId: e.id };
}

function where(step: ScenarioStep, r: LabelRequest): string {
  if (step.at === 'origin') return `${r.from.city}, ${r.from.country}`;
  if (step.at === 'hub') return r.from.country === r.to.country ? `Sorting hub, ${r.to.country}` : `International exchange office, ${r.from.country}`;
  return `${r.to.city}, ${r.to.country}`;
}

/** What the carrier keeps of a request (no PDF, no phone or email). */
function summary(r: LabelRequest): Record<string, unknown> {
  return { service: r.service, channel: r.channel, incoterm: r.incoterm, from: { city: r.from.city, country: r.from.country }, to: { city: r.to.city, country: r.to.country }, weightG: r.parcel.weightG, contents: r.parcel.contents.length, dueOnDelivery: r.dueOnDelivery ?? null };
}
