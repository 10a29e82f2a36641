import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { conversationMessages, conversations, emailMessages } from '../../src/db/schema/index.js';
import { startSmtpReceiver, type SmtpReceiver } from '../../src/services/support/channels/smtp-receiver.js';
import { createSmtpTransport, type MailTransport } from '../../src/services/notifications/mail-transport.js';
import { sendDueEmails, type MailerOptions } from '../../src/services/notifications/send-emails.js';
import { createEmailRenderer, createReplyRenderer } from '../../src/web/email/email-renderer.js';
import { addressIn, createCart, placePaidOrder, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startSmtpSink } from '../notifications/smtp-sink.js';

const INBOUND = { user: 'postmark', password: 'inbound-secret-123456' };
const SUPPORT = 'help@shop.example';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A Postmark inbound webhook body (https://postmarkapp.com/developer/webhooks/inbound-webhook). */
function postmark(o: { from: string; name?: string; to?: string; subject: string; text?: string; html?: string; messageId: string; inReplyTo?: string; attachments?: Array<{ Name: string; Content: string; ContentType: string }> }) {
  return {
    FromName: o.name ?? '',
    From: o.from,
    FromFull: { Email: o.from, Name: o.name ?? '', MailboxHash: '' },
    To: o.to ?? SUPPORT,
    ToFull: [{ Email: o.to ?? SUPPORT, Name: '', MailboxHash: '' }],
    Subject: o.subject,
    MessageID: '73e6d360-66eb-11e1-8e72-a8904824019b',
    Date: 'Fri, 27 Nov 2026 10:00:00 +0100',
    TextBody: o.text ?? '',
    HtmlBody: o.html ?? '',
    Headers: [{ Name: 'Message-ID', Value: o.messageId }, ...(o.inReplyTo ? [{ Name: 'In-Reply-To', Value: o.inReplyTo }] : [])],
    Attachments: o.attachments ?? [],
  };
}

describeWithDatabases('the support inbox: mail in, threaded, answered in the thread', (db) => {
  let s: CheckoutServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let transport: MailTransport;
  let mailer: MailerOptions;
  let receiver: SmtpReceiver;
  let teamId: string;
  let order: any;
  before(async () => {
    s = await startCheckoutServer(db(), { support: { inboundWebhook: INBOUND } });
    sink = await startSmtpSink();
    transport = createSmtpTransport(sink.url, { timeoutMs: 5_000 });
    mailer = { transport, from: { name: 'Shop', address: 'shop@shop.example' }, replyTo: SUPPORT, publicUrl: () => 'https://shop.example', render: createEmailRenderer(), renderReply: createReplyRenderer() };
    receiver = await startSmtpReceiver(s.deps, { port: 0, host: '127.0.0.1', addresses: [SUPPORT], maxBytes: 200_000 });
    const team = await s.admin('POST', '/v1/admin/support/teams', {
      body: { name: 'Berlin', schedule: { timeZone: 'Europe/Berlin', hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])), holidays: ['2026-12-25'] }, firstResponseMinutes: 60, resolutionMinutes: 480 },
    });
    assert.equal(team.status, 201, said(team));
    teamId = team.body.id;
    // The buyer typed capitals at checkout and writes from a differently cased address: still theirs.
    const cart = await createCart(s, { market: 'eu', country: 'DE', locale: 'de', email: 'Anna@example.de', address: addressIn('DE'), lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] });
    order = await placePaidOrder(s, cart.id);
  });
  after(async () => {
    transport.close();
    await receiver.close();
    await sink.close();
    await s.close();
  });

  const inbound = (body: unknown, auth = basic(INBOUND.user, INBOUND.password)) => s.call('POST', '/v1/support/inbound/postmark', { body, key: null, headers: { authorization: auth } });
  const conversation = async (id: string) => (await s.admin('GET', `/v1/admin/support/conversations/${id}`)).body;

  test('a buyer\'s email about their order opens a conversation beside the order, in their language, with its first-response due time in business hours', async () => {
    const r = await inbound(postmark({ from: 'Anna@Example.de', name: 'Anna Beispiel', subject: `Wo ist meine Bestellung ${order.number}?`, text: 'Hallo, mein Paket ist noch nicht angekommen. Können Sie nachsehen?', messageId: '<anna-1@mail.example.de>' }));
    assert.equal(r.status, 200, said(r));
    assert.equal(r.body.outcome, 'new');
    const c = await conversation(r.body.conversation);
    assert.equal(c.order.number, order.number);
    assert.equal(c.order.incoterm, 'DDP');
    assert.deepEqual(c.order.totals.total, order.totals.total);
    assert.deepEqual([c.buyer.email, c.buyer.name, c.locale, c.localeSource, c.team, c.status], ['anna@example.de', 'Anna Beispiel', 'de', 'order', 'Berlin', 'open']);
    assert.equal(c.messages[0].language, 'de');
    assert.deepEqual(c.buyerTime.map((t: any) => t.offsetMinutes), [60], 'Germany, one offset (CET) in November');
    // 2026-11-27 is a Friday: 10:00 in Berlin plus 60 business minutes is 11:00 the same day.
    assert.equal(Date.parse(c.firstResponseDueAt) - Date.parse(c.createdAt), 3_600_000);

    const again = await inbound(postmark({ from: 'anna@example.de', subject: 'x', text: 'the same email delivered twice', messageId: '<anna-1@mail.example.de>' }));
    assert.deepEqual([again.status, again.body.outcome, again.body.conversation], [200, 'duplicate', r.body.conversation]);
    assert.equal((await conversation(r.body.conversation)).messages.length, 1);
  });

  test('bad credentials, a message without sender or text, and a body over the limit are refused and add nothing', async () => {
    const count = async () => (await s.deps.database.orm.select().from(conversationMessages)).length;
    const before = await count();
    assert.equal((await inbound(postmark({ from: 'x@example.com', subject: 's', text: 't', messageId: '<x1@e>' }), basic('postmark', 'wrong-password-000000'))).status, 401);
    assert.equal((await inbound(postmark({ from: 'x@example.com', subject: 's', text: 't', messageId: '<x2@e>' }), '')).status, 401);
    const noSender = await inbound({ ...postmark({ from: 'not an address', subject: 's', text: 't', messageId: '<x3@e>' }) });
    assert.deepEqual([noSender.status, noSender.body.errors[0].field], [400, 'from']);
    const noText = await inbound(postmark({ from: 'x@example.com', subject: 's', text: '  ', html: '<p> </p><script>x</script>', messageId: '<x4@e>' }));
    assert.deepEqual([noText.status, noText.body.errors[0].field], [400, 'text']);
    const badBase64 = await inbound(postmark({ from: 'x@example.com', subject: 's', text: 'hello there', messageId: '<x5@e>', attachments: [{ Name: 'a.pdf', Content: '!!not base64!!', ContentType: 'application/pdf' }] }));
    assert.deepEqual([badBase64.status, badBase64.body.errors[0].field], [400, 'Attachments[0].Content']);
    const huge = await fetch(`${s.base}/v1/support/inbound/postmark`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: basic(INBOUND.user, INBOUND.password) }, body: JSON.stringify(postmark({ from: 'x@example.com', subject: 's', text: 'a'.repeat(37 * 1024 * 1024), messageId: '<x6@e>' })) });
    assert.equal(huge.status, 413);
    assert.equal(await count(), before);
  });

  test('hostile HTML is kept as text only; a file whose type lies is kept and downloaded only as octet-stream', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]).toString('base64');
    const r = await inbound(
      postmark({
        from: 'mallory@example.com',
        subject: 'Invoice',
        html: '<html><body><p>Please see <b>attached</b></p><script>fetch("/steal")</script><img src=x onerror="alert(1)"><a href="javascript:alert(2)">here</a></body></html>',
        messageId: '<mallory-1@example.com>',
        attachments: [{ Name: 'invoice".pdf', Content: zip, ContentType: 'application/pdf' }],
      }),
    );
    assert.equal(r.status, 200, said(r));
    assert.match(r.body.notes.join('\n'), /attachment invoice"\.pdf: says application\/pdf but is application\/zip/);
    const c = await conversation(r.body.conversation);
    assert.equal(c.messages[0].body, 'Please see attached\nhere');
    const [file] = c.messages[0].attachments;
    assert.deepEqual([file.declaredType, file.detectedType, file.verdict, file.size], ['application/pdf', 'application/zip', 'mismatch', 12]);
    const download = await fetch(`${s.base}/v1/admin/support/attachments/${file.id}`, { headers: { authorization: `Bearer ${s.adminKey}` } });
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'application/octet-stream');
    assert.equal(download.headers.get('content-disposition'), `attachment; filename="invoice_.pdf"; filename*=UTF-8''invoice%22.pdf`);
    assert.equal(download.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(Buffer.from(await download.arrayBuffer()).toString('base64'), zip);
  });

  test('the answer goes out in the thread; the buyer\'s reply by SMTP comes back to the same conversation', async () => {
    const list = await s.admin('GET', `/v1/admin/support/conversations?order=${order.number}`);
    const id = list.body.items[0].id;
    const replied = await s.admin('POST', `/v1/admin/support/conversations/${id}/replies`, { body: { text: 'Hallo Anna,\n\nIhr Paket ist unterwegs: RR123456785NL.\n\nViele Grüße' } });
    assert.equal(replied.status, 201, said(replied));
    assert.equal(replied.body.status, 'pending');
    assert.ok(replied.body.firstRespondedAt);
    await sendDueEmails(s.deps, mailer);
    const mail = sink.received.find((m) => m.to.includes('anna@example.de') && m.mail.subject?.startsWith('Re:'));
    assert.ok(mail, 'the answer was sent');
    assert.equal(mail.mail.subject, `Re: Wo ist meine Bestellung ${order.number}?`);
    assert.equal(mail.mail.inReplyTo, '<anna-1@mail.example.de>');
    const token = (await s.deps.database.orm.select().from(conversations).where(eq(conversations.id, id)))[0]!.token;
    assert.equal(mail.mail.replyTo?.value[0]?.address, `help+c-${token}@shop.example`);
    assert.match(mail.mail.messageId ?? '', new RegExp(`^<c-${token}\\.[0-9a-f]{32}@shop\\.example>$`));
    assert.match(mail.mail.text ?? '', /Ihr Paket ist unterwegs: RR123456785NL\.[\s\S]*Am .* schrieben Sie:\n> Hallo, mein Paket/);
    assert.equal(mail.mail.headers.get('auto-submitted'), undefined, 'a person\'s answer is not marked automatic');

    // The buyer answers from their mail program, to the reply-to address, over SMTP.
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });
    await client.sendMail({ from: 'Anna <anna@example.de>', to: `help+c-${token}@shop.example`, subject: `Re: Wo ist meine Bestellung ${order.number}?`, text: 'Danke, es ist heute angekommen!\n\n> Ihr Paket ist unterwegs', inReplyTo: mail.mail.messageId!, references: [mail.mail.messageId!] });
    client.close();
    const c = await conversation(id);
    assert.deepEqual(c.messages.map((m: any) => [m.direction, m.channel]), [['inbound', 'email_webhook'], ['outbound', 'admin'], ['inbound', 'smtp']]);
    assert.equal(c.messages[1].email.status, 'sent');
    assert.equal(c.status, 'open', 'the buyer\'s answer opens it again');

    // Mail for anyone but the support address is refused: the receiver never relays.
    const relay = nodemailer.createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });
    await assert.rejects(relay.sendMail({ from: 'x@example.com', to: 'victim@elsewhere.example', subject: 'spam', text: 'spam' }), /550/);
    relay.close();
  });

  test('mail in a broken or unknown encoding is kept as readable text, not refused for it', async () => {
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: receiver.port, secure: false, ignoreTLS: true });
    const headers = (id: string, type: string, encoding: string) => [`From: Olek <olek@example.pl>`, `To: ${SUPPORT}`, 'Subject: =?UTF-8?B?WmHFvMOzxYLEhw==?= =?x-unknown?Q?gesl=EF=BF=BD?=', `Message-ID: <${id}@example.pl>`, 'MIME-Version: 1.0', `Content-Type: ${type}`, `Content-Transfer-Encoding: ${encoding}`, '', ''].join('\r\n');
    await client.sendMail({ envelope: { from: 'olek@example.pl', to: [SUPPORT] }, raw: `${headers('olek-1', 'text/plain; charset=x-made-up', 'quoted-printable')}Dzie=C5=84 dobry, gdzie jest moja paczka? =ZZ broken =\r\n` });
    const invalidUtf8 = Buffer.concat([Buffer.from(headers('olek-2', 'text/plain; charset=utf-8', '8bit')), Buffer.from('Paczka nie dotar'), Buffer.from([0xff, 0xfe, 0xc5]), Buffer.from('a, prosz\u0119 o pomoc.\r\n')]);
    await client.sendMail({ envelope: { from: 'olek@example.pl', to: [SUPPORT] }, raw: invalidUtf8 });
    client.close();
    const list = (await s.admin('GET', '/v1/admin/support/conversations?email=olek@example.pl')).body.items;
    assert.equal(list.length, 1, 'one conversation: the same subject threads the second message');
    const c = await conversation(list[0].id);
    assert.match(c.subject, /^Zażółć/);
    assert.match(c.messages[0].body, /gdzie jest moja paczka\?/);
    assert.match(c.messages[1].body, /^Paczka nie dotar.*a, proszę o pomoc\.$/);
    assert.ok(c.messages.every((m: any) => !/[\u0000-\u0008]/.test(m.body)));
  });

  test('a reply to a conversation closed this week opens it again; one closed long ago starts a follow-up; a stranger cannot attach to someone\'s order', async () => {
    const first = await inbound(postmark({ from: 'kai@example.com', subject: 'Size question', text: 'Does the tee run small or large?', messageId: '<kai-1@example.com>' }));
    const id = first.body.conversation;
    assert.equal((await s.admin('PATCH', `/v1/admin/support/conversations/${id}`, { body: { status: 'closed' } })).body.status, 'closed');
    const reopened = await inbound(postmark({ from: 'kai@example.com', subject: 'Re: Size question', text: 'One more thing about the size, please.', messageId: '<kai-2@example.com>' }));
    assert.deepEqual([reopened.body.outcome, reopened.body.conversation], ['reopened', id]);

    await s.admin('PATCH', `/v1/admin/support/conversations/${id}`, { body: { status: 'closed' } });
    await s.deps.database.orm.update(conversations).set({ closedAt: new Date(Date.parse(s.deps.clock().toISOString()) - 20 * 86_400_000) }).where(eq(conversations.id, id));
    const followUp = await inbound(postmark({ from: 'kai@example.com', subject: 'Re: Size question', text: 'Back again about the sizes of the tee.', messageId: '<kai-3@example.com>' }));
    assert.equal(followUp.body.outcome, 'follow_up');
    assert.notEqual(followUp.body.conversation, id);
    assert.equal((await conversation(followUp.body.conversation)).followUpOf, id);

    const stranger = await inbound(postmark({ from: 'eve@example.com', subject: `Order ${order.number}`, text: `I want to change the address of ${order.number} and LF-100421.`, messageId: '<eve-1@example.com>' }));
    assert.equal(stranger.body.outcome, 'new');
    assert.match(stranger.body.notes.join('\n'), new RegExp(`${order.number} belongs to another buyer: not linked`));
    assert.match(stranger.body.notes.join('\n'), /LF-100421 looks like an order number with a typo/);
    assert.equal((await conversation(stranger.body.conversation)).order, null);
  });

  test('the contact API names its own fields; the language of an unknown buyer is detected; saved replies per language; assignment checks the user', async () => {
    const bad = await s.call('POST', '/v1/support/messages', { body: { email: 'nope', message: '' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: any) => e.field), ['email', 'message']);
    const typo = await s.call('POST', '/v1/support/messages', { body: { email: 'ken@example.jp', message: 'hi', order: 'LF-100421' } });
    assert.deepEqual([typo.status, typo.body.errors[0].field], [400, 'number']);
    const ja = await s.call('POST', '/v1/support/messages', { body: { email: 'ken@example.jp', subject: '関税について', message: '関税はいくらかかりますか？配達のときに払いますか？' } });
    assert.equal(ja.status, 201, said(ja));
    const c = await conversation(ja.body.conversation);
    assert.deepEqual([c.locale, c.localeSource], ['ja', 'detected']);

    assert.equal((await s.admin('PUT', '/v1/admin/support/saved-replies/where-is-my-parcel/de', { body: { body: 'Hallo {name}, Ihr Paket ...' } })).status, 200);
    assert.equal((await s.admin('PUT', '/v1/admin/support/saved-replies/Where Is/de', { body: { body: 'x' } })).status, 400);
    assert.equal((await s.admin('PUT', '/v1/admin/support/saved-replies/where-is-my-parcel/de', { body: { body: '' } })).body.errors[0].field, 'body');
    assert.deepEqual((await s.admin('GET', '/v1/admin/support/saved-replies?locale=de')).body.items.map((r: any) => r.name), ['where-is-my-parcel']);

    const assign = await s.admin('PATCH', `/v1/admin/support/conversations/${ja.body.conversation}`, { body: { assignee: '00000000-0000-4000-8000-000000000000' } });
    assert.deepEqual([assign.status, assign.body.errors[0].field], [400, 'assignee']);
    const note = await s.admin('POST', `/v1/admin/support/conversations/${ja.body.conversation}/notes`, { body: { text: 'Ask Kenji in Osaka' } });
    assert.equal(note.status, 201);
    assert.equal(note.body.firstRespondedAt, null, 'a note is not an answer');
    assert.equal((await s.deps.database.orm.select().from(emailMessages).where(eq(emailMessages.kind, 'support_reply'))).length, 1, 'a note sends nothing');
  });

  test('the report counts first-response and resolution times per market in business minutes', async () => {
    const r = await s.admin('GET', '/v1/admin/support/report?from=2026-11-27&to=2026-11-27');
    assert.equal(r.status, 200, said(r));
    const eu = r.body.markets.find((m: any) => m.market === 'eu');
    assert.equal(eu.conversations, 1);
    assert.equal(eu.firstResponse.count, 1);
    assert.equal(eu.firstResponse.withinTarget, 1);
    assert.equal(eu.firstResponse.withinTargetPercent, 100);
    assert.equal(r.body.all.conversations >= 5, true);
    const badRange = await s.admin('GET', '/v1/admin/support/report?from=2026-12-01&to=2026-11-01');
    assert.deepEqual([badRange.status, badRange.body.errors[0].field], [400, 'from']);
    assert.ok(teamId);
  });
});
