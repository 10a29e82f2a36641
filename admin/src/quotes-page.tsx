import { useState, type FormEvent } from 'react';
import { createCaller } from './api.js';
import { downloadDocument } from './documents-api.js';
import { formatDateTime, groupDigits } from './format.js';
import { BASE, navigate, useQuery } from './router.js';
import { Alert, Field, Link, Pager, refusalOf, useLoad, usePager, useTitle, type Refusal } from './ui.js';

/**
 * Distributor quotes at /admin/quotes[/{number}|/new]: the list, a new quote under any Incoterms
 * 2020 rule, and a quote with who bears each cost, the comparison of the usable rules, the duty and
 * tax lines of the landed-cost engine, and its steps (send, accept with the account to pay into,
 * pro forma PDF, order, cancel).
 */

type CostLine = { item: string; label: string; amountMinor: number; party: 'seller' | 'buyer'; source: string };
type Row = { incoterm: string; name: string; riskPasses: string; priceMinor: number; buyerExtraMinor: number; landedMinor: number; chosen: boolean };
type Charge = { sku: string | null; name: string; rate: string; basis: string; amount: string; currency: string; formula: string };
type Calculation = {
  incoterm: { text: string; risk: string; insuranceCover: string | null };
  costs: CostLine[];
  insurance: { premiumMinor: number; cifValueMinor: number; minimumCoverMinor: number; premiumBasis: string } | null;
  sellerPriceMinor: number;
  buyerExtraMinor: number;
  landedMinor: number;
  comparison: Row[];
  paymentTerms?: string;
  landedCost?: { duties: Charge[]; taxes: Charge[]; fees: Charge[]; fx: Array<{ from: string; to: string; rate: string; rateDate: string; stale: boolean }>; warnings: string[] };
};
type Quote = {
  number: string;
  status: string;
  company: { id: string; name: string | null; country: string | null };
  incoterm: string;
  transportMode: string;
  namedPlace: string;
  currency: string;
  warehouse: string;
  lines: Array<{ sku: string; title: string; quantity: number; unitPriceMinor: number; lineMinor: number; hsCode: string; originCountry: string }>;
  goodsMinor: number;
  totalMinor: number;
  calculation: Calculation;
  validUntil: string;
  proForma: { number: string; issuedAt: string; url: string } | null;
  order: { id: string; number: string | null } | null;
  /** When the distributor's link was last sent, and who accepted (operator, or the buyer's email). */
  buyerLinkSentAt?: string | null;
  acceptedBy?: string | null;
  createdAt: string;
};

const TAB_KEY = 'landfall.admin.key';
const INCOTERMS = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;
const MODES = ['sea', 'inland_waterway', 'air', 'road', 'rail', 'multimodal'] as const;
const COSTS = ['loading', 'exportClearance', 'mainCarriage', 'unloading', 'importClearance'] as const;

function createQuotesApi(key: string) {
  const call = createCaller(key);
  const seg = encodeURIComponent;
  return {
    list: (status: string, cursor: string | null) => call<{ items: Quote[]; nextCursor: string | null }>('GET', `/v1/admin/quotes?limit=25${status ? `&status=${seg(status)}` : ''}${cursor ? `&cursor=${seg(cursor)}` : ''}`),
    get: (n: string) => call<Quote>('GET', `/v1/admin/quotes/${seg(n)}`),
    create: (body: unknown) => call<Quote>('POST', '/v1/admin/quotes', body),
    step: (n: string, step: 'send' | 'accept' | 'order' | 'cancel', body?: unknown) => call<unknown>('POST', `/v1/admin/quotes/${seg(n)}/${step}`, body ?? {}),
    companies: () => call<{ items: Array<{ id: string; name: string; country: string }> }>('GET', '/v1/admin/companies?limit=100'),
  };
}
type QuotesApi = ReturnType<typeof createQuotesApi>;

/** Minor units as an exact amount with the currency's decimals: 129307 EUR -> "EUR 1,293.07". */
function money(minor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const amount = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return `${currency} ${minor < 0 ? '-' : ''}${groupDigits(amount)}`;
}

export function QuotesPage({ number }: { number: string | undefined }) {
  const [api] = useState(() => createQuotesApi(sessionStorage.getItem(TAB_KEY) ?? ''));
  if (number === 'new') return <NewQuote api={api} />;
  if (number) return <QuoteScreen key={number} api={api} number={number} />;
  return <QuoteList api={api} />;
}

function QuoteList({ api }: { api: QuotesApi }) {
  useTitle('Quotes');
  const status = useQuery().get('status') ?? '';
  const pager = usePager(status);
  const page = useLoad(() => api.list(status, pager.cursor), [status, pager.cursor]);
  return (
    <section aria-labelledby="quotes-title">
      <h1 id="quotes-title">Distributor quotes</h1>
      <p>
        <Link to={`${BASE}/quotes/new`}>New quote</Link> · <Link to={`${BASE}/companies`}>Distributors</Link>
      </p>
      {page.error && <Alert>{page.error}</Alert>}
      <div className="scroll">
        <table>
          <thead>
            <tr>
              {['Quote', 'Company', 'Terms', 'Price', 'Landed at the door', 'Valid until', 'Status'].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(page.data?.items ?? []).map((q) => (
              <tr key={q.number}>
                <th scope="row">
                  <Link to={`${BASE}/quotes/${q.number}`}>{q.number}</Link>
                </th>
                <td>{q.company.name ?? q.company.id}</td>
                <td>{q.calculation.incoterm.text}</td>
                <td className="num">{money(q.totalMinor, q.currency)}</td>
                <td className="num">{money(q.calculation.landedMinor, q.currency)}</td>
                <td>{q.validUntil}</td>
                <td>{q.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Quotes" page={pager.page} hasNext={Boolean(page.data?.nextCursor)} onNext={() => page.data?.nextCursor && pager.next(page.data.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}

/** `SKU QUANTITY` per line, as typed, into request lines (bad ones are left for the server to name). */
function linesOf(text: string): Array<{ sku: string; quantity: number | string }> {
  return text
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((p) => p[0])
    .map(([sku, q]) => ({ sku: sku!, quantity: q !== undefined && /^\d+$/.test(q) ? Number(q) : (q ?? '') }));
}

function NewQuote({ api }: { api: QuotesApi }) {
  useTitle('New quote');
  const companies = useLoad(() => api.companies(), []);
  const [form, setForm] = useState<Record<string, string>>({ companyId: '', incoterm: 'FCA', transportMode: 'sea', namedPlace: '', warehouse: '', lines: '', insuranceRatePercent: '', validDays: '30' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const set = (k: string) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const costs = Object.fromEntries([...COSTS, 'insurance'].filter((c) => form[c]).map((c) => [c, /^\d+$/.test(form[c]!) ? Number(form[c]) : form[c]]));
    const body = {
      companyId: form.companyId,
      incoterm: form.incoterm,
      transportMode: form.transportMode,
      namedPlace: form.namedPlace,
      ...(form.warehouse ? { warehouse: form.warehouse } : {}),
      lines: linesOf(form.lines ?? ''),
      costs,
      ...(form.insuranceRatePercent ? { insuranceRatePercent: form.insuranceRatePercent } : {}),
      validDays: Number(form.validDays),
    };
    try {
      const q = await api.create(body);
      navigate(`${BASE}/quotes/${q.number}`);
    } catch (err) {
      setRefusal(refusalOf(err, (f) => (f.startsWith('lines') ? 'lines' : f.startsWith('costs.') ? f.slice(6) : f)));
    }
  }
  const text = (k: string, label: string, hint?: string) => (
    <Field key={k} id={`q-${k}`} label={label} error={refusal?.fields[k]} hint={hint}>
      {(p) => <input {...p} value={form[k] ?? ''} onChange={set(k)} />}
    </Field>
  );
  return (
    <section aria-labelledby="nq-title">
      <p>
        <Link to={`${BASE}/quotes`}>← Quotes</Link>
      </p>
      <h1 id="nq-title">New distributor quote</h1>
      <form onSubmit={submit} noValidate>
        <Field id="q-companyId" label="Company" error={refusal?.fields.companyId}>
          {(p) => (
            <select {...p} value={form.companyId} onChange={set('companyId')}>
              <option value="">Choose…</option>
              {(companies.data?.items ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.country})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="q-incoterm" label="Incoterms 2020 rule" error={refusal?.fields.incoterm}>
          {(p) => (
            <select {...p} value={form.incoterm} onChange={set('incoterm')}>
              {INCOTERMS.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          )}
        </Field>
        <Field id="q-transportMode" label="Transport" error={refusal?.fields.transportMode} hint="FAS, FOB, CFR and CIF are for sea and inland waterway only">
          {(p) => (
            <select {...p} value={form.transportMode} onChange={set('transportMode')}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {m.replace('_', ' ')}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('namedPlace', 'Named place', 'the port, airport or address the rule names')}
        {text('warehouse', 'Warehouse', 'code; empty: the first with the stock')}
        <Field id="q-lines" label="Lines" error={refusal?.fields.lines} hint="one per line: SKU QUANTITY">
          {(p) => <textarea {...p} rows={5} value={form.lines} onChange={set('lines')} />}
        </Field>
        {COSTS.map((c) => text(c, c.replace(/[A-Z]/g, (m) => ` ${m.toLowerCase()}`), 'minor units of the price list currency'))}
        {text('insurance', 'Insurance premium', 'minor units; or a rate below')}
        {text('insuranceRatePercent', 'Insurance rate (%)', 'computes the premium on 110 % of the CIF value')}
        {text('validDays', 'Valid for (days)')}
        <button type="submit">Work out the quote</button>
      </form>
      {refusal && <Alert>{refusal.message}</Alert>}
    </section>
  );
}

function QuoteScreen({ api, number }: { api: QuotesApi; number: string }) {
  useTitle(`Quote ${number}`);
  const quote = useLoad(() => api.get(number), [number]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [payTo, setPayTo] = useState({ accountHolder: '', iban: '', bic: '' });
  const [sent, setSent] = useState<{ buyerLink: string; sentTo: string } | null>(null);
  if (!quote.data) return quote.error ? <Alert>{quote.error}</Alert> : <p aria-live="polite">Loading…</p>;
  const q = quote.data;
  const c = q.calculation;
  const m = (minor: number) => money(minor, q.currency);
  async function step(s: 'send' | 'accept' | 'order' | 'cancel') {
    if (s === 'cancel' && !confirm(`Cancel quote ${number}?`)) return;
    try {
      setRefusal(null);
      // Left empty, the account is the store's own (PUT /v1/admin/store/bank-account).
      const ownAccount = !payTo.accountHolder.trim() && !payTo.iban.trim() && !payTo.bic.trim();
      const answer = await api.step(number, s, s === 'accept' && !ownAccount ? { payTo } : undefined);
      if (s === 'send') setSent(answer as { buyerLink: string; sentTo: string });
      quote.reload();
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (f.startsWith('payTo.') ? f.slice(6) : f)));
    }
  }
  const charges = [...(c.landedCost?.duties ?? []), ...(c.landedCost?.fees ?? []), ...(c.landedCost?.taxes ?? [])];
  return (
    <section aria-labelledby="quote-title">
      <p>
        <Link to={`${BASE}/quotes`}>← Quotes</Link>
      </p>
      <h1 id="quote-title">
        Quote {q.number} <span className="badge">{q.status}</span>
      </h1>
      <p>
        {q.company.name} · {c.incoterm.text} by {q.transportMode.replace('_', ' ')} from {q.warehouse} · valid until {q.validUntil} · made {formatDateTime(q.createdAt)}
        {q.order && (
          <>
            {' '}
            · order <Link to={`${BASE}/orders/${q.order.number ?? ''}`}>{q.order.number}</Link>
          </>
        )}
      </p>
      <p>{c.incoterm.risk}</p>
      <h2>Who bears each cost</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Cost</th>
            <th scope="col">Borne by</th>
            <th scope="col">Figure from</th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Goods ({q.lines.map((l) => `${l.quantity} × ${l.sku}`).join(', ')})</th>
            <td>seller</td>
            <td>price list</td>
            <td className="num">{m(q.goodsMinor)}</td>
          </tr>
          {c.costs.map((x) => (
            <tr key={x.item}>
              <th scope="row">{x.label}</th>
              <td>{x.party}</td>
              <td>{x.source}</td>
              <td className="num">{m(x.amountMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Seller's price <strong>{m(c.sellerPriceMinor)}</strong> · the buyer adds {m(c.buyerExtraMinor)} · landed at the door <strong>{m(c.landedMinor)}</strong>
        {c.insurance && ` · insurance: minimum cover ${m(c.insurance.minimumCoverMinor)} (${c.insurance.premiumBasis})`}
      </p>
      <h2>The same shipment under each rule</h2>
      <table>
        <thead>
          <tr>
            {['Rule', 'Risk passes', "Seller's price", 'Buyer adds', 'Landed at the door'].map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.comparison.map((r) => (
            <tr key={r.incoterm} aria-current={r.chosen ? 'true' : undefined}>
              <th scope="row">
                {r.incoterm} {r.name}
              </th>
              <td>{r.riskPasses === 'origin' ? 'at origin' : 'at destination'}</td>
              <td className="num">{m(r.priceMinor)}</td>
              <td className="num">{m(r.buyerExtraMinor)}</td>
              <td className="num">{m(r.landedMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Duties and import taxes</h2>
      <ul>
        {charges.map((x, i) => (
          <li key={i}>
            {x.sku ?? 'consignment'}: {x.name} {x.currency} {x.amount} — {x.formula}
          </li>
        ))}
        {(c.landedCost?.fx ?? []).map((f) => (
          <li key={`${f.from}${f.to}`}>
            Rate: 1 {f.from} = {f.rate} {f.to} (ECB, {f.rateDate}
            {f.stale ? ', stale' : ''})
          </li>
        ))}
        {(c.landedCost?.warnings ?? []).map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <h2>Steps</h2>
      <div className="inline">
        <button type="button" onClick={() => void step('send')} disabled={q.status !== 'draft' && q.status !== 'sent'}>
          {q.status === 'sent' ? 'Send the link again' : 'Send to the distributor'}
        </button>
        <button type="button" onClick={() => void step('order')} disabled={q.status !== 'accepted'}>
          Place the order
        </button>
        <button type="button" onClick={() => void step('cancel')} disabled={q.status === 'ordered' || q.status === 'cancelled'}>
          Cancel
        </button>
        {q.proForma && (
          <button type="button" onClick={() => downloadDocument({ url: q.proForma!.url, filename: `${q.proForma!.number}.pdf` }).catch((e) => setRefusal(refusalOf(e)))}>
            Pro forma invoice (PDF)
          </button>
        )}
      </div>
      {sent && (
        <p role="status">
          Sent to {sent.sentTo}. The distributor's link (shown once; sending again replaces it): <code>{sent.buyerLink}</code>
        </p>
      )}
      {!sent && q.buyerLinkSentAt && <p>The distributor's link was sent {formatDateTime(q.buyerLinkSentAt)}.</p>}
      {q.acceptedBy && <p>Accepted by {q.acceptedBy === 'operator' ? 'the store' : q.acceptedBy}.</p>}
      {q.status === 'sent' && (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void step('accept');
          }}
        >
          {(['accountHolder', 'iban', 'bic'] as const).map((f) => (
            <Field key={f} id={`p-${f}`} label={{ accountHolder: 'Pay to (account holder)', iban: 'IBAN', bic: 'BIC' }[f]} error={refusal?.fields[f]}>
              {(p) => <input {...p} value={payTo[f]} onChange={(e) => setPayTo({ ...payTo, [f]: e.target.value })} />}
            </Field>
          ))}
          <p className="hint">Leave the account empty to print the store's own bank account.</p>
          <button type="submit">Accepted: issue the pro forma</button>
        </form>
      )}
      {refusal && <Alert>{refusal.message}</Alert>}
    </section>
  );
}
