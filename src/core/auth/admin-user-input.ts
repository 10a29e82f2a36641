import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

export const ADMIN_ROLES = ['owner', 'operator', 'read_only'] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

/**
 * The scopes a sign-in session of `role` is given: owner `admin`, operator `admin:operator`,
 * read_only `admin:read`. (What a session may reach is decided by its user's role at each request.)
 */
export function scopesOfRole(role: AdminRole): string[] {
  return role === 'owner' ? ['admin'] : role === 'operator' ? ['admin:operator'] : ['admin:read'];
}

export type NewAdminUser = { email: string; name: string; role: AdminRole; password: string };
export type SignInInput = { email: string; password: string };

/** The shortest and longest password accepted (long passphrases welcome; the bound stops hashing huge inputs). */
export const PASSWORD_LENGTH = { min: 12, max: 256 } as const;

const EMAIL = /^[^\s@"<>()[\],;:\\]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

function asObject(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

function failed(issues: FieldIssue[]): Result<never, 'VALIDATION_FAILED'> {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

/** Emails are compared lower-cased (one account per address however it is typed). */
export function normalizeEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim().toLowerCase();
  return email.length <= 254 && EMAIL.test(email) ? email : undefined;
}

/**
 * Why a password is refused, or undefined when it is fine: 12 to 256 characters, not one character
 * repeated, not the email or its name part (NIST SP 800-63B: length over composition rules).
 */
export function passwordProblem(password: string, email: string | undefined): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_LENGTH.min) return `must be at least ${PASSWORD_LENGTH.min} characters (a passphrase of several words is easiest)`;
  if (length > PASSWORD_LENGTH.max) return `must be at most ${PASSWORD_LENGTH.max} characters`;
  if (new Set(password).size === 1) return 'must not be one character repeated';
  const lower = password.toLowerCase();
  if (email && (lower === email || lower === email.split('@')[0])) return 'must not be the email address';
  return undefined;
}

/** POST /v1/admin/users and `landfall users create`: email, name, role and password, all checked at once. */
export function parseNewAdminUser(input: unknown): Result<NewAdminUser, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object with email, name, role and password' }]);
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(body)) if (!['email', 'name', 'role', 'password'].includes(key)) issues.push({ field: key, message: 'is not a field of this request' });
  const email = normalizeEmail(body.email);
  if (!email) issues.push({ field: 'email', message: 'must be an email address like ops@example.com' });
  const name = typeof body.name === 'string' ? body.name.trim() : '';
  if (name.length < 1 || name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) issues.push({ field: 'name', message: 'must be 1 to 100 characters' });
  const role = body.role;
  if (typeof role !== 'string' || !(ADMIN_ROLES as readonly string[]).includes(role)) issues.push({ field: 'role', message: `must be one of ${ADMIN_ROLES.join(', ')}` });
  const password = typeof body.password === 'string' ? body.password : undefined;
  if (password === undefined) issues.push({ field: 'password', message: 'is required' });
  else {
    const problem = passwordProblem(password, email);
    if (problem) issues.push({ field: 'password', message: problem });
  }
  if (issues.length > 0) return failed(issues);
  return ok({ email: email!, name, role: role as AdminRole, password: password! });
}

/** POST /v1/admin/sessions: an email and a password (checked for shape only; whether they match is the service's). */
export function parseSignIn(input: unknown): Result<SignInInput, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return failed([{ field: 'body', message: 'must be a JSON object with email and password' }]);
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(body)) if (key !== 'email' && key !== 'password') issues.push({ field: key, message: 'is not a field of this request' });
  const email = normalizeEmail(body.email);
  if (!email) issues.push({ field: 'email', message: 'must be an email address' });
  if (typeof body.password !== 'string' || body.password.length === 0 || body.password.length > PASSWORD_LENGTH.max * 4) issues.push({ field: 'password', message: 'is required' });
  if (issues.length > 0) return failed(issues);
  return ok({ email: email!, password: body.password as string });
}
