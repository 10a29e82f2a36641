/**
 * Opaque cursors for keyset pagination over (createdAt, id): stable under inserts, no OFFSET scans.
 * A cursor is base64url JSON; decoding validates its shape so a forged or truncated cursor is a
 * clear input error, never a database error.
 */
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url.js';
import { isUuid } from '../ids/uuid.js';
import type { FieldIssue } from '../result/result.js';

export type Cursor = { readonly createdAt: string; readonly id: string };

export function encodeCursor(cursor: Cursor): string {
  return encodeBase64Url(JSON.stringify([cursor.createdAt, cursor.id]));
}

export function decodeCursor(text: string): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) return undefined;
  const json = decodeBase64Url(text);
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [createdAt, id] = value as unknown[];
    if (typeof createdAt !== 'string' || typeof id !== 'string') return undefined;
    if (Number.isNaN(Date.parse(createdAt)) || id.length === 0 || id.length > 100) return undefined;
    return { createdAt, id };
  } catch {
    return undefined;
  }
}

/** A page of items and the cursor of the next page (null on the last page). */
export type Page<T> = { readonly items: readonly T[]; readonly nextCursor: string | null };

/** A keyset position decoded from a cursor: after this (createdAt, id) in the list's order. */
export type Position = { readonly createdAt: Date; readonly id: string };

/** `cursor` of a keyset-paginated list over rows with UUID ids; a bad one is added to `issues`. */
export function readCursor(cursor: unknown, issues: FieldIssue[]): Position | undefined {
  if (cursor === undefined) return undefined;
  const c = typeof cursor === 'string' ? decodeCursor(cursor) : undefined;
  if (c && isUuid(c.id)) return { createdAt: new Date(c.createdAt), id: c.id };
  issues.push({ field: 'cursor', message: 'is not one this API returned' });
  return undefined;
}

/** `limit` (1 to 100, default 50) and `cursor` of a keyset-paginated list; problems are added to `issues`. */
export function readPageInput(input: { limit?: unknown; cursor?: unknown }, issues: FieldIssue[]): { limit: number; after?: Position } {
  const limit = input.limit ?? 50;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 100' });
  const after = readCursor(input.cursor, issues);
  return { limit: Number(limit), ...(after ? { after } : {}) };
}

/** The next page's cursor when the query, asked for `limit + 1` rows, returned more than a page. */
export function nextPageCursor(rows: ReadonlyArray<{ createdAt: Date; id: string }>, limit: number): string | null {
  const last = rows[limit - 1];
  return rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null;
}
