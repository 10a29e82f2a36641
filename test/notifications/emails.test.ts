import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { createEmailRepository } from '../../src/db/repositories/email-repository.js';
import { emailMessages } from '../../src/db/schema/index.js';
import { createDeps } from '../../src/services/deps.js';
import { createSmtpTransport, type MailTransport } from '../../src/services/notifications/mail-transport.js';
import { sendDueEmails, type MailerOptions } from '../../src/services/notifications/send-emails.js';
import { createEmailRenderer, createReplyRenderer } from '../../src/web/email/email-renderer.js';
import { addressIn, checkout, createCart, placePaidOrder, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { startSmtpSink } from './smtp-sink.js';

describeWithDatabases('buyers\' emails from the outbox over SMTP', (db) => {
  let s: CheckoutServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let transport: MailTransport;
  let options: MailerOptions;
  before(async () => {
    s = await startCheckoutServer(db());
    sink = await startSmtpSink();
    transport = createSmtpTransport(sink.url, { timeoutMs: 5_000 });
    options = { transport, from: { name: 'Landfall Demo', address: 'shop@landfall.example' }, replyTo: 'help@landfall.example', publicUrl: () => 'https://shop.example', render: createEmailRenderer(), renderReply: createReplyRenderer() };
  });
  after(async () => {
    transport.close();
    await sink.close();
    await s.close();
  });

  /** Run the mail worker once, `minutes` from now. */
  const sendIn = (minutes: number) => sendDueEmails({ ...s.deps, clock: () => new Date(s.deps.clock().getTime() + minutes * 60_000) }, options);
  const emailsOf = (orderId: string) => s.deps.database.orm.select().from(emailMessages).where(eq(emailMessages.orderId, orderId));
  const to = (address: string) => sink.received.filter((r) => r.to.includes(address));
  /** A cart ready for checkout in the buyer's language. */
  const readyCart = async (market: string, country: string, locale: string, lines: Array<{ sku: string; quantity: number }>, email: string) => {
    const cart = await createCart(s, { market, country, locale, email, address: addressIn(country), lines });
    assert.equal(cart.checkoutReady, true, JSON.stringify(cart.problems));
    return cart;
  };

  test('a card order paid at checkout gets one confirmation, in the buyer\'s language, with the landed-cost breakdown; the payment email is skipped', async () => {
    const cart = await readyCart('eu', 'DE', 'de', [{ sku: 'TEE-LAN-M', quantity: 2 }], 'anna@example.de');
    const order = await placePaidOrder(s, cart.id);
    const now = await sendIn(0);
    assert.deepEqual({ sent: now.sent, skipped: now.skipped }, { sent: 0, skipped: 1 }, 'the confirmation waits a minute for the payment to settle; the payment email is not needed');
    const run = await sendIn(2);
    assert.deepEqual({ sent: run.sent, skipped: run.skipped }, { sent: 1, skipped: 0 });

    const [mail] = to('anna@example.de');
    assert.ok(mail);
    const m = mail.mail;
    assert.equal(m.subject, `Bestellung ${order.number} bestätigt`);
    assert.equal(m.from?.value[0]?.address, 'shop@landfall.example');
    assert.equal(m.replyTo?.value[0]?.address, 'help@landfall.example');
    assert.equal(m.headers.get('content-language'), order.locale);
    assert.equal(m.headers.get('auto-submitted'), 'auto-generated');
    const text = m.text ?? '';
    assert.match(text, /Vielen Dank für Ihre Bestellung/);
    assert.match(text, new RegExp(`Ihre Zahlung über ${order.totals.total.amount.replace('.', ',')}\\s€ ist eingegangen`));
    // EU orders are DDP: duties and import VAT were paid at checkout.
    assert.match(text, /Einfuhrzölle und -steuern wurden an der Kasse bezahlt/);
    assert.match(text, new RegExp(`https://shop\\.example/de-de/order\\?number=${order.number}&email=anna%40example\\.de`));
    assert.match(m.html || '', /<html lang="de-DE" dir="ltr">/);
    assert.match(m.html || '', new RegExp(`href="https://shop\\.example/de-de/order\\?number=${order.number}&amp;email=anna%40example\\.de"`));

    const rows = await emailsOf(order.id);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    assert.equal(byKind.order_confirmation?.status, 'sent');
    assert.equal(byKind.order_confirmation?.messageId, m.messageId);
    assert.match(byKind.order_confirmation?.messageId ?? '', /^<[0-9a-f-]{36}@landfall\.example>$/);
    assert.equal(byKind.payment_received?.status, 'skipped');
    assert.equal(byKind.payment_received?.skippedReason, 'the order confirmation, not sent yet, will say the order is paid');
    assert.equal((await sendIn(5)).attempted, 0, 'nothing is sent twice');
    assert.equal(to('anna@example.de').length, 1);
  });

  test('an order paid after its confirmation went out gets a payment email too', async () => {
    const cart = await readyCart('eu', 'DE', 'de', [{ sku: 'TEE-LAN-M', quantity: 1 }], 'late@example.de');
    const placed = await checkout(s, cart.id);
    assert.equal(placed.status, 201, said(placed));
    // The confirmation's minute passes before the buyer pays (the server's clock cannot be moved: its due time is).
    await s.deps.database.orm.update(emailMessages).set({ nextAttemptAt: new Date(0) }).where(eq(emailMessages.orderId, placed.body.order.id));
    await sendIn(0);
    const [confirmation] = to('late@example.de');
    assert.match(confirmation?.mail.text ?? '', /Wir warten noch auf Ihre Zahlung/);
    const paid = await s.call('POST', `/v1/payments/${placed.body.payment.id}/confirm`, { body: { card: { number: '4242424242424242', expMonth: 12, expYear: 2034, cvc: '123' } } });
    assert.equal(paid.body.status, 'succeeded', said(paid));
    await sendIn(0);
    const mails = to('late@example.de');
    assert.equal(mails.length, 2);
    assert.equal(mails[1]!.mail.subject, `Zahlung für Bestellung ${placed.body.order.number} erhalten`);
  });

  test('shipping sends the tracking number; a refused recipient is retried with the same Message-ID; a bounced one fails for good', async () => {
    const cart = await readyCart('jp', 'JP', 'ja', [{ sku: 'TEE-LAN-M', quantity: 1 }], 'kenji@example.jp');
    const order = await placePaidOrder(s, cart.id);
    await sendIn(2);
    const shipped = await s.admin('POST', `/v1/admin/orders/${order.number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785NL' } });
    assert.equal(shipped.status, 200, said(shipped));

    sink.refuseNext(451);
    const first = await sendIn(3);
    assert.equal(first.retrying, 1);
    const [row] = (await emailsOf(order.id)).filter((r) => r.kind === 'shipped');
    assert.equal(row?.status, 'pending');
    assert.match(row?.lastError ?? '', /451/);
    assert.equal(row?.attempts, 1);

    await sendIn(60);
    const mail = to('kenji@example.jp').find((r) => r.mail.subject?.includes('発送'));
    assert.ok(mail, 'sent on the retry');
    assert.equal(mail.mail.subject, `ご注文 ${order.number} を発送しました`);
    assert.match(mail.mail.text ?? '', /RR123456785NL/);
    const [after1] = (await emailsOf(order.id)).filter((r) => r.kind === 'shipped');
    assert.equal(after1?.status, 'sent');
    assert.equal(after1?.messageId, row?.messageId, 'the retry keeps the Message-ID');
    assert.equal(mail.mail.messageId, row?.messageId);

    // A bounce (550) is final.
    const cart2 = await readyCart('eu', 'DE', 'de', [{ sku: 'TEE-LAN-M', quantity: 1 }], 'nobody@example.de');
    const order2 = await placePaidOrder(s, cart2.id);
    sink.refuseNext(550);
    const run = await sendIn(2);
    assert.equal(run.failed, 1);
    const [bounced] = (await emailsOf(order2.id)).filter((r) => r.kind === 'order_confirmation');
    assert.equal(bounced?.status, 'failed');
    assert.match(bounced?.lastError ?? '', /550/);
  });

  test('the merchant\'s wording replaces the shipped one; titles and wording are escaped in the HTML', async () => {
    const put = await s.admin('PUT', '/v1/admin/email-templates/de/email.order_confirmation.heading', { body: { message: 'Danke <b>sehr</b>, {number}!' } });
    assert.equal(put.status, 400, 'an argument the message does not have is refused');
    const ok = await s.admin('PUT', '/v1/admin/email-templates/de/email.order_confirmation.heading', { body: { message: 'Danke <b>sehr</b> & bis bald' } });
    assert.equal(ok.status, 200, said(ok));
    const cart = await readyCart('eu', 'DE', 'de', [{ sku: 'TEE-LAN-M', quantity: 1 }], 'wording@example.de');
    await placePaidOrder(s, cart.id);
    await sendIn(2);
    const [mail] = to('wording@example.de');
    assert.match(mail?.mail.text ?? '', /Danke <b>sehr<\/b> & bis bald/);
    assert.match(mail?.mail.html || '', /Danke &lt;b&gt;sehr&lt;\/b&gt; &amp; bis bald/);
    assert.doesNotMatch(mail?.mail.html || '', /<b>sehr/);
    const removed = await s.admin('DELETE', '/v1/admin/email-templates/de/email.order_confirmation.heading');
    assert.equal(removed.status, 204, said(removed));
  });
});

describeWithDatabases('buyers\' emails survive a restart and a crash in the middle of a send', (db) => {
  let s: CheckoutServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let transport: MailTransport;
  before(async () => {
    s = await startCheckoutServer(db());
    sink = await startSmtpSink();
    transport = createSmtpTransport(sink.url, { timeoutMs: 5_000 });
  });
  after(async () => {
    transport.close();
    await sink.close();
    await s.close();
  });

  test('an email claimed by a process that died is sent after its lease by another, once, with the Message-ID it was given', async () => {
    const cart = await createCart(s, { market: 'eu', country: 'DE', locale: 'de', email: 'crash@example.de', address: addressIn('DE'), lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] });
    const order = await placePaidOrder(s, cart.id);
    const later = (minutes: number) => new Date(s.deps.clock().getTime() + minutes * 60_000);
    // The first process claims the confirmation and dies before sending it: only the database remembers.
    const [claimed] = await createEmailRepository(s.deps.database.orm).claimDue(later(2), 20, 120_000, 'landfall.example');
    assert.equal(claimed?.kind, 'order_confirmation');
    assert.equal(claimed?.orderId, order.id);

    // Another process (new dependencies over the same database) starts; within the lease it leaves the email alone.
    const restarted = createDeps(s.deps.database, { version: 'test', clock: () => later(3) });
    const options: MailerOptions = { transport, from: { name: null, address: 'shop@landfall.example' }, publicUrl: () => 'https://shop.example', render: createEmailRenderer(), renderReply: createReplyRenderer() };
    assert.equal((await sendDueEmails(restarted, options)).sent, 0);
    const afterLease = createDeps(s.deps.database, { version: 'test', clock: () => later(5) });
    assert.equal((await sendDueEmails(afterLease, options)).sent, 1);
    assert.equal((await sendDueEmails(afterLease, options)).attempted, 0, 'sent once');
    const mails = sink.received.filter((m) => m.to.includes('crash@example.de'));
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.mail.messageId, claimed?.messageId);
  });
});
