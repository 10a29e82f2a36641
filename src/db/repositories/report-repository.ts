import { sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { rows, ts } from './inventory-records.js';

/** A window of time: `start` included, `end` excluded. */
export type ReportWindow = { readonly start: Date; readonly end: Date };

/**
 * Sums of paid orders in one market and currency. Amounts are minor units as decimal text: PostgreSQL
 * sums bigints into numeric, and text keeps them exact past 2^53 (the caller reads them as bigint).
 */
export type SalesRow = {
  market: string;
  currency: string;
  orders: number;
  goods: string;
  discount: string;
  shipping: string;
  duties: string;
  taxes: string;
  taxesIncluded: string;
  fees: string;
  total: string;
  dueOnDelivery: string;
  refunded: string;
};

/** What went back of the duties and taxes of the paid orders of one market and currency (refund parts). */
export type RefundedPartsRow = { market: string; currency: string; duties: string; taxes: string };
/** Orders placed on one UTC day, whatever became of them. */
export type PlacedDayRow = { day: string; orders: number };
/** Orders paid on one UTC day in one currency, and what they charged at checkout. */
export type PaidDayRow = { day: string; currency: string; orders: number; total: string };

/** Sums of paid orders of one sales channel (`storefront`, a marketplace id, `b2b`) and currency; `market` is unused (''). */
export type ChannelSalesRow = Omit<SalesRow, 'market'> & { channel: string };

export type DashboardFigures = { sales: SalesRow[]; refundedParts: RefundedPartsRow[]; placed: PlacedDayRow[]; paid: PaidDayRow[]; channels?: ChannelSalesRow[] };

export type ReportRepository = ReturnType<typeof createReportRepository>;

/**
 * Read-only aggregates over orders for reports. An order counts as a sale when it was paid
 * (`paid_at`), on the UTC day it was paid, whatever happened to it since (a refund shows in
 * `refunded`, a cancellation after payment is refunded in full). Never summed across currencies:
 * every sum is grouped by currency.
 */
export function createReportRepository(orm: Orm) {
  return {
    /**
     * The dashboard's four aggregates, read in one repeatable-read snapshot so that they agree with
     * each other even while orders are being paid and refunded. `orm` must not be a transaction.
     */
    async dashboardFigures(window: ReportWindow, filter: { channel?: string } = {}): Promise<DashboardFigures> {
      const start = ts(window.start);
      const end = ts(window.end);
      // Every aggregate reads the orders of one sales channel when one is named.
      const ofChannel = filter.channel === undefined ? sql`` : sql` and sales_channel = ${filter.channel}`;
      const ofChannelO = filter.channel === undefined ? sql`` : sql` and o.sales_channel = ${filter.channel}`;
      return orm.transaction(async (tx) => {
        const db = tx as unknown as Orm;
        await db.execute(sql`set transaction isolation level repeatable read, read only`);
        // One after the other: inside a transaction they share one connection.
        const sales = await rows<SalesRow>(
          db,
          sql`select market, currency, count(*)::int as orders,
                sum(goods_minor)::text as goods, sum(discount_minor)::text as discount, sum(shipping_minor)::text as shipping,
                sum(duties_minor)::text as duties, sum(taxes_minor)::text as taxes, sum(taxes_included_minor)::text as "taxesIncluded",
                sum(fees_minor)::text as fees, sum(total_minor)::text as total, sum(due_on_delivery_minor)::text as "dueOnDelivery",
                sum(refunded_minor)::text as refunded
              from orders
              where paid_at >= ${start} and paid_at < ${end}${ofChannel}
              group by market, currency
              order by market, currency`,
        );
        const refundedParts = await rows<RefundedPartsRow>(
          db,
          sql`select o.market, o.currency,
                coalesce(sum((r.parts->>'duties')::bigint), 0)::text as duties,
                coalesce(sum((r.parts->>'taxes')::bigint), 0)::text as taxes
              from order_refunds r join orders o on o.id = r.order_id
              where o.paid_at >= ${start} and o.paid_at < ${end}${ofChannelO}
              group by o.market, o.currency`,
        );
        const placed = await rows<PlacedDayRow>(
          db,
          sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as orders
              from orders
              where created_at >= ${start} and created_at < ${end}${ofChannel}
              group by 1`,
        );
        const paid = await rows<PaidDayRow>(
          db,
          sql`select to_char(paid_at at time zone 'UTC', 'YYYY-MM-DD') as day, currency, count(*)::int as orders, sum(total_minor)::text as total
              from orders
              where paid_at >= ${start} and paid_at < ${end}${ofChannel}
              group by 1, 2`,
        );
        const channels = await rows<ChannelSalesRow>(
          db,
          sql`select sales_channel as channel, currency, count(*)::int as orders,
                sum(goods_minor)::text as goods, sum(discount_minor)::text as discount, sum(shipping_minor)::text as shipping,
                sum(duties_minor)::text as duties, sum(taxes_minor)::text as taxes, sum(taxes_included_minor)::text as "taxesIncluded",
                sum(fees_minor)::text as fees, sum(total_minor)::text as total, sum(due_on_delivery_minor)::text as "dueOnDelivery",
                sum(refunded_minor)::text as refunded
              from orders
              where paid_at >= ${start} and paid_at < ${end}${ofChannel}
              group by sales_channel, currency
              order by sales_channel, currency`,
        );
        return { sales, refundedParts, placed, paid, channels };
      });
    },
  };
}
