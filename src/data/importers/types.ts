import type { Failure } from '../../core/result/result.js';

/** The kinds of reference data `landfall data import <kind>` reads. The names are a public contract. */
export const IMPORT_KINDS = ['hs', 'uk-tariff', 'uk-commodities', 'us-hts', 'ecb'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Whether `value` names one of the import kinds. */
export function isImportKind(value: string): value is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(value);
}

/**
 * One rejected record (or, for the ECB history, one rejected cell). `line` is the physical line
 * of the file where the record starts (1-based; a CSV record with a quoted line break spans
 * several lines and is reported at its first); `field` names the column or attribute at fault;
 * `message` is the whole reason and names the field, e.g. "ukgt_duty_rate is empty".
 */
export type RowError = { readonly line: number; readonly field?: string; readonly message: string };

/** What a parser makes of a whole file that it could read: good rows and per-record errors. */
export type ParseOutcome<T> = {
  /** Valid rows, in file order, each with the line where its record starts. */
  readonly rows: T[];
  readonly errors: RowError[];
  /** Records (data lines, JSON objects, XML day cubes) read from the file, excluding headers. */
  readonly read: number;
  /** Records that carry nothing to import and are not errors (e.g. unnumbered HTS header lines). */
  readonly skipped: number;
  /** Which of the kind's formats the file was in, when a kind has several (ECB: csv or xml). */
  readonly format?: string;
};

/** The file cannot be used at all: empty, not UTF-8, not the kind claimed, a required column missing. */
export type UnusableFile = Failure<'VALIDATION_FAILED'>;

/** "line 12: ukgt_duty_rate is empty" */
export function formatRowError(error: RowError): string {
  return `line ${error.line}: ${error.message}`;
}

/** Show a value from a file inside a message: quoted, control characters escaped, long ones cut. */
export function quoteValue(value: string, max = 40): string {
  const shown = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(shown);
}

/** What is wrong with one field of a record, before the line is known. */
export type Problem = { readonly field: string; readonly message: string };

/** A problem when `message` is set, for checks that return a reason or undefined. */
export function problemIn(field: string, message: string | undefined): Problem | undefined {
  return message === undefined ? undefined : { field, message };
}
