import { sql } from 'drizzle-orm';
import type { HeldRow, OwedRow } from '../../core/reports/currency-exposure.js';
import type { Orm } from '../create-db.js';
import { rows, ts } from './inventory-records.js';

/** A window of time: `start` included, `end` excluded. */
export type ExposureWindow = { readonly start: Date; readonly end: Date };

/**
 * The charges of a parcel a carrier pays at the border for the seller under DDP: duties, import
 * taxes and fees the quote put on the seller, except the taxes the seller files itself (a low-value
 * scheme's, or the sales tax of a parcel that crossed no border). Used on a quote's charge `c`.
 */
export const CARRIER_BILLED = sql`c->>'payer' = 'seller' and c->>'program' not in ('low-value scheme', 'domestic tax')`;

/** Sums of money per currency behind the currency exposure report, over the orders paid in a window. */
export function createExposureReportRepository(orm: Orm) {
  return {
    /**
     * What the payments of those orders captured, what their refunds paid back (succeeded) and what
     * their refunds still owe (pending at the provider), per currency. Amounts are minor units as text.
     */
    async moneyHeld(window: ExposureWindow): Promise<{ held: HeldRow[]; pendingRefunds: OwedRow[] }> {
      const start = ts(window.start);
      const end = ts(window.end);
      const captured = await rows<{ currency: string; captured: string }>(
        orm,
        sql`select p.currency, sum(p.captured_minor)::text as captured
            from payments p join orders o on o.number = p.reference
            where o.paid_at >= ${start} and o.paid_at < ${end}
            group by p.currency`,
      );
      const refunded = await rows<{ currency: string; status: string; amount: string }>(
        orm,
        sql`select r.currency, r.status, sum(r.amount_minor)::text as amount
            from refunds r join payments p on p.id = r.payment_id join orders o on o.number = p.reference
            where o.paid_at >= ${start} and o.paid_at < ${end} and r.status in ('succeeded', 'pending')
            group by r.currency, r.status`,
      );
      const currencies = [...new Set([...captured.map((c) => c.currency), ...refunded.map((r) => r.currency)])];
      return {
        held: currencies.map((currency) => ({
          currency,
          captured: BigInt(captured.find((c) => c.currency === currency)?.captured ?? '0'),
          refunded: BigInt(refunded.find((r) => r.currency === currency && r.status === 'succeeded')?.amount ?? '0'),
        })),
        pendingRefunds: refunded.filter((r) => r.status === 'pending').map((r) => ({ currency: r.currency, kind: 'pendingRefunds' as const, amount: BigInt(r.amount) })),
      };
    },

    /**
     * What carriers bill the store for the DDP parcels of those orders (not cancelled): what was
     * invoiced, in the invoices' currency, for parcels with an invoice; the quoted border charges,
     * in the destination's currency (the quote's `local` amount, else its own), for the others.
     */
    async carriersOwed(window: ExposureWindow): Promise<{ invoiced: Array<{ currency: string; minor: bigint }>; quoted: Array<{ currency: string; amount: string }> }> {
      const start = ts(window.start);
      const end = ts(window.end);
      const invoiced = await rows<{ currency: string; amount: string }>(
        orm,
        sql`select i.currency, sum(i.duties_minor + i.taxes_minor + i.fees_minor)::text as amount
            from carrier_duty_invoices i join shipments s on s.id = i.shipment_id join orders o on o.id = s.order_id
            where o.paid_at >= ${start} and o.paid_at < ${end} and o.cancelled_at is null
            group by i.currency`,
      );
      const quoted = await rows<{ currency: string; amount: string }>(
        orm,
        sql`select coalesce(c->'local'->>'currency', c->>'currency') as currency,
              sum(coalesce(c->'local'->>'amount', c->>'amount')::numeric)::text as amount
            from orders o join shipments s on s.order_id = o.id
            cross join lateral jsonb_array_elements(o.quote->'shipments'->s.position->'charges') c
            where o.paid_at >= ${start} and o.paid_at < ${end} and o.cancelled_at is null and o.incoterm = 'DDP'
              and ${CARRIER_BILLED}
              and not exists (select 1 from carrier_duty_invoices i where i.shipment_id = s.id)
            group by 1`,
      );
      // Invoices are minor units; quoted amounts are the quote's decimal strings summed as numeric.
      return { invoiced: invoiced.map((r) => ({ currency: r.currency, minor: BigInt(r.amount) })), quoted };
    },
  };
}
