import { useState, type FormEvent } from 'react';
import { HBarChart } from './bar-chart.js';
import { formatMoney, todayUtc } from './format.js';
import { reportQuery, type DutiesReconciliation, type ReportsApi } from './reports-api.js';
import { barValue, CsvButton, QueryForm } from './reports-ui.js';
import { BASE, useQuery } from './router.js';
import { Alert, Field, Link, refusalOf, useLoad, type Refusal } from './ui.js';

/**
 * Duties quoted at checkout against carriers' invoices: per market and currency (a chart of the
 * difference and a table), per parcel with its order, and a form to record an invoice for a parcel.
 */
export function DutiesReport({ reports }: { reports: ReportsApi }) {
  const query = useQuery();
  const values = { from: query.get('from') ?? '', to: query.get('to') ?? '' };
  const loaded = useLoad(() => reports.dutiesReconciliation(values), [reports, values.from, values.to]);
  const refusal = loaded.failure ? refusalOf(loaded.failure) : null;
  const r = loaded.data;
  return (
    <section aria-labelledby="duties-report-title">
      <h2 id="duties-report-title">Duties quoted and invoiced</h2>
      <QueryForm
        path={`${BASE}/reports/duties`}
        label="Range"
        fields={[
          { name: 'from', label: 'From', type: 'date' },
          { name: 'to', label: 'To (included)', type: 'date' },
        ]}
        values={values}
        refusal={refusal}
      />
      {refusal && Object.keys(refusal.fields).length === 0 && <Alert>{refusal.message}</Alert>}
      {loaded.loading && <p aria-live="polite">Loading…</p>}
      {r && <DutiesFigures r={r} />}
      <RecordInvoice reports={reports} onRecorded={loaded.reload} />
    </section>
  );
}

function DutiesFigures({ r }: { r: DutiesReconciliation }) {
  return (
    <>
      <p className="note">
        DDP parcels shipped {r.from} to {r.to} (UTC), and parcels with an invoice dated then. Difference: invoiced less quoted.
      </p>
      {r.warnings.length > 0 && (
        <ul className="warnings">
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <CsvButton url={`/v1/admin/reports/duties-reconciliation${reportQuery({ from: r.from, to: r.to })}`} filename={`duties-reconciliation-${r.from}-${r.to}.csv`} />
      {r.summary.length === 0 ? (
        <p>No parcels with import charges in this range.</p>
      ) : (
        <figure>
          <figcaption>Quoted and invoiced per market and currency</figcaption>
          <HBarChart
            id="chart-duties-reconciliation"
            title="Import charges quoted and invoiced per market and currency"
            data={r.summary.flatMap((s) => [
              { label: `${s.market} ${s.currency} quoted`, value: barValue(s.quoted.total.amount) + barValue(s.awaitingQuoted.amount), text: `${formatMoney({ amount: s.quoted.total.amount, currency: s.currency })} + ${formatMoney(s.awaitingQuoted)} awaiting` },
              { label: `${s.market} ${s.currency} invoiced`, value: barValue(s.invoiced.total.amount), text: formatMoney(s.invoiced.total) },
            ])}
          />
        </figure>
      )}
      {r.summary.length > 0 && (
        <table id="table-duties-summary">
          <caption>Per market and currency (quoted and difference of the invoiced parcels)</caption>
          <thead>
            <tr>
              <th scope="col">Market</th>
              <th scope="col" className="num">Parcels</th>
              <th scope="col" className="num">Invoiced</th>
              <th scope="col" className="num">Quoted</th>
              <th scope="col" className="num">Invoiced amount</th>
              <th scope="col" className="num">Difference</th>
              <th scope="col" className="num">Awaiting an invoice</th>
            </tr>
          </thead>
          <tbody>
            {r.summary.map((s) => (
              <tr key={`${s.market}-${s.currency}`} data-market={`${s.market}-${s.currency}`}>
                <th scope="row">
                  {s.market} ({s.currency})
                </th>
                <td className="num">{s.parcels}</td>
                <td className="num">{s.invoicedParcels}</td>
                <td className="num">{formatMoney(s.quoted.total)}</td>
                <td className="num">{formatMoney(s.invoiced.total)}</td>
                <td className="num">{formatMoney(s.difference.total)}</td>
                <td className="num">
                  {s.awaitingParcels} ({formatMoney(s.awaitingQuoted)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {r.parcels.length > 0 && (
        <div className="scroll">
          <table id="table-duties-parcels">
            <caption>Per parcel</caption>
            <thead>
              <tr>
                <th scope="col">Order and parcel</th>
                <th scope="col">Market</th>
                <th scope="col">Carrier</th>
                <th scope="col">Shipped</th>
                <th scope="col" className="num">Quoted</th>
                <th scope="col" className="num">Invoiced</th>
                <th scope="col" className="num">Difference</th>
                <th scope="col">Invoices</th>
              </tr>
            </thead>
            <tbody>
              {r.parcels.map((p) => (
                <tr key={`${p.orderNumber}-${p.position}`} data-parcel={`${p.orderNumber}-${p.position}`}>
                  <th scope="row">
                    <Link to={`${BASE}/orders/${p.orderNumber}`}>{p.orderNumber}</Link> #{p.position + 1}
                  </th>
                  <td>
                    {p.market} · {p.country}
                  </td>
                  <td>{p.carrier}</td>
                  <td>{p.shippedDate ?? '—'}</td>
                  <td className="num">{formatMoney(p.quoted.total)}</td>
                  <td className="num">{p.invoiced ? formatMoney(p.invoiced.total) : 'awaiting'}</td>
                  <td className="num">{p.difference ? formatMoney(p.difference.total) : '—'}</td>
                  <td>{p.invoices.map((i) => `${i.invoiceNumber} (${i.invoiceDate})`).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const EMPTY = { order: '', shipment: '1', invoiceNumber: '', invoiceDate: '', currency: '', duties: '', taxes: '', fees: '', note: '' };

/** Record a carrier's invoice for a parcel; the server's refusals are shown next to their fields. */
function RecordInvoice({ reports, onRecorded }: { reports: ReportsApi; onRecorded: () => void }) {
  const [form, setForm] = useState({ ...EMPTY, invoiceDate: todayUtc() });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [said, setSaid] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    setSaid('');
    try {
      const { order, shipment, fees, note, ...rest } = form;
      await reports.recordDutyInvoice(order.trim(), Math.max(0, Number(shipment) - 1), { ...rest, ...(fees ? { fees } : {}), ...(note ? { note } : {}) });
      setSaid(`Invoice ${form.invoiceNumber} recorded for ${form.order} parcel ${form.shipment}.`);
      setForm({ ...EMPTY, invoiceDate: form.invoiceDate, currency: form.currency });
      onRecorded();
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (f === 'number' ? 'order' : f === 'position' ? 'shipment' : f)));
    }
  };
  const input = (name: keyof typeof EMPTY, label: string, type = 'text') => (
    <Field key={name} id={`invoice-${name}`} label={label} error={refusal?.fields[name]}>
      {(p) => <input {...p} type={type} name={name} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />}
    </Field>
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="grid-form" aria-labelledby="record-invoice-title">
      <h3 id="record-invoice-title">Record a carrier invoice</h3>
      {input('order', 'Order number')}
      {input('shipment', 'Parcel (1 = the first)')}
      {input('invoiceNumber', 'Invoice number')}
      {input('invoiceDate', 'Invoice date', 'date')}
      {input('currency', 'Currency')}
      {input('duties', 'Duties')}
      {input('taxes', 'Import taxes')}
      {input('fees', 'Fees')}
      {input('note', 'Note')}
      <div className="actions">
        <button type="submit">Record invoice</button>
      </div>
      {refusal && <Alert>{refusal.message}</Alert>}
      <p role="status">{said}</p>
    </form>
  );
}
