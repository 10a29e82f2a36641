import { Fragment, useEffect, useRef, useState } from 'react';
import { SCREENING_DECISIONS, type ScreeningDecision } from './api-types.js';
import { problemText, SCREENING_SOURCES, screeningDecisionWords, screeningSourceWords, type ComplianceApi, type ScreeningRecord, type ScreeningSource } from './compliance-api.js';
import { MatchesTable } from './compliance-matches.js';
import { formatDateTime } from './format.js';
import { Alert } from './ui.js';

/** Rows asked for at a time. */
const PAGE = 20;
/** The badge of each decision (the shared status colours: green, amber, red). */
const DECISION_CLASS: Record<ScreeningDecision, string> = { clear: 'status status-paid', potential_match: 'status status-pending', match: 'status status-failed' };

type Listed = { items: ScreeningRecord[]; nextCursor: string | null };
/** The row's button reads as a link (the whole row opens it too). */
const LINK_BUTTON = { background: 'none', border: 0, padding: 0, color: '#2f5fd0', textDecoration: 'underline', cursor: 'pointer', whiteSpace: 'nowrap' } as const;

/**
 * Every recorded screening, newest first (the API, checkout): the name, decision, strongest match,
 * source and reference; a row opens to every match with why and the list editions it ran against.
 * "Load more" follows the cursor. Names come from buyers and lists: they are only ever text here.
 */
export function ScreeningHistory({ compliance, version }: { compliance: ComplianceApi; version: number }) {
  const [decision, setDecision] = useState<ScreeningDecision | ''>('');
  const [source, setSource] = useState<ScreeningSource | ''>('');
  const [listed, setListed] = useState<Listed | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  // An answer to an older request (the filter changed since) is dropped.
  const latest = useRef(0);

  async function load(cursor: string | null) {
    const call = ++latest.current;
    setLoading(true);
    setFailure(null);
    try {
      const page = await compliance.screeningHistory({ decision, source, cursor, limit: PAGE });
      if (call !== latest.current) return;
      setListed((before) => (cursor && before ? { items: [...before.items, ...page.items], nextCursor: page.nextCursor } : page));
    } catch (error) {
      if (call === latest.current) setFailure(error);
    } finally {
      if (call === latest.current) setLoading(false);
    }
  }

  useEffect(() => {
    setListed(null);
    setOpen(null);
    void load(null);
  }, [compliance, decision, source, version]);

  const items = listed?.items ?? [];
  const filtered = decision !== '' || source !== '';
  return (
    <section aria-labelledby="compliance-history-title" data-testid="screening-history">
      <h3 id="compliance-history-title">History</h3>
      <p className="hint">Every screening recorded, newest first: those made here and through the API, and checkout's (its reference is the order id). Open one to see each match with why, and the list editions it used.</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor="compliance-history-decision">Decision</label>
          <select id="compliance-history-decision" value={decision} onChange={(e) => setDecision(e.target.value as ScreeningDecision | '')}>
            <option value="">Every decision</option>
            {SCREENING_DECISIONS.map((d) => (
              <option key={d} value={d}>
                {screeningDecisionWords(d)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compliance-history-source">Made by</label>
          <select id="compliance-history-source" value={source} onChange={(e) => setSource(e.target.value as ScreeningSource | '')}>
            <option value="">Every source</option>
            {SCREENING_SOURCES.map((s) => (
              <option key={s} value={s}>
                {screeningSourceWords(s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {failure !== null && <Alert>{problemText(failure)}</Alert>}
      <p aria-live="polite" data-testid="screening-history-summary">
        {loading && !listed ? 'Loading the history…' : listed && items.length === 0 ? (filtered ? 'No screening matches these filters.' : 'No screening has been recorded yet.') : listed ? `${items.length} ${items.length === 1 ? 'screening' : 'screenings'} shown${listed.nextCursor ? '; older ones follow' : ''}.` : ''}
      </p>
      {items.length > 0 && (
        <div className="scroll">
          <table>
            <caption className="visually-hidden">Recorded screenings, newest first; open a row for its matches and editions</caption>
            <thead>
              <tr>
                <th scope="col">Screened</th>
                <th scope="col">Name</th>
                <th scope="col">Decision</th>
                <th scope="col">Strongest match</th>
                <th scope="col">Made by</th>
                <th scope="col">Reference</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => {
                const isOpen = open === s.id;
                const top = s.matches[0];
                return (
                  <Fragment key={s.id}>
                    <tr data-screening={s.id} data-decision={s.decision} onClick={() => setOpen(isOpen ? null : s.id)} style={{ cursor: 'pointer', ...(isOpen ? { background: '#eef2fb' } : {}) }}>
                      <th scope="row">
                        <button type="button" style={LINK_BUTTON} aria-expanded={isOpen} aria-controls={`screening-detail-${s.id}`} aria-label={`${isOpen ? 'Close' : 'Open'} the screening of ${s.query.name} at ${formatDateTime(s.at)}`}>
                          {formatDateTime(s.at)}
                        </button>
                      </th>
                      <td>
                        {s.query.kind === 'address' && <span className="hint">Address: </span>}
                        {s.query.name}
                        {s.query.country && <span className="hint"> · {s.query.country}</span>}
                      </td>
                      <td>
                        <span className={DECISION_CLASS[s.decision] ?? 'status'}>{screeningDecisionWords(s.decision)}</span>
                      </td>
                      <td>
                        {top ? (
                          <>
                            {top.name} <span className="hint">({top.list}, {top.score.toFixed(3)})</span>
                            {s.matchCount > 1 && <span className="hint"> and {s.matchCount - 1} more</span>}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{screeningSourceWords(s.source)}</td>
                      <td className="mono" style={{ overflowWrap: 'anywhere' }}>
                        {s.reference ?? '—'}
                      </td>
                    </tr>
                    {isOpen && (
                      <tr data-screening-detail={s.id}>
                        <td colSpan={6} id={`screening-detail-${s.id}`}>
                          <ScreeningDetail compliance={compliance} listed={s} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {listed?.nextCursor && (
        <button type="button" onClick={() => void load(listed.nextCursor)} disabled={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

/** One screening whole: the page shows its strongest matches at once; the rest come from the API. */
function ScreeningDetail({ compliance, listed }: { compliance: ComplianceApi; listed: ScreeningRecord }) {
  const [whole, setWhole] = useState<ScreeningRecord | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    compliance.getScreening(listed.id).then(
      (s) => current && setWhole(s),
      (e: unknown) => current && setFailure(e),
    );
    return () => {
      current = false;
    };
  }, [compliance, listed.id]);
  const s = whole ?? listed;
  return (
    <div className="card" data-testid="screening-detail">
      <dl className="facts">
        <dt>{s.query.kind === 'address' ? 'Address screened' : 'Name screened'}</dt>
        <dd data-testid="screening-detail-name">{s.query.name}</dd>
        <dt>Country</dt>
        <dd>{s.query.country ?? 'not given'}</dd>
        {s.query.kind === 'name' && (
          <>
            <dt>Type</dt>
            <dd>{s.query.type === 'individual' ? 'Person' : s.query.type === 'entity' ? 'Company or organisation' : s.query.type ?? 'not given'}</dd>
          </>
        )}
        <dt>Decision</dt>
        <dd>{screeningDecisionWords(s.decision)}</dd>
        <dt>Made by</dt>
        <dd>
          {screeningSourceWords(s.source)}, {formatDateTime(s.at)}
        </dd>
        <dt>Reference</dt>
        <dd className="mono">{s.reference ?? 'none'}</dd>
        <dt>Screening id</dt>
        <dd className="mono">{s.id}</dd>
      </dl>
      {failure !== null && <Alert>{`The whole screening could not be loaded: ${problemText(failure)}`}</Alert>}
      {s.matchCount === 0 ? (
        <p>No listed entry matched.</p>
      ) : (
        <MatchesTable
          testId="screening-detail-matches"
          kind={s.query.kind}
          matches={s.matches}
          caption={
            <>
              {s.matchCount === 1 ? 'The listed entry that matched' : `The ${s.matchCount} listed entries that matched, strongest first`}
              {s.matches.length < s.matchCount && ' (loading the rest…)'}
            </>
          }
        />
      )}
      <h4 style={{ marginBottom: '0.25rem' }}>List editions used</h4>
      <ul data-testid="screening-detail-editions">
        {s.editions.map((e) => (
          <li key={e.id} data-edition-used={e.id}>
            <code>{e.kind}</code> {e.edition ? `edition of ${e.edition}` : 'not dated by its file'}
            {e.importedAt ? `, imported ${formatDateTime(e.importedAt)}` : ''}
            {e.active === null ? ' (no longer stored)' : e.active ? ' (still active)' : ' (since replaced)'}
            {e.file && <span className="hint"> · {e.file}</span>}
            <span className="hint mono"> · {e.id}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
