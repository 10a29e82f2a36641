import { isIsoDate } from '../calendar/iso-date.js';
import { checkOptionalText, isObject, type AddIssue } from '../catalog/field-checks.js';
import { compareDecimal, parseDecimal, type Decimal } from '../decimal/decimal.js';
import { percentOf } from '../decimal/percent-of.js';
import { allocate } from '../money/allocate.js';
import { formatMoney, parseMoney, type Money } from '../money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

export type DiscountKind = 'percentage' | 'fixed';

/**
 * A discount code as the admin defines it. `market` null means every market; `percent` is set for
 * percentage codes only and `amount` for fixed codes only. `validTo` is the last day the code works
 * (inclusive); null means it does not expire.
 */
export type DiscountCodeInput = {
  code: string;
  market: string | null;
  kind: DiscountKind;
  percent: Decimal | null;
  amount: Money | null;
  minSubtotal: Money | null;
  validFrom: string;
  validTo: string | null;
  maxRedemptions: number | null;
  active: boolean;
  note: string | null;
};

/** A stored code with how many orders have used it so far. */
export type DiscountCode = DiscountCodeInput & { redemptions: number };

const FIELDS = ['code', 'market', 'kind', 'percent', 'amount', 'minSubtotal', 'validFrom', 'validTo', 'maxRedemptions', 'active', 'note'] as const;
const CODE_TEXT = /^[A-Za-z0-9_-]{3,32}$/;
const MARKET_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const PERCENT_TEXT = /^\d{1,3}(?:\.\d{1,2})?$/;
const HUNDRED: Decimal = { coef: 100, scale: 0 };
export const MAX_REDEMPTIONS = 10_000_000;
const NOTE_MAX = 200;

/**
 * Check a discount code as the admin API receives it (a JSON body). The code is stored upper-case
 * so that buyers can type it in any case. Every bad field is reported at once, by path
 * (`amount.currency`); fields this function does not know are refused rather than ignored, so a
 * typo such as `maxRedemption` cannot silently leave a code unlimited.
 * @example parseDiscountCodeInput({ code: 'spring10', kind: 'percentage', percent: '10' }, { today: '2026-03-01' })
 *   // ok: { code: 'SPRING10', market: null, percent: 10, validFrom: '2026-03-01', active: true, ... }
 */
export function parseDiscountCodeInput(input: unknown, options: { today: string }): Result<DiscountCodeInput, 'VALIDATION_FAILED'> {
  if (!isObject(input)) return failed([{ field: 'body', message: 'must be a JSON object' }]);
  const issues: FieldIssue[] = [];
  const add: AddIssue = (field, message) => void issues.push({ field, message });
  for (const key of Object.keys(input)) if (!(FIELDS as readonly string[]).includes(key)) add(shortKey(key), 'is not a field of a discount code');

  const rawCode = typeof input.code === 'string' ? input.code.trim() : undefined;
  const code = rawCode !== undefined && CODE_TEXT.test(rawCode) ? rawCode.toUpperCase() : undefined;
  if (code === undefined) add('code', 'is required: 3 to 32 letters, digits, underscores or dashes, like SPRING10');

  let market: string | null = null;
  if (input.market !== undefined && input.market !== null) {
    if (typeof input.market === 'string' && MARKET_ID.test(input.market)) market = input.market;
    else add('market', 'must be a market id like eu, or null for every market');
  }

  const kind = input.kind === 'percentage' || input.kind === 'fixed' ? input.kind : undefined;
  if (kind === undefined) add('kind', 'is required: percentage or fixed');

  let percent: Decimal | null = null;
  if (input.percent !== undefined && input.percent !== null) {
    if (kind === 'fixed') add('percent', 'is only for percentage codes; a fixed code has an amount');
    else percent = checkPercent(input.percent, add) ?? null;
  } else if (kind === 'percentage') add('percent', 'is required for a percentage code: a decimal string like "10" or "12.5"');

  let amount: Money | null = null;
  if (input.amount !== undefined && input.amount !== null) {
    if (kind === 'percentage') add('amount', 'is only for fixed codes; a percentage code has a percent');
    else amount = checkMoney(input.amount, 'amount', add, 'positive') ?? null;
  } else if (kind === 'fixed') add('amount', 'is required for a fixed code: an object like { "amount": "5.00", "currency": "EUR" }');

  let minSubtotal: Money | null = null;
  if (input.minSubtotal !== undefined && input.minSubtotal !== null) {
    minSubtotal = checkMoney(input.minSubtotal, 'minSubtotal', add, 'non-negative') ?? null;
    // A fixed code only applies in its own currency, so a minimum in another one could never be met.
    if (minSubtotal && amount && minSubtotal.currency !== amount.currency) {
      add('minSubtotal.currency', `must be ${amount.currency}, the currency of the fixed amount`);
    }
  }

  let validFrom: string | undefined = options.today;
  if (input.validFrom !== undefined && input.validFrom !== null) {
    validFrom = typeof input.validFrom === 'string' && isIsoDate(input.validFrom) ? input.validFrom : undefined;
    if (validFrom === undefined) add('validFrom', 'must be a date like 2026-03-01');
  }
  let validTo: string | null = null;
  if (input.validTo !== undefined && input.validTo !== null) {
    if (typeof input.validTo !== 'string' || !isIsoDate(input.validTo)) add('validTo', 'must be a date like 2026-03-31, or null for no end');
    else if (validFrom !== undefined && input.validTo < validFrom) add('validTo', `must not be before validFrom (${validFrom})`);
    else validTo = input.validTo;
  }

  let maxRedemptions: number | null = null;
  if (input.maxRedemptions !== undefined && input.maxRedemptions !== null) {
    const n = input.maxRedemptions;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_REDEMPTIONS) maxRedemptions = n;
    else add('maxRedemptions', 'must be a whole number from 1 to 10,000,000, or null for no limit');
  }

  let active = true;
  if (input.active !== undefined && input.active !== null) {
    if (typeof input.active === 'boolean') active = input.active;
    else add('active', 'must be true or false');
  }

  const note = checkOptionalText(input.note, 'note', add, NOTE_MAX);

  if (issues.length > 0) return failed(issues);
  return ok({ code: code!, market, kind: kind!, percent, amount, minSubtotal, validFrom: validFrom!, validTo, maxRedemptions, active, note: note ?? null });
}

function checkPercent(value: unknown, add: AddIssue): Decimal | undefined {
  // A string, not a JSON number: 12.3 as a double is not 12.3, and rates are exact decimals everywhere.
  const text = typeof value === 'string' && PERCENT_TEXT.test(value) ? value : undefined;
  const d = text === undefined ? undefined : parseDecimal(text);
  if (d === undefined) {
    add('percent', 'must be a decimal string with at most 2 decimals, like "10" or "12.5"');
    return undefined;
  }
  if (d.coef <= 0 || compareDecimal(d, HUNDRED) > 0) {
    add('percent', 'must be more than 0 and at most 100');
    return undefined;
  }
  return d;
}

function checkMoney(value: unknown, field: string, add: AddIssue, sign: 'positive' | 'non-negative'): Money | undefined {
  if (!isObject(value)) {
    add(field, 'must be an object like { "amount": "5.00", "currency": "EUR" }');
    return undefined;
  }
  let bad = false;
  for (const key of Object.keys(value)) {
    if (key !== 'amount' && key !== 'currency') {
      add(`${field}.${shortKey(key)}`, 'is not a money field (amount, currency)');
      bad = true;
    }
  }
  if (typeof value.currency !== 'string') {
    add(`${field}.currency`, 'must be an ISO 4217 currency code like EUR');
    bad = true;
  }
  if (typeof value.amount !== 'string') {
    add(`${field}.amount`, 'must be a decimal string like "5.00"');
    bad = true;
  }
  if (bad) return undefined;
  const parsed = parseMoney(value.amount as string, value.currency as string);
  if (!parsed.ok) {
    add(parsed.error === 'UNKNOWN_CURRENCY' ? `${field}.currency` : `${field}.amount`, parsed.message);
    return undefined;
  }
  if (sign === 'positive' && parsed.value.amount <= 0) add(`${field}.amount`, 'must be more than zero');
  else if (sign === 'non-negative' && parsed.value.amount < 0) add(`${field}.amount`, 'must not be negative');
  else return parsed.value;
  return undefined;
}

function shortKey(key: string): string {
  return /^[A-Za-z0-9_-]{1,40}$/.test(key) ? key : JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

function failed(issues: FieldIssue[]): Result<never, 'VALIDATION_FAILED'> {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

/**
 * Whether a code can be used on a cart: active, in its dates (`validTo` inclusive), in its market,
 * in the cart's currency when it is a fixed amount, at or over its minimum subtotal, and not used
 * up. The message is for the buyer, so it says what is wrong in plain words and never names the
 * admin's settings (market ids, redemption counts).
 * @example checkDiscountApplies(code, { market: 'eu', currency: 'EUR', date: '2026-03-05', subtotal: money(3800, 'EUR') })
 *   // DISCOUNT_NOT_APPLICABLE: "this code applies to orders of EUR 50.00 or more; your subtotal is EUR 38.00"
 */
export function checkDiscountApplies(
  code: DiscountCode,
  context: { market: string; currency: string; date: string; subtotal: Money },
): Result<true, 'DISCOUNT_NOT_APPLICABLE'> {
  const refuse = (message: string) => fail('DISCOUNT_NOT_APPLICABLE', message, { field: 'code' });
  if (!code.active) return refuse('this code is not valid');
  if (context.date < code.validFrom) return refuse(`this code is not valid yet; it can be used from ${code.validFrom}`);
  if (code.validTo !== null && context.date > code.validTo) return refuse(`this code expired on ${code.validTo}`);
  if (code.market !== null && code.market !== context.market) return refuse('this code is not valid in your region');
  if (code.kind === 'fixed' && code.amount !== null && code.amount.currency !== context.currency) {
    return refuse(`this code does not apply to orders paid in ${context.currency}`);
  }
  if (code.minSubtotal !== null && code.minSubtotal.amount > 0) {
    if (code.minSubtotal.currency !== context.currency) return refuse(`this code does not apply to orders paid in ${context.currency}`);
    if (context.subtotal.amount < code.minSubtotal.amount) {
      return refuse(`this code applies to orders of ${formatMoney(code.minSubtotal)} or more; your subtotal is ${formatMoney(context.subtotal)}`);
    }
  }
  if (code.maxRedemptions !== null && code.redemptions >= code.maxRedemptions) return refuse('this code has been used up');
  return ok(true);
}

/**
 * The discount on a cart and its share on each line. Percentage: subtotal x percent / 100, rounded
 * half-up to the minor unit. Fixed: the amount, but never more than the subtotal. The total is split
 * over the lines in proportion to their amounts by largest remainder, so the shares sum to it exactly
 * and no line is discounted below zero. Lines must share one currency (and a fixed code's currency:
 * call checkDiscountApplies first); with no lines the total is zero in `currency` (default: the fixed
 * amount's currency, else XXX, ISO 4217's "no currency").
 * @example allocateDiscount(tenPercent, [money(1999, 'EUR'), money(1001, 'EUR')]) // total 300: 200 + 100
 */
export function allocateDiscount(code: DiscountCode, lineAmounts: readonly Money[], currency?: string): { total: Money; perLine: Money[] } {
  const cur = lineAmounts[0]?.currency ?? currency ?? code.amount?.currency ?? 'XXX';
  let subtotal = 0;
  for (const line of lineAmounts) {
    if (line.currency !== cur) throw new TypeError(`discount lines mix ${cur} and ${line.currency}`);
    if (!Number.isSafeInteger(line.amount) || line.amount < 0) throw new RangeError(`a line amount must be zero or more minor units, got ${line.amount}`);
    subtotal += line.amount;
  }
  if (!Number.isSafeInteger(subtotal)) throw new RangeError('the subtotal is too large');
  let total = 0;
  if (code.kind === 'percentage') {
    if (code.percent === null) throw new TypeError(`percentage code ${code.code} has no percent`);
    total = percentOf(subtotal, code.percent, 'half-up');
  } else {
    if (code.amount === null) throw new TypeError(`fixed code ${code.code} has no amount`);
    if (lineAmounts.length > 0 && code.amount.currency !== cur) throw new TypeError(`fixed code ${code.code} is in ${code.amount.currency}, the cart in ${cur}`);
    total = Math.min(code.amount.amount, subtotal);
  }
  const totalMoney: Money = { amount: total, currency: cur };
  if (lineAmounts.length === 0) return { total: totalMoney, perLine: [] };
  return { total: totalMoney, perLine: allocate(totalMoney, lineAmounts.map((l) => l.amount)) };
}

/**
 * A line's total as exact unit prices, for customs documents after a discount: at most two groups
 * whose unit prices differ by one minor unit, the dearer group first, summing to the total exactly.
 * @example unitPrices(money(1000, 'EUR'), 3) // [{ quantity: 1, unit: EUR 3.34 }, { quantity: 2, unit: EUR 3.33 }]
 * @example unitPrices(money(900, 'EUR'), 3)  // [{ quantity: 3, unit: EUR 3.00 }]
 */
export function unitPrices(lineTotal: Money, quantity: number): Array<{ quantity: number; unit: Money }> {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new RangeError(`quantity must be a whole number above zero, got ${quantity}`);
  if (!Number.isSafeInteger(lineTotal.amount) || lineTotal.amount < 0) throw new RangeError(`a line total must be zero or more minor units, got ${lineTotal.amount}`);
  const extra = lineTotal.amount % quantity;
  const base = (lineTotal.amount - extra) / quantity;
  const unit = (amount: number): Money => ({ amount, currency: lineTotal.currency });
  if (extra === 0) return [{ quantity, unit: unit(base) }];
  return [
    { quantity: extra, unit: unit(base + 1) },
    { quantity: quantity - extra, unit: unit(base) },
  ];
}
