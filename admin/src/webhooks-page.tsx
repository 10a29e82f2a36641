import { useState, type FormEvent } from 'react';
import type { Api } from './api.js';
import type { WebhookEndpoint } from './api-types.js';
import { formatDateTime } from './format.js';
import { Alert, Field, Pager, refusalOf, useLoad, usePager, useTitle, type Refusal } from './ui.js';

/** Webhook endpoints (register, remove) and their deliveries (filter, see the last answer, send again). */
export function WebhooksPage({ api }: { api: Api }) {
  useTitle('Webhooks');
  const endpoints = useLoad(() => api.listWebhooks(), [api]);
  const [message, setMessage] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const list = endpoints.data?.items ?? [];

  async function remove(e: WebhookEndpoint) {
    if (!confirm(`Remove the endpoint ${e.url}? Its pending deliveries are dropped.`)) return;
    try {
      await api.deleteWebhook(e.id);
      setMessage(`Removed ${e.url}.`);
      endpoints.reload();
    } catch (err) {
      setMessage(refusalOf(err).message);
    }
  }

  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">Webhooks</h1>
      <p className="hint">Events are sent as signed POSTs (header landfall-signature: HMAC-SHA256 of the timestamp and body with the endpoint's secret); failed deliveries are retried with growing delays.</p>
      <p role="status" className="note">
        {message}
      </p>
      {secret && (
        <div className="card secret" role="region" aria-label="New signing secret">
          <p>
            The signing secret of <code>{secret.url}</code>, shown this once: keep it in the receiver's configuration.
          </p>
          <p>
            <code data-testid="webhook-secret">{secret.secret}</code>
          </p>
          <button type="button" onClick={() => setSecret(null)}>
            I have kept it
          </button>
        </div>
      )}
      <section aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">Endpoints</h2>
        {endpoints.error && <Alert>{endpoints.error}</Alert>}
        {list.length === 0 && !endpoints.loading ? (
          <p>No endpoint is registered.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Description</th>
                <th scope="col">Since</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="mono">
                    {e.url}
                  </th>
                  <td>{e.eventTypes.join(', ')}</td>
                  <td>{e.description ?? '—'}</td>
                  <td>{formatDateTime(e.createdAt)}</td>
                  <td>
                    <button type="button" onClick={() => void remove(e)} aria-label={`Remove ${e.url}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <EndpointForm
          api={api}
          onCreated={(created) => {
            setSecret({ url: created.url, secret: created.secret });
            setMessage(`Registered ${created.url}.`);
            endpoints.reload();
          }}
        />
      </section>
      <Deliveries api={api} endpoints={list} onMessage={setMessage} />
    </section>
  );
}

function EndpointForm({ api, onCreated }: { api: Api; onCreated: (e: WebhookEndpoint & { secret: string }) => void }) {
  const [form, setForm] = useState({ url: '', description: '', eventTypes: 'order.*' });
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const eventTypes = form.eventTypes.split(/[\s,]+/).filter(Boolean);
    setBusy(true);
    setRefusal(null);
    try {
      const created = await api.createWebhook({ url: form.url.trim(), eventTypes, ...(form.description.trim() ? { description: form.description.trim() } : {}) });
      setForm({ url: '', description: '', eventTypes: 'order.*' });
      onCreated(created);
    } catch (e) {
      setRefusal(refusalOf(e, (f) => (f === 'url' || f === 'description' ? f : f.startsWith('eventTypes') ? 'eventTypes' : undefined)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid-form card" aria-labelledby="endpoint-form-title">
      <h3 id="endpoint-form-title">Register an endpoint</h3>
      <Field id="endpoint-url" label="URL" error={refusal?.fields.url} hint="https://… (http:// for a receiver on a private network)">
        {(p) => <input {...p} name="url" type="url" value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} />}
      </Field>
      <Field id="endpoint-events" label="Event types" error={refusal?.fields.eventTypes} hint="separated by spaces or commas: order.paid, order.*, shipment.*, product.updated or *">
        {(p) => <input {...p} name="eventTypes" value={form.eventTypes} onChange={(e) => setForm({ ...form, eventTypes: e.target.value })} />}
      </Field>
      <Field id="endpoint-description" label="Description (optional)" error={refusal?.fields.description}>
        {(p) => <input {...p} name="description" maxLength={200} value={form.description} onChange={(e) => setForm({ ...form, description: e.target.value })} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={busy}>
          Register endpoint
        </button>
      </div>
      {refusal && <Alert>{refusal.message}</Alert>}
    </form>
  );
}

function Deliveries({ api, endpoints, onMessage }: { api: Api; endpoints: WebhookEndpoint[]; onMessage: (text: string) => void }) {
  const [status, setStatus] = useState('');
  const [endpoint, setEndpoint] = useState('');
  const pager = usePager(`${status}|${endpoint}`);
  const deliveries = useLoad(() => api.listDeliveries({ status, endpoint, cursor: pager.cursor }), [api, status, endpoint, pager.cursor]);
  const urlOf = new Map(endpoints.map((e) => [e.id, e.url]));
  const page = deliveries.data;

  async function replay(id: string, type: string) {
    try {
      await api.replayDelivery(id);
      onMessage(`The ${type} delivery will be sent again within seconds.`);
      deliveries.reload();
    } catch (e) {
      onMessage(refusalOf(e).message);
    }
  }

  return (
    <section aria-labelledby="deliveries-title">
      <h2 id="deliveries-title">Deliveries</h2>
      <div className="inline-form">
        <Field id="delivery-status" label="Status">
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">All</option>
              <option value="pending">Pending</option>
              <option value="delivered">Delivered</option>
              <option value="failed">Failed</option>
            </select>
          )}
        </Field>
        <Field id="delivery-endpoint" label="Endpoint">
          {(p) => (
            <select {...p} value={endpoint} onChange={(e) => setEndpoint(e.target.value)}>
              <option value="">All endpoints</option>
              {endpoints.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.url}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {deliveries.error && <Alert>{deliveries.error}</Alert>}
      <table id="deliveries">
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Event</th>
            <th scope="col">Endpoint</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col">Last answer</th>
            <th scope="col">Next attempt · delivered</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((d) => (
            <tr key={d.id} data-delivery={d.id}>
              <td>{formatDateTime(d.createdAt)}</td>
              <th scope="row">{d.eventType}</th>
              <td className="mono">{urlOf.get(d.endpointId) ?? d.endpointId}</td>
              <td>
                <span className={`status status-${d.status}`}>{d.status}</span>
              </td>
              <td className="num">{d.attempts}</td>
              <td>{d.lastStatusCode !== null ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}</td>
              <td>{d.deliveredAt ? `delivered ${formatDateTime(d.deliveredAt)}` : d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</td>
              <td>
                <button type="button" onClick={() => void replay(d.id, d.eventType)} aria-label={`Send the ${d.eventType} delivery again`}>
                  Send again
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!deliveries.loading && page?.items.length === 0 && <p>No deliveries match.</p>}
      <Pager label="Deliveries" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}
