/** Pieces the report screens share: a range form kept in the address, and a CSV download button. */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { downloadDocument } from './documents-api.js';
import { csvUrl } from './reports-api.js';
import { navigate } from './router.js';
import { problemText } from './risk-api.js';
import { Field, type Refusal } from './ui.js';

/**
 * A form of named text inputs whose values go into the address (`path?name=value`, with `keep`'s
 * parameters) on submit, so that a report can be linked to and Back works. A refusal is shown next to the field it names.
 */
export function QueryForm({ path, label, fields, values, keep = {}, refusal, children }: { path: string; label: string; fields: Array<{ name: string; label: string; type?: string; hint?: string; placeholder?: string }>; values: Record<string, string>; keep?: Record<string, string>; refusal: Refusal | null; children?: ReactNode }) {
  const [form, setForm] = useState(values);
  const key = JSON.stringify(values);
  useEffect(() => setForm(values), [key]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...keep, ...form })) if (v) q.set(k, v);
    navigate(`${path}${q.size > 0 ? `?${q}` : ''}`);
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-label={label}>
      {children}
      {fields.map((f) => (
        <Field key={f.name} id={`report-${f.name}`} label={f.label} hint={f.hint} error={refusal?.fields[f.name]}>
          {(p) => <input {...p} type={f.type ?? 'text'} name={f.name} placeholder={f.placeholder} value={form[f.name] ?? ''} onChange={(e) => setForm({ ...form, [f.name]: e.target.value })} />}
        </Field>
      ))}
      <button type="submit">Show</button>
    </form>
  );
}

/** Download a report (its API URL) as CSV with the tab's key; says what happened. */
export function CsvButton({ url, filename, label = 'Download CSV' }: { url: string; filename: string; label?: string }) {
  const [state, setState] = useState<{ busy: boolean; said: string }>({ busy: false, said: '' });
  const get = async () => {
    setState({ busy: true, said: '' });
    try {
      await downloadDocument({ url: csvUrl(url), filename });
      setState({ busy: false, said: `${filename} downloaded.` });
    } catch (e) {
      setState({ busy: false, said: problemText(e) });
    }
  };
  return (
    <span className="inline">
      <button type="button" onClick={() => void get()} disabled={state.busy} aria-busy={state.busy} data-csv={url}>
        {label}
      </button>
      <span role="status" className="hint">
        {state.said}
      </span>
    </span>
  );
}

/** An API amount as a number for a chart bar's length only (the figures shown are the exact strings). */
export function barValue(amount: string): number {
  return Math.abs(Number(amount));
}
