import { useMemo, useState } from 'react';
import type { Api } from './api.js';
import type { MarketRanking } from './api-types.js';
import { marketSelectionApiOfTab } from './market-selection-api.js';
import { RankingView } from './market-selection-ranking.js';
import { ReproducePanel } from './market-selection-reproduce.js';
import { SensitivityView } from './market-selection-sensitivity.js';
import { WeightsForm } from './market-selection-weights.js';
import { Alert, useLoad, useTitle } from './ui.js';

/**
 * Market selection: which countries to sell to next. The ranking by the store's profile (the
 * method in words, every country with its score, coverage and values, and why), the weights to try
 * and save, how much the order depends on each weight, the evidence behind it, and the
 * reproduction of a published index as a check on the method.
 */
export function MarketSelectionPage({ api }: { api: Api }) {
  useTitle('Market selection');
  // These calls use this tab's key as `api` does; a new key (sign-in) makes a new client.
  const ms = useMemo(() => marketSelectionApiOfTab(), [api]);
  const saved = useLoad(() => ms.getRanking(), [ms]);
  const profile = useLoad(() => ms.getProfile(), [ms]);
  const series = useLoad(() => ms.listSeries(), [ms]);
  const [tried, setTried] = useState<MarketRanking | null>(null);
  const ranking = tried ?? saved.data;

  const items = series.data?.items;
  const units = useMemo(() => new Map((items ?? []).map((s) => [s.id, s.unit])), [items]);
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of items ?? []) m.set(s.id, s.name);
    for (const i of saved.data?.indicators ?? []) if (!m.has(i.id)) m.set(i.id, i.name);
    for (const i of tried?.indicators ?? []) if (!m.has(i.id)) m.set(i.id, i.name);
    return m;
  }, [items, saved.data, tried]);
  const countryNames = useMemo(() => new Map((ranking?.countries ?? []).map((c) => [c.country, c.name])), [ranking]);

  return (
    <section aria-labelledby="ms-title">
      <h1 id="ms-title">Market selection</h1>
      <p className="hint">Which countries to sell to next: each country scored from 0 to 100 on the indicators of the profile, weighted as you choose, with the data and the reasons behind every score.</p>

      <section aria-labelledby="ms-ranking-title">
        <h2 id="ms-ranking-title">Ranking{tried ? ' with the weights tried (not saved)' : ''}</h2>
        {tried && (
          <p className="note">
            These are the weights in the form, not the saved profile.{' '}
            <button type="button" onClick={() => setTried(null)}>
              Show the saved ranking
            </button>
          </p>
        )}
        {!tried && saved.error && <Alert>{saved.error}</Alert>}
        {!ranking && saved.loading && <p aria-live="polite">Loading…</p>}
        {ranking && <RankingView key={tried ? 'tried' : 'saved'} ranking={ranking} units={units} />}
      </section>

      <section aria-labelledby="ms-weights-title">
        <h2 id="ms-weights-title">Weights</h2>
        {profile.error && <Alert>{profile.error}</Alert>}
        {series.error && <Alert>{series.error}</Alert>}
        {profile.data && (
          <WeightsForm
            ms={ms}
            profile={profile.data}
            series={items ?? []}
            names={names}
            onTried={setTried}
            onSaved={(p) => {
              profile.replace(p);
              // The saved ranking replaces the one tried in one step, so the old saved order never shows in between.
              ms.getRanking().then(
                (r) => {
                  saved.replace(r);
                  setTried(null);
                },
                () => {
                  setTried(null);
                  saved.reload();
                },
              );
            }}
          />
        )}
      </section>

      <section aria-labelledby="ms-sensitivity-title">
        <h2 id="ms-sensitivity-title">Sensitivity: how much the order depends on each weight</h2>
        {ranking?.sensitivity ? <SensitivityView sensitivity={ranking.sensitivity} names={countryNames} /> : ranking && <p>Not computed for this ranking.</p>}
      </section>

      <section aria-labelledby="ms-evidence-title">
        <h2 id="ms-evidence-title">Evidence</h2>
        {ranking && <Evidence ranking={ranking} />}
      </section>

      <section aria-labelledby="ms-reproduce-title">
        <h2 id="ms-reproduce-title">Reproduce a published index</h2>
        <p className="hint">A check on the method: the published score recomputed from its imported components, country by country.</p>
        <ReproducePanel ms={ms} names={names} countryNames={countryNames} />
      </section>
    </section>
  );
}

/** Where the store's own evidence comes from, and the indicators of the profile left out for lack of data. */
function Evidence({ ranking }: { ranking: MarketRanking }) {
  const { notes, catalog } = ranking.evidence;
  return (
    <>
      <p>
        Your catalog: {catalog.products} active product{catalog.products === 1 ? '' : 's'} sampled
        {catalog.typicalParcelG !== null ? `; a typical parcel weighs ${catalog.typicalParcelG} g` : ''}.
      </p>
      {notes.length > 0 && (
        <ul data-testid="ms-evidence-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <h3>Indicators left out</h3>
      {ranking.unavailable.length === 0 ? (
        <p>Every indicator of the profile has data.</p>
      ) : (
        <ul data-testid="ms-unavailable">
          {ranking.unavailable.map((u) => (
            <li key={u.id}>
              <code>{u.id}</code>: {u.reason}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
