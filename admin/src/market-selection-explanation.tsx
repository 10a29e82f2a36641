import { useEffect, useRef } from 'react';
import type { RankedMarket } from './api-types.js';
import { fixed, ordinal, percent, scoreText, signedPoints, valueWithUnit } from './market-selection-api.js';

function Sentences({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul data-testid={testId}>
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * Why a country scores what it does: what lifts it above the average country and what sinks it
 * (the API's sentences), what is missing and how that was counted, and every indicator's part in
 * the score. Focus moves to the heading when it opens, so a keyboard user lands on it.
 */
export function CountryExplanation({ country: c, units, onClose }: { country: RankedMarket; units: ReadonlyMap<string, string>; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [c.country]);
  const standing = c.rank !== null ? `ranks ${ordinal(c.rank)} with ${scoreText(c.score)} of 100` : `is not ranked: ${c.notRanked ?? ''}`;
  return (
    <section id="ms-explanation" className="card" aria-labelledby="ms-explanation-title" data-testid="ms-explanation">
      <h3 id="ms-explanation-title" tabIndex={-1} ref={heading}>
        {c.name} ({c.country}) {standing}
      </h3>
      <p className="hint">Data for {percent(c.coverage)} of the weight.</p>
      <Sentences title="What lifts it" items={c.lifts} testId="ms-lifts" />
      <Sentences title="What sinks it" items={c.sinks} testId="ms-sinks" />
      <Sentences title="Missing" items={c.missing} testId="ms-missing" />
      {c.lifts.length === 0 && c.sinks.length === 0 && <p>No indicator puts it notably above or below the average country.</p>}
      <div className="scroll">
        <table className="compact">
          <caption>Each indicator's part in the score</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col" className="num">
                Year
              </th>
              <th scope="col">Source</th>
              <th scope="col" className="num">
                Normalized (0 to 1)
              </th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col" className="num">
                Points
              </th>
              <th scope="col" className="num">
                Vs the average country
              </th>
            </tr>
          </thead>
          <tbody>
            {c.contributions.map((x) => (
              <tr key={x.id} data-indicator={x.id}>
                <th scope="row">{x.name}</th>
                <td className="num">{x.raw === null ? 'no value' : valueWithUnit(x.raw, units.get(x.id))}</td>
                <td className="num">{x.year ?? '—'}</td>
                <td className="hint">{x.source ?? '—'}</td>
                <td className="num">{fixed(x.normalized, 3)}</td>
                <td className="num">{percent(x.weight)}</td>
                <td className="num">{fixed(x.points, 1)}</td>
                <td className="num">{x.normalized === null ? '—' : signedPoints(x.vsAverage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={onClose}>
        Close the explanation
      </button>
    </section>
  );
}
