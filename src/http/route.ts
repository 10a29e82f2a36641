import type { FastifyInstance } from 'fastify';
import type { Deps } from '../services/deps.js';

/** Every route file exports one of these: it registers one route with its schema. */
export type RouteRegistrar = (app: FastifyInstance, deps: Deps) => void;

/** Error responses shared by route schemas, all as problem documents. */
export function problemResponses(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(statuses.map((s) => [s, { $ref: 'Problem#' }]));
}
