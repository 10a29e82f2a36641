import { useMemo, useState } from 'react';
import { createApi } from './api.js';
import { ProductEditor } from './product-editor.js';
import { ProductsPage } from './products-page.js';
import { BASE, navigate, usePath } from './router.js';
import { SignIn } from './sign-in.js';

const KEY = 'landfall.admin.key';

/** The admin: signed in with an admin API key (kept for this browser tab only), then the catalog. */
export function App() {
  const [key, setKey] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const api = useMemo(() => (key ? createApi(key) : undefined), [key]);
  const path = usePath();
  const signOut = () => {
    sessionStorage.removeItem(KEY);
    setKey(null);
  };
  if (!api) {
    return (
      <SignIn
        onSignedIn={(k) => {
          sessionStorage.setItem(KEY, k);
          setKey(k);
        }}
      />
    );
  }
  const productId = path.match(/^\/admin\/products\/([^/]+)$/)?.[1];
  return (
    <>
      <header className="bar">
        <strong>Landfall admin</strong>
        <nav aria-label="Main">
          <a
            href={`${BASE}/products`}
            onClick={(e) => {
              e.preventDefault();
              navigate(`${BASE}/products`);
            }}
          >
            Products
          </a>
          <a href="/docs">API reference</a>
        </nav>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>{productId ? <ProductEditor api={api} id={decodeURIComponent(productId)} /> : <ProductsPage api={api} />}</main>
    </>
  );
}
