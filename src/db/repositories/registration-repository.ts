import { asc, eq, sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { registrations } from '../schema/compliance.js';
import { rows, ts } from './inventory-records.js';

export type RegistrationRecord = typeof registrations.$inferSelect;
export type SalesTotalRow = { currency: string; country: string; region: string | null; fromCountry: string | null; goodsMinor: string; orders: number };

/** The merchant's registrations, and the sales totals the thresholds are compared with. */
export function createRegistrationRepository(orm: Orm) {
  return {
    async list(): Promise<RegistrationRecord[]> {
      return orm.select().from(registrations).orderBy(asc(registrations.scheme), asc(registrations.validFrom));
    },
    async insert(row: typeof registrations.$inferInsert): Promise<RegistrationRecord | undefined> {
      const [r] = await orm.insert(registrations).values(row).onConflictDoNothing().returning();
      return r;
    },
    async remove(id: string): Promise<boolean> {
      return (await orm.delete(registrations).where(eq(registrations.id, id)).returning({ id: registrations.id })).length > 0;
    },
    /** Valid on a date (YYYY-MM-DD). */
    async validOn(date: string): Promise<RegistrationRecord[]> {
      return orm.select().from(registrations).where(sql`${registrations.validFrom} <= ${date} and (${registrations.validTo} is null or ${registrations.validTo} >= ${date})`);
    },
    /**
     * Goods sold in paid, not cancelled orders between two moments, per order currency, destination
     * country and region, and the country of the warehouse the lines left from (minor units as text).
     */
    async salesTotals(from: Date, to: Date): Promise<SalesTotalRow[]> {
      return rows<SalesTotalRow>(
        orm,
        sql`select o.currency, o.country, o.address->>'region' as region, w.country as "fromCountry",
              sum(l.goods_minor)::text as "goodsMinor", count(distinct o.id)::int as orders
            from orders o join order_lines l on l.order_id = o.id left join warehouses w on w.code = l.warehouse
            where o.paid_at >= ${ts(from)} and o.paid_at < ${ts(to)} and o.cancelled_at is null
            group by 1, 2, 3, 4`,
      );
    },
  };
}
