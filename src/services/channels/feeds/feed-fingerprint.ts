import { sql } from 'drizzle-orm';
import type { Orm } from '../../../db/create-db.js';

/**
 * A cheap fingerprint of everything a feed is made from, in one statement: per source table its row
 * count and the sum of its rows' `xmin` (the id of the transaction that last wrote each row), so any
 * insert, update or delete by any process changes it, whatever the clock said when it was written;
 * the latest ECB rate date; the finished imports (tariff and tax data). Two processes reading the
 * same database compute the same fingerprint, so none depends on having seen a change itself.
 */
export async function feedFingerprint(orm: Orm): Promise<string> {
  const tables = ['products', 'product_translations', 'variants', 'stock_levels', 'warehouses', 'markets', 'price_list_entries', 'shipping_services', 'rate_cards', 'store_settings'];
  const parts = tables.map((t) => `(select count(*)::text || '.' || coalesce(sum(xmin::text::bigint), 0)::text from ${t})`);
  parts.push(`(select coalesce(max(rate_date)::text, '') || '.' || count(*)::text from fx_rates)`);
  parts.push(`(select count(*)::text || '.' || coalesce(max(finished_at)::text, '') from import_runs)`);
  const result = (await orm.execute(sql.raw(`select concat_ws('|', ${parts.join(', ')}) as fingerprint`))) as unknown as { rows: Array<{ fingerprint: string }> };
  return result.rows[0]!.fingerprint;
}
