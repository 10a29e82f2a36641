import { useState, type FormEvent } from 'react';
import { ApiError, createApi } from './api.js';

/** Sign in with an admin API key (`lf_...`), checked against the API before it is kept. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const k = key.trim();
    if (!/^lf_[A-Za-z0-9]+_[A-Za-z0-9_-]+$/.test(k)) {
      setError('An API key looks like lf_xxxxxxxx_…: paste the admin key printed when the store first started.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await createApi(k).listProducts({ limit: 1 });
      onSignedIn(k);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
    } finally {
      setBusy(false);
    }
  }
  return (
    <main className="sign-in">
      <h1>Landfall admin</h1>
      <form onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        <label htmlFor="api-key">Admin API key</label>
        <input id="api-key" name="api-key" type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} required />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        {error && (
          <p id="sign-in-error" role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <p className="hint">
        Lost the key? <code>npx landfall keys create --name ops --scope admin</code> on the server makes another.
      </p>
    </main>
  );
}
