import { amountOf, type Amount } from '../../core/reports/amounts.js';
import { readDutyInvoice } from '../../core/reports/duty-invoice-input.js';
import { parseOrderNumber } from '../../core/orders/order-number.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { createDutyInvoiceRepository, type DutyInvoiceRecord } from '../../db/repositories/duty-invoice-repository.js';
import type { Orm } from '../../db/create-db.js';
import type { OrderRecord, ShipmentRow } from '../../db/repositories/order-repository.js';
import type { Deps } from '../deps.js';

export type DutyInvoiceView = {
  id: string;
  order: string;
  shipment: number;
  carrier: string;
  invoiceNumber: string;
  invoiceDate: string;
  currency: string;
  duties: Amount;
  taxes: Amount;
  fees: Amount;
  total: Amount;
  note: string | null;
  createdAt: string;
};

export type DutyInvoiceFailure = 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND' | 'SHIPMENT_NOT_FOUND' | 'CONFLICT';
type InvoiceDeps = Pick<Deps, 'database' | 'clock' | 'orders'>;

function toView(order: string, position: number, r: DutyInvoiceRecord): DutyInvoiceView {
  const m = (v: number) => amountOf(BigInt(v), r.currency);
  return {
    id: r.id,
    order,
    shipment: position,
    carrier: r.carrier,
    invoiceNumber: r.invoiceNumber,
    invoiceDate: r.invoiceDate,
    currency: r.currency,
    duties: m(r.dutiesMinor),
    taxes: m(r.taxesMinor),
    fees: m(r.feesMinor),
    total: m(r.dutiesMinor + r.taxesMinor + r.feesMinor),
    note: r.note,
    createdAt: r.createdAt.toISOString(),
  };
}

/** A shipment position from a path: a whole number from 0 to 99 (a route whose body the core checks gets it as text). */
function readPosition(position: unknown): Result<number, 'VALIDATION_FAILED'> {
  const n = typeof position === 'number' ? position : typeof position === 'string' && /^\d{1,2}$/.test(position) ? Number(position) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 99 ? ok(n) : fail('VALIDATION_FAILED', 'position must be a whole number from 0 to 99 (the shipment\'s position in the order)', { field: 'position' });
}

async function findParcel(deps: InvoiceDeps, numberText: string, positionInput: unknown): Promise<Result<{ order: OrderRecord; shipment: ShipmentRow; position: number }, 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND' | 'SHIPMENT_NOT_FOUND'>> {
  const read = readPosition(positionInput);
  if (!read.ok) return read;
  const position = read.value;
  const parsed = parseOrderNumber(numberText);
  const order = parsed.ok ? await deps.orders.byNumber(parsed.value.number) : undefined;
  if (!order) return fail('ORDER_NOT_FOUND', parsed.ok ? `no order ${parsed.value.number}` : parsed.message, { field: 'number' });
  const shipment = order.shipments.find((s) => s.position === position);
  if (!shipment) return fail('SHIPMENT_NOT_FOUND', `order ${order.number} has no shipment ${position} (it has ${order.shipments.length}: ${order.shipments.map((s) => s.position).join(', ')})`, { field: 'position' });
  return ok({ order, shipment, position });
}

/**
 * Record what a carrier invoiced for a parcel's import charges (duties, taxes, its clearance and
 * disbursement fees). The carrier defaults to the parcel's. The same carrier's invoice number twice
 * for one parcel is CONFLICT (field invoiceNumber), and so is an invoice in another currency than
 * the parcel's invoices so far (field currency): they are summed and set against the quote.
 *
 * @example recordDutyInvoice(deps, 'LF-100016', 0, { invoiceNumber: 'DHL-881', invoiceDate: '2026-12-02', currency: 'EUR', duties: '3.00', taxes: '0.00', fees: '6.50' })
 */
export async function recordDutyInvoice(deps: InvoiceDeps, numberText: string, positionInput: unknown, input: unknown): Promise<Result<DutyInvoiceView, DutyInvoiceFailure>> {
  const today = deps.clock().toISOString().slice(0, 10);
  const read = readDutyInvoice(input, today);
  if (!read.ok) return read;
  const found = await findParcel(deps, numberText, positionInput);
  if (!found.ok) return found;
  const { order, shipment, position } = found.value;
  const invoice = read.value;
  const carrier = invoice.carrier ?? shipment.carrier;
  // One transaction with the parcel locked: two invoices in different currencies cannot both pass the check.
  const saved = await deps.database.orm.transaction(async (tx): Promise<Result<DutyInvoiceRecord | undefined, 'CONFLICT'>> => {
    const repository = createDutyInvoiceRepository(tx as unknown as Orm);
    await repository.lockShipment(shipment.id);
    const other = (await repository.byShipment(shipment.id)).find((e) => e.currency !== invoice.currency);
    if (other) return fail('CONFLICT', `the invoices of ${order.number} shipment ${position} are in ${other.currency} (${other.invoiceNumber}); record this one in ${other.currency} too, so that they add up`, { field: 'currency' });
    return ok(
      await repository.insert(
        {
          shipmentId: shipment.id,
          carrier,
          invoiceNumber: invoice.invoiceNumber,
          invoiceDate: invoice.invoiceDate,
          currency: invoice.currency,
          dutiesMinor: invoice.dutiesMinor,
          taxesMinor: invoice.taxesMinor,
          feesMinor: invoice.feesMinor,
          note: invoice.note,
        },
        deps.clock(),
      ),
    );
  });
  if (!saved.ok) return saved;
  if (!saved.value) return fail('CONFLICT', `${carrier} invoice ${invoice.invoiceNumber} is already recorded for ${order.number} shipment ${position}`, { field: 'invoiceNumber' });
  return ok(toView(order.number, position, saved.value));
}

/** A parcel's recorded carrier invoices, oldest first. */
export async function listDutyInvoices(deps: InvoiceDeps, numberText: string, positionInput: unknown): Promise<Result<{ order: string; shipment: number; carrier: string; items: DutyInvoiceView[] }, 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND' | 'SHIPMENT_NOT_FOUND'>> {
  const found = await findParcel(deps, numberText, positionInput);
  if (!found.ok) return found;
  const { order, shipment, position } = found.value;
  const items = await createDutyInvoiceRepository(deps.database.orm).byShipment(shipment.id);
  return ok({ order: order.number, shipment: position, carrier: shipment.carrier, items: items.map((r) => toView(order.number, position, r)) });
}
