import { isCountry } from '../geo/countries.js';
import { fail, ok, type Result } from '../result/result.js';
import type { ScreeningQuery, ScreeningQueryType } from './types.js';

/** Longest name screened; longer input is refused rather than cut, so nothing is screened half. */
export const MAX_NAME_LENGTH = 300;

const QUERY_TYPES: readonly ScreeningQueryType[] = ['individual', 'entity'];

/** A checked query: the name trimmed, the country an upper-case ISO 3166-1 alpha-2 code. */
export type ValidScreeningQuery = { name: string; country?: string; type?: ScreeningQueryType };

/** Turns a country name into an ISO 3166-1 alpha-2 code, or null when it does not know it. */
export type ResolveCountry = (text: string) => string | null;

/**
 * Check one screening query. The name must be a string with at least one letter, at most
 * 300 characters once trimmed. `type` is `individual` or `entity` when given. `country` is an
 * ISO 3166-1 alpha-2 code in any case, or a country name that `resolveCountry` knows; a blank
 * country counts as not given. Failures are VALIDATION_FAILED naming the field.
 * Example: { name: ' Igor Rotenberg ', country: 'ru' } -> { name: 'Igor Rotenberg', country: 'RU' }.
 */
export function validateScreeningQuery(query: unknown, resolveCountry?: ResolveCountry): Result<ValidScreeningQuery, 'VALIDATION_FAILED'> {
  if (typeof query !== 'object' || query === null || Array.isArray(query)) return fail('VALIDATION_FAILED', 'a screening query must be an object with a name', { field: 'name' });
  const input = query as Partial<Record<keyof ScreeningQuery, unknown>>;
  if (typeof input.name !== 'string') return fail('VALIDATION_FAILED', 'name is required and must be text', { field: 'name' });
  const name = input.name.trim();
  if (name === '') return fail('VALIDATION_FAILED', 'name is empty', { field: 'name' });
  if (name.length > MAX_NAME_LENGTH) return fail('VALIDATION_FAILED', `name is ${name.length} characters long; at most ${MAX_NAME_LENGTH} are screened`, { field: 'name' });
  if (!/\p{L}/u.test(name)) return fail('VALIDATION_FAILED', 'name has no letters', { field: 'name' });
  const out: ValidScreeningQuery = { name };

  if (input.type !== undefined && input.type !== null) {
    if (typeof input.type !== 'string' || !QUERY_TYPES.includes(input.type as ScreeningQueryType)) {
      return fail('VALIDATION_FAILED', `type must be ${QUERY_TYPES.join(' or ')}`, { field: 'type' });
    }
    out.type = input.type as ScreeningQueryType;
  }

  if (input.country !== undefined && input.country !== null) {
    if (typeof input.country !== 'string') return fail('VALIDATION_FAILED', 'country must be text', { field: 'country' });
    const text = input.country.trim();
    if (text !== '') {
      const code = readCountry(text, resolveCountry);
      if (code === null) return fail('VALIDATION_FAILED', `country "${text.slice(0, 60)}" is not an ISO 3166 alpha-2 code${resolveCountry ? ' or a country name' : ''}`, { field: 'country' });
      out.country = code;
    }
  }
  return ok(out);
}

function readCountry(text: string, resolveCountry?: ResolveCountry): string | null {
  if (/^[a-z]{2}$/i.test(text) && isCountry(text.toUpperCase())) return text.toUpperCase();
  const resolved = resolveCountry?.(text) ?? null;
  return resolved !== null && isCountry(resolved.toUpperCase()) ? resolved.toUpperCase() : null;
}
