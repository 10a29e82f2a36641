import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { QuoteRow } from '../../../db/repositories/quote-repository.js';
import { findQuote } from './get-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';

/**
 * The distributor's link to its quote: `/quotes/Q-1001?t=<token>`, the token 32 random bytes in
 * base64url. Only its SHA-256 is stored (`quotes.buyer_token_hash`), so the database alone opens no
 * quote; sending the quote again makes a new token and the old link stops working.
 */
export type BuyerToken = { token: string; hash: string };

/** A new token and the hash to store. */
export function newBuyerToken(): BuyerToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashBuyerToken(token) };
}

/** SHA-256 of the token, lower-case hex. */
export function hashBuyerToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The link to put in the email and answer once: `${publicUrl}/quotes/{number}?t={token}`. */
export function buyerLink(publicUrl: string, number: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/quotes/${encodeURIComponent(number)}?t=${token}`;
}

/** Whether `token` is the one whose hash is stored, compared in constant time (no timing tells how much of it was right). */
export function tokenMatches(storedHash: string | null, token: unknown): boolean {
  if (storedHash === null || typeof token !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const given = Buffer.from(hashBuyerToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === given.length && timingSafeEqual(stored, given);
}

/**
 * The quote a link opens: its number and token must match a quote that was sent and is not
 * cancelled. Any mismatch is the same QUOTE_NOT_FOUND naming `number`, so a wrong guess learns
 * nothing (not whether the quote exists, nor its status).
 */
export async function quoteByLink(deps: Pick<QuoteServiceDeps, 'distributorQuotes'>, number: string, token: unknown): Promise<Result<QuoteRow, 'QUOTE_NOT_FOUND'>> {
  const found = await findQuote(deps, number);
  if (found.ok && found.value.status !== 'cancelled' && tokenMatches(found.value.buyerTokenHash, token)) return ok(found.value);
  return fail('QUOTE_NOT_FOUND', 'no quote at this link: it is mistyped, was replaced by a newer one, or the quote was withdrawn', { field: 'number' });
}
