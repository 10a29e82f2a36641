import { and, eq, inArray } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { orders } from '../schema/index.js';

/** Orders imported from a marketplace, found by the marketplace's own order id (unique per channel). */
export function createChannelOrderRepository(orm: Orm) {
  return {
    /** Landfall's order numbers of those of `ids` already imported from `channel`. */
    async imported(channel: string, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const out = new Map<string, string>();
      // In chunks: a file may name thousands of orders.
      for (let i = 0; i < ids.length; i += 1000) {
        const found = await orm
          .select({ id: orders.channelOrderId, number: orders.number })
          .from(orders)
          .where(and(eq(orders.salesChannel, channel), inArray(orders.channelOrderId, ids.slice(i, i + 1000) as string[])));
        for (const r of found) if (r.id !== null) out.set(r.id, r.number);
      }
      return out;
    },
  };
}
