import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Position } from '../../core/pagination/cursor.js';
import type { Orm } from '../create-db.js';
import { conversationAttachments, conversationMessages, conversations, savedReplies, supportTeams } from '../schema/index.js';
import { keysetBefore } from './keyset.js';

export type SupportTeamRow = typeof supportTeams.$inferSelect;
export type ConversationRow = typeof conversations.$inferSelect;
export type ConversationMessageRow = typeof conversationMessages.$inferSelect;
export type SavedReplyRow = typeof savedReplies.$inferSelect;
export type AttachmentRow = typeof conversationAttachments.$inferSelect;
export type NewConversation = typeof conversations.$inferInsert;
export type NewConversationMessage = typeof conversationMessages.$inferInsert;
export type SupportRepository = ReturnType<typeof createSupportRepository>;

/** Support teams, conversations with their messages, and saved replies. */
export function createSupportRepository(orm: Orm) {
  return {
    async teams(): Promise<SupportTeamRow[]> {
      return orm.select().from(supportTeams).orderBy(asc(supportTeams.name));
    },
    async team(id: string): Promise<SupportTeamRow | undefined> {
      const [row] = await orm.select().from(supportTeams).where(eq(supportTeams.id, id));
      return row;
    },
    async insertTeam(row: typeof supportTeams.$inferInsert): Promise<SupportTeamRow | undefined> {
      const [saved] = await orm.insert(supportTeams).values(row).onConflictDoNothing().returning();
      return saved;
    },
    async updateTeam(id: string, patch: Partial<typeof supportTeams.$inferInsert>): Promise<SupportTeamRow | undefined> {
      const [saved] = await orm.update(supportTeams).set(patch).where(eq(supportTeams.id, id)).returning();
      return saved;
    },
    async deleteTeam(id: string): Promise<boolean> {
      return (await orm.delete(supportTeams).where(eq(supportTeams.id, id)).returning({ id: supportTeams.id })).length > 0;
    },

    async conversation(id: string): Promise<ConversationRow | undefined> {
      const [row] = await orm.select().from(conversations).where(eq(conversations.id, id));
      return row;
    },
    async conversationByToken(token: string): Promise<ConversationRow | undefined> {
      const [row] = await orm.select().from(conversations).where(eq(conversations.token, token));
      return row;
    },
    /** The buyer's latest conversation about an order, or (order null) with this subject and no order. */
    async latestOfBuyer(email: string, match: { orderId: string } | { normalizedSubject: string }): Promise<ConversationRow | undefined> {
      const where = 'orderId' in match ? eq(conversations.orderId, match.orderId) : and(eq(conversations.normalizedSubject, match.normalizedSubject), isNull(conversations.orderId));
      const [row] = await orm.select().from(conversations).where(and(eq(conversations.buyerEmail, email), where)).orderBy(desc(conversations.lastMessageAt)).limit(1);
      return row;
    },
    async insertConversation(row: NewConversation): Promise<ConversationRow> {
      const [saved] = await orm.insert(conversations).values(row).returning();
      return saved!;
    },
    async updateConversation(id: string, patch: Partial<NewConversation>): Promise<ConversationRow | undefined> {
      const [saved] = await orm.update(conversations).set(patch).where(eq(conversations.id, id)).returning();
      return saved;
    },
    async lockConversation(id: string): Promise<ConversationRow | undefined> {
      const [row] = await orm.select().from(conversations).where(eq(conversations.id, id)).for('update');
      return row;
    },
    async listConversations(filter: { status?: string; open?: boolean; teamId?: string; assigneeId?: string | null; market?: string; buyerEmail?: string; orderId?: string }, page: { limit: number; after?: Position }): Promise<ConversationRow[]> {
      const where = [
        filter.status ? eq(conversations.status, filter.status) : undefined,
        filter.open ? ne(conversations.status, 'closed') : undefined,
        filter.teamId ? eq(conversations.teamId, filter.teamId) : undefined,
        filter.assigneeId === null ? isNull(conversations.assigneeId) : filter.assigneeId ? eq(conversations.assigneeId, filter.assigneeId) : undefined,
        filter.market ? eq(conversations.market, filter.market) : undefined,
        filter.buyerEmail ? eq(conversations.buyerEmail, filter.buyerEmail) : undefined,
        filter.orderId ? eq(conversations.orderId, filter.orderId) : undefined,
        page.after ? keysetBefore(conversations.lastMessageAt, conversations.id, page.after) : undefined,
      ].filter((x) => x !== undefined);
      return orm.select().from(conversations).where(and(...where)).orderBy(desc(conversations.lastMessageAt), desc(conversations.id)).limit(page.limit);
    },
    /** Conversations first answered or closed in [from, to): for the response-time report. */
    async forReport(from: Date, to: Date): Promise<ConversationRow[]> {
      return orm
        .select()
        .from(conversations)
        .where(sql`${conversations.createdAt} >= ${from} and ${conversations.createdAt} < ${to}`)
        .orderBy(asc(conversations.createdAt));
    },

    async messages(conversationId: string): Promise<ConversationMessageRow[]> {
      return orm.select().from(conversationMessages).where(eq(conversationMessages.conversationId, conversationId)).orderBy(asc(conversationMessages.createdAt), asc(conversationMessages.id));
    },
    async message(id: string): Promise<ConversationMessageRow | undefined> {
      const [row] = await orm.select().from(conversationMessages).where(eq(conversationMessages.id, id));
      return row;
    },
    async inboundByMessageId(messageId: string): Promise<ConversationMessageRow | undefined> {
      const [row] = await orm
        .select()
        .from(conversationMessages)
        .where(and(eq(conversationMessages.messageId, messageId), eq(conversationMessages.direction, 'inbound')));
      return row;
    },
    /** Add a message; an inbound one whose Message-ID is already kept adds nothing (undefined). */
    async insertMessage(row: NewConversationMessage): Promise<ConversationMessageRow | undefined> {
      const [saved] = await orm.insert(conversationMessages).values(row).onConflictDoNothing().returning();
      return saved;
    },
    async insertAttachments(rows: Array<typeof conversationAttachments.$inferInsert>): Promise<void> {
      if (rows.length > 0) await orm.insert(conversationAttachments).values(rows);
    },
    async attachment(id: string): Promise<AttachmentRow | undefined> {
      const [row] = await orm.select().from(conversationAttachments).where(eq(conversationAttachments.id, id));
      return row;
    },
    async setMessageEmail(id: string, emailId: string): Promise<void> {
      await orm.update(conversationMessages).set({ emailId }).where(eq(conversationMessages.id, id));
    },
    async messagesByIds(ids: string[]): Promise<ConversationMessageRow[]> {
      return ids.length === 0 ? [] : orm.select().from(conversationMessages).where(inArray(conversationMessages.id, ids));
    },

    async savedReplies(filter: { locale?: string; name?: string }): Promise<SavedReplyRow[]> {
      const where = [filter.locale ? eq(savedReplies.locale, filter.locale) : undefined, filter.name ? eq(savedReplies.name, filter.name) : undefined].filter((x) => x !== undefined);
      return orm.select().from(savedReplies).where(and(...where)).orderBy(asc(savedReplies.name), asc(savedReplies.locale));
    },
    async putSavedReply(name: string, locale: string, body: string, at: Date): Promise<SavedReplyRow> {
      const [row] = await orm
        .insert(savedReplies)
        .values({ name, locale, body, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({ target: [savedReplies.name, savedReplies.locale], set: { body, updatedAt: at } })
        .returning();
      return row!;
    },
    async deleteSavedReply(name: string, locale: string): Promise<boolean> {
      return (await orm.delete(savedReplies).where(and(eq(savedReplies.name, name), eq(savedReplies.locale, locale))).returning({ id: savedReplies.id })).length > 0;
    },
  };
}
