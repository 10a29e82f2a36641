/** One euro reference rate as the ECB publishes it: 1 EUR = `rate` units of `quote` on `date`. */
export type EcbRateRow = {
  readonly line: number;
  /** ISO 4217 code of the quoted currency: `USD`. */
  readonly quote: string;
  /** The business day of the rate, YYYY-MM-DD. */
  readonly date: string;
  /** The rate exactly as published, as a decimal string: `1.1252`, `163.36`. Never a float. */
  readonly rate: string;
};

export const CURRENCY_CODE = /^[A-Z]{3}$/;
