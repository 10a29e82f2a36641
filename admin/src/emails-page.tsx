import { useEffect, useMemo, useState } from 'react';
import { EMAIL_STATUSES, emailsApiOfTab, type EmailsApi, type RenderedEmail, type TemplateMessage } from './emails-api.js';
import { formatDateTime } from './format.js';
import { Alert, Field, Link, Pager, refusalOf, useLoad, usePager, useTitle } from './ui.js';

const KIND_WORDS: Record<string, string> = {
  order_confirmation: 'Order confirmation',
  payment_received: 'Payment received',
  shipped: 'Shipped',
  customs_hold: 'Customs hold',
  delivered: 'Delivered',
  return_approved: 'Return approved',
  return_rejected: 'Return rejected',
  refund: 'Refund',
  quote_sent: 'Quote sent to a distributor',
};
const kindWords = (kind: string) => KIND_WORDS[kind] ?? kind;

/** Buyers' emails: what was sent, skipped or failed and why (send again), and their wording per language with a preview. */
export function EmailsPage() {
  useTitle('Emails');
  const api = useMemo(() => emailsApiOfTab(), []);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="emails-title">
      <h1 id="emails-title">Emails</h1>
      <p className="hint">Buyers get an email at each step of their order, in the language they shopped in, sent over SMTP from the outbox (none lost, none sent twice for one event).</p>
      <p role="status" className="note">
        {message}
      </p>
      <EmailList api={api} onMessage={setMessage} />
      <Wording api={api} onMessage={setMessage} />
    </section>
  );
}

function EmailList({ api, onMessage }: { api: EmailsApi; onMessage: (text: string) => void }) {
  const [status, setStatus] = useState('');
  const [order, setOrder] = useState('');
  const [orderFilter, setOrderFilter] = useState('');
  const pager = usePager(`${status}|${orderFilter}`);
  const emails = useLoad(() => api.list({ status, order: orderFilter, cursor: pager.cursor }), [api, status, orderFilter, pager.cursor]);
  const page = emails.data;

  async function resend(id: string, kind: string) {
    try {
      await api.resend(id);
      onMessage(`The ${kindWords(kind).toLowerCase()} email will be sent again within seconds.`);
      emails.reload();
    } catch (e) {
      onMessage(refusalOf(e).message);
    }
  }

  return (
    <section aria-labelledby="sent-title">
      <h2 id="sent-title">Sent and waiting</h2>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setOrderFilter(order.trim());
        }}
      >
        <Field id="email-status" label="Status">
          {(p) => (
            <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">All</option>
              {EMAIL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="email-order" label="Order number">
          {(p) => <input {...p} value={order} onChange={(e) => setOrder(e.target.value)} placeholder="LF-100420" />}
        </Field>
        <div className="actions">
          <button type="submit">Filter</button>
        </div>
      </form>
      {emails.error && <Alert>{emails.error}</Alert>}
      <table id="emails">
        <thead>
          <tr>
            <th scope="col">Created</th>
            <th scope="col">Email</th>
            <th scope="col">Order</th>
            <th scope="col">To</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col">Subject · reason · last answer</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((m) => (
            <tr key={m.id} data-email={m.id}>
              <td>{formatDateTime(m.createdAt)}</td>
              <th scope="row">
                {kindWords(m.kind)} <span className="hint">({m.locale})</span>
              </th>
              <td>{m.order ? <Link to={`/admin/orders/${m.order}`}>{m.order}</Link> : '—'}</td>
              <td className="mono">{m.to}</td>
              <td>
                <span className={`status status-${m.status}`}>{m.status}</span>
              </td>
              <td className="num">{m.attempts}</td>
              <td>{m.status === 'sent' ? m.subject : m.status === 'skipped' ? m.skippedReason : (m.lastError ?? (m.nextAttemptAt ? `due ${formatDateTime(m.nextAttemptAt)}` : '—'))}</td>
              <td>
                {(m.status === 'failed' || m.status === 'skipped') && (
                  <button type="button" onClick={() => void resend(m.id, m.kind)} aria-label={`Send the ${kindWords(m.kind).toLowerCase()} email to ${m.to} again`}>
                    Send again
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!emails.loading && page?.items.length === 0 && <p>No emails match.</p>}
      <Pager label="Emails" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
    </section>
  );
}

/** The messages one kind of email uses: its own `email.<kind>.*` and the shared ones. */
function messagesOfKind(messages: TemplateMessage[], kind: string): TemplateMessage[] {
  return messages.filter((m) => m.key.startsWith(`email.${kind}.`) || m.key.split('.').length === 2);
}

function Wording({ api, onMessage }: { api: EmailsApi; onMessage: (text: string) => void }) {
  const [locale, setLocale] = useState('en');
  const [kind, setKind] = useState('order_confirmation');
  const [order, setOrder] = useState('');
  const templates = useLoad(() => api.templates(locale), [api, locale]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<RenderedEmail | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const shown = templates.data ? messagesOfKind(templates.data.messages, kind) : [];

  useEffect(() => {
    setDrafts({});
    setErrors({});
  }, [locale]);

  const unsaved = useMemo(() => Object.fromEntries(Object.entries(drafts).filter(([key, text]) => text !== (templates.data?.messages.find((m) => m.key === key)?.override ?? templates.data?.messages.find((m) => m.key === key)?.shipped))), [drafts, templates.data]);

  async function showPreview() {
    setPreviewError(null);
    try {
      setPreview(await api.preview({ kind, locale, ...(order.trim() ? { order: order.trim() } : {}), ...(Object.keys(unsaved).length > 0 ? { messages: unsaved } : {}) }));
    } catch (e) {
      const r = refusalOf(e);
      setPreview(null);
      setPreviewError(r.message);
    }
  }

  async function save(key: string) {
    const text = drafts[key];
    if (text === undefined) return;
    try {
      await api.save(locale, key, text);
      setErrors((x) => ({ ...x, [key]: '' }));
      setDrafts(({ [key]: _, ...rest }) => rest);
      onMessage(`Saved the ${locale} wording of ${key}.`);
      templates.reload();
    } catch (e) {
      setErrors((x) => ({ ...x, [key]: refusalOf(e).message }));
    }
  }

  async function reset(key: string) {
    try {
      await api.reset(locale, key);
      setDrafts(({ [key]: _, ...rest }) => rest);
      onMessage(`${key} in ${locale} is back to the shipped wording.`);
      templates.reload();
    } catch (e) {
      onMessage(refusalOf(e).message);
    }
  }

  return (
    <section aria-labelledby="wording-title">
      <h2 id="wording-title">Wording</h2>
      <p className="hint">Each message is ICU MessageFormat and may use the arguments listed under it. The layout stays; your text is escaped.</p>
      <div className="inline-form">
        <Field id="wording-locale" label="Language">
          {(p) => (
            <select {...p} value={locale} onChange={(e) => setLocale(e.target.value)}>
              {(templates.data?.locales ?? ['en']).map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="wording-kind" label="Email">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value)}>
              {(templates.data?.kinds ?? Object.keys(KIND_WORDS)).map((k) => (
                <option key={k} value={k}>
                  {kindWords(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {templates.error && <Alert>{templates.error}</Alert>}
      <div className="wording">
        {shown.map((m) => {
          const id = `msg-${m.key.replace(/\./g, '-')}`;
          const value = drafts[m.key] ?? m.override ?? m.shipped;
          return (
            <div key={m.key} className="card">
              <Field id={id} label={<code>{m.key}</code>} error={errors[m.key] || undefined} hint={m.arguments.length > 0 ? `Arguments: ${m.arguments.map((a) => `{${a}}`).join(' ')}` : 'No arguments'}>
                {(p) => <textarea {...p} rows={2} value={value} onChange={(e) => setDrafts((x) => ({ ...x, [m.key]: e.target.value }))} />}
              </Field>
              <div className="actions">
                <button type="button" disabled={drafts[m.key] === undefined} onClick={() => void save(m.key)} aria-label={`Save ${m.key}`}>
                  Save
                </button>
                {m.override !== null && (
                  <button type="button" onClick={() => void reset(m.key)} aria-label={`Use the shipped wording of ${m.key}`}>
                    Use shipped wording
                  </button>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <h3>Preview</h3>
      <div className="inline-form">
        <Field id="preview-order" label="Order (blank: a made-up one)">
          {(p) => <input {...p} value={order} onChange={(e) => setOrder(e.target.value)} placeholder="LF-100420" />}
        </Field>
        <div className="actions">
          <button type="button" onClick={() => void showPreview()}>
            Preview
          </button>
        </div>
      </div>
      {previewError && <Alert>{previewError}</Alert>}
      {preview && (
        <div className="email-preview">
          <p>
            <strong>Subject:</strong> <span data-testid="preview-subject">{preview.subject}</span>
          </p>
          <iframe title="Email preview" sandbox="" srcDoc={preview.html} style={{ width: '100%', height: '32rem', border: '1px solid #ddd' }} />
          <details>
            <summary>Plain text</summary>
            <pre data-testid="preview-text">{preview.text}</pre>
          </details>
        </div>
      )}
    </section>
  );
}
