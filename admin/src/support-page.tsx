import { useMemo, useState, type FormEvent } from 'react';
import { formatDateTime, formatMoney, todayUtc } from './format.js';
import { supportApiOfTab, type Conversation, type SupportApi } from './support-api.js';
import { Alert, Field, Link, Pager, refusalOf, useLoad, usePager, useTitle } from './ui.js';

const BASE = '/admin/support';

/** The support inbox: conversations (latest first, overdue marked), one conversation with its context, and the response-time report. */
export function SupportPage({ id }: { id?: string | undefined }) {
  const api = useMemo(() => supportApiOfTab(), []);
  return id ? <ConversationScreen api={api} id={id} /> : <Inbox api={api} />;
}

function Inbox({ api }: { api: SupportApi }) {
  useTitle('Support');
  const [status, setStatus] = useState('active');
  const pager = usePager(status);
  const list = useLoad(() => api.list({ status, cursor: pager.cursor }), [api, status, pager.cursor]);
  const page = list.data;
  return (
    <section aria-labelledby="support-title">
      <h1 id="support-title">Support</h1>
      <p className="hint">Buyers' messages from the contact form and email, threaded per buyer and order. Due times count the team's business hours.</p>
      <Field id="inbox-status" label="Show">
        {(p) => (
          <select {...p} value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="active">Open and waiting for the buyer</option>
            <option value="open">Open</option>
            <option value="pending">Waiting for the buyer</option>
            <option value="closed">Closed</option>
          </select>
        )}
      </Field>
      {list.error && <Alert>{list.error}</Alert>}
      <table id="conversations">
        <thead>
          <tr>
            <th scope="col">Last message</th>
            <th scope="col">Subject</th>
            <th scope="col">Buyer</th>
            <th scope="col">Order</th>
            <th scope="col">Language</th>
            <th scope="col">Status</th>
            <th scope="col">First answer due</th>
          </tr>
        </thead>
        <tbody>
          {page?.items.map((c) => (
            <tr key={c.id} data-conversation={c.id} className={c.overdue ? 'overdue' : undefined}>
              <td>{formatDateTime(c.lastMessageAt)}</td>
              <th scope="row">
                <Link to={`${BASE}/${c.id}`}>{c.subject}</Link>
              </th>
              <td>{c.buyer.name ? `${c.buyer.name} <${c.buyer.email}>` : c.buyer.email}</td>
              <td>{c.order ? <Link to={`/admin/orders/${c.order}`}>{c.order}</Link> : '—'}</td>
              <td>{c.locale ?? '—'}</td>
              <td>
                <span className={`status status-${c.status}`}>{c.status}</span>
                {c.overdue && <strong className="badge"> overdue</strong>}
              </td>
              <td>{c.firstRespondedAt ? `answered ${formatDateTime(c.firstRespondedAt)}` : formatDateTime(c.firstResponseDueAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!list.loading && page?.items.length === 0 && <p>No conversations.</p>}
      <Pager label="Conversations" page={pager.page} hasNext={Boolean(page?.nextCursor)} onNext={() => page?.nextCursor && pager.next(page.nextCursor)} onPrevious={pager.previous} />
      <Report api={api} />
      <Teams api={api} />
    </section>
  );
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Support teams: their hours in their time zone, holidays, markets and targets; a form to add one. */
function Teams({ api }: { api: SupportApi }) {
  const teams = useLoad(() => api.teams(), [api]);
  const [form, setForm] = useState({ name: '', timeZone: 'Europe/Berlin', opens: '09:00', closes: '17:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] as string[], holidays: '', markets: '', firstResponseMinutes: '240', resolutionMinutes: '2400' });
  const [refusal, setRefusal] = useState<{ fields: Record<string, string>; message: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });

  async function add(e: FormEvent) {
    e.preventDefault();
    setRefusal(null);
    const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);
    try {
      const team = await api.createTeam({
        name: form.name,
        schedule: { timeZone: form.timeZone, hours: Object.fromEntries(form.days.map((d) => [d, [[form.opens, form.closes]]])) as Record<string, Array<[string, string]>>, holidays: list(form.holidays) },
        markets: list(form.markets),
        firstResponseMinutes: Number(form.firstResponseMinutes),
        resolutionMinutes: Number(form.resolutionMinutes),
      });
      setMessage(`Added the team ${team.name}.`);
      teams.reload();
    } catch (err) {
      setRefusal(refusalOf(err, (f) => (f.startsWith('schedule.hours') ? 'hours' : f.startsWith('schedule.holidays') ? 'holidays' : f === 'schedule.timeZone' ? 'timeZone' : f.startsWith('markets') ? 'markets' : f)));
    }
  }

  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">Teams</h2>
      <p role="status" className="note">
        {message}
      </p>
      {teams.error && <Alert>{teams.error}</Alert>}
      <table id="support-teams">
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Hours</th>
            <th scope="col">Holidays</th>
            <th scope="col">Markets</th>
            <th scope="col" className="num">First answer within</th>
            <th scope="col" className="num">Resolved within</th>
          </tr>
        </thead>
        <tbody>
          {teams.data?.items.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>
                {t.schedule.timeZone}:{' '}
                {Object.entries(t.schedule.hours)
                  .map(([d, list]) => `${d} ${list.map(([a, b]) => `${a}–${b}`).join(', ')}`)
                  .join('; ')}
              </td>
              <td>{t.schedule.holidays.length > 0 ? t.schedule.holidays.join(', ') : '—'}</td>
              <td>{t.markets.length > 0 ? t.markets.join(', ') : 'all'}</td>
              <td className="num">{t.firstResponseMinutes} min</td>
              <td className="num">{t.resolutionMinutes} min</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!teams.loading && teams.data?.items.length === 0 && <p>No team yet: conversations have no due times until one is added.</p>}
      <form className="card" onSubmit={(e) => void add(e)} aria-label="Add a team">
        <h3>Add a team</h3>
        <Field id="team-name" label="Name" error={refusal?.fields.name}>
          {(p) => <input {...p} value={form.name} onChange={set('name')} required />}
        </Field>
        <Field id="team-zone" label="Time zone" error={refusal?.fields.timeZone}>
          {(p) => <input {...p} value={form.timeZone} onChange={set('timeZone')} />}
        </Field>
        <Field id="team-opens" label="Opens" error={refusal?.fields.hours}>
          {(p) => <input {...p} type="time" value={form.opens} onChange={set('opens')} />}
        </Field>
        <Field id="team-closes" label="Closes">
          {(p) => <input {...p} type="time" value={form.closes} onChange={set('closes')} />}
        </Field>
        <fieldset>
          <legend>Open on</legend>
          {DAYS.map((d) => (
            <label key={d} className="inline">
              <input type="checkbox" checked={form.days.includes(d)} onChange={(e) => setForm({ ...form, days: e.target.checked ? [...form.days, d] : form.days.filter((x) => x !== d) })} /> {d}
            </label>
          ))}
        </fieldset>
        <Field id="team-holidays" label="Holidays (YYYY-MM-DD, separated by commas)" error={refusal?.fields.holidays}>
          {(p) => <input {...p} value={form.holidays} onChange={set('holidays')} />}
        </Field>
        <Field id="team-markets" label="Markets (ids; blank: every market)" error={refusal?.fields.markets}>
          {(p) => <input {...p} value={form.markets} onChange={set('markets')} />}
        </Field>
        <Field id="team-first" label="First answer within (business minutes)" error={refusal?.fields.firstResponseMinutes}>
          {(p) => <input {...p} inputMode="numeric" value={form.firstResponseMinutes} onChange={set('firstResponseMinutes')} />}
        </Field>
        <Field id="team-resolution" label="Resolved within (business minutes)" error={refusal?.fields.resolutionMinutes}>
          {(p) => <input {...p} inputMode="numeric" value={form.resolutionMinutes} onChange={set('resolutionMinutes')} />}
        </Field>
        <div className="actions">
          <button type="submit">Add team</button>
        </div>
        {refusal && <Alert>{refusal.message}</Alert>}
      </form>
    </section>
  );
}

function Report({ api }: { api: SupportApi }) {
  const today = todayUtc();
  const monthAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
  const report = useLoad(() => api.report(monthAgo, today), [api, monthAgo, today]);
  const minutes = (m: number | null) => (m === null ? '—' : m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`);
  return (
    <section aria-labelledby="report-title">
      <h2 id="report-title">Response times, last 30 days</h2>
      {report.error && <Alert>{report.error}</Alert>}
      <table id="support-report">
        <thead>
          <tr>
            <th scope="col">Market</th>
            <th scope="col" className="num">Conversations</th>
            <th scope="col" className="num">First answer, median</th>
            <th scope="col" className="num">90 %</th>
            <th scope="col" className="num">Within target</th>
            <th scope="col" className="num">Resolved, median</th>
            <th scope="col" className="num">Within target</th>
          </tr>
        </thead>
        <tbody>
          {[...(report.data?.markets ?? []), ...(report.data ? [{ ...report.data.all, market: 'All markets' }] : [])].map((m) => (
            <tr key={m.market ?? 'none'}>
              <th scope="row">{m.market ?? 'No market'}</th>
              <td className="num">{m.conversations}</td>
              <td className="num">{minutes(m.firstResponse.median)}</td>
              <td className="num">{minutes(m.firstResponse.p90)}</td>
              <td className="num">{m.firstResponse.withinTargetPercent === null ? '—' : `${m.firstResponse.withinTargetPercent} %`}</td>
              <td className="num">{minutes(m.resolution.median)}</td>
              <td className="num">{m.resolution.withinTargetPercent === null ? '—' : `${m.resolution.withinTargetPercent} %`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Times are business minutes of each conversation's team.</p>
    </section>
  );
}

function ConversationScreen({ api, id }: { api: SupportApi; id: string }) {
  const loaded = useLoad(() => api.get(id), [api, id]);
  const replies = useLoad(() => api.savedReplies(), [api]);
  const users = useLoad(() => api.users().catch(() => ({ items: [] })), [api]);
  const c = loaded.data;
  useTitle(c ? c.subject : 'Conversation');
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const offered = useMemo(() => {
    const all = replies.data?.items ?? [];
    const lang = c?.locale?.split('-')[0];
    return [...all].sort((a, b) => Number(b.locale.split('-')[0] === lang) - Number(a.locale.split('-')[0] === lang) || a.name.localeCompare(b.name));
  }, [replies.data, c?.locale]);

  async function act(run: () => Promise<Conversation>, done: string) {
    setError(null);
    try {
      loaded.replace(await run());
      setMessage(done);
      return true;
    } catch (e) {
      setError(refusalOf(e).message);
      return false;
    }
  }

  async function send(e: FormEvent, close: boolean) {
    e.preventDefault();
    if (await act(() => api.reply(id, text, close), close ? 'Sent, and the conversation is closed.' : 'Sent.')) setText('');
  }

  if (loaded.error) return <Alert>{loaded.error}</Alert>;
  if (!c) return <p>Loading…</p>;
  return (
    <section aria-labelledby="conversation-title" className="conversation">
      <p>
        <Link to={BASE}>Support</Link>
      </p>
      <h1 id="conversation-title">{c.subject}</h1>
      <p role="status" className="note">
        {message}
      </p>
      {error && <Alert>{error}</Alert>}
      <div className="two-columns">
        <div>
          <ol className="thread" aria-label="Messages">
            {c.messages.map((m) => (
              <li key={m.id} className={`message message-${m.direction}`} data-direction={m.direction}>
                <p className="meta">
                  <strong>{m.direction === 'note' ? `Note by ${m.author}` : m.author}</strong> · {formatDateTime(m.createdAt)} · {m.channel}
                  {m.language ? ` · ${m.language}` : ''}
                  {m.email ? ` · email ${m.email.status}${m.email.lastError ? ` (${m.email.lastError})` : ''}` : ''}
                </p>
                <pre className="body">{m.body}</pre>
                {m.truncated && <p className="hint">The message was cut at 100,000 characters.</p>}
                {m.attachments.length > 0 && (
                  <ul className="attachments">
                    {m.attachments.map((a) => (
                      <li key={a.id}>
                        <button type="button" onClick={() => void api.download(a.id).then((blob) => saveAs(blob, a.filename))}>
                          {a.filename}
                        </button>{' '}
                        ({Math.ceil(a.size / 1024)} KB{a.verdict !== 'ok' ? `, ${a.verdict === 'dangerous' ? 'a program' : `says ${a.declaredType}, is ${a.detectedType ?? 'something else'}`}` : ''})
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          {c.status === 'closed' ? (
            <p>
              This conversation is closed.{' '}
              <button type="button" onClick={() => void act(() => api.update(id, { status: 'open' }), 'Opened again.')}>
                Open it again
              </button>
            </p>
          ) : (
            <form className="reply" onSubmit={(e) => void send(e, false)}>
              {offered.length > 0 && (
                <Field id="saved-reply" label="Saved reply">
                  {(p) => (
                    <select
                      {...p}
                      value=""
                      onChange={(e) => {
                        const r = offered.find((x) => `${x.name}/${x.locale}` === e.target.value);
                        if (r) setText(r.body.replaceAll('{name}', c.buyer.name ?? '').replaceAll('{order}', c.order?.number ?? ''));
                      }}
                    >
                      <option value="">Choose…</option>
                      {offered.map((r) => (
                        <option key={`${r.name}/${r.locale}`} value={`${r.name}/${r.locale}`}>
                          {r.name} ({r.locale})
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <Field id="reply-text" label={`Answer ${c.buyer.email}`}>
                {(p) => <textarea {...p} rows={6} value={text} onChange={(e) => setText(e.target.value)} />}
              </Field>
              <div className="actions">
                <button type="submit" disabled={text.trim() === ''}>
                  Send
                </button>
                <button type="button" disabled={text.trim() === ''} onClick={(e) => void send(e, true)}>
                  Send and close
                </button>
              </div>
            </form>
          )}
          <form
            className="note-form"
            onSubmit={(e) => {
              e.preventDefault();
              void act(() => api.note(id, note), 'Note added.').then((done) => done && setNote(''));
            }}
          >
            <Field id="note-text" label="Internal note (never sent)">
              {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
            <div className="actions">
              <button type="submit" disabled={note.trim() === ''}>
                Add note
              </button>
            </div>
          </form>
        </div>
        <aside aria-label="Beside the conversation">
          <h2>Buyer</h2>
          <dl className="facts">
            <dt>Email</dt>
            <dd>{c.buyer.email}</dd>
            <dt>Language</dt>
            <dd>{c.locale ? `${c.locale} (${c.localeSource === 'detected' ? 'detected from the message' : c.localeSource === 'order' ? 'of the order' : 'of the form'})` : 'unknown'}</dd>
            <dt>Local time</dt>
            <dd>{c.buyerTime.length === 0 ? 'unknown' : c.buyerTime.map((t) => `${t.time.slice(11)} (${t.timeZone})`).join(', ')}</dd>
            <dt>First answer</dt>
            <dd>
              {c.firstRespondedAt ? `answered ${formatDateTime(c.firstRespondedAt)}` : `due ${formatDateTime(c.firstResponseDueAt)}`}
              {c.waitedBusinessMinutes !== null ? ` · waited ${c.waitedBusinessMinutes} business minutes` : ''}
              {c.overdue && <strong> · overdue</strong>}
            </dd>
            <dt>Team</dt>
            <dd>{c.team ?? 'none'}</dd>
          </dl>
          <Field id="assignee" label="Assigned to">
            {(p) => (
              <select {...p} value={c.assignee ?? ''} onChange={(e) => void act(() => api.update(id, { assignee: e.target.value || null }), 'Assignment saved.')}>
                <option value="">Nobody</option>
                {(users.data?.items ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} ({u.email})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {c.order ? (
            <>
              <h2>
                Order <Link to={`/admin/orders/${c.order.number}`}>{c.order.number}</Link>
              </h2>
              <p>
                {c.order.status} · {c.order.incoterm === 'DDP' ? 'duties and taxes paid at checkout (DDP)' : 'duties and taxes paid on delivery (DAP)'}
              </p>
              <table className="landed-cost">
                <tbody>
                  {(['goods', 'discount', 'shipping', 'duties', 'taxes', 'fees', 'total', 'dueOnDelivery', 'refunded'] as const).map((k) =>
                    c.order!.totals[k] && (k === 'goods' || k === 'total' || c.order!.totals[k]!.amount.replace(/[0.]/g, '') !== '') ? (
                      <tr key={k}>
                        <th scope="row">{k === 'dueOnDelivery' ? 'Due on delivery' : k[0]!.toUpperCase() + k.slice(1)}</th>
                        <td className="num">{formatMoney(c.order!.totals[k])}</td>
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </table>
              <h3>Parcels</h3>
              <ul>
                {c.order.shipments.map((s) => (
                  <li key={s.position}>
                    {s.position + 1}: {s.status}
                    {s.trackingNumber ? ` · ${s.carrier} ${s.trackingNumber}` : ''}
                    {s.latest ? ` · latest: ${s.latest}` : ''}
                    {s.awaitingPayment ? ` · ${formatMoney(s.awaitingPayment)} due to customs` : ''}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>No order is linked.</p>
          )}
          {c.otherConversations.length > 0 && (
            <>
              <h2>Other conversations</h2>
              <ul>
                {c.otherConversations.map((o) => (
                  <li key={o.id}>
                    <Link to={`${BASE}/${o.id}`}>{o.subject}</Link> ({o.status})
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}

/** Offer a downloaded file to the browser under its name. */
function saveAs(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
