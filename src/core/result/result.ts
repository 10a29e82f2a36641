/**
 * Expected outcomes as values. A function that can fail for a reason the caller should handle
 * (bad input, missing data, a conflict) returns `Result`; a bug throws.
 *
 * `code` is a stable, SCREAMING_SNAKE string that the HTTP layer maps to a status and a
 * problem+json document, and the CLI maps to an exit code. `field` names the input at fault,
 * as a JSON-pointer-like path (`items[2].hsCode`), when there is one.
 */
export type Ok<T> = { readonly ok: true; readonly value: T };

export type Failure<C extends string = string> = {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
  readonly field?: string;
  readonly details?: readonly FieldIssue[];
};

/** One problem with one input field, used when several fields are wrong at once. */
export type FieldIssue = { readonly field: string; readonly message: string };

export type Result<T, C extends string = string> = Ok<T> | Failure<C>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail<C extends string>(
  code: C,
  message: string,
  extra: { field?: string; details?: readonly FieldIssue[] } = {},
): Failure<C> {
  return { ok: false, code, message, ...extra };
}
