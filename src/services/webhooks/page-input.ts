import { decodeCursor, encodeCursor } from '../../core/pagination/cursor.js';
import type { FieldIssue } from '../../core/result/result.js';
import type { Position } from '../../db/repositories/outbox-repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** `limit` (1 to 100, default 50) and `cursor` of a newest-first list; problems go into `issues`. */
export function readPage(input: { limit?: unknown; cursor?: unknown }, issues: FieldIssue[]): { limit: number; after?: Position } {
  const limit = input.limit ?? 50;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100) issues.push({ field: 'limit', message: 'must be a whole number from 1 to 100' });
  if (input.cursor === undefined) return { limit: Number(limit) };
  const c = typeof input.cursor === 'string' ? decodeCursor(input.cursor) : undefined;
  if (!c || !isUuid(c.id)) {
    issues.push({ field: 'cursor', message: 'is not one this API returned' });
    return { limit: Number(limit) };
  }
  return { limit: Number(limit), after: { createdAt: new Date(c.createdAt), id: c.id } };
}

/** The next page's cursor when the query returned one row more than the page holds. */
export function nextCursor<T extends { createdAt: Date; id: string }>(rows: readonly T[], limit: number): string | null {
  const last = rows[limit - 1];
  return rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null;
}
