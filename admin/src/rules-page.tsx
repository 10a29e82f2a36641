import { useState, type FormEvent, type ReactNode } from 'react';
import type { Api, TariffLines } from './api.js';
import type { DestinationRules, RuleData } from './api-types.js';
import { todayUtc } from './format.js';
import { QuotePlayground } from './quote-playground.js';
import { Alert, Field, refusalOf, useLoad, useTitle, type Refusal } from './ui.js';

const KIND_WORDS: Record<string, [string, string]> = {
  country: ['country profile', 'country profiles'],
  tariff: ['tariff line', 'tariff lines'],
  tax: ['tax rate', 'tax rates'],
  deMinimis: ['de minimis threshold', 'de minimis thresholds'],
  scheme: ['low-value scheme', 'low-value schemes'],
  flatDuty: ['flat duty', 'flat duties'],
  fee: ['fee', 'fees'],
};
const kindWords = (kind: string, n: number) => `${n} ${KIND_WORDS[kind]?.[n === 1 ? 0 : 1] ?? kind}`;

/**
 * The rules inspector: what the rule set holds, every rule in effect for a destination on a date
 * (with its source and dates), one rule by id, and a landed-cost quote playground.
 */
export function RulesPage({ api }: { api: Api }) {
  useTitle('Rules');
  const summary = useLoad(() => api.getRules(), [api]);
  const s = summary.data;
  return (
    <section aria-labelledby="rules-title">
      <h1 id="rules-title">Rules</h1>
      {summary.error && <Alert>{summary.error}</Alert>}
      {s && (
        <>
          <p>
            Rule set <code data-testid="rules-version">{s.version}</code>: {Object.entries(s.counts).map(([k, n]) => kindWords(k, n)).join(', ')}; {s.destinations.length} destinations.
            {s.importedLinesSkipped > 0 && ` ${s.importedLinesSkipped} imported tariff lines were skipped.`}
          </p>
          <DestinationInspector api={api} destinations={s.destinations} />
          <TariffBrowser api={api} />
          <RuleLookup api={api} />
        </>
      )}
      <QuotePlayground api={api} />
    </section>
  );
}

function DestinationInspector({ api, destinations }: { api: Api; destinations: string[] }) {
  const [country, setCountry] = useState(destinations.includes('DE') ? 'DE' : (destinations[0] ?? ''));
  const [date, setDate] = useState(todayUtc());
  const [rules, setRules] = useState<DestinationRules | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function show(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      setRules(await api.getDestinationRules(country, date));
    } catch (e) {
      setRules(null);
      setRefusal(refusalOf(e, (f) => (f === 'country' || f === 'date' ? f : f === 'querystring.date' ? 'date' : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="destination-title">
      <h2 id="destination-title">Rules of a destination on a date</h2>
      <form onSubmit={show} noValidate className="inline-form">
        <Field id="rules-country" label="Destination" error={refusal?.fields.country}>
          {(p) => (
            <select {...p} value={country} onChange={(e) => setCountry(e.target.value)}>
              {destinations.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="rules-date" label="On" error={refusal?.fields.date}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Show the rules
        </button>
      </form>
      {refusal && <Alert>{refusal.message}</Alert>}
      {rules && <DestinationView rules={rules} />}
    </section>
  );
}

function DestinationView({ rules: r }: { rules: DestinationRules }) {
  const p = r.profile;
  return (
    <div data-testid="destination-rules">
      <h3>
        {r.country} on {r.date}
      </h3>
      <p>
        Customs territory {String(p.customsTerritory ?? r.country)}, currency {String(p.currency ?? '—')}, duty on the {String(p.dutyBasis ?? '—')} value. {r.tariffLinesInEffect} tariff lines in effect (look one up by its id below, e.g. <code>tariff.{String(p.customsTerritory ?? r.country)}.MFN.610910</code>).
      </p>
      <RuleList title="Country profile" rules={[p]} />
      <RuleList title="Tax rates" rules={r.taxes} />
      <RuleList title="De minimis thresholds" rules={r.deMinimis} />
      <RuleList title="Low-value schemes" rules={r.schemes} />
      <RuleList title="Flat duties" rules={r.flatDuties} />
      <RuleList title="Fees" rules={r.fees} />
    </div>
  );
}

/** Rules as cards: id and version, dates, source, note, then the rule's own fields. */
function RuleList({ title, rules }: { title: string; rules: RuleData[] }) {
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      {rules.length === 0 ? (
        <p className="hint">None in effect.</p>
      ) : (
        rules.map((rule) => <RuleCard key={rule.id} rule={rule} />)
      )}
    </section>
  );
}

const META = new Set(['id', 'version', 'source', 'effectiveFrom', 'effectiveTo', 'note']);

export function RuleCard({ rule, kind }: { rule: RuleData; kind?: string }) {
  return (
    <article className="card rule-card" data-rule={rule.id}>
      <p>
        <code>{rule.id}</code> <span className="badge">v{rule.version}</span>
        {kind && <span className="badge">{kind}</span>}
      </p>
      <dl className="facts">
        {Object.entries(rule)
          .filter(([k]) => !META.has(k))
          .map(([k, v]) => (
            <Fact key={k} term={k}>
              {describe(v)}
            </Fact>
          ))}
        <Fact term="In effect">
          from {rule.effectiveFrom}
          {rule.effectiveTo ? ` until ${rule.effectiveTo} (excluded)` : ', no end date'}
        </Fact>
        <Fact term="Source">{rule.source}</Fact>
        {rule.note && <Fact term="Note">{rule.note}</Fact>}
      </dl>
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A rule field in words: money as "EUR 150.00", lists joined, flags and small objects as key: value. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(describe).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.amount === 'string' && typeof o.currency === 'string' && Object.keys(o).length === 2) return `${o.currency} ${o.amount}`;
    return Object.entries(o)
      .map(([k, v]) => `${k}: ${describe(v)}`)
      .join('; ');
  }
  return String(value);
}

function RuleLookup({ api }: { api: Api }) {
  const [id, setId] = useState('');
  const [found, setFound] = useState<{ kind: string; rule: RuleData } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function look(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    setFound(null);
    if (!id.trim()) return setRefusal({ fields: { id: 'Type a rule id, such as tariff.EU.MFN.610910 or tax.DE.vat.standard.' }, message: '' });
    try {
      const r = await api.getRule(id.trim());
      setFound({ kind: r.kind, rule: r.rule as RuleData });
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (f === 'id' ? 'id' : undefined)));
    }
  }

  return (
    <section aria-labelledby="lookup-title">
      <h2 id="lookup-title">Look up a rule</h2>
      <form onSubmit={look} noValidate className="inline-form">
        <Field id="rule-id" label="Rule id" error={refusal?.fields.id} hint="as shown in a charge line, e.g. tariff.JP.MFN.610910">
          {(p) => <input {...p} className="wide" value={id} onChange={(e) => setId(e.target.value)} />}
        </Field>
        <button type="submit">Look up</button>
      </form>
      {refusal && !refusal.fields.id && refusal.message && <Alert>{refusal.message}</Alert>}
      {found && <RuleCard rule={found.rule} kind={found.kind} />}
    </section>
  );
}

/** The tariff lines of a customs territory on a date, under or covering an HS code, with their sources. */
function TariffBrowser({ api }: { api: Api }) {
  const [territory, setTerritory] = useState('EU');
  const [hs, setHs] = useState('');
  const [date, setDate] = useState(todayUtc());
  const [lines, setLines] = useState<TariffLines | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    try {
      setLines(await api.listTariffLines({ territory: territory.trim(), ...(hs.trim() ? { hs: hs.trim() } : {}), date }));
    } catch (e) {
      setLines(null);
      setRefusal(refusalOf(e, (f) => (f === 'territory' || f === 'hs' || f === 'date' ? f : undefined)));
    }
  }

  return (
    <section aria-labelledby="tariffs-title">
      <h2 id="tariffs-title">Tariff lines</h2>
      <form onSubmit={search} noValidate className="inline-form">
        <Field id="tariff-territory" label="Customs territory" error={refusal?.fields.territory} hint="EU, GB, US, CH, JP, ...">
          {(p) => <input {...p} value={territory} onChange={(e) => setTerritory(e.target.value)} />}
        </Field>
        <Field id="tariff-hs" label="HS code" error={refusal?.fields.hs} hint="2 to 10 digits; empty for every line">
          {(p) => <input {...p} inputMode="numeric" value={hs} onChange={(e) => setHs(e.target.value)} />}
        </Field>
        <Field id="tariff-date" label="In effect on" error={refusal?.fields.date}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <button type="submit">Show lines</button>
      </form>
      {refusal && Object.keys(refusal.fields).length === 0 && refusal.message && <Alert>{refusal.message}</Alert>}
      {lines && (
        <>
          <p role="status">
            {lines.total} {lines.total === 1 ? 'line' : 'lines'} in {lines.territory} on {lines.date}
            {lines.hs ? ` for ${lines.hs}` : ''}
            {lines.items.length < lines.total ? `, the first ${lines.items.length} shown` : ''}.
          </p>
          {lines.items.length > 0 && (
            <table className="tariffs">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Program</th>
                  <th scope="col">Rate</th>
                  <th scope="col">Origins</th>
                  <th scope="col">Description</th>
                  <th scope="col">In effect</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {lines.items.map((l) => (
                  <tr key={l.id} data-tariff={l.id}>
                    <td>
                      <code>{l.hsPrefix}</code>
                    </td>
                    <td>{l.agreement ? `${l.program} (${l.agreement})` : l.program}</td>
                    <td>{l.rate}</td>
                    <td>{l.origins ? l.origins.join(', ') : l.exceptOrigins ? `all but ${l.exceptOrigins.join(', ')}` : 'all'}</td>
                    <td>{l.description ?? ''}</td>
                    <td>
                      {l.effectiveFrom}
                      {l.effectiveTo ? ` to ${l.effectiveTo}` : ''}
                    </td>
                    <td>{l.source}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
