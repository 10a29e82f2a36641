/**
 * Opaque cursors for keyset pagination over (createdAt, id): stable under inserts, no OFFSET scans.
 * A cursor is base64url JSON; decoding validates its shape so a forged or truncated cursor is a
 * clear input error, never a database error.
 */
import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url.js';

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
