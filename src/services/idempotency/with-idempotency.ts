import { fail, ok, type Result } from '../../core/result/result.js';
import { createIdempotencyRepository } from '../../db/repositories/idempotency-repository.js';
import type { Deps } from '../deps.js';
import { deriveProviderKey } from './request-hash.js';

/** The answer a request gave: kept for its key and given again to a retry. */
export type IdempotentResponse = { status: number; body: unknown };

export type IdempotencyRequest = {
  /** Who and what the key is for, e.g. "<api key id>:payments.create": keys of different callers never meet. */
  scope: string;
  /** The caller's Idempotency-Key header, or undefined when it sent none. */
  key: string | undefined;
  /** `hashRequest` of the method, path and body: the same key with another request is refused. */
  requestHash: string;
};

export type IdempotencyFailure = 'VALIDATION_FAILED' | 'IDEMPOTENCY_KEY_REUSED' | 'IDEMPOTENCY_KEY_IN_USE';

/** The header's name, for messages and the `field` of errors. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const FIELD = 'headers.idempotency-key';
/** A key whose first request has run this long without finishing is taken over by a retry (its process died). */
const DEFAULT_STALE_AFTER_MS = 5 * 60_000;

/** 1 to 255 printable ASCII characters (a UUID is the usual choice). */
export function isValidIdempotencyKey(key: string): boolean {
  return /^[\x20-\x7e]{1,255}$/.test(key);
}

/**
 * Run `run` at most once per key: the first request with a key claims it (an insert the unique
 * index lets only one request win), runs, and stores its answer; a retry with the same key and the
 * same request gets that answer back (`replayed: true`) without running again.
 * - the same key with a different request: IDEMPOTENCY_KEY_REUSED (422), nothing runs;
 * - the same key while the first request is still running: IDEMPOTENCY_KEY_IN_USE (409), retry later;
 * - answers with status 500 or more are not kept (the key is given back so a retry can succeed),
 *   and neither is a throw; `run` receives a provider key derived from this one so that a re-run
 *   cannot charge or refund twice at the provider.
 * Without a key, `run` simply runs (with no provider key).
 */
export async function withIdempotency(
  deps: Pick<Deps, 'database' | 'clock'>,
  request: IdempotencyRequest,
  run: (providerKey: string | undefined) => Promise<IdempotentResponse>,
  options: { staleAfterMs?: number } = {},
): Promise<Result<IdempotentResponse & { replayed: boolean }, IdempotencyFailure>> {
  if (request.key === undefined) return ok({ ...(await run(undefined)), replayed: false });
  if (!isValidIdempotencyKey(request.key)) return fail('VALIDATION_FAILED', `${IDEMPOTENCY_HEADER} must be 1 to 255 printable ASCII characters`, { field: FIELD });
  const { scope, key } = request;
  const repo = createIdempotencyRepository(deps.database.orm);

  let claim = await repo.claim(scope, key, request.requestHash, deps.clock());
  // The holder gave the key back between our insert and our read: claim it again, once.
  if (!claim.claimed && !claim.row) claim = await repo.claim(scope, key, request.requestHash, deps.clock());
  if (!claim.claimed) {
    const row = claim.row;
    if (!row) return fail('IDEMPOTENCY_KEY_IN_USE', `a request with this ${IDEMPOTENCY_HEADER} is being retried; send it again`, { field: FIELD });
    if (row.requestHash !== request.requestHash) {
      return fail('IDEMPOTENCY_KEY_REUSED', `this ${IDEMPOTENCY_HEADER} was already used for a different request; use a new key for a new request`, { field: FIELD });
    }
    if (row.status === 'completed') return ok({ status: row.responseStatus ?? 200, body: row.responseBody, replayed: true });
    const now = deps.clock();
    const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS));
    if (!(await repo.takeOver(scope, key, row.createdAt, staleBefore, now))) {
      return fail('IDEMPOTENCY_KEY_IN_USE', `a request with this ${IDEMPOTENCY_HEADER} is still in progress; retry when it has finished`, { field: FIELD });
    }
  }

  let response: IdempotentResponse;
  try {
    response = await run(deriveProviderKey(scope, key));
  } catch (error) {
    await repo.release(scope, key).catch(() => undefined);
    throw error;
  }
  if (response.status >= 500) await repo.release(scope, key);
  else await repo.complete(scope, key, response, deps.clock());
  return ok({ ...response, replayed: false });
}
