import { useState, type FormEvent } from 'react';
import type { Api } from './api.js';
import type { MovementInput, Warehouse } from './api-types.js';
import { formatDateTime } from './format.js';
import { Alert, Field, Pager, refusalOf, useLoad, usePager, useTitle, type Refusal } from './ui.js';

/** Warehouses, stock levels per SKU and warehouse, the stock ledger, and a form to record receipts and adjustments. */
export function InventoryPage({ api }: { api: Api }) {
  useTitle('Warehouses and stock');
  const warehouses = useLoad(() => api.listWarehouses(), [api]);
  const [filter, setFilter] = useState({ sku: '', warehouse: '' });
  const [draft, setDraft] = useState({ sku: '', warehouse: '' });
  const [changes, setChanges] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const list = warehouses.data?.items ?? [];
  return (
    <section aria-labelledby="inventory-title">
      <h1 id="inventory-title">Warehouses and stock</h1>
      <p role="status" className="note">
        {message}
      </p>
      <WarehouseTable warehouses={list} error={warehouses.error} />
      <MovementForm
        api={api}
        warehouses={list}
        onRecorded={(text) => {
          setMessage(text);
          setChanges((n) => n + 1);
        }}
      />
      <section aria-labelledby="stock-title">
        <h2 id="stock-title">Stock levels</h2>
        <form
          role="search"
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            setFilter({ sku: draft.sku.trim(), warehouse: draft.warehouse });
          }}
        >
          <Field id="stock-sku" label="Filter by SKU">
            {(p) => <input {...p} value={draft.sku} onChange={(e) => setDraft({ ...draft, sku: e.target.value })} />}
          </Field>
          <Field id="stock-warehouse" label="Filter by warehouse">
            {(p) => (
              <select {...p} value={draft.warehouse} onChange={(e) => setDraft({ ...draft, warehouse: e.target.value })}>
                <option value="">All warehouses</option>
                {list.map((w) => (
                  <option key={w.code} value={w.code}>
                    {w.name} ({w.code})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit">Filter</button>
        </form>
        <StockLevels api={api} filter={filter} changes={changes} />
      </section>
      <Movements api={api} filter={filter} changes={changes} />
    </section>
  );
}

function WarehouseTable({ warehouses, error }: { warehouses: Warehouse[]; error: string | null }) {
  return (
    <section aria-labelledby="warehouses-title">
      <h2 id="warehouses-title">Warehouses</h2>
      {error && <Alert>{error}</Alert>}
      <table>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">Address</th>
            <th scope="col">Ships to markets</th>
            <th scope="col">Active</th>
          </tr>
        </thead>
        <tbody>
          {warehouses.map((w) => (
            <tr key={w.code}>
              <th scope="row" className="mono">
                {w.code}
              </th>
              <td>{w.name}</td>
              <td>{[...w.address.lines, `${w.address.postalCode} ${w.address.city}`, w.address.region, w.country].filter(Boolean).join(', ')}</td>
              <td>{w.markets.join(', ')}</td>
              <td>{w.active ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function StockLevels({ api, filter, changes }: { api: Api; filter: { sku: string; warehouse: string }; changes: number }) {
  const pager = usePager(`${filter.sku}|${filter.warehouse}`);
  const levels = useLoad(() => api.listStock({ ...filter, cursor: pager.cursor }), [api, filter, pager.cursor, changes]);
  const page = levels.data;
  return (
    <>
      {levels.error && <Alert>{levels.error}</Alert>}
      <table id="stock-levels">
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Warehouse</th>
            <th scope="col" className="num">
              On hand
            </th>
            <th scope="col" className="num">
              Held by checkouts
            </th>
            <th scope="col" className="num">
              Available
            </th>
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((l) => (
            <tr key={`${l.sku}|${l.warehouse}`} data-stock={`${l.sku}@${l.warehouse}`}>
              <th scope="row" className="mono">
                {l.sku}
              </th>
              <td>{l.warehouse}</td>
              <td className="num">{l.onHand}</td>
              <td className="num">{l.reserved}</td>
              <td className="num">{l.available}</td>
              <td>{formatDateTime(l.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!levels.loading && page?.items.length === 0 && <p>No stock matches.</p>}
      <Pager label="Stock levels" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </>
  );
}

function Movements({ api, filter, changes }: { api: Api; filter: { sku: string; warehouse: string }; changes: number }) {
  const pager = usePager(`${filter.sku}|${filter.warehouse}|${changes}`);
  const movements = useLoad(() => api.listMovements({ ...filter, cursor: pager.cursor }), [api, filter, pager.cursor, changes]);
  const page = movements.data;
  return (
    <section aria-labelledby="movements-title">
      <h2 id="movements-title">Stock movements</h2>
      {movements.error && <Alert>{movements.error}</Alert>}
      <table id="movements">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">SKU</th>
            <th scope="col">Warehouse</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Change
            </th>
            <th scope="col" className="num">
              On hand after
            </th>
            <th scope="col">Reason · reference</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((m) => (
            <tr key={m.id}>
              <td>{formatDateTime(m.createdAt)}</td>
              <th scope="row" className="mono">
                {m.sku}
              </th>
              <td>{m.warehouse}</td>
              <td>{m.kind}</td>
              <td className="num">{m.quantity > 0 ? `+${m.quantity}` : m.quantity}</td>
              <td className="num">{m.onHandAfter}</td>
              <td>{[m.reason, m.reference].filter(Boolean).join(' · ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!movements.loading && page?.items.length === 0 && <p>No movements match.</p>}
      <Pager label="Stock movements" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}

const EMPTY = { sku: '', warehouse: '', kind: 'receipt' as MovementInput['kind'], quantity: '', reason: '', reference: '' };

/** Record a receipt, an adjustment (either sign) or a return; the server's message for each refused field sits under it. */
function MovementForm({ api, warehouses, onRecorded }: { api: Api; warehouses: Warehouse[]; onRecorded: (message: string) => void }) {
  const [form, setForm] = useState(EMPTY);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof EMPTY>) => setForm({ ...form, ...patch });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const q = form.quantity.trim();
    // A whole number goes as a number; anything else goes as typed so that the server names the problem.
    const body = {
      sku: form.sku.trim(),
      warehouse: form.warehouse,
      kind: form.kind,
      quantity: /^[+-]?\d+$/.test(q) ? Number(q) : q,
      ...(form.reason.trim() ? { reason: form.reason.trim() } : {}),
      ...(form.reference.trim() ? { reference: form.reference.trim() } : {}),
    } as MovementInput;
    setBusy(true);
    setRefusal(null);
    try {
      const r = await api.recordMovement(body);
      setForm({ ...EMPTY, warehouse: form.warehouse, kind: form.kind });
      onRecorded(`Recorded ${r.movement.kind === 'adjustment' ? 'an' : 'a'} ${r.movement.kind} of ${r.movement.quantity > 0 ? '+' : ''}${r.movement.quantity} × ${r.movement.sku} in ${r.movement.warehouse}: ${r.level.onHand} on hand, ${r.level.available} available.`);
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (['sku', 'warehouse', 'kind', 'quantity', 'reason', 'reference'].includes(f) ? f : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="movement-title">
      <h2 id="movement-title">Record a stock movement</h2>
      <form onSubmit={submit} noValidate className="grid-form">
        <Field id="movement-sku" label="SKU" error={refusal?.fields.sku}>
          {(p) => <input {...p} name="sku" autoComplete="off" value={form.sku} onChange={(e) => set({ sku: e.target.value })} />}
        </Field>
        <Field id="movement-warehouse" label="Warehouse" error={refusal?.fields.warehouse}>
          {(p) => (
            <select {...p} name="warehouse" value={form.warehouse} onChange={(e) => set({ warehouse: e.target.value })}>
              <option value="">Choose a warehouse</option>
              {warehouses.map((w) => (
                <option key={w.code} value={w.code}>
                  {w.name} ({w.code})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="movement-kind" label="Kind" error={refusal?.fields.kind}>
          {(p) => (
            <select {...p} name="kind" value={form.kind} onChange={(e) => set({ kind: e.target.value as MovementInput['kind'] })}>
              <option value="receipt">Receipt (goods in)</option>
              <option value="adjustment">Adjustment (a count, a loss: + or −)</option>
              <option value="return">Return (back on the shelf)</option>
            </select>
          )}
        </Field>
        <Field id="movement-quantity" label="Units" error={refusal?.fields.quantity} hint={form.kind === 'adjustment' ? 'negative to take units off' : 'positive'}>
          {(p) => <input {...p} name="quantity" inputMode="numeric" value={form.quantity} onChange={(e) => set({ quantity: e.target.value })} />}
        </Field>
        <Field id="movement-reason" label="Reason" error={refusal?.fields.reason}>
          {(p) => <input {...p} name="reason" maxLength={500} value={form.reason} onChange={(e) => set({ reason: e.target.value })} />}
        </Field>
        <Field id="movement-reference" label="Reference (purchase order, count…)" error={refusal?.fields.reference}>
          {(p) => <input {...p} name="reference" maxLength={100} value={form.reference} onChange={(e) => set({ reference: e.target.value })} />}
        </Field>
        <div className="actions">
          <button type="submit" disabled={busy}>
            Record movement
          </button>
        </div>
        {refusal && <Alert>{refusal.message}</Alert>}
      </form>
    </section>
  );
}
