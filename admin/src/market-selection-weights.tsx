import { useState, type FormEvent } from 'react';
import { MARKET_MISSING_POLICIES, MARKET_NORMALIZATIONS, type IndicatorSeriesInfo, type MarketRanking, type MarketScoringProfile } from './api-types.js';
import type { MarketSelectionApi, ProfileBody } from './market-selection-api.js';
import { Alert, Field, refusalOf, type Refusal } from './ui.js';

type Row = { id: string; weight: string; direction: 'higher' | 'lower'; transform: 'none' | 'log' };
type Form = { rows: Row[]; normalization: MarketScoringProfile['normalization']; missing: MarketScoringProfile['missing']; minCoverage: string };

const NORMALIZATION_WORDS: Record<MarketScoringProfile['normalization'], string> = { 'min-max': 'Min-max (lowest 0, highest 1)', 'z-score': 'Z-score (clipped at 3 standard deviations)', rank: 'Rank (order only)' };
const MISSING_WORDS: Record<MarketScoringProfile['missing'], string> = { reweight: 'Spread its weight over the indicators the country has', worst: 'Count it as the worst observed value' };

function formOf(p: MarketScoringProfile): Form {
  return {
    rows: p.indicators.map((i) => ({ id: i.id, weight: String(i.weight), direction: i.direction, transform: i.transform ?? 'none' })),
    normalization: p.normalization,
    missing: p.missing,
    minCoverage: String(p.minCoverage),
  };
}

/** A number goes as a number; anything else (an empty field) as typed, so that the server names the problem at its field. */
function numberOrText(text: string): number | string {
  const t = text.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
}

function bodyOf(f: Form): ProfileBody {
  return {
    indicators: f.rows.map((r) => ({ id: r.id, weight: numberOrText(r.weight), direction: r.direction, transform: r.transform })),
    normalization: f.normalization,
    missing: f.missing,
    minCoverage: numberOrText(f.minCoverage),
  };
}

/**
 * The profile's weights: per indicator a weight, which way is better and whether to take logs; the
 * scaling, the missing-value policy and the coverage a country needs. Try ranks with the form
 * without saving; Save replaces the store's profile. A refused value is named at its field.
 */
export function WeightsForm({
  ms,
  profile,
  series,
  names,
  onTried,
  onSaved,
}: {
  ms: MarketSelectionApi;
  profile: MarketScoringProfile;
  series: IndicatorSeriesInfo[];
  names: ReadonlyMap<string, string>;
  onTried: (ranking: MarketRanking) => void;
  onSaved: (profile: MarketScoringProfile) => void;
}) {
  const [form, setForm] = useState<Form>(() => formOf(profile));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);
  const error = (field: string) => refusal?.fields[field];
  const setRow = (i: number, patch: Partial<Row>) => setForm((f) => ({ ...f, rows: f.rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const inProfile = new Set(form.rows.map((r) => r.id));

  async function run(action: 'try' | 'save') {
    setBusy(true);
    setSaid('');
    setRefusal(null);
    try {
      if (action === 'try') {
        const ranking = await ms.tryRanking(bodyOf(form));
        onTried(ranking);
        setSaid('The ranking above uses these weights. Nothing is saved until you press Save.');
      } else {
        const saved = await ms.saveProfile(bodyOf(form));
        setForm(formOf(saved));
        onSaved(saved);
        setSaid('Saved. The ranking above uses the saved profile.');
      }
    } catch (e) {
      setRefusal(refusalOf(e));
    } finally {
      setBusy(false);
    }
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run('try');
  };
  // Indices in the server's field names shift when a row goes: old messages would point at the wrong row.
  const edit = (change: (f: Form) => Form) => {
    setForm(change);
    setRefusal(null);
  };

  return (
    <>
      <form className="grid-form" onSubmit={onSubmit} aria-labelledby="ms-weights-title" noValidate>
        {form.rows.map((r, i) => {
          const f = `indicators[${i}]`;
          return (
            <fieldset key={r.id} data-indicator={r.id}>
              <legend>
                {names.get(r.id) ?? r.id} <span className="mono hint">{r.id}</span>
              </legend>
              <Field id={`ms-weight-${i}`} label="Weight" error={error(`${f}.weight`) ?? error(`${f}.id`)} hint="0 to 1000; the weights are normalized to sum 100 %">
                {(p) => <input {...p} type="number" min={0} max={1000} step="any" value={r.weight} onChange={(e) => setRow(i, { weight: e.target.value })} />}
              </Field>
              <Field id={`ms-direction-${i}`} label="Better when" error={error(`${f}.direction`)}>
                {(p) => (
                  <select {...p} value={r.direction} onChange={(e) => setRow(i, { direction: e.target.value as Row['direction'] })}>
                    <option value="higher">higher is better</option>
                    <option value="lower">lower is better</option>
                  </select>
                )}
              </Field>
              <Field id={`ms-transform-${i}`} label="Transform" error={error(`${f}.transform`)}>
                {(p) => (
                  <select {...p} value={r.transform} onChange={(e) => setRow(i, { transform: e.target.value as Row['transform'] })}>
                    <option value="none">none</option>
                    <option value="log">log (for skewed values)</option>
                  </select>
                )}
              </Field>
              <div className="field">
                <button type="button" onClick={() => edit((x) => ({ ...x, rows: x.rows.filter((_, j) => j !== i) }))}>
                  Remove {names.get(r.id) ?? r.id}
                </button>
              </div>
            </fieldset>
          );
        })}
        <Field id="ms-normalization" label="Scaling" error={error('normalization')}>
          {(p) => (
            <select {...p} value={form.normalization} onChange={(e) => setForm({ ...form, normalization: e.target.value as Form['normalization'] })}>
              {MARKET_NORMALIZATIONS.map((n) => (
                <option key={n} value={n}>
                  {NORMALIZATION_WORDS[n]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ms-missing" label="A missing value" error={error('missing')}>
          {(p) => (
            <select {...p} value={form.missing} onChange={(e) => setForm({ ...form, missing: e.target.value as Form['missing'] })}>
              {MARKET_MISSING_POLICIES.map((m) => (
                <option key={m} value={m}>
                  {MISSING_WORDS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="ms-min-coverage" label="Minimum coverage" error={error('minCoverage')} hint="0 to 1: the share of the weight a country needs data for to be ranked (0.5 = half)">
          {(p) => <input {...p} type="number" min={0} max={1} step="any" value={form.minCoverage} onChange={(e) => setForm({ ...form, minCoverage: e.target.value })} />}
        </Field>
        {error('indicators') && <Alert>{error('indicators')}</Alert>}
        <div className="actions inline">
          <button type="submit" disabled={busy}>
            Try
          </button>
          <button type="button" disabled={busy} onClick={() => void run('save')}>
            Save
          </button>
          <span className="hint">Try shows the ranking with these weights without saving them.</span>
        </div>
        {refusal && <Alert>{refusal.message}</Alert>}
        <p role="status" className="note">
          {said}
        </p>
      </form>
      <SeriesList series={series} inProfile={inProfile} onAdd={(s) => edit((x) => ({ ...x, rows: [...x.rows, { id: s.id, weight: '10', direction: 'higher', transform: 'none' }] }))} />
    </>
  );
}

/** The imported series, each addable to the profile (weight 10, higher is better, to be adjusted). */
function SeriesList({ series, inProfile, onAdd }: { series: IndicatorSeriesInfo[]; inProfile: ReadonlySet<string>; onAdd: (s: IndicatorSeriesInfo) => void }) {
  return (
    <div className="scroll">
      <table data-testid="ms-series">
        <caption>Imported indicators ({series.length})</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Unit</th>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Countries
            </th>
            <th scope="col">Years</th>
            <th scope="col">In the profile</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => (
            <tr key={s.id} data-series={s.id}>
              <th scope="row">
                {s.name} <span className="mono hint">{s.id}</span>
              </th>
              <td>{s.unit || '—'}</td>
              <td className="hint">{s.source}</td>
              <td className="num">{s.countries}</td>
              <td>{s.firstYear === null ? '—' : s.firstYear === s.lastYear ? s.firstYear : `${s.firstYear}–${s.lastYear}`}</td>
              <td>
                {inProfile.has(s.id) ? (
                  'yes'
                ) : (
                  <button type="button" onClick={() => onAdd(s)}>
                    Add {s.name}
                  </button>
                )}
              </td>
            </tr>
          ))}
          {series.length === 0 && (
            <tr>
              <td colSpan={6}>No indicator is imported yet: landfall data import indicators FILE.</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
