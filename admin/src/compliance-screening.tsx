import { useState, type FormEvent } from 'react';
import { ApiError } from './api.js';
import type { SanctionsEdition, ScreeningAnswer, ScreeningInput } from './api-types.js';
import { problemText, screeningDecisionWords, type ComplianceApi } from './compliance-api.js';
import { MatchesTable } from './compliance-matches.js';
import { ScreeningHistory } from './compliance-screening-history.js';
import { formatDateTime } from './format.js';
import { Alert, Field, useLoad } from './ui.js';

type Draft = { name: string; country: string; type: '' | 'individual' | 'entity' };
type FormField = keyof Draft;
type Refusal = { fields: Partial<Record<FormField, string>>; message: string };

/** Active editions first, then the newest import first. */
function byActiveThenNewest(a: SanctionsEdition, b: SanctionsEdition): number {
  return Number(b.active) - Number(a.active) || b.importedAt.localeCompare(a.importedAt) || a.kind.localeCompare(b.kind);
}

/**
 * The denied-party list editions imported (the active one of each kind is what checkout screens
 * against), a name screened on demand (the decision and each matching entry with why), and the
 * history of every screening recorded.
 */
export function ComplianceScreening({ compliance, say }: { compliance: ComplianceApi; say: (text: string) => void }) {
  const lists = useLoad(() => compliance.listEditions(), [compliance]);
  // A name screened here is recorded: the history is loaded again to show it.
  const [screened, setScreened] = useState(0);
  const editions = [...(lists.data?.items ?? [])].sort(byActiveThenNewest);
  const active = editions.filter((e) => e.active).length;
  return (
    <section aria-labelledby="compliance-lists-title">
      <h2 id="compliance-lists-title">Denied-party lists</h2>
      <p className="hint">
        Lists are imported on the server with <code>landfall data import sanctions &lt;kind&gt; &lt;file or folder&gt;</code> (kinds: csl, ofac-sdn, ofac-non-sdn, un, eu, uk). A new edition replaces the active one of its kind in one step; earlier editions are kept because each screening records the editions it used.
      </p>
      {lists.error && <Alert>{problemText(lists.failure)}</Alert>}
      <div className="inline">
        <p data-testid="compliance-lists-summary">
          {lists.loading && !lists.data ? 'Loading the lists…' : active === 0 ? 'No list is active: checkout screens nobody.' : `${active} ${active === 1 ? 'list is' : 'lists are'} active: checkout screens every consignee against ${active === 1 ? 'it' : 'them'}.`}
        </p>
        <button type="button" onClick={lists.reload} disabled={lists.loading}>
          Reload the lists
        </button>
      </div>
      {editions.length > 0 && (
        <div className="scroll">
          <table>
            <caption className="visually-hidden">Imported list editions, the active ones first</caption>
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col">Edition</th>
                <th scope="col">In use</th>
                <th scope="col" className="num">
                  Entries
                </th>
                <th scope="col" className="num">
                  Names
                </th>
                <th scope="col">Imported</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {editions.map((e) => (
                <tr key={e.id} data-edition={e.id} data-kind={e.kind}>
                  <th scope="row">
                    <code>{e.kind}</code>
                  </th>
                  <td>{e.edition ?? 'not dated'}</td>
                  <td>{e.active ? <strong>Active</strong> : 'Replaced'}</td>
                  <td className="num">{e.entries}</td>
                  <td className="num">{e.names}</td>
                  <td>{formatDateTime(e.importedAt)}</td>
                  <td className="hint" style={{ overflowWrap: 'anywhere', fontSize: '0.8em' }}>
                    {e.source}
                    <br />
                    <span title="SHA-256 of the imported files">sha256 {e.sha256.slice(0, 12)}…</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ScreenName compliance={compliance} say={say} onScreened={() => setScreened((n) => n + 1)} />
      <ScreeningHistory compliance={compliance} version={screened} />
    </section>
  );
}

function ScreenName({ compliance, say, onScreened }: { compliance: ComplianceApi; say: (text: string) => void; onScreened: () => void }) {
  const [draft, setDraft] = useState<Draft>({ name: '', country: '', type: '' });
  const [answer, setAnswer] = useState<{ query: string; result: ScreeningAnswer } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function screen(e: FormEvent) {
    e.preventDefault();
    if (draft.name.trim() === '') return setRefusal({ fields: { name: 'Write the name to screen.' }, message: 'Nothing was screened: the name is missing.' });
    setBusy(true);
    setRefusal(null);
    const body: ScreeningInput = { name: draft.name.trim(), ...(draft.country.trim() ? { country: draft.country.trim() } : {}), ...(draft.type ? { type: draft.type } : {}) };
    try {
      const result = await compliance.screen(body);
      setAnswer({ query: body.name, result });
      const n = result.matches.length;
      say(`Screened “${body.name}”: ${screeningDecisionWords(result.decision)}${n > 0 ? ` (${n} ${n === 1 ? 'entry' : 'entries'})` : ''}.`);
      onScreened();
    } catch (error) {
      setAnswer(null);
      const fields: Refusal['fields'] = {};
      if (error instanceof ApiError && error.problem.status === 400) for (const issue of error.problem.errors ?? []) if (issue.field in draft) fields[issue.field as FormField] ??= issue.message;
      setRefusal({ fields, message: error instanceof ApiError && error.problem.code === 'NO_LISTS' ? 'Nothing was screened: no denied-party list has been imported yet.' : problemText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form className="inline-form card" onSubmit={(e) => void screen(e)} noValidate aria-labelledby="compliance-screen-title">
        <h3 id="compliance-screen-title" style={{ flexBasis: '100%' }}>
          Screen a name
        </h3>
        <p className="hint" style={{ flexBasis: '100%', margin: 0 }}>
          Against every active list, as checkout does. The screening is recorded with the editions it used.
        </p>
        {refusal && (
          <div style={{ flexBasis: '100%' }}>
            <Alert>{refusal.message}</Alert>
          </div>
        )}
        <Field id="compliance-screen-name" label="Name" error={refusal?.fields.name}>
          {(p) => <input {...p} className="wide" autoComplete="off" value={draft.name} onChange={(e) => set('name', e.target.value)} />}
        </Field>
        <Field id="compliance-screen-country" label="Country (optional)" error={refusal?.fields.country} hint="ISO code or English name">
          {(p) => <input {...p} autoComplete="off" value={draft.country} onChange={(e) => set('country', e.target.value)} />}
        </Field>
        <Field id="compliance-screen-type" label="Type" error={refusal?.fields.type}>
          {(p) => (
            <select {...p} value={draft.type} onChange={(e) => set('type', e.target.value as Draft['type'])}>
              <option value="">Person or company</option>
              <option value="individual">Person</option>
              <option value="entity">Company or organisation</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={busy}>
          Screen
        </button>
      </form>
      {answer && <ScreeningResult query={answer.query} result={answer.result} />}
    </>
  );
}

function ScreeningResult({ query, result }: { query: string; result: ScreeningAnswer }) {
  return (
    <section aria-labelledby="compliance-result-title" className="card" data-testid="screening-result">
      <h3 id="compliance-result-title">“{query}”</h3>
      <p>
        Decision: <strong data-testid="screening-decision">{screeningDecisionWords(result.decision)}</strong>
      </p>
      <p className="hint">Screened against {result.editions.map((e) => `${e.kind}${e.edition ? ` (${e.edition})` : ''}`).join(', ')}.</p>
      {result.matches.length > 0 && (
        <MatchesTable matches={result.matches} caption="Listed entries that match" />
      )}
    </section>
  );
}
