import { parseOrderNumber } from '../orders/order-number.js';

/**
 * How an incoming message finds its conversation, strongest evidence first:
 * 1. the conversation token Landfall put in its own replies: the Message-ID of every reply it sends
 *    (`<c-TOKEN.N@domain>`, echoed back in In-Reply-To and References) and the reply-to address
 *    (`support+c-TOKEN@domain`);
 * 2. the same buyer writing about the same order (an order number in the subject or body);
 * 3. the same buyer with the same subject once reply and forward prefixes are taken off.
 * Otherwise it opens a new conversation. These functions only read text; the service decides.
 */

/** Reply and forward prefixes as mail programs write them in the storefront's languages and more. */
const PREFIX = /^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|rif|r|i|antw|doorst|enc|res|odp|pd|ynt|回复|回覆|答复|答覆|转发|轉寄|転送|返信|trả lời|tl|chuyển tiếp|ch)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]{0,40}\]\s*)+/iu;

/** The subject without reply/forward prefixes and list tags, whitespace collapsed, lower-cased for comparison. */
export function normalizeSubject(subject: string): string {
  return subject.replace(PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A conversation's token: 16 lower-case base32 characters, unguessable, safe in a mail address. */
export const CONVERSATION_TOKEN = /^[a-z2-7]{16}$/;

/** The Message-ID of a message Landfall sends in a conversation (`id`: letters and digits unique to it). */
export function conversationMessageId(token: string, id: string | number, domain: string): string {
  return `<c-${token}.${id}@${domain}>`;
}

/** The reply-to address that brings a buyer's answer back to its conversation. */
export function conversationReplyTo(supportAddress: string, token: string): string {
  const at = supportAddress.lastIndexOf('@');
  return `${supportAddress.slice(0, at)}+c-${token}${supportAddress.slice(at)}`;
}

/** Message ids in a header such as References or In-Reply-To (`<a@b> <c@d>`), at most `limit`. */
export function parseMessageIds(header: string | undefined, limit = 100): string[] {
  if (!header) return [];
  const ids = header.match(/<[^<>\s]{1,250}>/g) ?? [];
  return ids.slice(-limit);
}

/**
 * The conversation token found in the recipient addresses or the referenced message ids, or
 * undefined. Only Landfall's own shapes count, so a buyer cannot point a message at a
 * conversation by guessing: the token is random.
 */
export function findConversationToken(input: { to: readonly string[]; references: readonly string[] }): string | undefined {
  for (const address of input.to) {
    const m = /\+c-([a-z2-7]{16})@/i.exec(address);
    if (m) return m[1]!.toLowerCase();
  }
  for (const id of [...input.references].reverse()) {
    const m = /^<c-([a-z2-7]{16})\.[0-9a-z]{1,64}@/i.exec(id);
    if (m) return m[1]!.toLowerCase();
  }
  return undefined;
}

/**
 * Order numbers mentioned in a text: those whose check digit holds, in the order first seen, and
 * those that look like order numbers but have a typo (so the team can ask).
 */
export function findOrderNumbers(text: string): { valid: string[]; typos: string[] } {
  const valid: string[] = [];
  const typos: string[] = [];
  for (const m of text.slice(0, 200_000).matchAll(/\bLF-?\s?(\d{2,17})\b/gi)) {
    const parsed = parseOrderNumber(`LF-${m[1]}`);
    const list = parsed.ok ? valid : typos;
    const number = parsed.ok ? parsed.value.number : `LF-${m[1]}`;
    if (!list.includes(number)) list.push(number);
  }
  return { valid, typos };
}
