import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError, type Api, type Product } from './api.js';
import { HsSuggestions } from './hs-suggestions.js';
import { ProductTranslations, textsOf, translationsPatch, type TextRow } from './product-translations.js';
import { ProductVariants, variantRowsOf, variantsPatch, type VariantRow } from './product-variants.js';
import { formatHs } from './products-page.js';
import { BASE, navigate } from './router.js';

type Form = { title: string; description: string; hsCode: string; originCountry: string; material: string; status: Product['status'] };

function formOf(p: Product): Form {
  return {
    title: p.translations.en?.title ?? '',
    description: p.translations.en?.description ?? '',
    hsCode: formatHs(p.hsCode),
    originCountry: p.originCountry,
    material: p.material ?? '',
    status: p.status,
  };
}

/** English's title and description are edited by the form's first two fields; the rest by the translations section. */
function withEnglish(texts: readonly TextRow[], form: Form): TextRow[] {
  return texts.map((t) => (t.locale === 'en' ? { ...t, title: form.title, description: form.description } : t));
}

/** Only what changed, as a JSON Merge Patch; an emptied optional text is removed (null). */
function patchOf(product: Product, after: Form, texts: readonly TextRow[], variants: readonly VariantRow[]): Record<string, unknown> {
  const before = formOf(product);
  const patch: Record<string, unknown> = {};
  const translations = translationsPatch(textsOf(product), withEnglish(texts, after));
  if (translations) patch.translations = translations;
  const variantList = variantsPatch(product.variants, variants);
  if (variantList) patch.variants = variantList;
  if (after.hsCode !== before.hsCode) patch.hsCode = after.hsCode;
  if (after.originCountry !== before.originCountry) patch.originCountry = after.originCountry.toUpperCase();
  if (after.material !== before.material) patch.material = after.material === '' ? null : after.material;
  if (after.status !== before.status) patch.status = after.status;
  return patch;
}

/** Which form field a server-side field name belongs to. */
const FIELD_OF: Record<string, keyof Form> = { 'translations.en.title': 'title', 'translations.en': 'title', 'translations.en.description': 'description', hsCode: 'hsCode', originCountry: 'originCountry', material: 'material', status: 'status' };

export function ProductEditor({ api, id }: { api: Api; id: string }) {
  const [product, setProduct] = useState<Product | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [texts, setTexts] = useState<TextRow[]>([]);
  const [variants, setVariants] = useState<VariantRow[]>([]);
  /** Every message the server gave, by its field name (`translations.de.title`, `variants[0].price.amount`). */
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const show = (p: Product) => {
    setProduct(p);
    setForm(formOf(p));
    setTexts(textsOf(p));
    setVariants(variantRowsOf(p));
  };
  useEffect(() => {
    api.getProduct(id).then(show, (e: Error) => setLoadError(e.message));
  }, [api, id]);

  if (loadError) return <p role="alert" className="error">{loadError}</p>;
  if (!product || !form) return <p aria-live="polite">Loading…</p>;

  const field = (name: keyof Form, label: string, input: ReactNode) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      {input}
      {errors[name] && (
        <p id={`f-${name}-error`} className="error">
          {errors[name]}
        </p>
      )}
    </div>
  );
  const text = (name: Exclude<keyof Form, 'status'>, extra: Record<string, unknown> = {}, describedBy: string[] = []) => {
    const ids = [...(errors[name] ? [`f-${name}-error`] : []), ...describedBy];
    return <input id={`f-${name}`} name={name} value={form[name]} aria-invalid={errors[name] ? true : undefined} aria-describedby={ids.length > 0 ? ids.join(' ') : undefined} onChange={(e) => setForm({ ...form, [name]: e.target.value })} {...extra} />;
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!product || !form) return;
    const patch = patchOf(product, form, texts, variants);
    setMessage(null);
    setErrors({});
    setServerErrors({});
    if (Object.keys(patch).length === 0) {
      setMessage('Nothing changed.');
      return;
    }
    setSaving(true);
    try {
      show(await api.patchProduct(product.id, patch));
      setMessage('Saved.');
    } catch (e) {
      if (e instanceof ApiError && e.problem.errors) {
        const found: Partial<Record<keyof Form, string>> = {};
        const all: Record<string, string> = {};
        for (const issue of e.problem.errors) {
          const name = FIELD_OF[issue.field];
          if (name) found[name] = issue.message;
          all[issue.field] ??= issue.message;
        }
        setErrors(found);
        setServerErrors(all);
      }
      setMessage((e as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="product-title">
      <p>
        <a
          href={`${BASE}/products`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`${BASE}/products`);
          }}
        >
          ← Products
        </a>
      </p>
      <h1 id="product-title">{product.translations.en?.title ?? product.handle}</h1>
      <div className="editor">
        <form onSubmit={save} noValidate>
          {field('title', 'Title (English)', text('title'))}
          {field('description', 'Description (English)', <textarea id="f-description" name="description" rows={4} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />)}
          {field('hsCode', 'HS code', text('hsCode', { inputMode: 'numeric' }, ['hs-suggestions-title']))}
          {field('originCountry', 'Country of origin', text('originCountry', { maxLength: 2 }))}
          {field('material', 'Material', text('material'))}
          {field(
            'status',
            'Status',
            <select id="f-status" name="status" value={form.status} onChange={(e) => setForm({ ...form, status: e.target.value as Product['status'] })}>
              <option value="draft">draft</option>
              <option value="active">active</option>
              <option value="archived">archived</option>
            </select>,
          )}
          <ProductTranslations texts={texts} errors={serverErrors} onChange={setTexts} />
          <ProductVariants product={product} rows={variants} errors={serverErrors} onChange={setVariants} />
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          {message && (
            <p role="status" className="note">
              {message}
            </p>
          )}
        </form>
        <HsSuggestions
          api={api}
          productId={product.id}
          text={[product.translations.en?.title, product.translations.en?.description].filter(Boolean).join(', ')}
          material={product.material ?? ''}
          category={product.categories[0] ?? ''}
          current={product.hsCode}
          onAccepted={(hs6) => {
            setMessage(`HS code ${formatHs(hs6)} saved and remembered for similar products.`);
            api.getProduct(product.id).then(show, (e: Error) => setMessage(e.message));
          }}
        />
      </div>
    </section>
  );
}
