import { sql } from 'drizzle-orm';
import type { SchemeChargeRow, SchemeRefundRow } from '../../core/reports/tax-return-lines.js';
import type { SchemeTaxRow } from '../../core/reports/currency-exposure.js';
import type { Orm } from '../create-db.js';
import { rows, ts } from './inventory-records.js';

/** A window of time: `start` included, `end` excluded. */
export type TaxWindow = { readonly start: Date; readonly end: Date };

/** An order with its scheme lines ([position, sku, quantity]) and its quote's scheme tax charges ([sku, rate, amount, base, base currency]). */
type OrderChargesRecord = {
  orderNumber: string;
  country: string;
  currency: string;
  paidDate: string;
  lines: Array<[number, string, number]> | null;
  charges: Array<[string, string, string, string, string]> | null;
};

/**
 * Read-only queries behind the tax returns of the low-value schemes: the scheme tax charges of the
 * order lines (taken out of each order's frozen quote by PostgreSQL, so that only the few fields
 * needed cross the wire), the refunds of those orders, and the scheme taxes per month for the
 * currency exposure.
 */
export function createTaxReportRepository(orm: Orm) {
  return {
    /**
     * Every scheme tax charge of the lines carrying `lineScheme`, of the orders paid in the window
     * and of the orders with a refund in it (whenever they were paid). One row per charge line of
     * the quote: `rate` as written ("19%"), `amount` the tax in the order's currency, the base in
     * the destination's. Read in one repeatable-read snapshot together with the refunds. `country`
     * narrows both to the orders to one destination (a figure's drill-down).
     */
    async schemeLinesAndRefunds(lineScheme: string, window: TaxWindow, country?: string): Promise<{ charges: SchemeChargeRow[]; refunds: SchemeRefundRow[] }> {
      const start = ts(window.start);
      const end = ts(window.end);
      return orm.transaction(async (tx) => {
        const db = tx as unknown as Orm;
        await db.execute(sql`set transaction isolation level repeatable read, read only`);
        // The planner cannot know how many charges a JSON path yields (it guesses 1,000 an order), so
        // it would compile the query to machine code first, which costs more than the query itself.
        await db.execute(sql`set local jit = off`);
        // One row per order: its scheme lines and, picked out of its quote by a JSON path, only the
        // fields of its scheme tax charges (the quote's notes and sources stay in the database).
        const found = await rows<OrderChargesRecord>(
          db,
          sql`select o.number as "orderNumber", o.country, o.currency, to_char(o.paid_at at time zone 'UTC', 'YYYY-MM-DD') as "paidDate", lines.lines,
                (select jsonb_agg(jsonb_build_array(c->>'sku', c->>'rate', c->>'amount', c->'baseAmount'->>'amount', c->'baseAmount'->>'currency'))
                   from jsonb_path_query(o.quote, '$.shipments[*].charges[*] ? (@.type == "tax" && @.program == "low-value scheme")') c) as charges
              from orders o
              cross join lateral (select jsonb_agg(jsonb_build_array(l.position, l.sku, l.quantity)) as lines from order_lines l where l.order_id = o.id and l.tax_scheme = ${lineScheme}) lines
              where o.paid_at is not null and lines.lines is not null${country ? sql` and o.country = ${country}` : sql``}
                and (o.paid_at >= ${start} and o.paid_at < ${end} or o.id in (select order_id from order_refunds where created_at >= ${start} and created_at < ${end}))`,
        );
        const charges: SchemeChargeRow[] = [];
        const needFx: string[] = [];
        for (const o of found) {
          const lineOf = new Map((o.lines ?? []).map(([position, sku, quantity]) => [sku, { position, quantity }]));
          for (const [sku, rate, amount, baseAmount, baseCurrency] of o.charges ?? []) {
            const line = lineOf.get(sku);
            if (!line) continue;
            if (baseCurrency !== o.currency) needFx.push(o.orderNumber);
            charges.push({ orderNumber: o.orderNumber, position: line.position, sku, quantity: line.quantity, country: o.country, currency: o.currency, paidDate: o.paidDate, rate, amount, baseAmount, baseCurrency, quoteFx: null });
          }
        }
        // The quote's own rates, for the few orders whose tax was worked out in another currency than they were charged in.
        if (needFx.length > 0) {
          const fx = await rows<{ number: string; fx: unknown }>(db, sql`select number, quote->'fx' as fx from orders where number in (${sql.join([...new Set(needFx)].map((n) => sql`${n}`), sql`, `)})`);
          const byNumber = new Map(fx.map((f) => [f.number, Array.isArray(f.fx) ? (f.fx as SchemeChargeRow['quoteFx']) : null]));
          for (const c of charges) if (c.baseCurrency !== c.currency) c.quoteFx = byNumber.get(c.orderNumber) ?? null;
        }
        const refunds = await rows<SchemeRefundRow>(
          db,
          sql`select o.number as "orderNumber", r.id::text as "refundId",
                to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD') as date,
                to_char(r.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, r.lines
              from order_refunds r join orders o on o.id = r.order_id
              where r.order_id in (select order_id from order_refunds where created_at >= ${start} and created_at < ${end})${country ? sql` and o.country = ${country}` : sql``}
                and exists (select 1 from order_lines l where l.order_id = o.id and l.tax_scheme = ${lineScheme})
              order by r.created_at, r.id`,
        );
        return { charges, refunds };
      });
    },

    /**
     * Tax collected under each scheme on the lines of orders paid in the window, per order currency
     * and UTC month of payment, net of what refunds gave back so far: a line's refunded tax is
     * floor(tax x refunded units / units), which is what the refunds' proration adds up to.
     */
    async schemeTaxesByMonth(window: TaxWindow): Promise<SchemeTaxRow[]> {
      const found = await rows<{ lineScheme: string; currency: string; month: string; tax: string }>(
        orm,
        sql`select l.tax_scheme as "lineScheme", o.currency, to_char(o.paid_at at time zone 'UTC', 'YYYY-MM') as month,
              sum(l.taxes_minor - (l.taxes_minor * l.refunded_quantity) / l.quantity)::text as tax
            from orders o join order_lines l on l.order_id = o.id
            where o.paid_at >= ${ts(window.start)} and o.paid_at < ${ts(window.end)} and l.tax_scheme is not null and l.tax_scheme <> 'DOMESTIC'
            group by 1, 2, 3`,
      );
      return found.map((r) => ({ ...r, tax: BigInt(r.tax) }));
    },
  };
}
