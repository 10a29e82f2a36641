/** Small building blocks shared by the admin screens: links, fields with their messages, loading. */
import { useCallback, useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { ApiError } from './api.js';
import { navigate } from './router.js';

/** A link inside the admin: a real href (open in a new tab works), navigated in place on a plain click. */
export function Link({ to, children, className, current }: { to: string; children: ReactNode; className?: string; current?: boolean }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}

export type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

/**
 * A labelled form control with its hint and, when the server or the form refused the value, the
 * message right under it, tied to the control with aria-describedby and aria-invalid.
 */
export function Field({ id, label, error, hint, children, className }: { id: string; label: ReactNode; error?: string | undefined; hint?: ReactNode; children: (props: ControlProps) => ReactNode; className?: string }) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A refusal as the form shows it: a message per form field (by the server's field names) and the whole message. */
export type Refusal = { fields: Record<string, string>; message: string };

/**
 * Sort a failed call's problem into form fields: `fieldOf` maps a server field (`lines[0].quantity`,
 * `pricing.rounding.mode`) to a form field, or undefined when the form has no such field.
 */
export function refusalOf(e: unknown, fieldOf: (serverField: string) => string | undefined = (f) => f): Refusal {
  if (!(e instanceof ApiError)) return { fields: {}, message: e instanceof Error ? `The server could not be reached (${e.message}).` : 'The server could not be reached.' };
  const fields: Record<string, string> = {};
  for (const issue of e.problem.errors ?? []) {
    const name = fieldOf(issue.field);
    if (name && !fields[name]) fields[name] = issue.message;
  }
  return { fields, message: e.message };
}

export function Alert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="error">
      {children}
    </p>
  );
}

/** `error` is the failure's message; `failure` the failure itself (an ApiError names fields). */
export type Loaded<T> = { data: T | undefined; error: string | null; failure: unknown; loading: boolean; reload: () => void; replace: (value: T) => void };

/** Load with `load` whenever `deps` change; an answer that arrives after a newer request started is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    setFailure(null);
    load().then(
      (value) => {
        if (call !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (e: unknown) => {
        if (call !== latest.current) return;
        setFailure(e ?? new Error('failed'));
        setLoading(false);
      },
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const replace = useCallback((value: T) => {
    latest.current++;
    setData(value);
    setFailure(null);
    setLoading(false);
  }, []);
  const error = failure === null ? null : failure instanceof Error ? failure.message : String(failure);
  return { data, error, failure, loading, reload, replace };
}

/** Sets the tab's title while a screen is shown. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Landfall admin`;
  }, [title]);
}

/**
 * Keyset pages shown one at a time: the cursors of the pages before are kept so Previous works
 * without the API going backwards.
 */
export function usePager(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: Array<string | null> }>({ key: resetKey, stack: [null] });
  // A new filter starts again at the first page, in the same render (no request with a stale cursor).
  const stack = state.key === resetKey ? state.stack : [null];
  return {
    cursor: stack[stack.length - 1] ?? null,
    page: stack.length,
    next: (cursor: string) => setState({ key: resetKey, stack: [...stack, cursor] }),
    previous: () => setState({ key: resetKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}

export function Pager({ label, page, hasNext, onNext, onPrevious }: { label: string; page: number; hasNext: boolean; onNext: () => void; onPrevious: () => void }) {
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" onClick={onPrevious} disabled={page <= 1}>
        Previous page
      </button>
      <span aria-live="polite">Page {page}</span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        Next page
      </button>
    </nav>
  );
}

/** A list's status filter, kept in the address (`path?status=...`): all statuses, then each in words. */
export function StatusFilter<S extends string>({ id, path, value, statuses, words }: { id: string; path: string; value: string; statuses: readonly S[]; words: (status: S) => string }) {
  return (
    <div className="inline">
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(e) => navigate(`${path}${e.target.value ? `?status=${e.target.value}` : ''}`)}>
        <option value="">All statuses</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {words(s)}
          </option>
        ))}
      </select>
    </div>
  );
}
