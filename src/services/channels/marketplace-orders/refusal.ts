/** An order (or a record) an import refused: where it is in the file, the marketplace's order id, the field at fault and why. */
export type Refusal = { line: number; orderId: string | null; field: string; code: string; message: string };
