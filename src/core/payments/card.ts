import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/** Card details as the buyer typed them (digits may be grouped with spaces or dashes). */
export type CardInput = { number: unknown; expMonth: unknown; expYear: unknown; cvc: unknown };

/** Card details that passed the checks: digits only, a four-digit year. */
export type CardDetails = { readonly number: string; readonly expMonth: number; readonly expYear: number; readonly cvc: string; readonly brand: CardBrand; readonly last4: string };

export type CardBrand = 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'unionpay' | 'diners' | 'unknown';

/**
 * The Luhn (mod 10) check digit test of ISO/IEC 7812-1, which every payment card number passes:
 * it catches any single mistyped digit and most swaps of two neighbours.
 * @example isLuhnValid('4242424242424242') // true
 */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The card scheme from the number's leading digits (issuer identification number ranges). */
export function cardBrand(digits: string): CardBrand {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 34 || two === 37) return 'amex';
  if (digits.startsWith('6011') || digits.startsWith('65')) return 'discover';
  if (four >= 3528 && four <= 3589) return 'jcb';
  if (two === 62) return 'unionpay';
  if (two === 36 || two === 38 || (two === 30 && Number(digits[2]) <= 5)) return 'diners';
  return 'unknown';
}

/**
 * Check card details against `today` (the card is valid through the last day of its expiry month).
 * Every problem is reported at once, each naming its field under `prefix`: `card.number`,
 * `card.expMonth`, `card.expYear`, `card.cvc`. Two-digit years are read as 20YY.
 * @example checkCard({ number: '4242 4242 4242 4242', expMonth: 12, expYear: 34, cvc: '123' }, { year: 2026, month: 5 })
 *   // ok: { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123', brand: 'visa', last4: '4242' }
 */
export function checkCard(input: unknown, today: { year: number; month: number }, prefix = 'card'): Result<CardDetails, 'VALIDATION_FAILED'> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail('VALIDATION_FAILED', `${prefix} must be an object with number, expMonth, expYear and cvc`, { field: prefix });
  }
  const card = input as Partial<CardInput>;
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field: `${prefix}.${field}`, message });

  const number = typeof card.number === 'string' ? card.number.replace(/[\s-]/g, '') : '';
  if (typeof card.number !== 'string') add('number', 'is required: the card number as a string of digits');
  else if (!/^\d{12,19}$/.test(number)) add('number', 'must be 12 to 19 digits');
  else if (!isLuhnValid(number)) add('number', 'is not a valid card number (its check digit is wrong)');

  const month = card.expMonth;
  const monthOk = typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12;
  if (!monthOk) add('expMonth', 'must be a whole number from 1 to 12');

  const rawYear = card.expYear;
  let year = NaN;
  if (typeof rawYear === 'number' && Number.isInteger(rawYear)) year = rawYear >= 0 && rawYear <= 99 ? 2000 + rawYear : rawYear;
  const yearOk = year >= 2000 && year <= 2099;
  if (!yearOk) add('expYear', 'must be a year like 2030 (or 30)');
  else if (year > today.year + 50) add('expYear', `is more than 50 years ahead`);

  if (monthOk && yearOk && (year < today.year || (year === today.year && (month as number) < today.month))) {
    add('expYear', `the card expired at the end of ${String(month).padStart(2, '0')}/${year}`);
  }

  if (typeof card.cvc !== 'string' || !/^\d{3,4}$/.test(card.cvc)) add('cvc', 'must be the 3 or 4 digits printed on the card');

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ number, expMonth: month as number, expYear: year, cvc: card.cvc as string, brand: cardBrand(number), last4: number.slice(-4) });
}
