/** The product editor's variants: one row per SKU with its price and weight, editable. */
import type { Product, Variant } from './api.js';
import { Field } from './ui.js';

/** What the form edits of a variant; the SKU identifies it (the server matches variants by SKU). */
export type VariantRow = { sku: string; amount: string; currency: string; weightKg: string };

/** The admin API shows these too; the editor sends them back unchanged. */
type StoredVariant = Variant & { dimensionsCm?: { length: string; width: string; height: string } | null; barcode?: string | null };

export function variantRowsOf(p: Product): VariantRow[] {
  return p.variants.map((v) => ({ sku: v.sku, amount: v.price.amount, currency: v.price.currency, weightKg: v.weightKg }));
}

/**
 * The `variants` member of a JSON Merge Patch, or undefined when no price or weight changed. A merge
 * patch replaces an array whole, so every variant is sent, in the stored order (the server's field
 * names, `variants[1].price.amount`, count in it), each in the ProductInput shape with what the
 * form does not edit (options, dimensions, barcode) as stored.
 * @example variantsPatch(p.variants, [{ sku: 'ROB-500', amount: '13.00', currency: 'USD', weightKg: '0.5' }])
 * // [{ sku: 'ROB-500', options: {}, price: { amount: '13.00', currency: 'USD' }, weightKg: '0.5', dimensionsCm: null, barcode: null }]
 */
export function variantsPatch(stored: readonly Variant[], rows: readonly VariantRow[]): unknown[] | undefined {
  const changed = rows.some((r, i) => {
    const v = stored[i];
    return !v || v.sku !== r.sku || v.price.amount !== r.amount || v.price.currency !== r.currency || v.weightKg !== r.weightKg;
  });
  if (!changed || rows.length !== stored.length) return undefined;
  return stored.map((raw, i) => {
    const v = raw as StoredVariant;
    const row = rows[i]!;
    return {
      sku: v.sku,
      options: v.options,
      price: { amount: row.amount.trim(), currency: row.currency },
      weightKg: row.weightKg.trim(),
      ...(v.dimensionsCm !== undefined ? { dimensionsCm: v.dimensionsCm } : {}),
      ...(v.barcode !== undefined ? { barcode: v.barcode } : {}),
    };
  });
}

/** The variants table. `errors` holds the server's messages by its field names (`variants[0].weightKg`). */
export function ProductVariants({ product, rows, errors, onChange }: { product: Product; rows: VariantRow[]; errors: Record<string, string>; onChange: (rows: VariantRow[]) => void }) {
  const set = (i: number, change: Partial<VariantRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <section aria-labelledby="variants-title">
      <h2 id="variants-title">Variants</h2>
      {errors.variants && <p className="error field-error">{errors.variants}</p>}
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Options</th>
              <th scope="col">Price</th>
              <th scope="col">Weight (kg)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const options = Object.entries(product.variants[i]?.options ?? {});
              const at = `variants[${i}]`;
              const whole = errors[at] ?? errors[`${at}.sku`];
              const priceError = errors[`${at}.price.amount`] ?? errors[`${at}.price.currency`] ?? errors[`${at}.price`];
              return (
                <tr key={r.sku}>
                  <th scope="row">
                    {r.sku}
                    {whole && <p className="error field-error">{whole}</p>}
                  </th>
                  <td>{options.length > 0 ? options.map(([n, v]) => `${n}: ${v}`).join(', ') : '—'}</td>
                  <td>
                    <Field id={`v-${i}-amount`} label={<span className="visually-hidden">Price of {r.sku}</span>} error={priceError}>
                      {(props) => (
                        <span className="inline">
                          <input {...props} className="num" inputMode="decimal" size={10} value={r.amount} onChange={(e) => set(i, { amount: e.target.value })} />
                          <span>{r.currency}</span>
                        </span>
                      )}
                    </Field>
                  </td>
                  <td>
                    <Field id={`v-${i}-weightKg`} label={<span className="visually-hidden">Weight of {r.sku} in kg</span>} error={errors[`${at}.weightKg`]}>
                      {(props) => <input {...props} className="num" inputMode="decimal" size={8} value={r.weightKg} onChange={(e) => set(i, { weightKg: e.target.value })} />}
                    </Field>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
