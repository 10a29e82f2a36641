import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from './api.js';
import { RISK_DECISIONS, type RiskDecision, type RiskFeature, type RiskRule, type RiskRuleInput, type RiskRuleTestReport } from './api-types.js';
import { decisionWords, problemText, signed, type RiskApi } from './risk-api.js';
import { RuleTestReport } from './risk-rule-test.js';
import { Alert, Field, useLoad } from './ui.js';

type Draft = { id: string; description: string; weight: string; action: '' | RiskDecision; enabled: boolean; source: string; when: string; days: string };
type FormField = 'id' | 'description' | 'weight' | 'action' | 'enabled' | 'source' | 'when' | 'days';
type Refusal = { fields: Partial<Record<FormField, string>>; message: string };

const EXAMPLE_WHEN = { all: [{ feature: 'hostingIp', op: 'eq', value: true }, { feature: 'cardsOnDevice24h', op: 'gte', value: 2 }] };
const EMPTY: Draft = { id: '', description: '', weight: '1', action: '', enabled: true, source: '', when: JSON.stringify(EXAMPLE_WHEN, null, 2), days: '90' };
const FORM_FIELDS = new Set<string>(['id', 'description', 'weight', 'action', 'enabled', 'source', 'days']);

function draftOf(rule: RiskRule): Draft {
  return { id: rule.id, description: rule.description, weight: String(rule.weight), action: rule.action ?? '', enabled: rule.enabled, source: rule.source ?? '', when: JSON.stringify(rule.when, null, 2), days: '90' };
}

/** The rule as the API takes it, or the fields the form itself can refuse (unreadable JSON, a weight that is not a number). */
function ruleOf(d: Draft): { rule: RiskRuleInput & { id: string } } | { refusal: Refusal } {
  const fields: Refusal['fields'] = {};
  let when: unknown;
  try {
    when = JSON.parse(d.when);
  } catch (e) {
    fields.when = `This is not JSON: ${(e as Error).message}`;
  }
  const weight = d.weight.trim() === '' ? 0 : Number(d.weight);
  if (!Number.isFinite(weight)) fields.weight = 'Write a number, like 1.5 or -0.7.';
  if (Object.keys(fields).length > 0) return { refusal: { fields, message: 'Fix the fields marked below.' } };
  return { rule: { id: d.id.trim(), description: d.description, when, weight, action: d.action === '' ? null : d.action, enabled: d.enabled, source: d.source.trim() === '' ? null : d.source.trim() } };
}

/** The server's field errors on the form: `rule.` (test mode) dropped, every `when...` path listed under the condition. */
function refusalOfProblem(e: unknown): Refusal {
  if (!(e instanceof ApiError)) return { fields: {}, message: problemText(e) };
  const fields: Refusal['fields'] = {};
  const conditions: string[] = [];
  for (const issue of e.problem.errors ?? []) {
    const field = issue.field.replace(/^rule\./, '');
    if (field === 'when' || field.startsWith('when.')) conditions.push(`${field}: ${issue.message}`);
    else if (FORM_FIELDS.has(field)) fields[field as FormField] ??= issue.message;
  }
  if (conditions.length > 0) fields.when = conditions.join('; ');
  return { fields, message: problemText(e) };
}

/**
 * The store's risk rules in the order they are checked, and an editor: a rule is a condition over
 * the features (as JSON), a weight in log-odds and an optional action. A rule can be tried on past
 * orders before it is saved.
 */
export function RiskRules({ risk }: { risk: RiskApi }) {
  const rules = useLoad(() => risk.listRules(), [risk]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [said, setSaid] = useState('');
  const [report, setReport] = useState<RiskRuleTestReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));

  function open(rule: RiskRule | null) {
    setDraft(rule ? draftOf(rule) : EMPTY);
    setEditing(rule?.id ?? null);
    setRefusal(null);
    setReport(null);
    setConfirming(false);
    setSaid(rule ? `Editing rule ${rule.id}.` : 'Writing a new rule.');
    formHeading.current?.focus();
  }

  async function run(what: 'save' | 'test') {
    const built = ruleOf(draft);
    if ('refusal' in built) return setRefusal(built.refusal);
    const days = Number(draft.days);
    if (what === 'test' && !(Number.isInteger(days) && days >= 1 && days <= 730)) return setRefusal({ fields: { days: 'Write a whole number of days from 1 to 730.' }, message: 'Fix the fields marked below.' });
    setBusy(true);
    setRefusal(null);
    try {
      if (what === 'test') {
        const r = await risk.testRule(built.rule, days);
        setReport(r);
        setSaid(`Tested ${r.rule.id} on ${r.window.orders} past ${r.window.orders === 1 ? 'order' : 'orders'}: it fires on ${r.fired}. Nothing was saved.`);
      } else {
        const { id, ...body } = built.rule;
        const existed = rules.data?.items.some((r) => r.id === id) ?? false;
        const saved = await risk.saveRule(id, body);
        setEditing(saved.id);
        setDraft((d) => ({ ...draftOf(saved), days: d.days }));
        rules.reload();
        setSaid(`Saved rule ${saved.id}${existed ? '' : ' (new)'}: orders are scored with it from now on.`);
      }
    } catch (e) {
      setRefusal(refusalOfProblem(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!editing) return;
    setBusy(true);
    try {
      await risk.deleteRule(editing);
      setSaid(`Deleted rule ${editing}: orders are no longer scored with it.`);
      setDraft(EMPTY);
      setEditing(null);
      setReport(null);
      setRefusal(null);
      rules.reload();
    } catch (e) {
      setRefusal(refusalOfProblem(e));
    } finally {
      setConfirming(false);
      setBusy(false);
    }
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run('save');
  };
  const features = rules.data?.features ?? [];

  return (
    <section aria-labelledby="risk-rules-title">
      <h2 id="risk-rules-title">Rules</h2>
      <p className="hint">
        Rules are checked in this order. A weight is in log-odds: +0.7 about doubles the odds that an order is fraud, -0.7 halves them. An action makes the decision at least that strict (or approves whatever the score).
      </p>
      <p role="status" className="note">
        {said}
      </p>
      {rules.error && <Alert>{problemText(rules.failure)}</Alert>}
      {rules.data && <RuleTable rules={rules.data.items} onEdit={open} />}
      <button type="button" onClick={() => open(null)}>
        New rule
      </button>

      <div className="editor">
        <form onSubmit={onSubmit} noValidate aria-labelledby="risk-rule-form-title">
          <h3 id="risk-rule-form-title" ref={formHeading} tabIndex={-1}>
            {editing ? `Edit rule ${editing}` : 'New rule'}
          </h3>
          {refusal && <Alert>{refusal.message}</Alert>}
          <Field id="risk-rule-id" label="Rule id" error={refusal?.fields.id} hint={editing ? 'A rule keeps its id; to rename it, save a new rule and delete this one.' : 'Lower-case letters, digits and _, starting with a letter.'}>
            {(p) => <input {...p} value={draft.id} readOnly={editing !== null} onChange={(e) => set('id', e.target.value)} />}
          </Field>
          <Field id="risk-rule-description" label="Description" error={refusal?.fields.description} hint="Shown as the reason; {featureName} is replaced by the order's value.">
            {(p) => <input {...p} className="wide" value={draft.description} onChange={(e) => set('description', e.target.value)} />}
          </Field>
          <Field id="risk-rule-weight" label="Weight (log-odds)" error={refusal?.fields.weight} hint="From -10 to 10.">
            {(p) => <input {...p} inputMode="decimal" value={draft.weight} onChange={(e) => set('weight', e.target.value)} />}
          </Field>
          <Field id="risk-rule-action" label="Action" error={refusal?.fields.action}>
            {(p) => (
              <select {...p} value={draft.action} onChange={(e) => set('action', e.target.value as Draft['action'])}>
                <option value="">None: the weight only</option>
                {RISK_DECISIONS.map((d) => (
                  <option key={d} value={d}>
                    {decisionWords(d)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="risk-rule-enabled" label="Enabled" className="check" error={refusal?.fields.enabled}>
            {(p) => <input {...p} type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />}
          </Field>
          <Field id="risk-rule-source" label="Source (optional)" error={refusal?.fields.source} hint="Where the rule comes from: a scheme's guidance, the store's experience.">
            {(p) => <input {...p} className="wide" value={draft.source} onChange={(e) => set('source', e.target.value)} />}
          </Field>
          <Field
            id="risk-rule-when"
            label="Condition (JSON)"
            error={refusal?.fields.when}
            hint={
              <>
                <code>{'{"feature": "hostingIp", "op": "eq", "value": true}'}</code>, combined with <code>all</code>, <code>any</code> and <code>not</code>. Operators: eq, ne, gt, gte, lt, lte, in, notIn (a list), missing, present (no value).
              </>
            }
          >
            {(p) => <textarea {...p} rows={10} cols={70} className="mono" spellCheck={false} value={draft.when} onChange={(e) => set('when', e.target.value)} />}
          </Field>
          <Field id="risk-rule-days" label="Test on the last (days)" error={refusal?.fields.days}>
            {(p) => <input {...p} inputMode="numeric" value={draft.days} onChange={(e) => set('days', e.target.value)} />}
          </Field>
          <div className="actions inline">
            <button type="submit" disabled={busy}>
              Save rule
            </button>
            <button type="button" disabled={busy} onClick={() => void run('test')}>
              Test on past orders
            </button>
            {editing && !confirming && (
              <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>
                Delete rule
              </button>
            )}
          </div>
          {editing && confirming && (
            <div className="actions card" role="group" aria-label="Confirm the deletion">
              <p>Delete the rule {editing}? Orders will no longer be scored with it; this cannot be undone.</p>
              <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
                Yes, delete {editing}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </div>
          )}
        </form>
        <FeatureHelp features={features} />
      </div>
      {report && <RuleTestReport report={report} />}
    </section>
  );
}

function RuleTable({ rules, onEdit }: { rules: RiskRule[]; onEdit: (rule: RiskRule) => void }) {
  return (
    <div className="scroll">
      <table>
        <caption className="visually-hidden">Risk rules, in the order they are checked</caption>
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              Weight
            </th>
            <th scope="col">Action</th>
            <th scope="col">Enabled</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span className="visually-hidden">Edit</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} data-risk-rule={r.id}>
              <th scope="row">
                <code>{r.id}</code>
              </th>
              <td>{r.description}</td>
              <td className="num">{signed(r.weight)}</td>
              <td>{r.action ? decisionWords(r.action) : '—'}</td>
              <td>{r.enabled ? 'Yes' : 'No'}</td>
              <td className="hint">{r.source ?? '—'}</td>
              <td>
                <button type="button" onClick={() => onEdit(r)} aria-label={`Edit rule ${r.id}`}>
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FeatureHelp({ features }: { features: RiskFeature[] }) {
  return (
    <aside aria-labelledby="risk-features-title" className="suggestions">
      <h3 id="risk-features-title">Features a condition can read</h3>
      <p className="hint">{features.length} features, read from the order and the store's history. When an order lacks what a feature needs, a condition on it is not checked.</p>
      <details>
        <summary>Show the features</summary>
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col">Kind</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {features.map((f) => (
              <tr key={f.name}>
                <th scope="row">
                  <code>{f.name}</code>
                </th>
                <td>{f.kind === 'text' ? 'text' : f.kind === 'boolean' ? 'true or false' : 'number'}</td>
                <td>{f.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </aside>
  );
}
