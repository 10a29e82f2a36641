import { useState } from 'react';
import type { MarketRanking, RankedMarket } from './api-types.js';
import { HBarChart } from './bar-chart.js';
import { CountryExplanation } from './market-selection-explanation.js';
import { percent, scoreText, valueWithUnit } from './market-selection-api.js';
import { compareValues, SortHeader, useSort } from './market-selection-sort.js';

const TOP_CHART = 15;

/** The value a column sorts by; null (no value) goes last either way. */
function sortValue(c: RankedMarket, key: string): number | string | null {
  if (key === 'rank') return c.rank;
  if (key === 'country') return c.name;
  if (key === 'score') return c.score;
  if (key === 'coverage') return c.coverage;
  return c.contributions.find((x) => `indicator:${x.id}` === key)?.raw ?? null;
}

/**
 * The ranking: the method in words, the top scores as bars, and every country in a table sortable
 * by any column (the unranked ones always after the ranked, with the reason). A country's name
 * opens its explanation under the table.
 */
export function RankingView({ ranking, units }: { ranking: MarketRanking; units: ReadonlyMap<string, string> }) {
  const { sort, toggle } = useSort({ key: 'rank', direction: 'ascending' });
  const [open, setOpen] = useState<string | null>(null);
  const order = new Map(ranking.countries.map((c, i) => [c.country, i]));
  const rows = ranking.countries.slice().sort((a, b) => {
    const group = Number(a.rank === null) - Number(b.rank === null);
    return group || compareValues(sortValue(a, sort.key), sortValue(b, sort.key), sort.direction) || order.get(a.country)! - order.get(b.country)!;
  });
  const top = ranking.countries.filter((c) => c.rank !== null && c.score !== null).slice(0, TOP_CHART);
  const selected = ranking.countries.find((c) => c.country === open);
  const ranked = ranking.countries.filter((c) => c.rank !== null).length;

  return (
    <>
      <p data-testid="ms-method">{ranking.method.statement}</p>
      {top.length > 0 && (
        <figure>
          <figcaption>Top {top.length} scores (0 to 100)</figcaption>
          <HBarChart id="ms-top-chart" title={`The ${top.length} best scores`} data={top.map((c) => ({ label: `${c.rank}. ${c.name}`, value: c.score!, text: scoreText(c.score) }))} />
        </figure>
      )}
      <div className="scroll">
        <table data-testid="ms-ranking">
          <caption>
            {ranked} of {ranking.countries.length} countries ranked; the unranked ones follow, with the reason. Click a column to sort, a country to see why.
          </caption>
          <thead>
            <tr>
              <SortHeader sortKey="rank" sort={sort} onSort={toggle} className="num">
                Rank
              </SortHeader>
              <SortHeader sortKey="country" sort={sort} onSort={toggle}>
                Country
              </SortHeader>
              <SortHeader sortKey="score" sort={sort} onSort={toggle} first="descending" className="num">
                Score
              </SortHeader>
              <SortHeader sortKey="coverage" sort={sort} onSort={toggle} first="descending" className="num">
                Coverage
              </SortHeader>
              {ranking.indicators.map((i) => (
                <SortHeader key={i.id} sortKey={`indicator:${i.id}`} sort={sort} onSort={toggle} first={i.direction === 'higher' ? 'descending' : 'ascending'} className="num">
                  {i.name}
                  <br />
                  <small className="hint">
                    {percent(i.weight)}, {i.direction} is better
                  </small>
                </SortHeader>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.country} data-country={c.country}>
                <td className="num">{c.rank ?? '—'}</td>
                <th scope="row">
                  <button type="button" aria-expanded={open === c.country} aria-controls="ms-explanation" onClick={() => setOpen(open === c.country ? null : c.country)}>
                    {c.name}
                  </button>{' '}
                  <span className="mono hint">{c.country}</span>
                  {c.notRanked && <p className="hint">Not ranked: {c.notRanked}</p>}
                </th>
                <td className="num">{scoreText(c.score)}</td>
                <td className="num">{percent(c.coverage)}</td>
                {ranking.indicators.map((i) => {
                  const x = c.contributions.find((k) => k.id === i.id);
                  return (
                    <td key={i.id} className="num">
                      {x && x.raw !== null ? (
                        <>
                          {valueWithUnit(x.raw, units.get(i.id))}
                          {x.year !== null && (
                            <>
                              {' '}
                              <small className="hint">{x.year}</small>
                            </>
                          )}
                        </>
                      ) : (
                        <span className="hint">no value</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected && <CountryExplanation country={selected} units={units} onClose={() => setOpen(null)} />}
    </>
  );
}
