import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { emailMessages, emailTemplateOverrides } from '../schema/index.js';
import { keysetBefore } from './keyset.js';

export type EmailRow = typeof emailMessages.$inferSelect;
export type TemplateOverrideRow = typeof emailTemplateOverrides.$inferSelect;
export type EmailRepository = ReturnType<typeof createEmailRepository>;

/** Buyers' emails (queued by the outbox, sent by the mail worker) and the merchant's wording of their messages. */
export function createEmailRepository(orm: Orm) {
  return {
    /**
     * Take up to `limit` due emails: locked with SKIP LOCKED so concurrent workers take different
     * rows, leased until `now + leaseMs`, and given their Message-ID (`<id@domain>`, a support
     * reply `<c-token.id@domain>`) on the first attempt, kept for every later one.
     */
    async claimDue(now: Date, limit: number, leaseMs: number, domain: string): Promise<EmailRow[]> {
      return orm.transaction(async (tx) => {
        const due = await tx
          .select({ id: emailMessages.id })
          .from(emailMessages)
          .where(and(eq(emailMessages.status, 'pending'), lte(emailMessages.nextAttemptAt, now)))
          .orderBy(asc(emailMessages.nextAttemptAt), asc(emailMessages.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (due.length === 0) return [];
        return tx
          .update(emailMessages)
          .set({
            nextAttemptAt: new Date(now.getTime() + leaseMs),
            // A support reply's Message-ID carries its conversation's token (core/support/mail-threading.ts), so the buyer's answer finds its way back.
            messageId: sql`coalesce(${emailMessages.messageId}, case when ${emailMessages.kind} = 'support_reply' then '<c-' || (${emailMessages.about} ->> 'token') || '.' || replace(${emailMessages.id}::text, '-', '') else '<' || ${emailMessages.id}::text end || ${`@${domain}>`})`,
          })
          .where(inArray(emailMessages.id, due.map((d) => d.id)))
          .returning();
      });
    },

    /** The outcome of one attempt; only a row still pending is changed. */
    async recordAttempt(id: string, outcome: { at: Date } & ({ sent: true; subjectLine: string; response: string } | { sent: false; error: string; retryAt: Date | undefined })): Promise<void> {
      const set = outcome.sent
        ? { status: 'sent', sentAt: outcome.at, subjectLine: outcome.subjectLine, smtpResponse: outcome.response.slice(0, 500), lastError: null }
        : outcome.retryAt
          ? { nextAttemptAt: outcome.retryAt, lastError: outcome.error.slice(0, 500) }
          : { status: 'failed', lastError: outcome.error.slice(0, 500) };
      await orm
        .update(emailMessages)
        .set({ ...set, attempts: sql`${emailMessages.attempts} + 1` })
        .where(and(eq(emailMessages.id, id), eq(emailMessages.status, 'pending')));
    },

    /** Not sent, with the reason (the order was cancelled first, too late to be useful, ...). */
    async skip(id: string, reason: string): Promise<void> {
      await orm.update(emailMessages).set({ status: 'skipped', skippedReason: reason }).where(and(eq(emailMessages.id, id), eq(emailMessages.status, 'pending')));
    },

    /** Send a failed or skipped email again now (same Message-ID). */
    async resend(id: string, now: Date): Promise<EmailRow | undefined> {
      const [row] = await orm
        .update(emailMessages)
        .set({ status: 'pending', nextAttemptAt: now, skippedReason: null })
        .where(and(eq(emailMessages.id, id), inArray(emailMessages.status, ['failed', 'skipped'])))
        .returning();
      return row;
    },

    async byId(id: string): Promise<EmailRow | undefined> {
      const [row] = await orm.select().from(emailMessages).where(eq(emailMessages.id, id));
      return row;
    },

    async ofKind(orderId: string, kind: string): Promise<EmailRow[]> {
      return orm.select().from(emailMessages).where(and(eq(emailMessages.orderId, orderId), eq(emailMessages.kind, kind)));
    },

    async list(filter: { status?: string; orderId?: string; kind?: string }, page: { limit: number; after?: Position }): Promise<EmailRow[]> {
      const where = [
        filter.status ? eq(emailMessages.status, filter.status) : undefined,
        filter.orderId ? eq(emailMessages.orderId, filter.orderId) : undefined,
        filter.kind ? eq(emailMessages.kind, filter.kind) : undefined,
        page.after ? keysetBefore(emailMessages.createdAt, emailMessages.id, page.after) : undefined,
      ].filter((x) => x !== undefined);
      return orm.select().from(emailMessages).where(and(...where)).orderBy(desc(emailMessages.createdAt), desc(emailMessages.id)).limit(page.limit);
    },

    async overrides(locale?: string): Promise<TemplateOverrideRow[]> {
      const q = orm.select().from(emailTemplateOverrides);
      return (locale ? q.where(eq(emailTemplateOverrides.locale, locale)) : q).orderBy(asc(emailTemplateOverrides.locale), asc(emailTemplateOverrides.key));
    },

    async putOverride(locale: string, key: string, message: string, at: Date): Promise<TemplateOverrideRow> {
      const [row] = await orm
        .insert(emailTemplateOverrides)
        .values({ locale, key, message, updatedAt: at })
        .onConflictDoUpdate({ target: [emailTemplateOverrides.locale, emailTemplateOverrides.key], set: { message, updatedAt: at } })
        .returning();
      return row!;
    },

    async deleteOverride(locale: string, key: string): Promise<boolean> {
      const gone = await orm.delete(emailTemplateOverrides).where(and(eq(emailTemplateOverrides.locale, locale), eq(emailTemplateOverrides.key, key))).returning({ key: emailTemplateOverrides.key });
      return gone.length > 0;
    },
  };
}
