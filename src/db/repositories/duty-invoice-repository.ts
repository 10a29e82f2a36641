import { asc, eq, sql } from 'drizzle-orm';
import type { InvoiceRow, ParcelRow } from '../../core/reports/duties-reconciliation.js';
import type { Orm } from '../create-db.js';
import { carrierDutyInvoices } from '../schema/fulfillment.js';
import { CARRIER_BILLED } from './exposure-report-repository.js';
import { rows, ts } from './inventory-records.js';

export type DutyInvoiceRecord = typeof carrierDutyInvoices.$inferSelect;
export type NewDutyInvoice = Omit<typeof carrierDutyInvoices.$inferInsert, 'id' | 'createdAt'>;

/**
 * Carrier invoices of parcels' import charges (carrier_duty_invoices), and the parcels the duties
 * reconciliation compares them with.
 */
export function createDutyInvoiceRepository(orm: Orm) {
  return {
    /** Record an invoice; undefined when the same carrier's invoice number is already recorded for this parcel. */
    async insert(row: NewDutyInvoice, at: Date): Promise<DutyInvoiceRecord | undefined> {
      const [r] = await orm
        .insert(carrierDutyInvoices)
        .values({ ...row, createdAt: at })
        .onConflictDoNothing({ target: [carrierDutyInvoices.carrier, carrierDutyInvoices.invoiceNumber, carrierDutyInvoices.shipmentId] })
        .returning();
      return r;
    },

    /** Lock the parcel's row for the rest of the transaction: its invoices are written one at a time. */
    async lockShipment(shipmentId: string): Promise<void> {
      await orm.execute(sql`select id from shipments where id = ${shipmentId} for update`);
    },

    /** A parcel's invoices, oldest first. */
    async byShipment(shipmentId: string): Promise<DutyInvoiceRecord[]> {
      return orm.select().from(carrierDutyInvoices).where(eq(carrierDutyInvoices.shipmentId, shipmentId)).orderBy(asc(carrierDutyInvoices.invoiceDate), asc(carrierDutyInvoices.createdAt), asc(carrierDutyInvoices.id));
    },

    /**
     * The parcels to reconcile: those shipped in the window of DDP orders, and any parcel with an
     * invoice dated in it; each with the border charges its quote put on the seller, summed per kind
     * in the order's currency and in the destination's. Then the invoices of those parcels.
     */
    async parcelsToReconcile(window: { start: Date; end: Date; startDate: string; endDate: string }): Promise<{ parcels: ParcelRow[]; invoices: InvoiceRow[] }> {
      const start = ts(window.start);
      const end = ts(window.end);
      const picked = sql`select s.id from shipments s join orders o on o.id = s.order_id
                         where o.incoterm = 'DDP' and s.shipped_at >= ${start} and s.shipped_at < ${end}
                         union
                         select i.shipment_id from carrier_duty_invoices i where i.invoice_date >= ${window.startDate} and i.invoice_date < ${window.endDate}`;
      const found = await rows<{
        orderNumber: string;
        market: string;
        country: string;
        incoterm: string;
        orderCurrency: string;
        position: number;
        carrier: string;
        status: string;
        shippedDate: string | null;
        duties: string;
        taxes: string;
        fees: string;
        localCurrency: string | null;
        localDuties: string;
        localTaxes: string;
        localFees: string;
      }>(
        orm,
        sql`select o.number as "orderNumber", o.market, o.country, o.incoterm, o.currency as "orderCurrency", s.position, s.carrier, s.status,
              to_char(s.shipped_at at time zone 'UTC', 'YYYY-MM-DD') as "shippedDate",
              coalesce(sum((c->>'amount')::numeric) filter (where c->>'type' = 'duty'), 0)::text as duties,
              coalesce(sum((c->>'amount')::numeric) filter (where c->>'type' = 'tax'), 0)::text as taxes,
              coalesce(sum((c->>'amount')::numeric) filter (where c->>'type' = 'fee'), 0)::text as fees,
              max(coalesce(c->'local'->>'currency', c->>'currency')) as "localCurrency",
              coalesce(sum(coalesce(c->'local'->>'amount', c->>'amount')::numeric) filter (where c->>'type' = 'duty'), 0)::text as "localDuties",
              coalesce(sum(coalesce(c->'local'->>'amount', c->>'amount')::numeric) filter (where c->>'type' = 'tax'), 0)::text as "localTaxes",
              coalesce(sum(coalesce(c->'local'->>'amount', c->>'amount')::numeric) filter (where c->>'type' = 'fee'), 0)::text as "localFees"
            from (${picked}) p
            join shipments s on s.id = p.id
            join orders o on o.id = s.order_id
            left join lateral jsonb_array_elements(o.quote->'shipments'->s.position->'charges') c on ${CARRIER_BILLED}
            group by o.number, o.market, o.country, o.incoterm, o.currency, s.position, s.carrier, s.status, s.shipped_at
            order by o.number, s.position`,
      );
      const invoices = await rows<{ orderNumber: string; position: number; carrier: string; invoiceNumber: string; invoiceDate: string; currency: string; duties: string; taxes: string; fees: string }>(
        orm,
        sql`select o.number as "orderNumber", s.position, i.carrier, i.invoice_number as "invoiceNumber", i.invoice_date::text as "invoiceDate", i.currency,
              i.duties_minor::text as duties, i.taxes_minor::text as taxes, i.fees_minor::text as fees
            from (${picked}) p
            join carrier_duty_invoices i on i.shipment_id = p.id
            join shipments s on s.id = i.shipment_id
            join orders o on o.id = s.order_id
            order by i.invoice_date, i.created_at, i.id`,
      );
      return {
        parcels: found.map((r) => ({
          orderNumber: r.orderNumber,
          market: r.market,
          country: r.country,
          incoterm: r.incoterm,
          orderCurrency: r.orderCurrency,
          position: r.position,
          carrier: r.carrier,
          status: r.status,
          shippedDate: r.shippedDate,
          quoted: { duties: r.duties, taxes: r.taxes, fees: r.fees },
          localCurrency: r.localCurrency ?? r.orderCurrency,
          local: { duties: r.localDuties, taxes: r.localTaxes, fees: r.localFees },
        })),
        invoices: invoices.map((i) => ({ ...i, duties: BigInt(i.duties), taxes: BigInt(i.taxes), fees: BigInt(i.fees) })),
      };
    },
  };
}
