import { and, desc, eq, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { orders, quotes } from '../schema/index.js';
import { rows } from './inventory-records.js';
import { keysetBefore } from './keyset.js';

export type QuoteRow = typeof quotes.$inferSelect;
export type NewQuote = Omit<typeof quotes.$inferInsert, 'createdAt' | 'updatedAt'>;
export type QuotePatch = Partial<Pick<QuoteRow, 'status' | 'proFormaNumber' | 'proFormaIssuedAt' | 'orderId' | 'calculation' | 'buyerTokenHash' | 'buyerLinkSentAt' | 'acceptedBy'>>;
export type QuoteRepository = ReturnType<typeof createQuoteRepository>;

/**
 * Distributor quotes. A step that must not race another (accepting, ordering) reads the quote with
 * `lock` inside the transaction that changes it.
 */
export function createQuoteRepository(orm: Orm) {
  return {
    /** The next quote number, Q-1001 onwards (never reused, even when the transaction rolls back). */
    async nextNumber(): Promise<string> {
      const [row] = await rows<{ n: string }>(orm, sql`select nextval('quote_number_seq')::text as n`);
      return `Q-${row!.n}`;
    },
    async insert(row: NewQuote, at: Date): Promise<QuoteRow> {
      const [saved] = await orm.insert(quotes).values({ ...row, createdAt: at, updatedAt: at }).returning();
      return saved!;
    },
    async byNumber(number: string): Promise<QuoteRow | undefined> {
      const [row] = await orm.select().from(quotes).where(eq(quotes.number, number));
      return row;
    },
    async lock(number: string): Promise<QuoteRow | undefined> {
      const [row] = await orm.select().from(quotes).where(eq(quotes.number, number)).for('update');
      return row;
    },
    async update(id: string, patch: QuotePatch, at: Date): Promise<QuoteRow> {
      const [saved] = await orm.update(quotes).set({ ...patch, updatedAt: at }).where(eq(quotes.id, id)).returning();
      return saved!;
    },
    /**
     * What a company owes on net terms: the totals of its orders on net terms that are neither paid
     * nor cancelled, in minor units of `currency`.
     */
    async openNetTermsMinor(companyId: string, currency: string): Promise<number> {
      const [row] = await orm
        .select({ n: sql<string>`coalesce(sum(${orders.totalMinor} - ${orders.capturedMinor}), 0)::text` })
        .from(orders)
        .where(and(eq(orders.companyId, companyId), eq(orders.currency, currency), sql`${orders.paymentTerms} in ('net_30', 'net_60')`, sql`${orders.paidAt} is null`, sql`${orders.cancelledAt} is null`));
      return Number(row!.n);
    },
    /** Newest first, optionally of one company or in one stored status. */
    async list(filter: { companyId?: string; status?: string }, page: { limit: number; after?: Position }): Promise<QuoteRow[]> {
      const where = [
        filter.companyId ? eq(quotes.companyId, filter.companyId) : undefined,
        filter.status ? eq(quotes.status, filter.status) : undefined,
        page.after ? keysetBefore(quotes.createdAt, quotes.id, page.after) : undefined,
      ].filter((w) => w !== undefined);
      return orm.select().from(quotes).where(and(...where)).orderBy(desc(quotes.createdAt), desc(quotes.id)).limit(page.limit);
    },
  };
}
