import { useState, type FormEvent } from 'react';
import { ApiError, type Api, type CatalogImportSummary } from './api.js';
import { refusalOf } from './ui.js';

type Format = 'csv' | 'json';

/** The extension decides, as on the server; anything else is taken for CSV. */
function formatOf(name: string): Format {
  return /\.json$/i.test(name) ? 'json' : 'csv';
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Bulk import of products and variants from a CSV or JSON file (the same files as
 * `npx landfall catalog import`): the progress of the batches as they commit, then what was
 * inserted, updated and left unchanged, and every refused row with its line and column.
 */
export function CatalogImport({ api, onImported }: { api: Api; onImported?: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('csv');
  const [dryRun, setDryRun] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<CatalogImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setError('Choose a CSV or JSON file to import.');
    setBusy(true);
    setError(null);
    setSummary(null);
    setProgress(null);
    try {
      await api.importCatalog(file, { format, dryRun, name: file.name }, (e) => {
        if (e.type === 'progress') setProgress({ done: e.done, total: e.total });
        else if (e.type === 'summary') {
          const { type: _type, ...rest } = e;
          setSummary(rest);
        } else setError(`${e.message} (${e.code}; ${count(e.done)} of ${count(e.total)} products were written and are kept: import the same file again to finish)`);
      });
      if (!dryRun) onImported?.();
    } catch (e) {
      const refusal = refusalOf(e);
      // An unusable file names its first bad lines: show a few so the operator knows where to look.
      const details = e instanceof ApiError ? (e.problem.errors ?? []) : [];
      setError([refusal.message, ...details.slice(0, 5).map((d) => `${d.field}: ${d.message}`)].join(' — '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="catalog-import-title" className="catalog-import">
      <h2 id="catalog-import-title">Import products</h2>
      <p className="hint">
        One CSV row per variant (columns as in <code>npx landfall catalog import --help</code>), or a JSON array of products. Products are matched by handle and variants by SKU, so importing the same file again changes nothing.
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="catalog-file">Catalog file</label>
          <input
            id="catalog-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen) setFormat(formatOf(chosen.name));
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="catalog-format">Format</label>
          <select id="catalog-format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="csv">CSV</option>
            <option value="json">JSON</option>
          </select>
        </div>
        <div className="field">
          <input id="catalog-dry-run" type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <label htmlFor="catalog-dry-run">Check only (dry run)</label>
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>

      {progress && (
        <div className="field">
          <label htmlFor="catalog-progress">Progress</label>
          <progress id="catalog-progress" max={progress.total} value={progress.done} />
          <p aria-live="polite" data-testid="catalog-progress-text">
            {count(progress.done)} of {count(progress.total)} products
          </p>
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {summary && <Summary summary={summary} />}
    </section>
  );
}

function Summary({ summary }: { summary: CatalogImportSummary }) {
  const rows = summary.format === 'csv' ? 'rows' : 'elements';
  return (
    <div role="status" aria-labelledby="catalog-summary-title">
      <h3 id="catalog-summary-title">{summary.dryRun ? 'Dry run: nothing was written' : 'Import finished'}</h3>
      <p>
        {count(summary.read.products)} products in {count(summary.read.rows)} {rows} read ({summary.format}).
      </p>
      {summary.dryRun ? (
        <p>
          {count(summary.valid.products)} products with {count(summary.valid.variants)} variants would be imported.
        </p>
      ) : (
        <table>
          <caption className="visually-hidden">What the import wrote</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Inserted</th>
              <th scope="col">Updated</th>
              <th scope="col">Unchanged</th>
            </tr>
          </thead>
          <tbody>
            {(['products', 'variants'] as const).map((what) => (
              <tr key={what}>
                <th scope="row">{what === 'products' ? 'Products' : 'Variants'}</th>
                <td>{count(summary[what].inserted)}</td>
                <td>{count(summary[what].updated)}</td>
                <td>{count(summary[what].unchanged)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Refused: {count(summary.rejected.products)} products ({count(summary.rejected.rows)} {rows}).
      </p>
      {summary.errors.length > 0 && (
        <table aria-label="Refused rows">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {summary.errors.map((e, i) => (
              <tr key={`${e.line}-${i}`}>
                <td>{e.line}</td>
                <td>{e.field ?? ''}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
