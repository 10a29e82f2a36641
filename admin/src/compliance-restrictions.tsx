import { useMemo, useState, type FormEvent } from 'react';
import { createCaller } from './api.js';
import { problemText } from './compliance-api.js';
import { todayUtc } from './format.js';
import { Alert, Field, refusalOf, useLoad, type Refusal } from './ui.js';

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

type Channel = 'postal' | 'courier';
type Finding = {
  rule: string;
  category: string;
  action: 'prohibited' | 'restricted' | 'conditional';
  channels: Channel[] | null;
  requires: string | null;
  conditions: string | null;
  detail: string;
  source: string;
  matchedBy: string;
  licence: string | null;
  blocks: 'all' | Channel[] | 'none';
};
type CatalogRow = { productId: string; handle: string; title: string; status: string; hsCode: string; skus: string[]; destinations: Array<{ country: string; allowed: boolean; barredChannels: Channel[]; findings: Finding[] }> };
type CatalogReport = { market: string; countries: string[]; date: string; checked: number; items: CatalogRow[] };
type Rule = { id: string; category: string; action: Finding['action']; destinations: string[]; channels?: Channel[]; requires?: string; detail: string; source: string; inForce: boolean };
type Licence = { id: string; rule: string; destination: string; reference: string; validFrom: string; validTo: string | null; note: string | null };
type LicenceInput = { rule: string; destination: string; reference: string; validFrom: string; validTo?: string; note?: string };

function createRestrictionsApi(key: string) {
  const call = createCaller(key);
  return {
    markets: () => call<{ items: Array<{ id: string; name: string }> }>('GET', '/v1/admin/markets'),
    catalog: (market: string) => call<CatalogReport>('GET', `/v1/admin/restrictions/catalog?market=${encodeURIComponent(market)}`),
    rules: () => call<{ date: string; items: Rule[] }>('GET', '/v1/admin/restrictions/rules'),
    licences: () => call<{ items: Licence[] }>('GET', '/v1/admin/restrictions/licences'),
    addLicence: (body: LicenceInput) => call<Licence>('POST', '/v1/admin/restrictions/licences', body),
    removeLicence: (id: string) => call<void>('DELETE', `/v1/admin/restrictions/licences/${encodeURIComponent(id)}`),
  };
}

/** What a country's verdict says in a few words. */
function verdictWords(d: CatalogRow['destinations'][number]): string {
  if (!d.allowed) return 'blocked';
  if (d.barredChannels.length > 0) return `not by ${d.barredChannels.join(' or ')}`;
  if (d.findings.some((f) => f.licence)) return 'licensed';
  return 'conditions';
}

const FORM_FIELDS = ['rule', 'destination', 'reference', 'validFrom', 'validTo', 'note'] as const;

/**
 * Restricted and prohibited goods: the catalog checked against each country of a market (what
 * checkout will block, which channel it leaves out, which conditions to meet), the rules with their
 * sources, and the licences the store holds that lift a restriction.
 */
export function ComplianceRestrictions({ say }: { say: (text: string) => void }) {
  const api = useMemo(() => createRestrictionsApi(sessionStorage.getItem(TAB_KEY) ?? ''), []);
  const markets = useLoad(() => api.markets(), [api]);
  const [market, setMarket] = useState('');
  const chosen = market || markets.data?.items[0]?.id || '';
  const [version, setVersion] = useState(0);
  const catalog = useLoad(() => (chosen ? api.catalog(chosen) : Promise.resolve(undefined)), [api, chosen, version]);
  const rules = useLoad(() => api.rules(), [api]);
  const licences = useLoad(() => api.licences(), [api, version]);
  const restrictedRules = (rules.data?.items ?? []).filter((r) => r.action === 'restricted');
  const [draft, setDraft] = useState<LicenceInput & { validTo: string; note: string }>({ rule: '', destination: '', reference: '', validFrom: todayUtc(), validTo: '', note: '' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const rule = draft.rule || restrictedRules[0]?.id || '';

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      const added = await api.addLicence({ rule, destination: draft.destination.trim(), reference: draft.reference, validFrom: draft.validFrom, ...(draft.validTo ? { validTo: draft.validTo } : {}), ...(draft.note.trim() ? { note: draft.note.trim() } : {}) });
      say(`Recorded licence ${added.reference} for ${added.rule} in ${added.destination}: checkout allows those goods from ${added.validFrom}.`);
      setDraft((d) => ({ ...d, destination: '', reference: '', validTo: '', note: '' }));
      setVersion((v) => v + 1);
    } catch (error) {
      setRefusal(refusalOf(error, (f) => ((FORM_FIELDS as readonly string[]).includes(f) ? f : undefined)));
    } finally {
      setBusy(false);
    }
  }

  async function remove(l: Licence) {
    setBusy(true);
    setFailure(null);
    try {
      await api.removeLicence(l.id);
      say(`Removed licence ${l.reference}: ${l.rule} blocks those goods in ${l.destination} again.`);
      setVersion((v) => v + 1);
    } catch (error) {
      setFailure(problemText(error));
    } finally {
      setBusy(false);
    }
  }

  const report = catalog.data;
  return (
    <section aria-labelledby="compliance-restrictions-title">
      <h2 id="compliance-restrictions-title">Restricted goods</h2>
      <p className="hint">
        The catalog against each country's rules: a blocked product cannot be checked out there (the buyer is told why in their language), a channel it may not travel by is left out of its delivery options, and the
        conditions are for you to meet. Parcels are checked again before they ship.
      </p>
      {markets.error && <Alert>{problemText(markets.failure)}</Alert>}
      <Field id="compliance-restrictions-market" label="Market">
        {(p) => (
          <select {...p} value={chosen} onChange={(e) => setMarket(e.target.value)}>
            {(markets.data?.items ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.id})
              </option>
            ))}
          </select>
        )}
      </Field>
      {catalog.error && <Alert>{problemText(catalog.failure)}</Alert>}
      {report && (
        <div className="scroll">
          <table data-testid="restrictions-catalog">
            <caption>
              {report.items.length} of {report.checked} products with something to say in {report.countries.join(', ')} on {report.date}
            </caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">HS</th>
                <th scope="col">Country</th>
                <th scope="col">Verdict</th>
                <th scope="col">Rules</th>
              </tr>
            </thead>
            <tbody>
              {report.items.flatMap((row) =>
                row.destinations.map((d, i) => (
                  <tr key={`${row.productId}-${d.country}`} data-product={row.handle} data-country={d.country} className={d.allowed ? undefined : 'error'}>
                    {i === 0 ? (
                      <th scope="row" rowSpan={row.destinations.length}>
                        {row.title}
                        <p className="hint mono">{row.skus.join(', ') || row.handle}</p>
                      </th>
                    ) : null}
                    {i === 0 ? <td rowSpan={row.destinations.length} className="mono">{row.hsCode}</td> : null}
                    <td>{d.country}</td>
                    <td>{verdictWords(d)}</td>
                    <td>
                      <ul>
                        {d.findings.map((f) => (
                          <li key={f.rule}>
                            <code>{f.rule}</code> {f.action}
                            {f.channels ? ` (${f.channels.join(', ')})` : ''}: {f.detail} <span className="hint">Matched by {f.matchedBy}.</span>
                            {f.requires && !f.licence && <p className="hint">Needs: {f.requires}</p>}
                            {f.licence && <p className="hint">Licence held: {f.licence}</p>}
                            {f.conditions && <p className="hint">Conditions: {f.conditions}</p>}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )),
              )}
              {report.items.length === 0 && (
                <tr>
                  <td colSpan={5}>Nothing in the catalog is restricted in {report.countries.join(', ')}.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="compliance-licences-title">Licences and certificates</h3>
      {failure && <Alert>{failure}</Alert>}
      {licences.error && <Alert>{problemText(licences.failure)}</Alert>}
      <div className="scroll">
        <table aria-labelledby="compliance-licences-title">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Destination</th>
              <th scope="col">Reference</th>
              <th scope="col">Valid</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {(licences.data?.items ?? []).map((l) => (
              <tr key={l.id} data-licence={l.reference}>
                <th scope="row">
                  <code>{l.rule}</code>
                </th>
                <td>{l.destination}</td>
                <td className="mono">{l.reference}</td>
                <td>
                  {l.validFrom} to {l.validTo ?? 'open'}
                </td>
                <td>
                  <button type="button" disabled={busy} onClick={() => void remove(l)} aria-label={`Remove licence ${l.reference}`}>
                    Remove
                  </button>
                </td>
              </tr>
            ))}
            {licences.data?.items.length === 0 && (
              <tr>
                <td colSpan={5}>No licence recorded: restricted goods are blocked where a rule asks for one.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <form className="grid-form card" onSubmit={(e) => void add(e)} noValidate aria-labelledby="compliance-licence-add-title">
        <h4 id="compliance-licence-add-title">Record a licence</h4>
        {refusal && <Alert>{Object.keys(refusal.fields).length > 0 ? 'The licence was not recorded: see the fields marked below.' : refusal.message}</Alert>}
        <Field id="compliance-licence-rule" label="Licence rule" error={refusal?.fields.rule} hint={restrictedRules.find((r) => r.id === rule)?.requires}>
          {(p) => (
            <select {...p} value={rule} onChange={(e) => setDraft((d) => ({ ...d, rule: e.target.value }))}>
              {restrictedRules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.id} ({r.destinations.join(', ')})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="compliance-licence-destination" label="Licence destination" error={refusal?.fields.destination} hint="A country code like AU, or EU for a rule that names the EU.">
          {(p) => <input {...p} maxLength={2} autoComplete="off" value={draft.destination} onChange={(e) => setDraft((d) => ({ ...d, destination: e.target.value }))} />}
        </Field>
        <Field id="compliance-licence-reference" label="Licence or certificate number" error={refusal?.fields.reference}>
          {(p) => <input {...p} className="mono" maxLength={100} autoComplete="off" value={draft.reference} onChange={(e) => setDraft((d) => ({ ...d, reference: e.target.value }))} />}
        </Field>
        <Field id="compliance-licence-valid-from" label="Licensed from" error={refusal?.fields.validFrom}>
          {(p) => <input {...p} type="date" value={draft.validFrom} onChange={(e) => setDraft((d) => ({ ...d, validFrom: e.target.value }))} />}
        </Field>
        <Field id="compliance-licence-valid-to" label="Licensed until (optional)" error={refusal?.fields.validTo}>
          {(p) => <input {...p} type="date" value={draft.validTo} onChange={(e) => setDraft((d) => ({ ...d, validTo: e.target.value }))} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy || !rule}>
            Record licence
          </button>
        </div>
      </form>
    </section>
  );
}
