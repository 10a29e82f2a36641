import { useEffect, useState, type FormEvent } from 'react';
import type { Api, Product } from './api.js';
import { CatalogImport } from './catalog-import.js';
import { BASE, navigate } from './router.js';

export function formatHs(code: string): string {
  return code.length === 6 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}

/** The catalog: newest first, searchable, a page at a time. */
export function ProductsPage({ api }: { api: Api }) {
  const [items, setItems] = useState<Product[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [importing, setImporting] = useState(false);

  async function load(from: string | null, q: string, append: boolean) {
    setLoading(true);
    setError(null);
    try {
      const page = await api.listProducts({ cursor: from, q });
      setItems((old) => (append ? [...old, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }
  useEffect(() => {
    void load(null, search, false);
  }, [search]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(query.trim());
  };
  return (
    <section aria-labelledby="products-title">
      <h1 id="products-title">Products</h1>
      <button type="button" aria-expanded={importing} aria-controls="catalog-import" onClick={() => setImporting((open) => !open)}>
        Import products
      </button>
      {importing && (
        <div id="catalog-import">
          <CatalogImport api={api} onImported={() => void load(null, search, false)} />
        </div>
      )}
      <form role="search" onSubmit={submit} className="inline">
        <label htmlFor="product-search">Search</label>
        <input id="product-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">HS code</th>
            <th scope="col">Origin</th>
            <th scope="col">Status</th>
            <th scope="col">Variants</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <td>
                <a
                  href={`${BASE}/products/${p.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`${BASE}/products/${p.id}`);
                  }}
                >
                  {p.translations.en?.title ?? p.handle}
                </a>
              </td>
              <td>{formatHs(p.hsCode)}</td>
              <td>{p.originCountry}</td>
              <td>{p.status}</td>
              <td>{p.variants.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 && !error && <p>No products{search ? ` match “${search}”` : ''}.</p>}
      {loading && <p aria-live="polite">Loading…</p>}
      {cursor && !loading && (
        <button type="button" onClick={() => void load(cursor, search, true)}>
          More products
        </button>
      )}
    </section>
  );
}
