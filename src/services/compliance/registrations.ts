import { isIsoDate } from '../../core/calendar/iso-date.js';
import { REGISTRATION_SCHEMES, validateRegistrationNumber, type RegistrationScheme } from '../../core/compliance/registration-number.js';
import { isUuid } from '../../core/ids/uuid.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import type { RegistrationRecord } from '../../db/repositories/registration-repository.js';
import type { Deps } from '../deps.js';

export type RegistrationView = { id: string; scheme: string; number: string; region: string | null; validFrom: string; validTo: string | null; note: string | null; checked: string | null };

const view = (r: RegistrationRecord): RegistrationView => ({ id: r.id, scheme: r.scheme, number: r.number, region: r.region, validFrom: r.validFrom, validTo: r.validTo, note: r.note, checked: null });

export async function listRegistrations(deps: Pick<Deps, 'registrations'>): Promise<RegistrationView[]> {
  return (await deps.registrations.list()).map(view);
}

/**
 * Add a registration: the number validated for its scheme (format, and the check digit where the
 * scheme has one), the dates it is valid. A number already registered for the scheme is a CONFLICT.
 * Checkout quotes use the registrations valid on their date from the next quote on.
 */
export async function addRegistration(deps: Pick<Deps, 'registrations' | 'referenceCache'>, input: unknown): Promise<Result<RegistrationView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'body must be a JSON object', { field: 'body' });
  const b = input as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(b)) if (!['scheme', 'number', 'region', 'validFrom', 'validTo', 'note'].includes(key)) issues.push({ field: key, message: 'is not a field of a registration' });
  if (typeof b.scheme !== 'string' || !(REGISTRATION_SCHEMES as readonly string[]).includes(b.scheme)) issues.push({ field: 'scheme', message: `must be one of ${REGISTRATION_SCHEMES.join(', ')}` });
  if (typeof b.number !== 'string') issues.push({ field: 'number', message: 'is required: the registration number' });
  if (b.region !== undefined && b.region !== null && (typeof b.region !== 'string' || !/^[A-Za-z]{2}$/.test(b.region))) issues.push({ field: 'region', message: 'must be a two-letter state code like CA' });
  if (typeof b.validFrom !== 'string' || !isIsoDate(b.validFrom)) issues.push({ field: 'validFrom', message: 'is required: the first day, YYYY-MM-DD' });
  if (b.validTo !== undefined && b.validTo !== null && (typeof b.validTo !== 'string' || !isIsoDate(b.validTo))) issues.push({ field: 'validTo', message: 'must be a date YYYY-MM-DD or null' });
  if (typeof b.validTo === 'string' && typeof b.validFrom === 'string' && b.validTo < b.validFrom) issues.push({ field: 'validTo', message: 'is before validFrom' });
  if (b.note !== undefined && b.note !== null && (typeof b.note !== 'string' || b.note.length > 500)) issues.push({ field: 'note', message: 'must be text of at most 500 characters' });
  if (issues.length === 0) {
    const v = validateRegistrationNumber(b.scheme as RegistrationScheme, b.number as string, typeof b.region === 'string' ? { region: b.region.toUpperCase() } : {});
    if (!v.ok) issues.push({ field: v.field ?? 'number', message: v.message });
    else {
      const inserted = await deps.registrations.insert({ scheme: b.scheme as string, number: v.value.normalized, region: typeof b.region === 'string' ? b.region.toUpperCase() : null, validFrom: b.validFrom as string, validTo: (b.validTo as string | undefined) ?? null, note: (b.note as string | undefined) ?? null });
      if (!inserted) return fail('CONFLICT', `${v.value.normalized} is already registered for ${String(b.scheme)}`, { field: 'number' });
      deps.referenceCache.clear();
      return ok({ ...view(inserted), checked: v.value.checked });
    }
  }
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

export async function removeRegistration(deps: Pick<Deps, 'registrations' | 'referenceCache'>, id: string): Promise<Result<true, 'NOT_FOUND'>> {
  if (!isUuid(id) || !(await deps.registrations.remove(id))) return fail('NOT_FOUND', `no registration ${id}`, { field: 'id' });
  deps.referenceCache.clear();
  return ok(true);
}
