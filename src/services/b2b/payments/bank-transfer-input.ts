import { isIsoDate } from '../../../core/calendar/iso-date.js';
import { isCurrency } from '../../../core/money/currencies.js';
import { parseMoney } from '../../../core/money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../../../core/result/result.js';

/** A bank transfer as the operator read it off the statement: amount in minor units, the bank's reference, the day it arrived. */
export type BankTransferInput = { amountMinor: number; currency: string; reference: string; receivedOn: string };

/** The longest reference kept: a SEPA remittance text is at most 140 characters (ISO 20022 pain.001 `Ustrd`). */
export const MAX_REFERENCE_LENGTH = 140;

/**
 * The bank's reference as it is compared: trimmed, runs of white space made one space, upper case
 * (banks print references in either case; "pf-q-1001 part 1" and "PF-Q-1001  PART 1" are one transfer).
 */
export function normalizeReference(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * Check `{ amount: { amount: "1523.73", currency: "EUR" }, reference, receivedOn }`: every problem
 * named by its field at once (`amount.amount`, `amount.currency`, `reference`, `receivedOn`). The
 * amount is a decimal string above zero with no more decimals than the currency has; `receivedOn`
 * a real date no later than `today` (a transfer cannot arrive tomorrow).
 */
export function parseBankTransfer(input: unknown, today: string): Result<BankTransferInput, 'VALIDATION_FAILED'> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
  if (!body) return fail('VALIDATION_FAILED', 'the body must be a JSON object like { "amount": { "amount": "1523.73", "currency": "EUR" }, "reference": "...", "receivedOn": "2026-12-01" }', { field: 'body' });
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => void issues.push({ field, message });
  for (const key of Object.keys(body)) if (!['amount', 'reference', 'receivedOn'].includes(key)) add(key, 'is not a field of this request');

  let amountMinor: number | undefined;
  let currency: string | undefined;
  const money = typeof body.amount === 'object' && body.amount !== null && !Array.isArray(body.amount) ? (body.amount as Record<string, unknown>) : undefined;
  if (!money) add('amount', 'is required: { "amount": "1523.73", "currency": "EUR" }');
  else {
    for (const key of Object.keys(money)) if (key !== 'amount' && key !== 'currency') add(`amount.${key}`, 'is not a field of an amount');
    if (typeof money.currency !== 'string' || !isCurrency(money.currency)) add('amount.currency', 'must be an ISO 4217 currency code like EUR');
    else currency = money.currency;
    if (typeof money.amount !== 'string') add('amount.amount', 'must be a decimal string like "1523.73"');
    else if (currency !== undefined) {
      const parsed = parseMoney(money.amount, currency);
      if (!parsed.ok) add('amount.amount', parsed.message);
      else if (parsed.value.amount <= 0) add('amount.amount', 'must be more than zero');
      else amountMinor = parsed.value.amount;
    } else if (!/^\d{1,15}(\.\d{1,15})?$/.test(money.amount)) add('amount.amount', `"${money.amount}" is not a decimal amount like 1523.73`);
  }

  let reference: string | undefined;
  if (typeof body.reference !== 'string' || normalizeReference(body.reference).length === 0) add('reference', "is required: the bank's reference for this transfer, as on the statement");
  else if (body.reference.length > MAX_REFERENCE_LENGTH * 2 || normalizeReference(body.reference).length > MAX_REFERENCE_LENGTH) add('reference', `must be at most ${MAX_REFERENCE_LENGTH} characters`);
  // Control characters never appear on a statement line; they would break the CSV and the audit log's reading.
  else if (/[\u0000-\u001f\u007f]/.test(body.reference.trim().replace(/[\t\n\r]+/g, ' '))) add('reference', 'must be plain text, without control characters');
  else reference = normalizeReference(body.reference);

  let receivedOn: string | undefined;
  if (typeof body.receivedOn !== 'string' || !isIsoDate(body.receivedOn)) add('receivedOn', 'must be the day the transfer arrived, YYYY-MM-DD');
  else if (body.receivedOn > today) add('receivedOn', `${body.receivedOn} is after today (${today}): record a transfer once it has arrived`);
  else receivedOn = body.receivedOn;

  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ amountMinor: amountMinor!, currency: currency!, reference: reference!, receivedOn: receivedOn! });
}
