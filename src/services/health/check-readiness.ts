import { fail, ok, type Result } from '../../core/result/result.js';
import type { Database } from '../../db/create-db.js';

export type Readiness = { database: { kind: string; latencyMs: number } };

/** Ready when the database answers within `timeoutMs`. */
export async function checkReadiness(
  deps: { database: Database },
  timeoutMs = 2_000,
): Promise<Result<Readiness, 'DATABASE_UNAVAILABLE'>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      deps.database.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    return fail('DATABASE_UNAVAILABLE', `database is not answering: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return ok({ database: { kind: deps.database.kind, latencyMs: Math.round((performance.now() - started) * 100) / 100 } });
}
