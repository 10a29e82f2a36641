import type { MarketRankMove, MarketSensitivity } from './api-types.js';
import { factorText, fixed, percent } from './market-selection-api.js';

const MOVES_SHOWN = 3;

function moveText(m: MarketRankMove, name: (code: string) => string): string {
  const place = (r: number | null) => (r === null ? 'not ranked' : String(r));
  return `${name(m.country)} ${place(m.from)} → ${place(m.to)}`;
}

/**
 * How much the ranking depends on each weight: per indicator, its sentence in plain words and, per
 * variation of its weight, the new weight, the largest moves and whether the top set changes.
 */
export function SensitivityView({ sensitivity, names }: { sensitivity: MarketSensitivity; names: ReadonlyMap<string, string> }) {
  const name = (code: string) => names.get(code) ?? code;
  return (
    <>
      <p className="hint">
        Each weight in turn multiplied by {sensitivity.factors.map(factorText).join(', ')} (the others unchanged, then all normalized again); the top set watched is the first {sensitivity.top}.
      </p>
      {sensitivity.indicators.map((i) => (
        <article key={i.id} className="card" data-sensitivity={i.id} aria-labelledby={`ms-sens-${i.id}`}>
          <h3 id={`ms-sens-${i.id}`}>
            {i.name} <span className="hint">({percent(i.weight)} of the weight)</span>
          </h3>
          <p>{i.summary}</p>
          <div className="scroll">
            <table className="compact">
              <caption className="visually-hidden">Rank moves when the weight of {i.name} changes</caption>
              <thead>
                <tr>
                  <th scope="col">Weight</th>
                  <th scope="col" className="num">
                    New share
                  </th>
                  <th scope="col" className="num">
                    Countries moved
                  </th>
                  <th scope="col">Biggest moves</th>
                  <th scope="col" className="num">
                    Rank correlation
                  </th>
                  <th scope="col">Top {sensitivity.top}</th>
                </tr>
              </thead>
              <tbody>
                {i.variations.map((v) => (
                  <tr key={v.factor}>
                    <th scope="row">{factorText(v.factor)}</th>
                    <td className="num">{v.possible ? percent(v.weight) : '—'}</td>
                    <td className="num">{v.possible ? v.moved.length : '—'}</td>
                    <td>{!v.possible ? 'nothing left to rank' : v.moved.length === 0 ? 'none' : v.moved.slice(0, MOVES_SHOWN).map((m) => moveText(m, name)).join('; ')}</td>
                    <td className="num">{fixed(v.spearman, 3)}</td>
                    <td>
                      {!v.topChanged
                        ? 'unchanged'
                        : [v.entered.length > 0 ? `in: ${v.entered.map(name).join(', ')}` : '', v.left.length > 0 ? `out: ${v.left.map(name).join(', ')}` : ''].filter(Boolean).join('; ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </article>
      ))}
    </>
  );
}
