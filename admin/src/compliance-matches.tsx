import type { ReactNode } from 'react';

/** A listed entry that matched a screening, as the screening answer and the history give it. */
export type MatchRow = { list: string; id: string; name: string; matchedName: string; score: number; why: string[] };

/** What matched in the entry, when it is not its primary name: an alias, a listed door, or a sanctioned destination. */
function matchedWords(m: MatchRow, kind: 'name' | 'address'): string {
  if (m.list === 'sanctioned-regions') return `a sanctioned destination, by its ${m.matchedName}`;
  return kind === 'address' ? `at the listed address ${m.matchedName}` : `matched the alias ${m.matchedName}`;
}

/** The entries a screening matched, strongest first: list, entry, name (and what matched), score, and why. */
export function MatchesTable({ matches, caption, kind = 'name', testId }: { matches: readonly MatchRow[]; caption: ReactNode; kind?: 'name' | 'address'; testId?: string }) {
  return (
    <table className="compact" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">List</th>
          <th scope="col">Entry</th>
          <th scope="col">Name</th>
          <th scope="col" className="num">
            Score
          </th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {matches.map((m) => (
          <tr key={`${m.list}:${m.id}`} data-match={`${m.list}:${m.id}`}>
            <td>
              <code>{m.list}</code>
            </td>
            <td className="mono">{m.id}</td>
            <th scope="row">
              {m.name}
              {m.matchedName !== m.name && <p className="hint">{matchedWords(m, kind)}</p>}
            </th>
            <td className="num">{m.score.toFixed(3)}</td>
            <td>
              <ul style={{ margin: 0, paddingInlineStart: '1.1rem' }}>
                {m.why.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
