import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ApiError, type Api } from './api.js';
import type { RiskModelStatus } from './api-types.js';
import { formatDateTime } from './format.js';
import { problemText, riskApiOfTab, SELECTED, signed, type RiskApi } from './risk-api.js';
import { RiskReview } from './risk-review.js';
import { RiskRules } from './risk-rules.js';
import { BASE, navigate, useQuery } from './router.js';
import { Alert, useLoad, useTitle } from './ui.js';

const TABS = [
  { id: 'review', label: 'Review queue' },
  { id: 'rules', label: 'Rules' },
  { id: 'model', label: 'Model' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/**
 * Fraud screening for the operator: the orders held for a person to decide, the rules that score
 * orders (with a test on past orders), and the model learned from the store's outcomes. The tab
 * is kept in the address (?tab=rules), so Back and links keep it.
 */
export function RiskPage({ api }: { api: Api }) {
  useTitle('Risk');
  // The risk calls use this tab's key as `api` does; a new key (sign-in) makes a new client.
  const risk = useMemo(() => riskApiOfTab(), [api]);
  const asked = useQuery().get('tab');
  const tab: Tab = TABS.some((t) => t.id === asked) ? (asked as Tab) : 'review';
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});

  const select = (id: Tab, focus = false) => {
    navigate(`${BASE}/risk${id === 'review' ? '' : `?tab=${id}`}`);
    if (focus) tabs.current[id]?.focus();
  };
  // Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern, selection follows focus).
  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i + TABS.length - 1) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    select(TABS[next]!.id, true);
  };

  return (
    <section aria-labelledby="risk-title">
      <h1 id="risk-title">Risk</h1>
      <div role="tablist" aria-label="Risk" className="inline" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`risk-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`risk-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => select(t.id)}
            style={tab === t.id ? SELECTED : undefined}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`risk-panel-${tab}`} aria-labelledby={`risk-tab-${tab}`}>
        {tab === 'review' && <RiskReview risk={risk} />}
        {tab === 'rules' && <RiskRules risk={risk} />}
        {tab === 'model' && <RiskModel risk={risk} />}
      </div>
    </section>
  );
}

/** The learned model: whether it is trained, on how many labels, and the features that weigh most. */
function RiskModel({ risk }: { risk: RiskApi }) {
  const status = useLoad(() => risk.getModel(), [risk]);
  const features = useLoad(() => risk.listFeatures(), [risk]);
  const [said, setSaid] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = status.data;

  async function train() {
    setBusy(true);
    setFailure(null);
    setSaid('');
    try {
      const trained = await risk.trainModel();
      status.replace(trained);
      setSaid(`Trained. ${trained.note}`);
    } catch (e) {
      setFailure(e instanceof ApiError && e.problem.code === 'NOT_ENOUGH_LABELS' ? `Not trained: ${e.problem.detail}` : problemText(e));
    } finally {
      setBusy(false);
    }
  }

  const meaning = (name: string) => features.data?.items.find((f) => f.name === name)?.description ?? '';
  return (
    <section aria-labelledby="risk-model-title">
      <h2 id="risk-model-title">Model</h2>
      <p className="hint">
        The model learns from this store's outcomes (chargebacks and fraud refunds, approved and declined reviews, orders confirmed good) what the rules miss. It adds to the rules; it does not replace them.
      </p>
      {status.error && <Alert>{problemText(status.failure)}</Alert>}
      {s && (
        <dl className="facts" data-testid="risk-model">
          <dt>Status</dt>
          <dd>{s.trained && s.model ? `Trained ${formatDateTime(s.model.trainedAt)} on ${s.model.examples} orders (${s.model.positives} fraud)` : 'Not trained yet: the rules decide alone'}</dd>
          <dt>Labeled orders</dt>
          <dd>{s.labeled}</dd>
          <dt>Note</dt>
          <dd>{s.note}</dd>
          {s.model?.metrics.auc !== null && s.model?.metrics.auc !== undefined && (
            <>
              <dt>Separation (AUC)</dt>
              <dd>{s.model.metrics.auc.toFixed(3)} on the training orders (0.5 is chance, 1 is perfect)</dd>
            </>
          )}
        </dl>
      )}
      <button type="button" onClick={() => void train()} disabled={busy}>
        Train now
      </button>
      <p role="status" className="note">
        {said}
      </p>
      {failure && <Alert>{failure}</Alert>}
      {s?.model && <TopWeights model={s.model} meaning={meaning} />}
    </section>
  );
}

function TopWeights({ model, meaning }: { model: NonNullable<RiskModelStatus['model']>; meaning: (name: string) => string }) {
  const top = model.features
    .map((feature, i) => ({ feature, weight: model.weights[i] ?? 0 }))
    .filter((w) => w.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.feature.localeCompare(b.feature))
    .slice(0, 10);
  return (
    <table className="compact">
      <caption>The features that weigh most</caption>
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col">Meaning</th>
          <th scope="col" className="num">
            Weight
          </th>
          <th scope="col">Effect</th>
        </tr>
      </thead>
      <tbody>
        {top.map((w) => (
          <tr key={w.feature}>
            <th scope="row">
              <code>{w.feature}</code>
            </th>
            <td>{meaning(w.feature)}</td>
            <td className="num">{signed(w.weight, 3)}</td>
            <td>{w.weight > 0 ? 'raises the risk' : 'lowers the risk'}</td>
          </tr>
        ))}
        {top.length === 0 && (
          <tr>
            <td colSpan={4}>No feature moved the model away from the rules.</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
