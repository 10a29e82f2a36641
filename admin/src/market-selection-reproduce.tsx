import { useState, type FormEvent } from 'react';
import { COMPOSITE_METHODS, type CompositeMethodKind, type CompositeReproduction } from './api-types.js';
import { fixed, percent, type MarketSelectionApi } from './market-selection-api.js';
import { compareValues, SortHeader, useSort } from './market-selection-sort.js';
import { Alert, Field, refusalOf, type Refusal } from './ui.js';

const METHOD_WORDS: Record<CompositeMethodKind, string> = {
  'pca-first-component': 'First principal component (the LPI’s own method)',
  'least-squares': 'Weights fitted by least squares',
  'weighted-mean': 'Weighted mean with the weights given',
};

/** A difference with its sign and four decimals: "+0.0012", "-0.0300", "0.0000". */
function signed4(x: number): string {
  const text = fixed(x, 4);
  return x > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/**
 * Reproduce a published composite index (the World Bank LPI) from its imported components with a
 * stated method, and show how close each country comes to the published score.
 */
export function ReproducePanel({ ms, names, countryNames }: { ms: MarketSelectionApi; names: ReadonlyMap<string, string>; countryNames: ReadonlyMap<string, string> }) {
  const [year, setYear] = useState('2018');
  const [method, setMethod] = useState<CompositeMethodKind>('pca-first-component');
  const [weights, setWeights] = useState('');
  const [answer, setAnswer] = useState<CompositeReproduction | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      setAnswer(await ms.reproduceIndex('lpi', { year: year.trim(), method, weights: weights.replace(/\s+/g, '') }));
    } catch (err) {
      setAnswer(null);
      setRefusal(refusalOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <form className="inline-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <span>Index</span>
          <strong>LPI (World Bank Logistics Performance Index)</strong>
        </div>
        <Field id="ms-lpi-year" label="Edition year" error={refusal?.fields.year}>
          {(p) => <input {...p} inputMode="numeric" size={6} value={year} onChange={(e) => setYear(e.target.value)} />}
        </Field>
        <Field id="ms-lpi-method" label="Method" error={refusal?.fields.method}>
          {(p) => (
            <select {...p} value={method} onChange={(e) => setMethod(e.target.value as CompositeMethodKind)}>
              {COMPOSITE_METHODS.map((m) => (
                <option key={m} value={m}>
                  {METHOD_WORDS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {method === 'weighted-mean' && (
          <Field id="ms-lpi-weights" label="Weights" error={refusal?.fields.weights} hint="One per component, in the order customs, infrastructure, international shipments, logistics competence, timeliness, tracking and tracing: 1,1,1,1,1,1">
            {(p) => <input {...p} className="wide" value={weights} onChange={(e) => setWeights(e.target.value)} />}
          </Field>
        )}
        <div className="field">
          <button type="submit" disabled={busy}>
            Reproduce
          </button>
        </div>
      </form>
      {refusal && <Alert>{refusal.message}</Alert>}
      {answer && <Reproduction answer={answer} names={names} countryNames={countryNames} />}
    </>
  );
}

function Reproduction({ answer: a, names, countryNames }: { answer: CompositeReproduction; names: ReadonlyMap<string, string>; countryNames: ReadonlyMap<string, string> }) {
  const { sort, toggle } = useSort({ key: 'country', direction: 'ascending' });
  const value = (row: CompositeReproduction['agreement'][number], key: string) =>
    key === 'country' ? row.country : key === 'published' ? row.published : key === 'computed' ? row.computed : key === 'abs' ? Math.abs(row.difference) : row.difference;
  const rows = a.agreement.slice().sort((x, y) => compareValues(value(x, sort.key), value(y, sort.key), sort.direction) || x.country.localeCompare(y.country));
  const s = a.summary;
  return (
    <div data-testid="ms-reproduction">
      <h3>
        {a.index}, {a.year}
      </h3>
      <p data-testid="ms-reproduction-method">{a.method.statement}</p>
      <table className="compact">
        <caption>Weights on the components’ own scale</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col" className="num">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {a.components.map((id, i) => (
            <tr key={id}>
              <th scope="row">
                {names.get(id) ?? id} <span className="mono hint">{id}</span>
              </th>
              <td className="num">{fixed(a.method.weights[i], 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts" data-testid="ms-reproduction-summary">
        <dt>Countries compared</dt>
        <dd data-fact="countries">{s.countries}</dd>
        <dt>Within tolerance</dt>
        <dd data-fact="within">{s.within.share === null ? '—' : `${percent(s.within.share)} within ${fixed(s.within.tolerance, a.method.round ?? 2)}`}</dd>
        <dt>Mean absolute difference</dt>
        <dd data-fact="mean">{fixed(s.meanAbsDifference, 4)}</dd>
        <dt>Largest absolute difference</dt>
        <dd data-fact="max">{fixed(s.maxAbsDifference, 4)}</dd>
        <dt>Correlation</dt>
        <dd data-fact="correlation">{fixed(s.correlation, 4)}</dd>
        <dt>Rank correlation</dt>
        <dd data-fact="rank-correlation">{fixed(s.rankCorrelation, 4)}</dd>
      </dl>
      <div className="scroll">
        <table className="compact" data-testid="ms-agreement">
          <caption>Published and computed score per country (difference = computed − published)</caption>
          <thead>
            <tr>
              <SortHeader sortKey="country" sort={sort} onSort={toggle}>
                Country
              </SortHeader>
              <SortHeader sortKey="published" sort={sort} onSort={toggle} first="descending" className="num">
                Published
              </SortHeader>
              <SortHeader sortKey="computed" sort={sort} onSort={toggle} first="descending" className="num">
                Computed
              </SortHeader>
              <SortHeader sortKey="difference" sort={sort} onSort={toggle} first="descending" className="num">
                Difference
              </SortHeader>
              <SortHeader sortKey="abs" sort={sort} onSort={toggle} first="descending" className="num">
                Size of the difference
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.country} data-country={r.country}>
                <th scope="row">
                  {countryNames.get(r.country) ?? r.country} <span className="mono hint">{r.country}</span>
                </th>
                <td className="num">{fixed(r.published, 4)}</td>
                <td className="num">{fixed(r.computed, 4)}</td>
                <td className="num">{signed4(r.difference)}</td>
                <td className="num">{fixed(Math.abs(r.difference), 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a.skipped.length > 0 && (
        <>
          <h4>Left out ({a.skipped.length})</h4>
          <ul data-testid="ms-skipped">
            {a.skipped.map((k) => (
              <li key={k.country}>
                {countryNames.get(k.country) ?? k.country} ({k.country}): {k.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
