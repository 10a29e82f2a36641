import { sql } from 'drizzle-orm';
import { parseSupportSchedule, addBusinessMillis } from '../src/core/support/business-hours.js';
import { htmlToText } from '../src/core/support/mail-content.js';
import { createDb } from '../src/db/create-db.js';
import { migrate } from '../src/db/migrate.js';
import { createDeps } from '../src/services/deps.js';
import { receiveMessage } from '../src/services/support/receive-message.js';
import { createTeam } from '../src/services/support/support-teams.js';
import { createEmailRenderer } from '../src/web/email/email-renderer.js';
import { sampleEmailView } from '../src/web/email/email-templates.js';
import { publish } from './lib/harness.js';
import { timeBatches, timeEach } from './lib/timing.js';

/**
 * Buyer communication's hot paths. In process: wording an order confirmation (HTML and text, in
 * German, with the landed-cost table) against serializing its view; turning a 50 KB HTML email into
 * text against a plain tag strip; an SLA due time over a weekend and a holiday against adding
 * milliseconds. On PGlite in memory: taking an inbound message (checks, language detection,
 * threading lookups, conversation and message written in one transaction) against one insert in a
 * transaction of its own.
 */
export async function run(options: { amount: number }): Promise<void> {
  const render = createEmailRenderer();
  const view = sampleEmailView('order_confirmation', 'de', 'DE', 'Hội An Atelier', 'https://shop.example');
  const none = new Map();
  const bigHtml = `<html><head><style>p{}</style></head><body>${'<div><p>Hallo, ich habe eine Frage zu meiner Bestellung &amp; der Lieferung.</p><br><a href="https://x.example">Link</a></div>'.repeat(400)}</body></html>`;
  const schedule = parseSupportSchedule({ timeZone: 'Europe/Berlin', hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])), holidays: ['2026-12-25', '2026-12-26'] });
  if (!schedule.ok) throw new Error(schedule.message);
  const friday = new Date('2026-12-24T15:00:00Z');
  const n = Math.max(2_000, options.amount);

  publish({
    name: 'support-in-process',
    description: 'buyers\' emails and support mail, in process',
    rows: [
      { label: 'JSON.stringify of the confirmation\'s view', isBaseline: true, figures: timeBatches(() => JSON.stringify(view), n) },
      { label: 'word an order confirmation (subject, HTML, text; German)', figures: timeBatches(() => render(view, none), n) },
      { label: `strip tags of a ${Math.round(bigHtml.length / 1024)} KB HTML email with one regular expression`, isBaseline: true, figures: timeBatches(() => bigHtml.replace(/<[^>]*>/g, ''), Math.round(n / 20)) },
      { label: 'htmlToText of the same email (scripts and styles out, entities, line breaks)', figures: timeBatches(() => htmlToText(bigHtml), Math.round(n / 20)) },
      { label: 'add 4 hours to an instant', isBaseline: true, figures: timeBatches(() => new Date(friday.getTime() + 4 * 3_600_000), n) },
      { label: 'SLA due time: 4 business hours from Thursday 16:00 over a holiday and a weekend', figures: timeBatches(() => addBusinessMillis(schedule.value, friday, 4 * 3_600_000), n) },
    ],
  });

  const opened = await createDb({ kind: 'pglite', memory: true });
  if (!opened.ok) throw new Error(opened.message);
  const db = opened.value;
  const migrated = await migrate(db);
  if (!migrated.ok) throw new Error(migrated.message);
  const deps = createDeps(db, { version: 'bench' });
  try {
    const team = await createTeam(deps, { name: 'Berlin', schedule: { timeZone: 'Europe/Berlin', hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } }, firstResponseMinutes: 60, resolutionMinutes: 480 });
    if (!team.ok) throw new Error(team.message);
    await db.orm.execute(sql`create temporary table bench_rows (id uuid primary key default gen_random_uuid(), body text not null)`);
    const messages = Math.max(200, Math.round(options.amount / 25));
    const buyers = Math.max(20, Math.round(messages / 5));
    const texts = ['Hallo, wo ist mein Paket? Ich warte seit zwei Wochen.', 'Bonjour, dois-je payer des frais de douane à la livraison ?', 'Where is my parcel? It has been two weeks.', '荷物はいつ届きますか？関税はかかりますか？'];
    let i = 0;
    const baseline = await timeEach(() => db.orm.transaction((tx) => tx.execute(sql`insert into bench_rows (body) values (${texts[i++ % texts.length]!})`)), messages);
    let j = 0;
    const outcomes = new Map<string, number>();
    const received = await timeEach(async () => {
      const k = j++;
      const r = await receiveMessage(deps, { channel: 'email_webhook', from: `buyer${k % buyers}@example.com`, to: ['help@shop.example'], subject: `Question ${k % 3}`, text: texts[k % texts.length], messageId: `<m${k}@example.com>`, rawSize: 2_000 });
      if (r.ok) outcomes.set(r.value.outcome, (outcomes.get(r.value.outcome) ?? 0) + 1);
    }, messages);
    publish({
      name: 'support-inbound',
      description: `${messages.toLocaleString('en-US')} inbound messages from ${buyers} buyers on PGlite in memory, one at a time`,
      rows: [
        { label: 'insert one row in its own transaction', isBaseline: true, figures: baseline },
        { label: 'receiveMessage: check, detect language, thread, write conversation and message', figures: received },
      ],
      notes: [`outcomes (warm-up included): ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`],
    });
  } finally {
    await db.close();
  }
}
