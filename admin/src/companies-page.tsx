import { useState, type FormEvent } from 'react';
import { createCaller } from './api.js';
import { formatDateTime } from './format.js';
import { BASE, navigate, useQuery } from './router.js';
import { Alert, Field, Link, Pager, refusalOf, useLoad, usePager, useTitle, type Refusal } from './ui.js';

/**
 * Distributors: company accounts (list, create, edit with buyers and bank details) at
 * /admin/companies[/{id}|/new], and wholesale price lists at /admin/companies/price-lists?code=.
 */

type Address = { name: string; lines: string[]; city: string; postalCode: string | null; region: string | null; country: string; phone: string | null };
type Buyer = { id: string; name: string; email: string; phone: string | null; role: string; createdAt: string };
type CompanySummary = { id: string; name: string; country: string; email: string; taxNumber: string | null; eori: string | null; priceList: string | null; paymentTerms: string; creditLimitMinor: number | null; status: string; createdAt: string; updatedAt: string };
type Company = CompanySummary & { address: Address; bankDetails: { iban: string; ibanPrinted: string; bic: string; accountHolder: string | null } | null; note: string | null; buyers: Buyer[] };
type Tier = { minQuantity: number; unitPriceMinor: number };
type PriceListItem = { sku: string; minOrderQuantity: number; orderMultiple: number; tiers: Tier[] };
type PriceListSummary = { code: string; name: string; currency: string; validFrom: string; validTo: string | null; note: string | null; itemCount: number };
type PriceList = PriceListSummary & { items: PriceListItem[] };

const TAB_KEY = 'landfall.admin.key';
const TERMS = { prepayment: 'Prepayment', net_30: 'Net 30 days', net_60: 'Net 60 days' } as const;

function createCompaniesApi(key: string) {
  const call = createCaller(key);
  const seg = encodeURIComponent;
  return {
    list: (q: string, cursor: string | null) => call<{ items: CompanySummary[]; nextCursor: string | null }>('GET', `/v1/admin/companies?limit=25${q ? `&q=${seg(q)}` : ''}${cursor ? `&cursor=${seg(cursor)}` : ''}`),
    get: (id: string) => call<Company>('GET', `/v1/admin/companies/${seg(id)}`),
    create: (body: unknown) => call<Company>('POST', '/v1/admin/companies', body),
    update: (id: string, body: unknown) => call<Company>('PATCH', `/v1/admin/companies/${seg(id)}`, body),
    addBuyer: (id: string, body: unknown) => call<Buyer>('POST', `/v1/admin/companies/${seg(id)}/buyers`, body),
    removeBuyer: (id: string, buyerId: string) => call<void>('DELETE', `/v1/admin/companies/${seg(id)}/buyers/${seg(buyerId)}`),
    priceLists: () => call<{ items: PriceListSummary[] }>('GET', '/v1/admin/price-lists'),
    priceList: (code: string) => call<PriceList>('GET', `/v1/admin/price-lists/${seg(code)}`),
    putPriceList: (code: string, body: unknown) => call<PriceList>('PUT', `/v1/admin/price-lists/${seg(code)}`, body),
    price: (code: string, sku: string, quantity: string) => call<{ unitPriceMinor: number; lineMinor: number; currency: string; tier: Tier }>('GET', `/v1/admin/price-lists/${seg(code)}/price?sku=${seg(sku)}&quantity=${seg(quantity)}`),
  };
}
type CompaniesApi = ReturnType<typeof createCompaniesApi>;

export function CompaniesPage({ id }: { id: string | undefined }) {
  const [api] = useState(() => createCompaniesApi(sessionStorage.getItem(TAB_KEY) ?? ''));
  if (id === 'price-lists') return <PriceLists api={api} />;
  if (id === 'new') return <CompanyEditor api={api} company={undefined} onSaved={(c) => navigate(`${BASE}/companies/${c.id}`, { replace: true })} />;
  if (id) return <CompanyScreen key={id} api={api} id={id} />;
  return <CompanyList api={api} />;
}

function CompanyList({ api }: { api: CompaniesApi }) {
  useTitle('Distributors');
  const [q, setQ] = useState('');
  const pager = usePager(q);
  const page = useLoad(() => api.list(q, pager.cursor), [q, pager.cursor]);
  return (
    <section aria-labelledby="companies-title">
      <h1 id="companies-title">Distributors</h1>
      <p>
        Company accounts that buy wholesale. <Link to={`${BASE}/companies/new`}>Add a company</Link> · <Link to={`${BASE}/companies/price-lists`}>Price lists</Link>
      </p>
      <div className="inline">
        <label htmlFor="c-q">Find</label>
        <input id="c-q" type="search" value={q} placeholder="name, email, VAT or EORI number" onChange={(e) => setQ(e.target.value)} />
      </div>
      {page.error && <Alert>{page.error}</Alert>}
      <div className="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Company</th>
              <th scope="col">Country</th>
              <th scope="col">Tax number</th>
              <th scope="col">EORI</th>
              <th scope="col">Price list</th>
              <th scope="col">Terms</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {(page.data?.items ?? []).map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`${BASE}/companies/${c.id}`}>{c.name}</Link>
                </th>
                <td>{c.country}</td>
                <td className="mono">{c.taxNumber ?? '—'}</td>
                <td className="mono">{c.eori ?? '—'}</td>
                <td>{c.priceList ?? '—'}</td>
                <td>{TERMS[c.paymentTerms as keyof typeof TERMS] ?? c.paymentTerms}</td>
                <td>{c.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label="Companies" page={pager.page} hasNext={Boolean(page.data?.nextCursor)} onNext={() => page.data?.nextCursor && pager.next(page.data.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}

function CompanyScreen({ api, id }: { api: CompaniesApi; id: string }) {
  const company = useLoad(() => api.get(id), [id]);
  if (!company.data) return company.error ? <Alert>{company.error}</Alert> : <p aria-live="polite">Loading…</p>;
  return (
    <>
      <CompanyEditor api={api} company={company.data} onSaved={company.replace} />
      <Buyers api={api} company={company.data} onChanged={company.reload} />
    </>
  );
}

type Form = Record<'name' | 'country' | 'email' | 'addressName' | 'line1' | 'line2' | 'city' | 'postalCode' | 'region' | 'addressCountry' | 'taxNumber' | 'eori' | 'priceList' | 'paymentTerms' | 'creditLimitMinor' | 'iban' | 'bic' | 'accountHolder' | 'status' | 'note' | 'buyers', string>;

function formOf(c: Company | undefined): Form {
  return {
    name: c?.name ?? '',
    country: c?.country ?? '',
    email: c?.email ?? '',
    addressName: c?.address.name ?? '',
    line1: c?.address.lines[0] ?? '',
    line2: c?.address.lines[1] ?? '',
    city: c?.address.city ?? '',
    postalCode: c?.address.postalCode ?? '',
    region: c?.address.region ?? '',
    addressCountry: c?.address.country ?? '',
    taxNumber: c?.taxNumber ?? '',
    eori: c?.eori ?? '',
    priceList: c?.priceList ?? '',
    paymentTerms: c?.paymentTerms ?? 'prepayment',
    creditLimitMinor: c?.creditLimitMinor === null || c?.creditLimitMinor === undefined ? '' : String(c.creditLimitMinor),
    iban: c?.bankDetails?.ibanPrinted ?? '',
    bic: c?.bankDetails?.bic ?? '',
    accountHolder: c?.bankDetails?.accountHolder ?? '',
    status: c?.status ?? 'active',
    note: c?.note ?? '',
    buyers: '',
  };
}

/** Which form field a server field belongs to: address.lines[1] -> line2, buyers[2].email -> buyers. */
function fieldOf(server: string): string | undefined {
  if (server.startsWith('buyers')) return 'buyers';
  const address: Record<string, keyof Form> = { 'address.name': 'addressName', 'address.lines[0]': 'line1', 'address.lines[1]': 'line2', 'address.lines': 'line1', 'address.city': 'city', 'address.postalCode': 'postalCode', 'address.region': 'region', 'address.country': 'addressCountry', address: 'line1' };
  return address[server] ?? server;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function CompanyEditor({ api, company, onSaved }: { api: CompaniesApi; company: Company | undefined; onSaved: (c: Company) => void }) {
  useTitle(company ? company.name : 'New company');
  const lists = useLoad(() => api.priceLists(), []);
  const [form, setForm] = useState<Form>(() => formOf(company));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const error = (name: keyof Form) => refusal?.fields[name];

  async function save(event: FormEvent) {
    event.preventDefault();
    const credit = form.creditLimitMinor.trim();
    const body: Record<string, unknown> = {
      name: form.name,
      country: form.country.trim().toUpperCase(),
      email: form.email,
      address: { name: form.addressName, lines: [form.line1, form.line2].filter((l) => l.trim() !== ''), city: form.city, postalCode: orNull(form.postalCode), region: orNull(form.region), country: (form.addressCountry || form.country).trim().toUpperCase() },
      taxNumber: orNull(form.taxNumber),
      eori: orNull(form.eori),
      priceList: orNull(form.priceList),
      paymentTerms: form.paymentTerms,
      creditLimitMinor: credit === '' ? null : /^\d+$/.test(credit) ? Number(credit) : credit,
      iban: orNull(form.iban),
      bic: orNull(form.bic),
      accountHolder: orNull(form.accountHolder),
      status: form.status,
      note: orNull(form.note),
    };
    if (!company) {
      // One buyer a line: "Name, email[, approver]".
      body.buyers = form.buyers.split('\n').filter((l) => l.trim()).map((line) => {
        const [name = '', email = '', role] = line.split(',').map((p) => p.trim());
        return { name, email, ...(role ? { role } : {}) };
      });
    }
    setBusy(true);
    setRefusal(null);
    setMessage(null);
    try {
      const saved = company ? await api.update(company.id, body) : await api.create(body);
      setForm(formOf(saved));
      setMessage(`Saved ${saved.name}.`);
      onSaved(saved);
    } catch (e) {
      setRefusal(refusalOf(e, fieldOf));
    } finally {
      setBusy(false);
    }
  }

  const text = (name: keyof Form, label: string, hint?: string) => (
    <Field id={`c-${name}`} label={label} error={error(name)} hint={hint}>
      {(p) => <input {...p} value={form[name]} onChange={(e) => set({ [name]: e.target.value })} />}
    </Field>
  );
  return (
    <section aria-labelledby="company-title">
      <p>
        <Link to={`${BASE}/companies`}>← Distributors</Link>
      </p>
      <h1 id="company-title">{company ? company.name : 'New company'}</h1>
      {company && <p className="hint">Created {formatDateTime(company.createdAt)}, changed {formatDateTime(company.updatedAt)}</p>}
      <form onSubmit={save} noValidate className="grid-form">
        {text('name', 'Legal name')}
        {text('country', 'Country', 'ISO code, e.g. DE; the tax number is checked by it')}
        {text('email', 'Accounts email')}
        {text('taxNumber', 'VAT or tax number', 'EU VAT with check digits, GB VAT, ABN, ...; others format only')}
        {text('eori', 'EORI number', 'e.g. DE1234567 or GB + VAT number + 000')}
        <fieldset>
          <legend>Delivery address</legend>
          {text('addressName', 'Name')}
          {text('line1', 'Street')}
          {text('line2', 'Street (2)')}
          {text('city', 'City')}
          {text('postalCode', 'Postal code')}
          {text('region', 'Region')}
          {text('addressCountry', 'Country', 'empty: the company country')}
        </fieldset>
        <fieldset>
          <legend>Terms</legend>
          <Field id="c-priceList" label="Price list" error={error('priceList')}>
            {(p) => (
              <select {...p} value={form.priceList} onChange={(e) => set({ priceList: e.target.value })}>
                <option value="">None</option>
                {(lists.data?.items ?? []).map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name} ({l.code}, {l.currency})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="c-paymentTerms" label="Payment terms" error={error('paymentTerms')}>
            {(p) => (
              <select {...p} value={form.paymentTerms} onChange={(e) => set({ paymentTerms: e.target.value })}>
                {Object.entries(TERMS).map(([value, words]) => (
                  <option key={value} value={value}>
                    {words}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('creditLimitMinor', 'Credit limit (minor units)', "of the price list's currency; empty: no limit")}
          <Field id="c-status" label="Status" error={error('status')}>
            {(p) => (
              <select {...p} value={form.status} onChange={(e) => set({ status: e.target.value })}>
                <option value="active">Active</option>
                <option value="suspended">Suspended</option>
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>Bank details</legend>
          {text('iban', 'IBAN', 'checked: length for the country and check digits')}
          {text('bic', 'BIC', 'of a bank in the IBAN’s country')}
          {text('accountHolder', 'Account holder')}
        </fieldset>
        {text('note', 'Note')}
        {!company && (
          <Field id="c-buyers" label="Buyers" error={error('buyers')} hint="one a line: name, email[, approver]">
            {(p) => <textarea {...p} rows={3} value={form.buyers} onChange={(e) => set({ buyers: e.target.value })} />}
          </Field>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : company ? 'Save company' : 'Create company'}
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

function Buyers({ api, company, onChanged }: { api: CompaniesApi; company: Company; onChanged: () => void }) {
  const [form, setForm] = useState({ name: '', email: '', phone: '', role: 'buyer' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  async function add(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    try {
      await api.addBuyer(company.id, { name: form.name, email: form.email, phone: orNull(form.phone), role: form.role });
      setForm({ name: '', email: '', phone: '', role: 'buyer' });
      onChanged();
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  async function remove(buyer: Buyer) {
    if (!confirm(`Remove ${buyer.name} (${buyer.email})?`)) return;
    try {
      await api.removeBuyer(company.id, buyer.id);
      onChanged();
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  return (
    <section aria-labelledby="buyers-title">
      <h2 id="buyers-title">Buyers</h2>
      <ul>
        {company.buyers.map((b) => (
          <li key={b.id}>
            {b.name} <span className="mono">{b.email}</span> {b.phone} <span className="badge">{b.role}</span>{' '}
            <button type="button" onClick={() => void remove(b)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} noValidate className="inline-form">
        {(['name', 'email', 'phone'] as const).map((f) => (
          <Field key={f} id={`b-${f}`} label={f[0]!.toUpperCase() + f.slice(1)} error={refusal?.fields[f]}>
            {(p) => <input {...p} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />}
          </Field>
        ))}
        <Field id="b-role" label="Role" error={refusal?.fields.role}>
          {(p) => (
            <select {...p} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
              <option value="buyer">Buyer</option>
              <option value="approver">Approver</option>
            </select>
          )}
        </Field>
        <button type="submit">Add buyer</button>
      </form>
      {refusal && <Alert>{refusal.message}</Alert>}
    </section>
  );
}

/** An item as a line: `SKU MOQ MULTIPLE QTY=PRICE ...` (prices in minor units). */
const itemLine = (i: PriceListItem) => [i.sku, i.minOrderQuantity, i.orderMultiple, ...i.tiers.map((t) => `${t.minQuantity}=${t.unitPriceMinor}`)].join(' ');
const num = (t: string | undefined): number | string => (t !== undefined && /^\d+$/.test(t) ? Number(t) : (t ?? ''));

function PriceLists({ api }: { api: CompaniesApi }) {
  useTitle('Price lists');
  const code = useQuery().get('code') ?? '';
  const lists = useLoad(() => api.priceLists(), []);
  const current = useLoad(() => (code ? api.priceList(code).catch(() => undefined) : Promise.resolve(undefined)), [code]);
  return (
    <section aria-labelledby="pl-title">
      <p>
        <Link to={`${BASE}/companies`}>← Distributors</Link>
      </p>
      <h1 id="pl-title">Wholesale price lists</h1>
      {lists.error && <Alert>{lists.error}</Alert>}
      <ul>
        {(lists.data?.items ?? []).map((l) => (
          <li key={l.code}>
            <Link to={`${BASE}/companies/price-lists?code=${l.code}`}>{l.name}</Link> <span className="mono">{l.code}</span> {l.currency}, {l.itemCount} items, from {l.validFrom}
            {l.validTo ? ` to ${l.validTo}` : ''}
          </li>
        ))}
      </ul>
      {!current.loading && <PriceListEditor key={code} api={api} code={code} list={current.data} onSaved={lists.reload} />}
    </section>
  );
}

function PriceListEditor({ api, code, list, onSaved }: { api: CompaniesApi; code: string; list: PriceList | undefined; onSaved: () => void }) {
  const [form, setForm] = useState({ code, name: list?.name ?? '', currency: list?.currency ?? 'EUR', validFrom: list?.validFrom ?? '', validTo: list?.validTo ?? '', items: (list?.items ?? []).map(itemLine).join('\n') });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [check, setCheck] = useState({ sku: '', quantity: '', answer: '' });
  async function save(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    const items = form.items.split('\n').filter((l) => l.trim()).map((line) => {
      const [sku, moq, multiple, ...tiers] = line.trim().split(/\s+/);
      return { sku, minOrderQuantity: num(moq), orderMultiple: num(multiple), tiers: tiers.map((t) => ({ minQuantity: num(t.split('=')[0]), unitPriceMinor: num(t.split('=')[1]) })) };
    });
    try {
      const saved = await api.putPriceList(form.code.trim(), { name: form.name, currency: form.currency.trim().toUpperCase(), validFrom: form.validFrom, validTo: orNull(form.validTo), items });
      setMessage(`Saved ${saved.name}: ${saved.itemCount} items.`);
      onSaved();
      if (!code) navigate(`${BASE}/companies/price-lists?code=${saved.code}`, { replace: true });
    } catch (e) {
      // items[3].tiers[1].minQuantity -> line 4 of the items.
      setRefusal(refusalOf(e, (f) => (f.startsWith('items') ? 'items' : f)));
    }
  }
  async function price(event: FormEvent) {
    event.preventDefault();
    try {
      const p = await api.price(form.code, check.sku, check.quantity);
      setCheck({ ...check, answer: `${p.unitPriceMinor} a unit (tier from ${p.tier.minQuantity}), ${p.lineMinor} for the line, minor units of ${p.currency}` });
    } catch (e) {
      setCheck({ ...check, answer: refusalOf(e).message });
    }
  }
  const input = (name: 'code' | 'name' | 'currency' | 'validFrom' | 'validTo', label: string, hint?: string) => (
    <Field id={`pl-${name}`} label={label} error={refusal?.fields[name]} hint={hint}>
      {(p) => <input {...p} value={form[name]} disabled={name === 'code' && Boolean(code)} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />}
    </Field>
  );
  return (
    <>
      <h2>{list ? `Edit ${list.name}` : 'New price list'}</h2>
      <form onSubmit={save} noValidate className="grid-form">
        {input('code', 'Code', 'lower-case letters, digits, - and _')}
        {input('name', 'Name')}
        {input('currency', 'Currency')}
        {input('validFrom', 'Valid from', 'YYYY-MM-DD')}
        {input('validTo', 'Valid until (exclusive)', 'empty: open-ended')}
        <Field id="pl-items" label="Items" error={refusal?.fields.items} hint="one a line: SKU MOQ MULTIPLE QTY=PRICE QTY=PRICE … (prices in minor units); the list is replaced whole">
          {(p) => <textarea {...p} rows={8} className="mono" value={form.items} onChange={(e) => setForm({ ...form, items: e.target.value })} />}
        </Field>
        <div className="actions">
          <button type="submit">Save price list</button>
        </div>
        <p role="status" className="note">
          {message}
        </p>
        {refusal && <Alert>{refusal.message}</Alert>}
      </form>
      {list && (
        <form onSubmit={price} className="inline-form" aria-label="Price of a quantity">
          <Field id="pl-sku" label="SKU">
            {(p) => <input {...p} value={check.sku} onChange={(e) => setCheck({ ...check, sku: e.target.value })} />}
          </Field>
          <Field id="pl-quantity" label="Quantity">
            {(p) => <input {...p} inputMode="numeric" value={check.quantity} onChange={(e) => setCheck({ ...check, quantity: e.target.value })} />}
          </Field>
          <button type="submit">Price</button>
          <p role="status">{check.answer}</p>
        </form>
      )}
    </>
  );
}
