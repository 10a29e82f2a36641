import { useState, type FormEvent } from 'react';
import { ROUNDING_MODES } from '../../src/core/decimal/rounding.js';
import type { Api } from './api.js';
import type { Market } from './api-types.js';
import { BASE, navigate } from './router.js';
import { Alert, Field, Link, refusalOf, useLoad, useTitle, type Refusal } from './ui.js';

/** Markets: the list, and one market's editor at /admin/markets/{id} (/admin/markets/new for another). */
export function MarketsPage({ api, editing }: { api: Api; editing: string | undefined }) {
  const markets = useLoad(() => api.listMarkets(), [api]);
  const list = markets.data?.items ?? [];
  if (editing) {
    if (!markets.data) return markets.error ? <Alert>{markets.error}</Alert> : <p aria-live="polite">Loading…</p>;
    const index = list.findIndex((m) => m.id === editing);
    if (editing !== 'new' && index < 0) return <Alert>No market has the id {editing}.</Alert>;
    return <MarketEditor key={editing} api={api} market={index >= 0 ? list[index]! : undefined} position={index >= 0 ? index : list.length} onSaved={markets.reload} />;
  }
  return <MarketList markets={list} error={markets.error} loading={markets.loading} />;
}

function MarketList({ markets, error, loading }: { markets: Market[]; error: string | null; loading: boolean }) {
  useTitle('Markets');
  return (
    <section aria-labelledby="markets-title">
      <h1 id="markets-title">Markets</h1>
      <p>
        A market is the countries sold to in one currency, with its languages, its Incoterm, its price rules and its payment methods. <Link to={`${BASE}/markets/new`}>Add a market</Link>
      </p>
      {error && <Alert>{error}</Alert>}
      {loading && markets.length === 0 && <p aria-live="polite">Loading…</p>}
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Market</th>
              <th scope="col">Countries</th>
              <th scope="col">Currency</th>
              <th scope="col">Languages</th>
              <th scope="col">Incoterm</th>
              <th scope="col">Prices</th>
              <th scope="col">Price rules</th>
              <th scope="col">Payment methods</th>
            </tr>
          </thead>
          <tbody>
            {markets.map((m) => (
              <tr key={m.id} data-market={m.id}>
                <th scope="row">
                  <Link to={`${BASE}/markets/${m.id}`}>{m.name}</Link> <span className="mono hint">{m.id}</span>
                  {m.isDefault && <span className="badge">default</span>}
                </th>
                <td>{m.countries.join(', ')}</td>
                <td>{m.currency}</td>
                <td>{m.locales.join(', ')}</td>
                <td>{m.incoterm}</td>
                <td>
                  {m.taxInclusive ? 'tax included' : 'before tax'}
                  {m.dutiesIncluded ? ', duties included' : ''}
                </td>
                <td>{describePricing(m)}</td>
                <td>{m.paymentMethods.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function describePricing(m: Market): string {
  const p = m.pricing;
  const charm = p.charm ? `, ending in ${p.charm.ending} of every ${p.charm.modulus} (${p.charm.direction})` : '';
  return `FX markup ${p.fxMarkupPercent}%, rounded ${p.rounding.mode} to ${p.rounding.increment} minor unit${p.rounding.increment === 1 ? '' : 's'}${charm}`;
}

type Form = {
  id: string;
  name: string;
  countries: string;
  currency: string;
  locales: string;
  incoterm: 'DDP' | 'DAP';
  taxInclusive: boolean;
  dutiesIncluded: boolean;
  paymentMethods: string;
  fxMarkupPercent: string;
  increment: string;
  mode: string;
  charm: boolean;
  modulus: string;
  ending: string;
  direction: 'up' | 'down' | 'nearest';
  isDefault: boolean;
};

function formOf(m: Market | undefined): Form {
  return {
    id: m?.id ?? '',
    name: m?.name ?? '',
    countries: m?.countries.join(', ') ?? '',
    currency: m?.currency ?? '',
    locales: m?.locales.join(', ') ?? 'en',
    incoterm: m?.incoterm ?? 'DDP',
    taxInclusive: m?.taxInclusive ?? true,
    dutiesIncluded: m?.dutiesIncluded ?? false,
    paymentMethods: m?.paymentMethods.join(', ') ?? 'card',
    fxMarkupPercent: m?.pricing.fxMarkupPercent ?? '0',
    increment: String(m?.pricing.rounding.increment ?? 1),
    mode: m?.pricing.rounding.mode ?? 'half-up',
    charm: Boolean(m?.pricing.charm),
    modulus: String(m?.pricing.charm?.modulus ?? 100),
    ending: String(m?.pricing.charm?.ending ?? 99),
    direction: m?.pricing.charm?.direction ?? 'nearest',
    isDefault: m?.isDefault ?? false,
  };
}

const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);
/** A whole number goes as a number; anything else as typed, so that the server names the problem. */
const whole = (text: string): number | string => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim());

/** Which form field a server field belongs to: countries[2] -> countries, pricing.charm.ending -> ending. */
const FIELD_OF: Record<string, keyof Form> = {
  id: 'id',
  name: 'name',
  countries: 'countries',
  currency: 'currency',
  locales: 'locales',
  incoterm: 'incoterm',
  taxInclusive: 'taxInclusive',
  dutiesIncluded: 'dutiesIncluded',
  paymentMethods: 'paymentMethods',
  pricing: 'fxMarkupPercent',
  'pricing.fxMarkupPercent': 'fxMarkupPercent',
  'pricing.rounding.increment': 'increment',
  'pricing.rounding.mode': 'mode',
  'pricing.charm.modulus': 'modulus',
  'pricing.charm.ending': 'ending',
  'pricing.charm.direction': 'direction',
  isDefault: 'isDefault',
};

function MarketEditor({ api, market, position, onSaved }: { api: Api; market: Market | undefined; position: number; onSaved: () => void }) {
  useTitle(market ? `Market ${market.name}` : 'New market');
  const [form, setForm] = useState<Form>(() => formOf(market));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const error = (name: keyof Form) => refusal?.fields[name];

  async function save(event: FormEvent) {
    event.preventDefault();
    const id = market?.id ?? form.id.trim();
    const body = {
      id,
      name: form.name,
      countries: list(form.countries.toUpperCase()),
      currency: form.currency.trim().toUpperCase(),
      locales: list(form.locales),
      incoterm: form.incoterm,
      taxInclusive: form.taxInclusive,
      dutiesIncluded: form.dutiesIncluded,
      paymentMethods: list(form.paymentMethods),
      pricing: {
        fxMarkupPercent: form.fxMarkupPercent.trim(),
        rounding: { increment: whole(form.increment), mode: form.mode },
        ...(form.charm ? { charm: { modulus: whole(form.modulus), ending: whole(form.ending), direction: form.direction } } : {}),
      },
      isDefault: form.isDefault,
      // The list shows markets in this order; saving keeps the market where it is.
      position,
    };
    setBusy(true);
    setRefusal(null);
    setMessage(null);
    try {
      const saved = await api.saveMarket(id || '-', body);
      setForm(formOf(saved));
      setMessage(`Saved ${saved.name}.`);
      onSaved();
      if (!market) navigate(`${BASE}/markets/${saved.id}`, { replace: true });
    } catch (e) {
      setRefusal(refusalOf(e, (f) => FIELD_OF[f.replace(/\[\d+\]$/, '')] ?? FIELD_OF[f]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="market-title">
      <p>
        <Link to={`${BASE}/markets`}>← Markets</Link>
      </p>
      <h1 id="market-title">{market ? market.name : 'New market'}</h1>
      <form onSubmit={save} noValidate className="grid-form">
        {!market && (
          <Field id="m-id" label="Id" error={error('id')} hint="lowercase letters, digits and dashes, e.g. eu or nordics">
            {(p) => <input {...p} value={form.id} onChange={(e) => set({ id: e.target.value })} />}
          </Field>
        )}
        <Field id="m-name" label="Name" error={error('name')}>
          {(p) => <input {...p} value={form.name} onChange={(e) => set({ name: e.target.value })} />}
        </Field>
        <Field id="m-countries" label="Countries" error={error('countries')} hint="ISO codes, e.g. DE, FR, NL; a country belongs to one market only">
          {(p) => <input {...p} value={form.countries} onChange={(e) => set({ countries: e.target.value })} />}
        </Field>
        <Field id="m-currency" label="Currency" error={error('currency')} hint="ISO 4217, e.g. EUR">
          {(p) => <input {...p} maxLength={3} value={form.currency} onChange={(e) => set({ currency: e.target.value })} />}
        </Field>
        <Field id="m-locales" label="Languages" error={error('locales')} hint="the default first, e.g. de, en">
          {(p) => <input {...p} value={form.locales} onChange={(e) => set({ locales: e.target.value })} />}
        </Field>
        <Field id="m-incoterm" label="Incoterm" error={error('incoterm')}>
          {(p) => (
            <select {...p} value={form.incoterm} onChange={(e) => set({ incoterm: e.target.value as Form['incoterm'] })}>
              <option value="DDP">DDP: duties and taxes paid at checkout</option>
              <option value="DAP">DAP: the buyer pays them on delivery</option>
            </select>
          )}
        </Field>
        <Field id="m-tax-inclusive" label="Prices include tax" error={error('taxInclusive')} className="check">
          {(p) => <input {...p} type="checkbox" checked={form.taxInclusive} onChange={(e) => set({ taxInclusive: e.target.checked })} />}
        </Field>
        <Field id="m-duties-included" label="Prices include duties (DDP, tax-inclusive markets)" error={error('dutiesIncluded')} className="check">
          {(p) => <input {...p} type="checkbox" checked={form.dutiesIncluded} onChange={(e) => set({ dutiesIncluded: e.target.checked })} />}
        </Field>
        <Field id="m-payment-methods" label="Payment methods" error={error('paymentMethods')} hint="e.g. card, paypal, klarna, ideal">
          {(p) => <input {...p} value={form.paymentMethods} onChange={(e) => set({ paymentMethods: e.target.value })} />}
        </Field>
        <fieldset>
          <legend>Price rules</legend>
          <Field id="m-markup" label="FX markup (%)" error={error('fxMarkupPercent')} hint='a decimal from "0" to "50"'>
            {(p) => <input {...p} inputMode="decimal" value={form.fxMarkupPercent} onChange={(e) => set({ fxMarkupPercent: e.target.value })} />}
          </Field>
          <Field id="m-increment" label="Round to (minor units)" error={error('increment')} hint="1 = to the cent, 5 = to 5 cents">
            {(p) => <input {...p} inputMode="numeric" value={form.increment} onChange={(e) => set({ increment: e.target.value })} />}
          </Field>
          <Field id="m-mode" label="Rounding" error={error('mode')}>
            {(p) => (
              <select {...p} value={form.mode} onChange={(e) => set({ mode: e.target.value })}>
                {ROUNDING_MODES.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="m-charm" label="Charm prices (e.g. ending in .99)" className="check">
            {(p) => <input {...p} type="checkbox" checked={form.charm} onChange={(e) => set({ charm: e.target.checked })} />}
          </Field>
          {form.charm && (
            <>
              <Field id="m-modulus" label="Every (minor units)" error={error('modulus')} hint="100 = every whole unit">
                {(p) => <input {...p} inputMode="numeric" value={form.modulus} onChange={(e) => set({ modulus: e.target.value })} />}
              </Field>
              <Field id="m-ending" label="Ending (minor units)" error={error('ending')} hint="99 = .99; below the step above">
                {(p) => <input {...p} inputMode="numeric" value={form.ending} onChange={(e) => set({ ending: e.target.value })} />}
              </Field>
              <Field id="m-direction" label="Direction" error={error('direction')}>
                {(p) => (
                  <select {...p} value={form.direction} onChange={(e) => set({ direction: e.target.value as Form['direction'] })}>
                    <option value="nearest">nearest</option>
                    <option value="up">up</option>
                    <option value="down">down</option>
                  </select>
                )}
              </Field>
            </>
          )}
        </fieldset>
        <Field id="m-default" label="The default market (for buyers of countries no market sells to)" error={error('isDefault')} className="check">
          {(p) => <input {...p} type="checkbox" checked={form.isDefault} onChange={(e) => set({ isDefault: e.target.checked })} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save market'}
          </button>
        </div>
        <p role="status" className="note">
          {message}
        </p>
        {refusal && <Alert>{refusal.message}</Alert>}
      </form>
    </section>
  );
}
