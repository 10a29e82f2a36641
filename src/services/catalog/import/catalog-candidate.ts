/**
 * One product read from an import file, before validation: its ProductInput-shaped value and where
 * its parts are in the file, so that validation problems can be reported by line (and CSV column).
 */
export type CatalogCandidate = {
  /** The product as read (ProductInput shape, unchecked). */
  readonly input: unknown;
  /** The handle as written ('' when missing), for messages and duplicate checks. */
  readonly handle: string;
  /** Line of its first CSV row, or where its JSON element starts. */
  readonly line: number;
  /** How many CSV rows hold it (1 for JSON). */
  readonly rows: number;
  /** Each SKU it lists as written, with its line. */
  readonly skus: ReadonlyArray<{ readonly sku: string; readonly line: number }>;
  /** Where the field named by a validation issue (`variants[1].price.amount`) is: a line and a label (a CSV column or the field path). */
  locate(field: string): { line: number; label: string };
  /** A validation message in the file's terms (CSV: `variants[0]` becomes `line 12`). */
  rewrite(message: string): string;
};
