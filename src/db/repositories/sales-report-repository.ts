import { sql, type SQL } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { rows, ts } from './inventory-records.js';

/** A paid order as the sales drill-down lists it; amounts are minor units as text. */
export type PaidOrderRow = {
  id: string;
  number: string;
  market: string;
  country: string;
  currency: string;
  incoterm: string;
  status: string;
  paidAt: Date;
  goods: string;
  discount: string;
  shipping: string;
  duties: string;
  taxes: string;
  fees: string;
  total: string;
  refunded: string;
  salesChannel: string;
  channelOrderId: string | null;
};

/** The orders behind the sales figures: paid in a window (the dashboard's rule), filtered, oldest payment first. */
export function createSalesReportRepository(orm: Orm) {
  return {
    /** A page of paid orders after `after` in (paid_at, id) order; `limit` null reads them all. */
    async paidOrders(filter: { start: Date; end: Date; market?: string; currency?: string; country?: string; channel?: string }, page: { limit: number | null; after?: Position }): Promise<PaidOrderRow[]> {
      const where: SQL[] = [sql`paid_at >= ${ts(filter.start)}`, sql`paid_at < ${ts(filter.end)}`];
      if (filter.market) where.push(sql`market = ${filter.market}`);
      if (filter.currency) where.push(sql`currency = ${filter.currency}`);
      if (filter.country) where.push(sql`country = ${filter.country}`);
      if (filter.channel) where.push(sql`sales_channel = ${filter.channel}`);
      if (page.after) where.push(sql`(paid_at, id) > (${ts(page.after.createdAt)}, ${page.after.id}::uuid)`);
      const found = await rows<Omit<PaidOrderRow, 'paidAt'> & { paidAt: string }>(
        orm,
        sql`select id::text, number, market, country, currency, incoterm, status,
              to_char(paid_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "paidAt",
              goods_minor::text as goods, discount_minor::text as discount, shipping_minor::text as shipping,
              duties_minor::text as duties, taxes_minor::text as taxes, fees_minor::text as fees,
              total_minor::text as total, refunded_minor::text as refunded,
              sales_channel as "salesChannel", channel_order_id as "channelOrderId"
            from orders
            where ${sql.join(where, sql` and `)}
            order by paid_at, id
            ${page.limit === null ? sql`` : sql`limit ${page.limit + 1}`}`,
      );
      return found.map((r) => ({ ...r, paidAt: new Date(r.paidAt) }));
    },
  };
}
