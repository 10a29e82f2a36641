/**
 * Secrets never kept in the audit log or anywhere else a copy of a request or an answer is kept:
 * passwords, API keys and session tokens, webhook and provider signing secrets, card data. A
 * property is redacted when its name (compared without case, dashes or underscores) is one of
 * SECRET_NAMES or contains one of SECRET_PARTS; its value becomes REDACTED whatever it was.
 */
export const REDACTED = '[redacted]';

const SECRET_NAMES = new Set(['key', 'apikey', 'token', 'authorization', 'cookie', 'pan', 'cvc', 'cvv', 'cvc2', 'cardnumber', 'iban', 'accountnumber']);
const SECRET_PARTS = ['password', 'secret', 'token', 'passphrase', 'privatekey', 'apikey', 'cardnumber', 'securitycode'];

/** Whether a property of this name holds a secret (see the file comment). */
export function isSecretName(name: string): boolean {
  const n = name.toLowerCase().replace(/[-_]/g, '');
  return SECRET_NAMES.has(n) || SECRET_PARTS.some((p) => n.includes(p));
}

/** Strings that look like a secret whatever property holds them: Landfall API keys and card numbers. */
const SECRET_VALUE = /\blf_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\b/;
const CARD_NUMBER = /^(?:\d[ -]?){13,19}$/;

function isLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function redactString(value: string): string {
  if (SECRET_VALUE.test(value)) return REDACTED;
  if (CARD_NUMBER.test(value)) {
    const digits = value.replace(/[ -]/g, '');
    if (isLuhn(digits)) return REDACTED;
  }
  return value;
}

/**
 * A deep copy of `value` with every secret replaced by REDACTED (see the file comment), for
 * JSON-shaped values. Deeper than `maxDepth` levels, what is left is replaced by REDACTED too.
 * @example redactSecrets({ email: 'a@b.co', password: 'x' }) // { email: 'a@b.co', password: '[redacted]' }
 */
export function redactSecrets(value: unknown, maxDepth = 64): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (maxDepth <= 0) return REDACTED;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, maxDepth - 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    out[k] = isSecretName(k) && v !== null ? REDACTED : redactSecrets(v, maxDepth - 1);
  }
  return out;
}
