import type { FastifyInstance } from 'fastify';
import type { Deps } from '../services/deps.js';

/** Every route file exports one of these: it registers one route with its schema. */
export type RouteRegistrar = (app: FastifyInstance, deps: Deps) => void;

/** Error responses shared by route schemas, all as problem documents. */
export function problemResponses(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((s) => [s, { $ref: 'Problem#' }]));
}

/** Query parameters of every keyset-paginated list: `limit` (1 to 100, default 50) and the previous page's `nextCursor`. */
export const PAGE_QUERY = {
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
  cursor: { type: 'string', minLength: 1, maxLength: 512 },
} as const;
