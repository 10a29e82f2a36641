import { fail, ok, type Result } from '../../core/result/result.js';
import { createSupportRepository, type SavedReplyRow } from '../../db/repositories/support-repository.js';
import type { Deps } from '../deps.js';
import { MAX_REPLY_CHARS } from './conversations.js';

export type SavedReplyView = { name: string; locale: string; body: string; updatedAt: string };

const NAME = /^[a-z0-9][a-z0-9-]{0,59}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const view = (r: SavedReplyRow): SavedReplyView => ({ name: r.name, locale: r.locale, body: r.body, updatedAt: r.updatedAt.toISOString() });

/**
 * Reusable answers, kept per language under one name: the inbox offers the buyer's language first,
 * then the others. `{name}` and `{order}` in a body are filled in by the inbox when it is used.
 */
export async function listSavedReplies(deps: Pick<Deps, 'database'>, query: { locale?: unknown; name?: unknown }): Promise<Result<SavedReplyView[], 'VALIDATION_FAILED'>> {
  if (query.locale !== undefined && !(typeof query.locale === 'string' && LOCALE.test(query.locale))) return fail('VALIDATION_FAILED', 'locale must be a language tag such as de or zh-Hans', { field: 'locale' });
  if (query.name !== undefined && !(typeof query.name === 'string' && NAME.test(query.name))) return fail('VALIDATION_FAILED', 'name must be lower-case letters, digits and dashes', { field: 'name' });
  const rows = await createSupportRepository(deps.database.orm).savedReplies({ ...(typeof query.locale === 'string' ? { locale: query.locale } : {}), ...(typeof query.name === 'string' ? { name: query.name } : {}) });
  return ok(rows.map(view));
}

export async function putSavedReply(deps: Pick<Deps, 'database' | 'clock'>, name: string, locale: string, input: unknown): Promise<Result<SavedReplyView, 'VALIDATION_FAILED'>> {
  if (!NAME.test(name)) return fail('VALIDATION_FAILED', 'name must be 1 to 60 lower-case letters, digits and dashes, like where-is-my-parcel', { field: 'name' });
  if (!LOCALE.test(locale)) return fail('VALIDATION_FAILED', 'locale must be a language tag such as de or zh-Hans', { field: 'locale' });
  const body = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const extra = Object.keys(body).find((k) => k !== 'body');
  if (extra) return fail('VALIDATION_FAILED', `${extra} is not a field of a saved reply`, { field: extra });
  if (typeof body.body !== 'string' || body.body.trim() === '' || body.body.length > MAX_REPLY_CHARS) return fail('VALIDATION_FAILED', `body must be text of 1 to ${MAX_REPLY_CHARS} characters`, { field: 'body' });
  return ok(view(await createSupportRepository(deps.database.orm).putSavedReply(name, locale, body.body.replace(/\r\n?/g, '\n'), deps.clock())));
}

export async function deleteSavedReply(deps: Pick<Deps, 'database'>, name: string, locale: string): Promise<Result<true, 'SAVED_REPLY_NOT_FOUND'>> {
  return (await createSupportRepository(deps.database.orm).deleteSavedReply(name, locale)) ? ok(true) : fail('SAVED_REPLY_NOT_FOUND', `no saved reply ${name} in ${locale}`, { field: 'name' });
}
