import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { emailMessages, quotes, storeSettings } from '../../src/db/schema/index.js';
import { createApiKey } from '../../src/services/api-keys/create-api-key.js';
import type { MailTransport, OutgoingMail } from '../../src/services/notifications/mail-transport.js';
import { sendDueEmails } from '../../src/services/notifications/send-emails.js';
import { createEmailRenderer, createReplyRenderer } from '../../src/web/email/email-renderer.js';
import { pdfText } from '../documents/support.js';
import { describeWithDatabases, unwrap } from '../support/test-database.js';
import { addDistributor, startQuoteServer, type QuoteServer, cifHamburg as cifHamburgFor } from './quotes-support.js';

const HAMBURG = { lines: ['Speicherstadt 1'], city: 'Hamburg', postalCode: '20457' };
const DEMO_ACCOUNT = { accountHolder: 'Hội An Atelier', iban: 'NL91ABNA0417164300', ibanPrinted: 'NL91 ABNA 0417 1643 00', bic: 'ABNANL2A' };

describeWithDatabases("the distributor's quote link and the store's bank account", (db) => {
  let s: QuoteServer;
  let de: { id: string };
  let operatorKey: string;
  const mails: OutgoingMail[] = [];
  const transport: MailTransport = { send: async (mail) => (mails.push(mail), { ok: true, response: '250 queued' }), close() {} };
  const cifHamburg = (extra: Record<string, unknown> = {}) => cifHamburgFor(de.id, extra);
  /** A new quote, sent: its number and the path of its link. */
  const sentQuote = async (extra: Record<string, unknown> = {}) => {
    const created = await s.admin('POST', '/v1/admin/quotes', cifHamburg(extra));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const sent = await s.admin('POST', `/v1/admin/quotes/${created.body.number}/send`);
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    return { number: created.body.number as string, link: sent.body.buyerLink as string, path: new URL(sent.body.buyerLink).pathname + new URL(sent.body.buyerLink).search, token: new URL(sent.body.buyerLink).searchParams.get('t')! };
  };
  const page = (url: string) => s.app.inject({ method: 'GET', url });
  const acceptForm = (number: string, body: string) => s.app.inject({ method: 'POST', url: `/quotes/${number}/accept`, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'null' }, payload: body });
  const stored = async (number: string) => (await db().orm.select().from(quotes).where(eq(quotes.number, number)))[0]!;
  const mailer = () => sendDueEmails(s.deps, { transport, from: { name: 'Shop', address: 'shop@shop.example' }, publicUrl: () => 'http://localhost:3000', render: createEmailRenderer(), renderReply: createReplyRenderer() });

  before(async () => {
    s = await startQuoteServer(db());
    de = await addDistributor(s, { name: 'Kaffeehaus Nord GmbH', country: 'DE', currency: 'EUR', paymentTerms: 'net_30', address: HAMBURG, items: [{ sku: 'COF-ROB-250', moq: 24, multiple: 12, tiers: [[24, 450], [96, 410]] }, { sku: 'NUT-W320-500', moq: 20, tiers: [[1, 892]] }] });
    operatorKey = unwrap(await createApiKey(s.deps, { name: 'operator', scopes: ['admin:operator'] })).key;
  });
  after(() => s.app.close());

  test("the store's bank account: seeded, read, set by the owner only, a bad IBAN or BIC refused naming it and changing nothing", async () => {
    const seeded = await s.admin('GET', '/v1/admin/store/bank-account', undefined, operatorKey);
    assert.deepEqual([seeded.status, seeded.body.account], [200, DEMO_ACCOUNT]);
    const put = (body: unknown, key?: string) => s.app.inject({ method: 'PUT', url: '/v1/admin/store/bank-account', headers: { ...s.auth(key), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    for (const [body, field, reason] of [
      [{ ...DEMO_ACCOUNT, ibanPrinted: undefined, iban: 'NL91ABNA0417164301' }, 'iban', /check digits/],
      [{ accountHolder: 'X', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' }, 'accountHolder', /2 to 140/],
      [{ accountHolder: 'Hội An Atelier', iban: 'NL91ABNA041716430', bic: 'ABNANL2A' }, 'iban', /18 characters/],
      [{ accountHolder: 'Hội An Atelier', iban: 'NL91ABNA0417164300', bic: 'ABNA2A' }, 'bic', /8 or 11/],
      [{ accountHolder: 'Hội An Atelier', iban: 'NL91ABNA0417164300', bic: 'COBADEFFXXX' }, 'bic', /bank in DE and the IBAN of an account in NL/],
      [{ accountHolder: 'Hội An Atelier', iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', swift: 'x' }, 'swift', /not a field/],
    ] as const) {
      const r = await put(body);
      assert.equal(r.statusCode, 400, r.body);
      const problem = r.json();
      assert.equal(problem.code, 'VALIDATION_FAILED');
      assert.equal(problem.errors?.[0]?.field ?? problem.field, field, r.body);
      assert.match(r.body, reason);
    }
    assert.equal((await put({ accountHolder: 'Hội An Atelier', iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' }, operatorKey)).statusCode, 403, 'an operator may not say where money goes');
    assert.deepEqual((await s.admin('GET', '/v1/admin/store/bank-account')).body.account, DEMO_ACCOUNT, 'nothing changed');
    const ok = await put({ accountHolder: ' Hội An Atelier Co., Ltd ', iban: 'de89 3704 0044 0532 0130 00', bic: 'cobadeffxxx' });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().account, { accountHolder: 'Hội An Atelier Co., Ltd', iban: 'DE89370400440532013000', ibanPrinted: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX' });
    assert.equal((await put(DEMO_ACCOUNT)).statusCode, 400, 'ibanPrinted is not a field');
    assert.equal((await put({ accountHolder: DEMO_ACCOUNT.accountHolder, iban: DEMO_ACCOUNT.iban, bic: DEMO_ACCOUNT.bic })).statusCode, 200);
  });

  test('accepting with no account anywhere is refused naming payTo; with the store account it is the default', async () => {
    const { number } = await sentQuote();
    await db().orm.update(storeSettings).set({ bankAccountHolder: null, bankIban: null, bankBic: null });
    const refused = await s.admin('POST', `/v1/admin/quotes/${number}/accept`, {});
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    assert.equal(refused.body.errors?.[0]?.field ?? refused.body.field, 'payTo');
    assert.match(refused.body.detail, /set the store's bank account/);
    assert.equal((await stored(number)).status, 'sent', 'nothing changed');
    await db().orm.update(storeSettings).set({ bankAccountHolder: DEMO_ACCOUNT.accountHolder, bankIban: DEMO_ACCOUNT.iban, bankBic: DEMO_ACCOUNT.bic });
    const accepted = await s.admin('POST', `/v1/admin/quotes/${number}/accept`);
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.deepEqual([accepted.body.calculation.payTo, accepted.body.acceptedBy], [DEMO_ACCOUNT, 'operator']);
  });

  test('send: the link answered once, its hash stored, quote.sent recorded and the email queued and sent with the link', async () => {
    const { number, link, token } = await sentQuote();
    assert.match(link, new RegExp(`^http://localhost:3000/quotes/${number}\\?t=[A-Za-z0-9_-]{43}$`));
    const row = await stored(number);
    assert.match(row.buyerTokenHash ?? '', /^[0-9a-f]{64}$/);
    assert.notEqual(row.buyerTokenHash, token);
    assert.ok(row.buyerLinkSentAt);
    const read = await s.admin('GET', `/v1/admin/quotes/${number}`);
    assert.equal(read.body.buyerLink, undefined, 'the link is answered only by send');
    assert.equal(read.body.buyerLinkSentAt, row.buyerLinkSentAt!.toISOString());
    assert.ok(!JSON.stringify(read.body).includes(token));
    const events = await s.admin('GET', `/v1/admin/events?type=quote.sent`);
    assert.ok(events.status !== 200 || !JSON.stringify(events.body).includes(token), 'no token in events');

    const emails = await db().orm.select().from(emailMessages).where(eq(emailMessages.kind, 'quote_sent'));
    const mine = emails.filter((e) => e.about.quote === number);
    assert.equal(mine.length, 1);
    assert.deepEqual([mine[0]!.toAddress, mine[0]!.status, mine[0]!.orderId], ['buying@kaffeehausnordgmbh.example', 'pending', null]);
    mails.length = 0;
    await mailer();
    const mail = mails.find((m) => m.subject.includes(number));
    assert.ok(mail, JSON.stringify(mails.map((m) => m.subject)));
    assert.equal(mail.to, 'buying@kaffeehausnordgmbh.example');
    assert.equal(mail.subject, `Quote ${number} from Hội An Atelier`);
    assert.ok(mail.text.includes(link), mail.text);
    assert.ok(mail.html.includes(link.replace(/&/g, '&amp;')));
    // CIF: the seller's price 1,293.07 and the landed cost 1,523.73 (hand-checked in quotes.test.ts).
    assert.match(mail.text, /€1,293\.07|1,293\.07/);
    assert.match(mail.text, /1,523\.73/);
    assert.equal(mail.headers['X-Landfall-Email'], 'quote_sent');
  });

  test("the page shows the quote's figures, who bears what, the comparison and the account; nothing kept, no referrer", async () => {
    const { number, path } = await sentQuote();
    const r = await page(path);
    assert.equal(r.statusCode, 200, r.body);
    assert.match(String(r.headers['content-type']), /text\/html/);
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.equal(r.headers['referrer-policy'], 'no-referrer');
    const html = r.body;
    assert.ok(html.includes(`Quote ${number}`));
    assert.ok(html.includes('Kaffeehaus Nord GmbH (DE)'));
    // 120 coffee at the 96+ tier: EUR 4.10 each, EUR 492.00; 40 cashews at 8.92, 356.80; goods 848.80.
    assert.match(html, /COF-ROB-250<\/td><th scope="row">[^<]+<\/th><td>120<\/td><td>EUR 4\.10<\/td><td>EUR 492\.00<\/td>/);
    assert.match(html, /<td data-goods>EUR 848\.80<\/td>/);
    assert.match(html, /CIF Hamburg, DE \(Incoterms® 2020\)/);
    assert.match(html, /data-risk="origin">Risk passes from seller to buyer in the country of export/);
    // Insurance 4.27 by the seller; duties 56.21 and import VAT 94.45 by the buyer.
    assert.match(html, /<tr data-party="seller"><th scope="row">Cargo insurance<\/th><td>Seller<\/td><td>EUR 4\.27<\/td>/);
    assert.match(html, /<tr data-party="buyer"><th scope="row">Import VAT \/ GST<\/th><td>Buyer \(you\)<\/td><td>EUR 94\.45<\/td>/);
    assert.match(html, /<td data-seller-price>EUR 1,293\.07<\/td>/);
    assert.match(html, /<td data-buyer-extra>EUR 230\.66<\/td>/);
    assert.match(html, /<td data-landed>EUR 1,523\.73<\/td>/);
    // The comparison: DDP 1,503.73 (the seller takes the duties and VAT), buyer adds only unloading 20.00.
    assert.match(html, /data-rule="DDP"><th scope="row">DDP[^<]*<\/th><td>at destination<\/td><td>EUR 1,503\.73<\/td><td>EUR 20\.00<\/td><td>EUR 1,523\.73<\/td>/);
    assert.match(html, /Valid until<\/dt><dd>2026-12-27/);
    assert.match(html, /Net 30/);
    assert.ok(html.includes('NL91 ABNA 0417 1643 00') && html.includes('ABNANL2A'));
    assert.match(html, /<button type="submit" class="primary">Accept quote<\/button>/);
    assert.ok(!html.includes('Download pro forma invoice'));
  });

  test('a wrong, missing or replaced token, an unknown number: the same 404 page that tells nothing', async () => {
    const first = await sentQuote();
    const again = await s.admin('POST', `/v1/admin/quotes/${first.number}/send`);
    assert.equal(again.status, 200);
    assert.notEqual(again.body.buyerLink, first.link, 'a new token');
    const newPath = new URL(again.body.buyerLink).pathname + new URL(again.body.buyerLink).search;
    assert.equal((await page(newPath)).statusCode, 200);
    const bodies = new Set<string>();
    for (const url of [first.path, `/quotes/${first.number}`, `/quotes/${first.number}?t=`, `/quotes/${first.number}?t=${first.token.slice(0, -1)}A`, `/quotes/Q-99999999?t=${first.token}`, `/quotes/nonsense?t=x`, `/quotes/${first.number}/pro-forma.pdf?t=${first.token}`]) {
      const r = await page(url);
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.headers['cache-control'], 'no-store');
      assert.ok(!r.body.includes(first.number), 'the page does not echo the number');
      bodies.add(r.body);
    }
    assert.equal(bodies.size, 1, 'one page for every miss');
    // The first email, not sent yet, is skipped: the newer one carries the link that works.
    mails.length = 0;
    await mailer();
    const rows = (await db().orm.select().from(emailMessages).where(eq(emailMessages.kind, 'quote_sent'))).filter((e) => e.about.quote === first.number);
    assert.deepEqual(rows.map((e) => e.status).sort(), ['sent', 'skipped']);
    assert.ok(mails.some((m) => m.text.includes(again.body.buyerLink)) && !mails.some((m) => m.text.includes(first.link)));
    // The old token cannot accept either.
    const refused = await acceptForm(first.number, `t=${first.token}`);
    assert.equal(refused.statusCode, 404);
    assert.equal((await stored(first.number)).status, 'sent');
  });

  test('accept through the link: the pro forma issued as by the operator, accepted_by the buyer, the PDF downloads', async () => {
    const { number, path, token } = await sentQuote();
    assert.equal((await acceptForm(number, 't=')).statusCode, 404);
    assert.equal((await acceptForm(number, `t=${token}&extra=1`)).statusCode, 404, 'a form with other fields is refused');
    const r = await acceptForm(number, `t=${encodeURIComponent(token)}`);
    assert.equal(r.statusCode, 303, r.body);
    assert.equal(r.headers.location, `/quotes/${number}?t=${token}&accepted=1`);
    assert.equal(r.headers['referrer-policy'], 'no-referrer');
    const row = await stored(number);
    assert.deepEqual([row.status, row.acceptedBy, row.proFormaNumber], ['accepted', 'buying@kaffeehausnordgmbh.example', `PF-${number}`]);
    assert.deepEqual((row.calculation as any).payTo, DEMO_ACCOUNT);
    const shown = await page(String(r.headers.location));
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /you accepted quote/);
    assert.ok(!shown.body.includes('Accept quote</button>'));
    assert.match(shown.body, new RegExp(`href="/quotes/${number}/pro-forma.pdf\\?t=${token}" download>Download pro forma invoice`));
    const pdf = await page(`/quotes/${number}/pro-forma.pdf?t=${token}`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.headers['cache-control'], 'no-store');
    const text = await pdfText(pdf.rawPayload);
    assert.ok(text.includes(`PF-${number}`) && text.includes('NL91 ABNA 0417 1643 00'), text);
    assert.ok(text.includes('1,293.07') || text.includes('1293.07'), text);
    // The operator's copy is the same document.
    const admin = await s.admin('GET', `/v1/admin/quotes/${number}/pro-forma`);
    assert.equal(await pdfText(admin.raw), text);
    // Accepting twice shows the page with the reason, and changes nothing.
    const twice = await acceptForm(number, `t=${token}`);
    assert.equal(twice.statusCode, 409);
    assert.match(twice.body, /already accepted/);
    assert.equal((await stored(number)).updatedAt.getTime(), row.updatedAt.getTime());
    assert.equal((await page(path)).statusCode, 200);
  });

  test('a cancelled quote opens no page; an expired one says so and cannot be accepted', async () => {
    const withdrawn = await sentQuote();
    await s.admin('POST', `/v1/admin/quotes/${withdrawn.number}/cancel`);
    assert.equal((await page(withdrawn.path)).statusCode, 404);
    assert.equal((await acceptForm(withdrawn.number, `t=${withdrawn.token}`)).statusCode, 404);

    const short = await sentQuote({ validDays: 1 });
    s.advanceDays(3);
    const r = await page(short.path);
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /data-status="expired"><strong>Expired<\/strong> — this quote was valid until 2026-11-28/);
    assert.ok(!r.body.includes('Accept quote</button>'));
    const late = await acceptForm(short.number, `t=${short.token}`);
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /expired and can no longer be accepted/);
    assert.deepEqual([(await stored(short.number)).status, (await stored(short.number)).acceptedBy], ['sent', null]);
    const resend = await s.admin('POST', `/v1/admin/quotes/${short.number}/send`);
    assert.deepEqual([resend.status, resend.body.code], [409, 'QUOTE_EXPIRED']);
  });
});
