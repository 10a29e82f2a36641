import { useState, type FormEvent } from 'react';
import { ApiError, createApi } from './api.js';
import { signInWithPassword } from './session.js';

/**
 * Sign in as an admin user (email and password: a 12-hour session) or with an admin API key
 * (`lf_...`). Either way the token is checked against the API before it is kept.
 */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  return (
    <main className="sign-in">
      <h1>Landfall admin</h1>
      <PasswordForm onSignedIn={onSignedIn} />
      <KeyForm onSignedIn={onSignedIn} />
    </main>
  );
}

function PasswordForm({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signInWithPassword(email.trim(), password);
      onSignedIn(session.token);
    } catch (e) {
      if (e instanceof ApiError) setError({ field: e.problem.errors?.[0]?.field, message: e.problem.code === 'VALIDATION_FAILED' ? (e.problem.errors?.[0]?.message ?? e.message) : e.message });
      else setError({ field: undefined, message: 'The server could not be reached.' });
    } finally {
      setBusy(false);
    }
  }
  const invalid = (field: string) => (error && (error.field === field || (field === 'password' && error.field === undefined)) ? true : undefined);
  return (
    <form onSubmit={submit} aria-labelledby="password-sign-in" aria-describedby={error ? 'password-error' : undefined}>
      <h2 id="password-sign-in">With your account</h2>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required aria-invalid={invalid('email')} />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required aria-invalid={invalid('password')} />
      <button type="submit" disabled={busy}>
        Log in to the admin
      </button>
      {error && (
        <p id="password-error" role="alert" className="error">
          {error.message}
        </p>
      )}
      <p className="hint">
        New users are added by an owner, or on the server: <code>npx landfall users create --email … --name … --role owner</code> (the password on standard input).
      </p>
    </form>
  );
}

function KeyForm({ onSignedIn }: { onSignedIn: (key: string) => void }) {
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
    <form onSubmit={submit} aria-labelledby="key-sign-in" aria-describedby={error ? 'sign-in-error' : undefined}>
      <h2 id="key-sign-in">With an API key</h2>
      <label htmlFor="api-key">Admin API key</label>
      <input id="api-key" name="api-key" type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} required aria-invalid={error ? true : undefined} />
      <button type="submit" disabled={busy}>
        Sign in
      </button>
      {error && (
        <p id="sign-in-error" role="alert" className="error">
          {error}
        </p>
      )}
      <p className="hint">
        Lost the key? <code>npx landfall keys create --name ops --scope admin</code> on the server makes another.
      </p>
    </form>
  );
}
