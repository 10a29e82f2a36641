import { and, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Position } from '../../core/pagination/cursor.js';

/** Rows strictly after `p` in (createdAt desc, id desc) order: the next page of a newest-first list. */
export function keysetBefore(createdAt: PgColumn, id: PgColumn, p: Position): SQL {
  return or(lt(createdAt, p.createdAt), and(eq(createdAt, p.createdAt), lt(id, p.id)))!;
}
