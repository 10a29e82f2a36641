/// <reference types="vite/client" />
import { useMemo, useState } from 'react';
import { createApi } from './api.js';
import { signOutSession } from './session.js';
import { Shell } from './shell.js';
import { SignIn } from './sign-in.js';

const KEY = 'landfall.admin.key';

/** The admin: signed in with a password session or an admin API key (kept for this browser tab only), then the screens. */
export function App() {
  const [key, setKey] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const api = useMemo(() => (key ? createApi(key) : undefined), [key]);
  const signOut = () => {
    if (key) void signOutSession(key);
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
  return <Shell api={api} onSignOut={signOut} />;
}
