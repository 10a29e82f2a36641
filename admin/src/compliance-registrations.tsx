import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from './api.js';
import type { Registration, RegistrationInput } from './api-types.js';
import { checkedWords, problemText, SCHEME_INFO, schemeName, SCHEMES, type ComplianceApi } from './compliance-api.js';
import { todayUtc } from './format.js';
import { Alert, Field, useLoad } from './ui.js';

type Draft = { scheme: string; number: string; region: string; validFrom: string; validTo: string; note: string };
type FormField = 'scheme' | 'number' | 'region' | 'validFrom' | 'validTo' | 'note';
type Refusal = { fields: Partial<Record<FormField, string>>; message: string };

/** The form's controls by the server's field names, in the order they are shown. */
const CONTROL_IDS: Record<FormField, string> = {
  scheme: 'compliance-reg-scheme',
  number: 'compliance-reg-number',
  region: 'compliance-reg-region',
  validFrom: 'compliance-reg-valid-from',
  validTo: 'compliance-reg-valid-to',
  note: 'compliance-reg-note',
};
const FORM_FIELDS = new Set<string>(Object.keys(CONTROL_IDS));
const emptyDraft = (): Draft => ({ scheme: 'EORI', number: '', region: '', validFrom: todayUtc(), validTo: '', note: '' });

/** The body as the API takes it: optional fields left empty are left out; a state only for US permits. */
function bodyOf(d: Draft): RegistrationInput {
  return {
    scheme: d.scheme,
    number: d.number,
    validFrom: d.validFrom,
    // Left out when empty, so the server says that the state is missing rather than malformed.
    ...(d.scheme === 'US_SALES_TAX' && d.region.trim() ? { region: d.region.trim().toUpperCase() } : {}),
    ...(d.validTo ? { validTo: d.validTo } : {}),
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
  };
}

/** A 400 puts each message under its field; a 409 (the number is already registered) and the rest are alerts. */
function refusalOf(e: unknown): Refusal {
  if (!(e instanceof ApiError) || e.problem.status !== 400) return { fields: {}, message: problemText(e) };
  const fields: Refusal['fields'] = {};
  const elsewhere: string[] = [];
  for (const issue of e.problem.errors ?? []) {
    if (FORM_FIELDS.has(issue.field)) fields[issue.field as FormField] ??= issue.message;
    else elsewhere.push(`${issue.field}: ${issue.message}`);
  }
  const marked = Object.keys(fields).length > 0;
  return { fields, message: [marked ? 'The registration was not added: see the fields marked below.' : problemText(e), ...elsewhere].join(' ') };
}

const label = (r: Registration) => `${r.scheme}${r.region ? ` ${r.region}` : ''} ${r.number}`;

/**
 * The registrations the store holds, used by checkout's quotes on their dates, and a form to add
 * one: the number is checked for its scheme by the server, a check digit where the scheme has one.
 */
export function ComplianceRegistrations({ compliance, say, onChanged }: { compliance: ComplianceApi; say: (text: string) => void; onChanged: () => void }) {
  const list = useLoad(() => compliance.listRegistrations(), [compliance]);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  // The server says how a number was checked only in the answer to its addition.
  const [checked, setChecked] = useState<Record<string, Registration['checked']>>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    setFailure(null);
    try {
      const added = await compliance.addRegistration(bodyOf(draft));
      setChecked((c) => ({ ...c, [added.id]: added.checked }));
      say(`Added ${schemeName(added.scheme)} ${added.number}${added.region ? ` (${added.region})` : ''}: ${checkedWords(added.checked)}. Quotes use it from ${added.validFrom}.`);
      setDraft((d) => ({ ...emptyDraft(), scheme: d.scheme }));
      list.reload();
      onChanged();
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(false);
    }
  }

  // A refused field takes the focus, so its message (tied to it) is read out with it.
  useEffect(() => {
    const first = (Object.keys(CONTROL_IDS) as FormField[]).find((f) => refusal?.fields[f]);
    if (first) document.getElementById(CONTROL_IDS[first])?.focus();
  }, [refusal]);

  async function remove(r: Registration) {
    setBusy(true);
    setFailure(null);
    try {
      await compliance.deleteRegistration(r.id);
      say(`Deleted ${label(r)}: quotes no longer use it.`);
      list.reload();
      onChanged();
    } catch (error) {
      setFailure(problemText(error));
    } finally {
      setConfirming(null);
      setBusy(false);
    }
  }

  const items = list.data?.items ?? [];
  const scheme = draft.scheme as keyof typeof SCHEME_INFO;
  return (
    <section aria-labelledby="compliance-registrations-title">
      <h2 id="compliance-registrations-title">Registrations</h2>
      {list.error && <Alert>{problemText(list.failure)}</Alert>}
      {failure && <Alert>{failure}</Alert>}
      {list.data && (
        <div className="scroll">
          <table>
            <caption className="visually-hidden">The store's registrations</caption>
            <thead>
              <tr>
                <th scope="col">Scheme</th>
                <th scope="col">Number</th>
                <th scope="col">State</th>
                <th scope="col">Valid from</th>
                <th scope="col">Valid to</th>
                <th scope="col">Checked</th>
                <th scope="col">Note</th>
                <th scope="col">
                  <span className="visually-hidden">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-registration={r.id}>
                  <th scope="row">
                    <code>{r.scheme}</code>
                    <p className="hint">{schemeName(r.scheme)}</p>
                  </th>
                  <td className="mono">{r.number}</td>
                  <td>{r.region ?? '—'}</td>
                  <td>{r.validFrom}</td>
                  <td>{r.validTo ?? 'open'}</td>
                  <td>{checkedWords(checked[r.id] ?? r.checked)}</td>
                  <td>{r.note ?? ''}</td>
                  <td>
                    {confirming === r.id ? (
                      <div role="group" aria-label={`Confirm deleting ${label(r)}`} className="card">
                        <p>Delete {label(r)}? Quotes stop using it; this cannot be undone.</p>
                        <button type="button" className="danger" disabled={busy} onClick={() => void remove(r)}>
                          Yes, delete {r.number}
                        </button>{' '}
                        <button type="button" onClick={() => setConfirming(null)}>
                          Keep it
                        </button>
                      </div>
                    ) : (
                      <button type="button" disabled={busy} onClick={() => setConfirming(r.id)} aria-label={`Delete ${label(r)}`}>
                        Delete
                      </button>
                    )}
                  </td>
                </tr>
              ))}
              {items.length === 0 && (
                <tr>
                  <td colSpan={8}>No registration yet: quotes collect no tax at checkout under a registration scheme.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}

      <form className="grid-form card" onSubmit={(e) => void add(e)} noValidate aria-labelledby="compliance-add-title">
        <h3 id="compliance-add-title">Add a registration</h3>
        {refusal && <Alert>{refusal.message}</Alert>}
        <Field id={CONTROL_IDS.scheme} label="Scheme" error={refusal?.fields.scheme} hint={SCHEME_INFO[scheme]?.name}>
          {(p) => (
            <select {...p} value={draft.scheme} onChange={(e) => set('scheme', e.target.value)}>
              {SCHEMES.map((s) => (
                <option key={s} value={s}>
                  {s}: {SCHEME_INFO[s].name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={CONTROL_IDS.number} label="Number" error={refusal?.fields.number} hint={SCHEME_INFO[scheme]?.number}>
          {(p) => <input {...p} className="mono" autoComplete="off" spellCheck={false} value={draft.number} onChange={(e) => set('number', e.target.value)} />}
        </Field>
        {draft.scheme === 'US_SALES_TAX' && (
          <Field id={CONTROL_IDS.region} label="State" error={refusal?.fields.region} hint="Two-letter code of the state that issued the permit, e.g. NY.">
            {(p) => <input {...p} maxLength={2} autoComplete="off" value={draft.region} onChange={(e) => set('region', e.target.value)} />}
          </Field>
        )}
        <Field id={CONTROL_IDS.validFrom} label="Valid from" error={refusal?.fields.validFrom}>
          {(p) => <input {...p} type="date" required value={draft.validFrom} onChange={(e) => set('validFrom', e.target.value)} />}
        </Field>
        <Field id={CONTROL_IDS.validTo} label="Valid to (optional)" error={refusal?.fields.validTo} hint="Empty: valid until removed.">
          {(p) => <input {...p} type="date" value={draft.validTo} onChange={(e) => set('validTo', e.target.value)} />}
        </Field>
        <Field id={CONTROL_IDS.note} label="Note (optional)" error={refusal?.fields.note}>
          {(p) => <input {...p} maxLength={500} value={draft.note} onChange={(e) => set('note', e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            Add registration
          </button>
        </div>
      </form>
    </section>
  );
}
