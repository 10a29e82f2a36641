import { randomBytes, randomUUID } from 'node:crypto';
import { checkInbound, type InboundMessage, type RawInbound } from '../../core/support/inbound-message.js';
import { detectLanguage } from './detect-language.js';
import { findConversationToken, findOrderNumbers, normalizeSubject } from '../../core/support/mail-threading.js';
import { ok, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createSupportRepository, type ConversationRow } from '../../db/repositories/support-repository.js';
import type { Deps } from '../deps.js';
import { slaDueTimes, teamFor } from './support-teams.js';

export type SupportDeps = Pick<Deps, 'database' | 'clock' | 'orders' | 'store'>;

/** A closed conversation a buyer writes to again within this many days opens again; later, a new one follows it up. */
export const REOPEN_DAYS = 14;

/**
 * What became of an incoming message: a new conversation, added to an open one, a closed one
 * reopened, a follow-up of one closed long ago, or nothing (the same email seen before).
 */
export type ReceiveOutcome = { outcome: 'new' | 'appended' | 'reopened' | 'follow_up' | 'duplicate'; conversationId: string; messageId: string | null; notes: string[] };

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function newToken(): string {
  return [...randomBytes(16)].map((b) => TOKEN_ALPHABET[b & 31]).join('');
}

/**
 * Take a buyer's message from any channel: check it (refused naming the field when it has no
 * sender or no text; cut to size otherwise), find its conversation (the token in Landfall's own
 * Message-IDs and reply-to address; else the buyer's conversation about the order it names, when
 * the order is theirs; else the buyer's conversation with the same subject), and keep it. A message
 * is never lost: a reply to a conversation closed long ago starts a follow-up conversation.
 */
export async function receiveMessage(deps: SupportDeps, raw: RawInbound): Promise<Result<ReceiveOutcome, 'VALIDATION_FAILED'>> {
  const checked = checkInbound(raw);
  if (!checked.ok) return checked;
  const m = checked.value;
  const repo = createSupportRepository(deps.database.orm);
  if (m.messageId) {
    const seen = await repo.inboundByMessageId(m.messageId);
    if (seen) return ok({ outcome: 'duplicate', conversationId: seen.conversationId, messageId: seen.id, notes: ['this email was received before; nothing was added'] });
  }
  const notes: string[] = [];
  if (m.truncated) notes.push('the message was longer than 100,000 characters: the rest was cut');
  for (const a of m.attachments) if (a.verdict !== 'ok') notes.push(`attachment ${a.filename}: ${a.verdict === 'dangerous' ? `a program (${a.detectedType}): kept, downloaded only as a file` : `says ${a.declaredType} but is ${a.detectedType ?? 'something else'}`}`);
  const now = deps.clock();

  // The order the buyer writes about: the form's field, else a number in the subject or text, when it is theirs.
  const mentioned = m.orderNumber ? { valid: [m.orderNumber], typos: [] } : findOrderNumbers(`${m.subject}\n${m.text}`);
  for (const typo of mentioned.typos) notes.push(`${typo} looks like an order number with a typo`);
  let order: Awaited<ReturnType<SupportDeps['orders']['byNumber']>>;
  for (const number of mentioned.valid) {
    const o = await deps.orders.byNumber(number);
    if (o && o.email.toLowerCase() === m.from.address) {
      order = o;
      break;
    }
    notes.push(o ? `${number} belongs to another buyer: not linked` : `no order ${number}`);
  }

  const token = findConversationToken({ to: m.to, references: [...m.references, ...(m.inReplyTo ? [m.inReplyTo] : [])] });
  let existing: ConversationRow | undefined = token ? await repo.conversationByToken(token) : undefined;
  const subject = normalizeSubject(m.subject);
  if (!existing && order) existing = await repo.latestOfBuyer(m.from.address, { orderId: order.id });
  if (!existing && !order && subject !== '') existing = await repo.latestOfBuyer(m.from.address, { normalizedSubject: subject });

  const detected = detectLanguage(m.text);
  const language = detected ?? null;
  const teams = await repo.teams();

  return deps.database.orm.transaction(async (tx) => {
    const txRepo = createSupportRepository(tx as unknown as Orm);
    let conversation = existing ? await txRepo.lockConversation(existing.id) : undefined;
    let outcome: ReceiveOutcome['outcome'] = 'appended';
    let followUpOf: string | null = null;
    if (conversation && conversation.status === 'closed') {
      const closedDays = (now.getTime() - (conversation.closedAt ?? now).getTime()) / 86_400_000;
      if (closedDays <= REOPEN_DAYS) {
        outcome = 'reopened';
        const team = teams.find((t) => t.id === conversation!.teamId);
        const due = team ? slaDueTimes(team, now) : undefined;
        conversation = await txRepo.updateConversation(conversation.id, { status: 'open', closedAt: null, resolutionDueAt: due?.resolution ?? null, lastMessageAt: now, updatedAt: now });
        notes.push(`the conversation was closed ${closedDays < 1 ? 'today' : `${Math.floor(closedDays)} days ago`} and is open again`);
      } else {
        followUpOf = conversation.id;
        notes.push(`the conversation was closed more than ${REOPEN_DAYS} days ago: a new one follows it up`);
        conversation = undefined;
      }
    } else if (conversation) {
      conversation = await txRepo.updateConversation(conversation.id, { status: 'open', lastMessageAt: now, updatedAt: now });
    }
    if (!conversation) {
      outcome = followUpOf ? 'follow_up' : 'new';
      const market = order?.market ?? m.market;
      const team = teamFor(teams, market);
      const due = team ? slaDueTimes(team, now) : undefined;
      const locale = order?.locale ? { locale: order.locale, localeSource: 'order' as const } : m.locale ? { locale: m.locale, localeSource: 'form' as const } : detected ? { locale: detected, localeSource: 'detected' as const } : { locale: null, localeSource: 'unknown' as const };
      conversation = await txRepo.insertConversation({
        token: newToken(),
        teamId: team?.id ?? null,
        status: 'open',
        subject: m.subject || '(no subject)',
        normalizedSubject: subject,
        buyerEmail: m.from.address,
        buyerName: m.from.name,
        orderId: order?.id ?? null,
        market: market ?? null,
        country: order?.country ?? null,
        ...locale,
        followUpOf,
        firstResponseDueAt: due?.firstResponse ?? null,
        resolutionDueAt: due?.resolution ?? null,
        lastMessageAt: now,
        createdAt: now,
        updatedAt: now,
      });
    }
    const files = m.attachments.map((a) => ({ ...a, id: randomUUID() }));
    const saved = await txRepo.insertMessage(messageRow(conversation!.id, m, files, language, now));
    if (!saved) return ok({ outcome: 'duplicate' as const, conversationId: conversation!.id, messageId: null, notes: ['this email was received before; nothing was added'] });
    await txRepo.insertAttachments(files.map((a) => ({ id: a.id, messageId: saved.id, filename: a.filename, declaredType: a.declaredType, detectedType: a.detectedType, verdict: a.verdict, size: a.size, sha256: a.sha256, content: a.content })));
    return ok({ outcome, conversationId: conversation!.id, messageId: saved.id, notes });
  });
}

function messageRow(conversationId: string, m: InboundMessage, files: Array<InboundMessage['attachments'][number] & { id: string }>, language: string | null, at: Date) {
  return {
    conversationId,
    direction: 'inbound',
    channel: m.channel,
    author: m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address,
    body: m.text,
    truncated: m.truncated,
    messageId: m.messageId,
    inReplyTo: m.inReplyTo,
    attachments: files.map(({ content: _bytes, ...described }) => described),
    language,
    rawSize: m.rawSize,
    createdAt: at,
  };
}
