import type { FieldIssue } from '../result/result.js';

/** Where a check writes what is wrong: the field's path and why. */
export type Add = (field: string, message: string) => void;

export function collect(): { issues: FieldIssue[]; add: Add } {
  const issues: FieldIssue[] = [];
  return { issues, add: (field, message) => void issues.push({ field, message }) };
}

export function asObject(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

export function unknownFields(body: Record<string, unknown>, known: readonly string[], at: string, add: Add): void {
  for (const key of Object.keys(body)) if (!known.includes(key)) add(at ? `${at}.${key}` : key, 'is not a field of this request');
}

/**
 * Printable text of min..max characters, trimmed; line breaks only where `multiline` (marks and
 * descriptions are printed line by line), never other control characters.
 */
export function textAt(value: unknown, field: string, min: number, max: number, add: Add, multiline = false): string | undefined {
  const bad = multiline ? /[\u0000-\u0009\u000b-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  if (typeof value !== 'string' || bad.test(value.replace(/\r\n/g, '\n')) || value.trim().length < min || value.trim().length > max) {
    add(field, `must be text of ${min} to ${max} characters${multiline ? '' : ' on one line'}`);
    return undefined;
  }
  return value.replace(/\r\n/g, '\n').trim();
}

/** Optional text: undefined or null is null. */
export function optionalText(value: unknown, field: string, min: number, max: number, add: Add, multiline = false): string | null {
  if (value === undefined || value === null) return null;
  return textAt(value, field, min, max, add, multiline) ?? null;
}

/** A whole number in min..max. */
export function intAt(value: unknown, field: string, min: number, max: number, add: Add, unit = ''): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    add(field, `must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`);
    return undefined;
  }
  return value;
}
