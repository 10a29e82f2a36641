import { useState, type FormEvent } from 'react';
import type { Api } from './api.js';
import type { QuoteAnswer } from './api-types.js';
import { ChargeTable, DeMinimisTable } from './charges.js';
import { formatMoney, todayUtc } from './format.js';
import { Alert, Field, refusalOf, type Refusal } from './ui.js';

type Item = { sku: string; hsCode: string; originCountry: string; unitPrice: string; quantity: string; unitWeightKg: string };
type Form = { date: string; currency: string; incoterm: 'DDP' | 'DAP'; shipFrom: string; shipTo: string; channel: 'courier' | 'postal'; shipping: string; registrations: string; items: Item[] };

const NEW_ITEM: Item = { sku: 'ITEM-1', hsCode: '6109.10', originCountry: 'VN', unitPrice: '20.00', quantity: '2', unitWeightKg: '0.2' };
const START: Form = { date: todayUtc(), currency: 'EUR', incoterm: 'DDP', shipFrom: 'VN', shipTo: 'DE', channel: 'courier', shipping: '10.00', registrations: '', items: [NEW_ITEM] };

/** "IOSS=IM2760000001, UK_VAT=GB123456789" -> [{ scheme, number }]. */
function registrationsOf(text: string): Array<{ scheme: string; number: string }> {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [scheme = '', number = ''] = part.split('=').map((x) => x.trim());
      return { scheme, number };
    });
}

/** A server field of the quote request -> the playground's field: items[1].unitPrice.amount -> items.1.unitPrice. */
function fieldOf(f: string): string | undefined {
  const item = /^items\[(\d+)\]\.(sku|hsCode|originCountry|unitPrice|quantity|unitWeightKg)/.exec(f);
  if (item) return `items.${item[1]}.${item[2]}`;
  if (/^items(\[\d+\])?$/.test(f)) return 'items';
  const top = /^(date|currency|incoterm|channel|shipFrom|shipTo|shipping|seller)/.exec(f)?.[1];
  if (top === 'seller') return 'registrations';
  return top;
}

/**
 * Quote a consignment as the API would (POST /v1/landed-cost/quotes): every duty, tax and fee with
 * its rule, formula, basis, dates and source, and each refused input named next to its field.
 */
export function QuotePlayground({ api }: { api: Api }) {
  const [form, setForm] = useState<Form>(START);
  const [answer, setAnswer] = useState<QuoteAnswer | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const setItem = (i: number, patch: Partial<Item>) => set({ items: form.items.map((it, j) => (j === i ? { ...it, ...patch } : it)) });
  const error = (name: string) => refusal?.fields[name];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const currency = form.currency.trim().toUpperCase();
    const registrations = registrationsOf(form.registrations);
    const body = {
      date: form.date,
      currency,
      incoterm: form.incoterm,
      channel: form.channel,
      shipFrom: { country: form.shipFrom.trim().toUpperCase() },
      shipTo: { country: form.shipTo.trim().toUpperCase() },
      ...(form.shipping.trim() ? { shipping: { amount: form.shipping.trim(), currency } } : {}),
      ...(registrations.length > 0 ? { seller: { registrations } } : {}),
      items: form.items.map((it) => ({
        sku: it.sku.trim(),
        hsCode: it.hsCode.trim(),
        originCountry: it.originCountry.trim().toUpperCase(),
        unitPrice: { amount: it.unitPrice.trim(), currency },
        // A whole number goes as a number; anything else as typed, for the server to name.
        quantity: /^\d+$/.test(it.quantity.trim()) ? Number(it.quantity.trim()) : it.quantity.trim(),
        ...(it.unitWeightKg.trim() ? { unitWeightKg: it.unitWeightKg.trim() } : {}),
      })),
    };
    setBusy(true);
    setRefusal(null);
    try {
      setAnswer(await api.quote(body));
    } catch (e) {
      setAnswer(null);
      setRefusal(refusalOf(e, fieldOf));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="playground-title">
      <h2 id="playground-title">Quote playground</h2>
      <form onSubmit={submit} noValidate aria-labelledby="playground-title">
        <div className="grid-form">
          <Field id="q-date" label="Date (its rules and rates apply)" error={error('date')}>
            {(p) => <input {...p} type="date" value={form.date} onChange={(e) => set({ date: e.target.value })} />}
          </Field>
          <Field id="q-currency" label="Currency" error={error('currency')}>
            {(p) => <input {...p} maxLength={3} value={form.currency} onChange={(e) => set({ currency: e.target.value })} />}
          </Field>
          <Field id="q-incoterm" label="Incoterm" error={error('incoterm')}>
            {(p) => (
              <select {...p} value={form.incoterm} onChange={(e) => set({ incoterm: e.target.value as Form['incoterm'] })}>
                <option value="DDP">DDP</option>
                <option value="DAP">DAP</option>
              </select>
            )}
          </Field>
          <Field id="q-from" label="Ship from (country)" error={error('shipFrom')}>
            {(p) => <input {...p} maxLength={2} value={form.shipFrom} onChange={(e) => set({ shipFrom: e.target.value })} />}
          </Field>
          <Field id="q-to" label="Ship to (country)" error={error('shipTo')}>
            {(p) => <input {...p} maxLength={2} value={form.shipTo} onChange={(e) => set({ shipTo: e.target.value })} />}
          </Field>
          <Field id="q-channel" label="Channel" error={error('channel')}>
            {(p) => (
              <select {...p} value={form.channel} onChange={(e) => set({ channel: e.target.value as Form['channel'] })}>
                <option value="courier">courier</option>
                <option value="postal">postal</option>
              </select>
            )}
          </Field>
          <Field id="q-shipping" label="Shipping price" error={error('shipping')} hint="in the currency above">
            {(p) => <input {...p} inputMode="decimal" value={form.shipping} onChange={(e) => set({ shipping: e.target.value })} />}
          </Field>
          <Field id="q-registrations" label="Seller registrations" error={error('registrations')} hint="e.g. IOSS=IM2760000001, UK_VAT=GB123456789">
            {(p) => <input {...p} value={form.registrations} onChange={(e) => set({ registrations: e.target.value })} />}
          </Field>
        </div>
        <fieldset>
          <legend>Items</legend>
          {error('items') && <p className="error">{error('items')}</p>}
          {form.items.map((it, i) => (
            <div key={i} className="item-row" role="group" aria-label={`Item ${i + 1}`}>
              <Field id={`q-item-${i}-sku`} label={`SKU (item ${i + 1})`} error={error(`items.${i}.sku`)}>
                {(p) => <input {...p} value={it.sku} onChange={(e) => setItem(i, { sku: e.target.value })} />}
              </Field>
              <Field id={`q-item-${i}-hs`} label={`HS code (item ${i + 1})`} error={error(`items.${i}.hsCode`)}>
                {(p) => <input {...p} value={it.hsCode} onChange={(e) => setItem(i, { hsCode: e.target.value })} />}
              </Field>
              <Field id={`q-item-${i}-origin`} label={`Origin (item ${i + 1})`} error={error(`items.${i}.originCountry`)}>
                {(p) => <input {...p} maxLength={2} value={it.originCountry} onChange={(e) => setItem(i, { originCountry: e.target.value })} />}
              </Field>
              <Field id={`q-item-${i}-price`} label={`Unit price (item ${i + 1})`} error={error(`items.${i}.unitPrice`)}>
                {(p) => <input {...p} inputMode="decimal" value={it.unitPrice} onChange={(e) => setItem(i, { unitPrice: e.target.value })} />}
              </Field>
              <Field id={`q-item-${i}-quantity`} label={`Units (item ${i + 1})`} error={error(`items.${i}.quantity`)}>
                {(p) => <input {...p} inputMode="numeric" value={it.quantity} onChange={(e) => setItem(i, { quantity: e.target.value })} />}
              </Field>
              <Field id={`q-item-${i}-weight`} label={`Unit weight, kg (item ${i + 1})`} error={error(`items.${i}.unitWeightKg`)}>
                {(p) => <input {...p} inputMode="decimal" value={it.unitWeightKg} onChange={(e) => setItem(i, { unitWeightKg: e.target.value })} />}
              </Field>
              {form.items.length > 1 && (
                <button type="button" onClick={() => set({ items: form.items.filter((_, j) => j !== i) })}>
                  Remove item {i + 1}
                </button>
              )}
            </div>
          ))}
          <button type="button" onClick={() => set({ items: [...form.items, { ...NEW_ITEM, sku: `ITEM-${form.items.length + 1}` }] })}>
            Add an item
          </button>
        </fieldset>
        <button type="submit" disabled={busy}>
          {busy ? 'Quoting…' : 'Quote the landed cost'}
        </button>
        {refusal && <Alert>{refusal.message}</Alert>}
      </form>
      {answer && <QuoteAnswerView answer={answer} />}
    </section>
  );
}

function QuoteAnswerView({ answer: a }: { answer: QuoteAnswer }) {
  const m = (amount: string) => formatMoney({ amount, currency: a.currency });
  const rows: Array<[string, string]> = [
    ['Items', m(a.totals.items)],
    ['Shipping', m(a.totals.shipping)],
    ['Insurance', m(a.totals.insurance)],
    ['Duties', m(a.totals.duties)],
    ['Taxes', m(a.totals.taxes)],
    ['Fees', m(a.totals.fees)],
    ['Landed cost', m(a.totals.landedCost)],
    ['Payable at checkout', m(a.payableAtCheckout)],
    ['Payable on delivery', m(a.payableOnDelivery)],
  ];
  return (
    <section aria-labelledby="answer-title" data-testid="quote-answer">
      <h3 id="answer-title">
        Landed cost to {a.destination.country} on {a.date}, {a.incoterm}
      </h3>
      <p>
        Rules version <code>{a.rulesVersion}</code>
        {a.destination.customsTerritory ? `, customs territory ${a.destination.customsTerritory}` : ''}.{a.complete ? '' : ' Incomplete: some items could not be calculated (see below).'}
      </p>
      <table className="compact totals">
        <caption>Totals</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ChargeTable charges={[...a.duties, ...a.taxes, ...a.fees]} caption="Duties, taxes and fees" />
      <DeMinimisTable decisions={a.deMinimis} />
      {a.remittance.length > 0 && (
        <ul aria-label="Taxes the seller remits">
          {a.remittance.map((r, i) => (
            <li key={i}>
              {r.scheme}: {r.currency} {r.amount} ({r.note})
            </li>
          ))}
        </ul>
      )}
      {a.items.some((it) => !it.calculable) && (
        <ul aria-label="Items not calculated">
          {a.items
            .filter((it) => !it.calculable)
            .map((it) => (
              <li key={it.sku}>
                {it.sku}: {it.reasons.map((r) => r.message).join('; ')}
              </li>
            ))}
        </ul>
      )}
      {a.fx.length > 0 && (
        <p>
          Rates:{' '}
          {a.fx.map((r) => `${r.from}/${r.to} ${r.rate} (${r.source} ${r.rateDate})`).join(', ')}
        </p>
      )}
      {a.warnings.length > 0 && (
        <ul className="warnings">
          {a.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
