import { useState, type FormEvent } from 'react';
import { createCaller } from './api.js';
import { formatDateTime } from './format.js';
import { Alert, Pager, useLoad, usePager, useTitle } from './ui.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

export type AuditEntry = {
  id: string;
  at: string;
  actor: { kind: 'user' | 'api_key'; name: string; keyId: string | null; userId: string | null; role: string | null };
  action: string;
  entity: { type: string; id: string | null };
  method: string;
  path: string;
  status: number;
  outcome: 'succeeded' | 'refused';
  before: unknown;
  after: unknown;
  requestId: string | null;
  ip: string | null;
};
type AuditPage = { items: AuditEntry[]; nextCursor: string | null };
type Filters = { entityType: string; entityId: string; actor: string; from: string; to: string };

const EMPTY: Filters = { entityType: '', entityId: '', actor: '', from: '', to: '' };

function listAuditLog(filters: Filters, cursor: string | null): Promise<AuditPage> {
  const call = createCaller(sessionStorage.getItem(TAB_KEY) ?? '');
  const q = new URLSearchParams({ limit: '25' });
  for (const [k, v] of Object.entries(filters)) if (v.trim() !== '') q.set(k, v.trim());
  if (cursor) q.set('cursor', cursor);
  return call<AuditPage>('GET', `/v1/admin/audit-log?${q.toString()}`);
}

/** One changed value: where in the entity (a.b[0].c), and what it was before and after. */
export type Change = { path: string; before: unknown; after: unknown };

const MISSING = Symbol('missing');

function flatten(value: unknown, path: string, into: Map<string, unknown>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [`${path}[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [path ? `${path}.${k}` : k, v] as const);
    if (entries.length === 0) into.set(path, value);
    for (const [p, v] of entries) flatten(v, p, into);
    return;
  }
  into.set(path, value);
}

/** What differs between two snapshots, leaf by leaf, in the order the fields first appear. */
export function diffSnapshots(before: unknown, after: unknown): Change[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  if (before !== null && before !== undefined) flatten(before, '', a);
  if (after !== null && after !== undefined) flatten(after, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .map((path) => ({ path: path || '(value)', before: a.has(path) ? a.get(path) : MISSING, after: b.has(path) ? b.get(path) : MISSING }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after) || (c.before === MISSING) !== (c.after === MISSING))
    .map((c) => ({ path: c.path, before: c.before === MISSING ? undefined : c.before, after: c.after === MISSING ? undefined : c.after }));
}

function shown(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const ROLE_WORDS: Record<string, string> = { owner: 'owner', operator: 'operator', read_only: 'read-only' };

/**
 * The audit log (owner only): every admin change, newest first, with who made it, what it was,
 * and what changed in the entity; filters by entity, actor and dates.
 */
export function AuditPage() {
  useTitle('Audit log');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const pager = usePager(JSON.stringify(filters));
  const page = useLoad(() => listAuditLog(filters, pager.cursor), [filters, pager.cursor]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const field = (name: keyof Filters, label: string, type = 'text') => (
    <div>
      <label htmlFor={`audit-${name}`}>{label}</label>
      <input id={`audit-${name}`} type={type} value={draft[name]} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
    </div>
  );
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit log</h1>
      <p className="hint">Every change made through the admin or the API with an admin key, and every attempt a role refused. Passwords, keys and secrets are never kept.</p>
      <form role="search" aria-label="Filter the audit log" onSubmit={submit} className="inline">
        {field('entityType', 'Entity type')}
        {field('entityId', 'Entity id')}
        {field('actor', 'Who (email, key name or id)')}
        {field('from', 'From', 'date')}
        {field('to', 'Before', 'date')}
        <button type="submit">Show</button>
      </form>
      {page.error && <Alert>{page.error}</Alert>}
      {page.data && page.data.items.length === 0 && <p>No changes match.</p>}
      {page.data && page.data.items.length > 0 && (
        <table className="audit">
          <caption className="visually-hidden">Admin changes, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Entity</th>
              <th scope="col">Outcome</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {page.data.items.map((entry) => (
              <EntryRow key={entry.id} entry={entry} />
            ))}
          </tbody>
        </table>
      )}
      {page.data && <Pager label="Audit log" page={pager.page} hasNext={page.data.nextCursor !== null} onNext={() => page.data?.nextCursor && pager.next(page.data.nextCursor)} onPrevious={pager.previous} />}
    </section>
  );
}

function EntryRow({ entry }: { entry: AuditEntry }) {
  const changes = entry.outcome === 'succeeded' ? diffSnapshots(entry.before, entry.after) : [];
  return (
    <tr data-entry={entry.id}>
      <td>{formatDateTime(entry.at)}</td>
      <td>
        {entry.actor.name}
        <br />
        <span className="hint">
          {entry.actor.kind === 'user' ? 'signed in' : 'API key'}
          {entry.actor.role ? `, ${ROLE_WORDS[entry.actor.role] ?? entry.actor.role}` : ''}
        </span>
      </td>
      <td>
        <code>{entry.action}</code>
        <br />
        <span className="hint">
          {entry.method} {entry.path}
        </span>
      </td>
      <td>
        {entry.entity.type}
        {entry.entity.id ? (
          <>
            {' '}
            <code>{entry.entity.id}</code>
          </>
        ) : null}
      </td>
      <td>{entry.outcome === 'refused' ? `refused (${entry.status})` : `done (${entry.status})`}</td>
      <td>
        {entry.outcome === 'refused' ? (
          'nothing changed'
        ) : changes.length === 0 ? (
          'no field changed'
        ) : (
          <details>
            <summary>
              {changes.length} {changes.length === 1 ? 'field' : 'fields'}
            </summary>
            <table className="diff">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.path}>
                    <td>
                      <code>{c.path}</code>
                    </td>
                    <td>
                      <del>{shown(c.before)}</del>
                    </td>
                    <td>
                      <ins>{shown(c.after)}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </td>
    </tr>
  );
}
