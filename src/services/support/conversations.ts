import { localTime } from '../../core/calendar/zoned-time.js';
import { readPageInput } from '../../core/pagination/cursor.js';
import { encodeCursor } from '../../core/pagination/cursor.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { businessMillisBetween } from '../../core/support/business-hours.js';
import { mailAddress } from '../../core/support/inbound-message.js';
import { countryTimeZones } from '../../data/geo/time-zones.js';
import type { Orm } from '../../db/create-db.js';
import { createEmailRepository } from '../../db/repositories/email-repository.js';
import { createAdminUserRepository } from '../../db/repositories/admin-user-repository.js';
import { createSupportRepository, type AttachmentRow, type ConversationMessageRow, type ConversationRow } from '../../db/repositories/support-repository.js';
import { emailMessages } from '../../db/schema/index.js';
import type { CarrierDeps } from '../carriers/carrier-deps.js';
import { trackingOfOrder } from '../carriers/shipment-tracking.js';
import { toOrderView } from '../orders/order-view.js';
import { teamSchedule } from './support-teams.js';

export type ConversationDeps = CarrierDeps;

export const CONVERSATION_STATUSES = ['open', 'pending', 'closed'] as const;
/** The longest reply or note accepted. */
export const MAX_REPLY_CHARS = 20_000;

export type ConversationSummary = {
  id: string;
  status: string;
  subject: string;
  buyer: { email: string; name: string | null };
  order: string | null;
  market: string | null;
  locale: string | null;
  localeSource: string;
  team: string | null;
  assignee: string | null;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  resolutionDueAt: string | null;
  /** Past its first-response or resolution due time and not yet there. */
  overdue: boolean;
  followUpOf: string | null;
  lastMessageAt: string;
  createdAt: string;
  closedAt: string | null;
};

export type MessageView = { id: string; direction: string; channel: string; author: string; body: string; truncated: boolean; language: string | null; attachments: Array<Record<string, unknown>>; email: { status: string; lastError: string | null } | null; createdAt: string };

function summary(c: ConversationRow, now: Date, orderNumber: string | null, teamName: string | null): ConversationSummary {
  const late = (due: Date | null, done: Date | null) => due !== null && done === null && due.getTime() < now.getTime();
  return {
    id: c.id,
    status: c.status,
    subject: c.subject,
    buyer: { email: c.buyerEmail, name: c.buyerName },
    order: orderNumber,
    market: c.market,
    locale: c.locale,
    localeSource: c.localeSource,
    team: teamName,
    assignee: c.assigneeId,
    firstResponseDueAt: c.firstResponseDueAt?.toISOString() ?? null,
    firstRespondedAt: c.firstRespondedAt?.toISOString() ?? null,
    resolutionDueAt: c.resolutionDueAt?.toISOString() ?? null,
    overdue: c.status !== 'closed' && (late(c.firstResponseDueAt, c.firstRespondedAt) || late(c.resolutionDueAt, c.closedAt)),
    followUpOf: c.followUpOf,
    lastMessageAt: c.lastMessageAt.toISOString(),
    createdAt: c.createdAt.toISOString(),
    closedAt: c.closedAt?.toISOString() ?? null,
  };
}

async function summaries(deps: ConversationDeps, rows: ConversationRow[]): Promise<ConversationSummary[]> {
  const now = deps.clock();
  const teams = new Map((await createSupportRepository(deps.database.orm).teams()).map((t) => [t.id, t.name]));
  const numbers = await deps.orders.numbersOf([...new Set(rows.flatMap((r) => (r.orderId ? [r.orderId] : [])))]);
  return rows.map((r) => summary(r, now, r.orderId ? (numbers.get(r.orderId) ?? null) : null, r.teamId ? (teams.get(r.teamId) ?? null) : null));
}

/** The inbox: conversations with the latest message first, filtered; `status=open` includes pending ones unless asked. */
export async function listConversations(deps: ConversationDeps, query: { status?: unknown; team?: unknown; assignee?: unknown; market?: unknown; email?: unknown; order?: unknown; limit?: unknown; cursor?: unknown }): Promise<Result<{ items: ConversationSummary[]; nextCursor: string | null }, 'VALIDATION_FAILED' | 'ORDER_NOT_FOUND'>> {
  const issues: FieldIssue[] = [];
  const page = readPageInput(query, issues);
  const { status, team, assignee, market, email, order } = query;
  if (status !== undefined && status !== 'active' && !(CONVERSATION_STATUSES as readonly unknown[]).includes(status)) issues.push({ field: 'status', message: `must be active (open or pending), ${CONVERSATION_STATUSES.join(', ')}` });
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  if (team !== undefined && !(typeof team === 'string' && uuid.test(team))) issues.push({ field: 'team', message: 'must be a team id' });
  if (assignee !== undefined && assignee !== 'none' && !(typeof assignee === 'string' && uuid.test(assignee))) issues.push({ field: 'assignee', message: 'must be an admin user id or none' });
  if (market !== undefined && !(typeof market === 'string' && /^[a-z0-9-]{1,40}$/.test(market))) issues.push({ field: 'market', message: 'must be a market id' });
  const buyer = email === undefined ? undefined : mailAddress(email);
  if (email !== undefined && !buyer) issues.push({ field: 'email', message: 'must be an email address' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  let orderId: string | undefined;
  if (typeof order === 'string') {
    const o = await deps.orders.byNumber(order.trim().toUpperCase());
    if (!o) return fail('ORDER_NOT_FOUND', `no order ${order}`, { field: 'order' });
    orderId = o.id;
  }
  const rows = await createSupportRepository(deps.database.orm).listConversations(
    {
      ...(status === 'active' ? { open: true } : typeof status === 'string' ? { status } : {}),
      ...(typeof team === 'string' ? { teamId: team } : {}),
      ...(assignee === 'none' ? { assigneeId: null } : typeof assignee === 'string' ? { assigneeId: assignee } : {}),
      ...(typeof market === 'string' ? { market } : {}),
      ...(buyer ? { buyerEmail: buyer } : {}),
      ...(orderId ? { orderId } : {}),
    },
    { limit: page.limit + 1, ...(page.after ? { after: page.after } : {}) },
  );
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return ok({ items: await summaries(deps, shown), nextCursor: rows.length > page.limit && last ? encodeCursor({ createdAt: last.lastMessageAt.toISOString(), id: last.id }) : null });
}

export type ConversationDetail = Omit<ConversationSummary, 'order'> & {
  messages: MessageView[];
  /** The buyer's local time now, per distinct offset of their country's time zones. */
  buyerTime: Array<{ timeZone: string; time: string; offsetMinutes: number }>;
  /** Business minutes the buyer has waited for a first answer (so far, or until it came). */
  waitedBusinessMinutes: number | null;
  order: null | {
    number: string;
    status: string;
    incoterm: string;
    currency: string;
    totals: Record<string, { amount: string; currency: string }>;
    lines: Array<{ sku: string; title: string; quantity: number; goods: { amount: string; currency: string }; duties: { amount: string; currency: string }; taxes: { amount: string; currency: string }; taxScheme: string | null }>;
    shipments: Array<{ position: number; status: string; carrier: string; trackingNumber: string | null; latest: string | null; awaitingPayment: { amount: string; currency: string } | null; events: Array<{ status: string; at: string; location: string | null }> }>;
  };
  otherConversations: Array<{ id: string; subject: string; status: string; lastMessageAt: string }>;
};

/** One conversation with everything beside it: messages, the buyer's language and local time, the order with its landed cost, shipments and tracking. */
export async function getConversation(deps: ConversationDeps, id: string): Promise<Result<ConversationDetail, 'CONVERSATION_NOT_FOUND'>> {
  const repo = createSupportRepository(deps.database.orm);
  const c = await repo.conversation(id);
  if (!c) return fail('CONVERSATION_NOT_FOUND', `no conversation ${id}`, { field: 'id' });
  const [base] = await summaries(deps, [c]);
  const now = deps.clock();
  const messages = await repo.messages(c.id);
  const emails = createEmailRepository(deps.database.orm);
  const record = c.orderId ? await deps.orders.byId(c.orderId) : undefined;
  const country = c.country ?? record?.country ?? null;
  const seenOffsets = new Set<number>();
  const buyerTime = (country ? countryTimeZones(country) : []).flatMap((timeZone) => {
    const t = localTime(now, timeZone);
    if (seenOffsets.has(t.offsetMinutes)) return [];
    seenOffsets.add(t.offsetMinutes);
    return [{ timeZone, time: `${t.date}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`, offsetMinutes: t.offsetMinutes }];
  });
  const team = c.teamId ? await repo.team(c.teamId) : undefined;
  const schedule = team ? teamSchedule(team) : undefined;
  const waited = schedule ? Math.floor(businessMillisBetween(schedule, c.createdAt, c.firstRespondedAt ?? now) / 60_000) : null;
  let order: ConversationDetail['order'] = null;
  if (record) {
    const o = toOrderView(record);
    const tracking = await trackingOfOrder(deps, o);
    order = {
      number: o.number,
      status: o.status,
      incoterm: o.incoterm,
      currency: o.currency,
      totals: o.totals,
      lines: o.lines.map((l) => ({ sku: l.sku, title: l.title, quantity: l.quantity, goods: l.goods, duties: l.duties, taxes: l.taxes, taxScheme: l.taxScheme })),
      shipments: tracking.shipments.map((s) => ({ position: s.position, status: s.status, carrier: s.carrier, trackingNumber: s.trackingNumber, latest: s.latest, awaitingPayment: s.awaitingPayment, events: s.events.map((e) => ({ status: e.status, at: e.at, location: e.location })) })),
    };
  }
  const others = (await repo.listConversations({ buyerEmail: c.buyerEmail }, { limit: 20 })).filter((x) => x.id !== c.id);
  const emailOf = new Map<string, { status: string; lastError: string | null }>();
  for (const m of messages) {
    if (!m.emailId) continue;
    const e = await emails.byId(m.emailId);
    if (e) emailOf.set(m.id, { status: e.status, lastError: e.lastError });
  }
  const { order: _number, ...rest } = base!;
  return ok({
    ...rest,
    messages: messages.map((m) => messageView(m, emailOf.get(m.id) ?? null)),
    buyerTime,
    waitedBusinessMinutes: waited,
    order,
    otherConversations: others.map((x) => ({ id: x.id, subject: x.subject, status: x.status, lastMessageAt: x.lastMessageAt.toISOString() })),
  });
}

function messageView(m: ConversationMessageRow, email: MessageView['email']): MessageView {
  return { id: m.id, direction: m.direction, channel: m.channel, author: m.author, body: m.body, truncated: m.truncated, language: m.language, attachments: m.attachments, email, createdAt: m.createdAt.toISOString() };
}

type Actor = { userId?: string; name: string };

function readText(input: unknown, field: string): Result<string, 'VALIDATION_FAILED'> {
  if (typeof input !== 'string' || input.trim() === '' || input.length > MAX_REPLY_CHARS) return fail('VALIDATION_FAILED', `${field} must be text of 1 to ${MAX_REPLY_CHARS} characters`, { field });
  return ok(input.replace(/\r\n?/g, '\n'));
}

/**
 * Answer the buyer: the text goes out as an email from the mail queue (threaded: its Message-ID
 * and reply-to carry the conversation's token), the first answer stops the first-response timer,
 * and the conversation waits for the buyer (`pending`) or closes (`close: true`). A closed
 * conversation is reopened before it is answered.
 */
export async function replyToConversation(deps: ConversationDeps, id: string, input: unknown, actor: Actor): Promise<Result<ConversationDetail, 'VALIDATION_FAILED' | 'CONVERSATION_NOT_FOUND' | 'CONVERSATION_CLOSED'>> {
  const body = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const extra = Object.keys(body).find((k) => k !== 'text' && k !== 'close');
  if (extra) return fail('VALIDATION_FAILED', `${extra} is not a field of a reply`, { field: extra });
  const text = readText(body.text, 'text');
  if (!text.ok) return text;
  if (body.close !== undefined && typeof body.close !== 'boolean') return fail('VALIDATION_FAILED', 'close must be true or false', { field: 'close' });
  const now = deps.clock();
  const outcome = await deps.database.orm.transaction(async (tx) => {
    const repo = createSupportRepository(tx as unknown as Orm);
    const c = await repo.lockConversation(id);
    if (!c) return fail('CONVERSATION_NOT_FOUND', `no conversation ${id}`, { field: 'id' });
    if (c.status === 'closed') return fail('CONVERSATION_CLOSED', 'the conversation is closed: reopen it before answering', { field: 'id' });
    const message = await repo.insertMessage({ conversationId: c.id, direction: 'outbound', channel: 'admin', author: actor.name, authorUserId: actor.userId ?? null, body: text.value, createdAt: now });
    const [email] = await (tx as unknown as Orm)
      .insert(emailMessages)
      .values({ kind: 'support_reply', orderId: c.orderId, about: { conversation: c.id, message: message!.id, token: c.token }, toAddress: c.buyerEmail, locale: c.locale ?? 'en', nextAttemptAt: now, createdAt: now })
      .returning({ id: emailMessages.id });
    await repo.setMessageEmail(message!.id, email!.id);
    await repo.updateConversation(c.id, { status: body.close === true ? 'closed' : 'pending', closedAt: body.close === true ? now : null, firstRespondedAt: c.firstRespondedAt ?? now, lastMessageAt: now, updatedAt: now });
    return ok(true);
  });
  if (!outcome.ok) return outcome;
  return getConversation(deps, id) as Promise<Result<ConversationDetail, 'CONVERSATION_NOT_FOUND'>>;
}

/** A note for the team only: never sent, does not stop the first-response timer. */
export async function addNote(deps: ConversationDeps, id: string, input: unknown, actor: Actor): Promise<Result<ConversationDetail, 'VALIDATION_FAILED' | 'CONVERSATION_NOT_FOUND'>> {
  const body = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const extra = Object.keys(body).find((k) => k !== 'text');
  if (extra) return fail('VALIDATION_FAILED', `${extra} is not a field of a note`, { field: extra });
  const text = readText(body.text, 'text');
  if (!text.ok) return text;
  const repo = createSupportRepository(deps.database.orm);
  if (!(await repo.conversation(id))) return fail('CONVERSATION_NOT_FOUND', `no conversation ${id}`, { field: 'id' });
  await repo.insertMessage({ conversationId: id, direction: 'note', channel: 'admin', author: actor.name, authorUserId: actor.userId ?? null, body: text.value, createdAt: deps.clock() });
  return getConversation(deps, id);
}

/**
 * Change a conversation's assignee (an admin user id, or null), status (open, pending, closed) or
 * team. Closing stops the resolution timer; reopening starts nothing new (its due times stay).
 */
export async function updateConversation(deps: ConversationDeps, id: string, input: unknown, users: { exists(id: string): Promise<boolean> }): Promise<Result<ConversationDetail, 'VALIDATION_FAILED' | 'CONVERSATION_NOT_FOUND'>> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'the body must be a JSON object', { field: '' });
  const issues: FieldIssue[] = [];
  for (const k of Object.keys(body)) if (!['assignee', 'status', 'team'].includes(k)) issues.push({ field: k, message: 'is not a field of a conversation you can change' });
  const { assignee, status, team } = body;
  if (status !== undefined && !(CONVERSATION_STATUSES as readonly unknown[]).includes(status)) issues.push({ field: 'status', message: `must be one of ${CONVERSATION_STATUSES.join(', ')}` });
  if (assignee !== undefined && assignee !== null && !(typeof assignee === 'string' && (await users.exists(assignee)))) issues.push({ field: 'assignee', message: 'must be the id of an admin user, or null' });
  const repo = createSupportRepository(deps.database.orm);
  if (team !== undefined && team !== null && !(typeof team === 'string' && (await repo.teams()).some((t) => t.id === team))) issues.push({ field: 'team', message: 'must be the id of a support team, or null' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const c = await repo.conversation(id);
  if (!c) return fail('CONVERSATION_NOT_FOUND', `no conversation ${id}`, { field: 'id' });
  const now = deps.clock();
  await repo.updateConversation(id, {
    ...(assignee !== undefined ? { assigneeId: assignee as string | null } : {}),
    ...(team !== undefined ? { teamId: team as string | null } : {}),
    ...(status !== undefined ? { status: status as string, closedAt: status === 'closed' ? (c.closedAt ?? now) : null } : {}),
    updatedAt: now,
  });
  return getConversation(deps, id);
}

/** A file a buyer sent, for download. */
export async function getAttachment(deps: Pick<ConversationDeps, 'database'>, id: string): Promise<Result<AttachmentRow, 'ATTACHMENT_NOT_FOUND'>> {
  const a = await createSupportRepository(deps.database.orm).attachment(id);
  return a ? ok(a) : fail('ATTACHMENT_NOT_FOUND', `no attachment ${id}`, { field: 'id' });
}

/** Whether `id` is an admin user (an assignee must be one). */
export async function adminUserExists(deps: Pick<ConversationDeps, 'database'>, id: string): Promise<boolean> {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) && (await createAdminUserRepository(deps.database.orm).byId(id)) !== undefined;
}
