import { useEffect, useState } from 'react';
import type { Api, ImportRun } from './api.js';
import { formatDateTime } from './format.js';
import { Alert, useLoad, useTitle } from './ui.js';

const KINDS = ['hs', 'uk-tariff', 'uk-commodities', 'us-hts', 'ecb'] as const;

/**
 * Reference-data imports (`landfall data import ...` and the ECB refresh): where each came from,
 * its progress while it runs (refreshed every two seconds), what it wrote, and the first rows it
 * rejected with their line and field.
 */
export function ImportsPage({ api }: { api: Api }) {
  useTitle('Data imports');
  const [kind, setKind] = useState('');
  const runs = useLoad(() => api.listImportRuns(kind ? { kind } : {}), [api, kind]);
  const running = runs.data?.items.some((r) => r.status === 'running') ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(runs.reload, 2_000);
    return () => clearInterval(timer);
  }, [running, runs.reload]);
  return (
    <section aria-labelledby="imports-title">
      <h1 id="imports-title">Data imports</h1>
      <p className="hint">
        Run an import on the server with <code>npx landfall data import KIND FILE-OR-URL</code>; it shows here as it goes.
      </p>
      <label htmlFor="import-kind">Kind</label>
      <select id="import-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
        <option value="">All kinds</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      {runs.error && <Alert>{runs.error}</Alert>}
      {runs.data && runs.data.items.length === 0 && <p>No imports yet.</p>}
      {runs.data && runs.data.items.length > 0 && (
        <table className="imports">
          <caption className="visually-hidden">Import runs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Source</th>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Inserted</th>
              <th scope="col">Updated</th>
              <th scope="col">Unchanged</th>
              <th scope="col">Skipped</th>
              <th scope="col">Rejected</th>
            </tr>
          </thead>
          <tbody>
            {runs.data.items.map((run) => (
              <RunRow key={run.id} run={run} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Rows to write: what was read, less what was skipped or rejected before writing. */
function toWrite(run: ImportRun): number {
  return Math.max(0, run.rowsRead - run.skipped - run.rejected);
}

function RunRow({ run }: { run: ImportRun }) {
  const total = toWrite(run);
  const done = Math.min(run.written, total);
  return (
    <>
      <tr data-run={run.id}>
        <td>{run.kind}</td>
        <td>
          <code title={`SHA-256 ${run.sha256}, ${run.byteSize} bytes`}>{run.source}</code>
        </td>
        <td>{formatDateTime(run.startedAt)}</td>
        <td>{run.status === 'failed' ? `failed: ${run.failure ?? ''}` : run.status}</td>
        <td>
          <progress max={total || 1} value={run.status === 'succeeded' ? total || 1 : done} aria-label={`${run.kind} import progress`} /> {done} of {total}
        </td>
        <td>{run.inserted}</td>
        <td>{run.updated}</td>
        <td>{run.unchanged}</td>
        <td>{run.skipped}</td>
        <td>{run.rejected}</td>
      </tr>
      {run.errors.length > 0 && (
        <tr>
          <td colSpan={10}>
            <details>
              <summary>
                {run.rejected} rejected {run.rejected === 1 ? 'row' : 'rows'}
                {run.errors.length < run.rejected ? ` (the first ${run.errors.length})` : ''}
              </summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Line</th>
                    <th scope="col">Field</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {run.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.line}</td>
                      <td>{e.field ?? ''}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </td>
        </tr>
      )}
    </>
  );
}
