import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { conversationMessages, conversations } from '../../src/db/schema/index.js';
import { addressIn, createCart, placePaidOrder, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';

describeWithDatabases('the storefront\'s contact form, into the support inbox', (db) => {
  let s: CheckoutServer;
  let order: any;
  before(async () => {
    s = await startCheckoutServer(db());
    const cart = await createCart(s, { market: 'eu', country: 'DE', locale: 'de', email: 'lena@example.de', address: addressIn('DE'), lines: [{ sku: 'TEE-LAN-M', quantity: 1 }] });
    order = await placePaidOrder(s, cart.id);
  });
  after(() => s.close());

  const post = (form: Record<string, string>, headers: Record<string, string> = { origin: s.base }) =>
    fetch(`${s.base}/de-de/contact`, { method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers }, redirect: 'manual' });
  const counts = async () => ({ conversations: (await s.deps.database.orm.select().from(conversations)).length, messages: (await s.deps.database.orm.select().from(conversationMessages)).length });

  test('the form in German, linked from every page\'s footer; a message about the buyer\'s order lands in the inbox beside it', async () => {
    const page = await (await fetch(`${s.base}/de-de/contact`, { headers: { accept: 'text/html' } })).text();
    assert.match(page, /<h1>Kontakt<\/h1>/);
    assert.match(page, /<label for="contact-order">Bestellnummer \(wenn es um eine Bestellung geht\)<\/label>/);
    assert.match(page, /<a href="\/de-de\/help">/);
    const home = await (await fetch(`${s.base}/de-de/`, { headers: { accept: 'text/html' } })).text();
    assert.match(home, /<li><a href="\/de-de\/contact">Kontakt<\/a><\/li>/);

    const sent = await post({ name: 'Lena', email: 'lena@example.de', order: order.number.toLowerCase(), subject: 'Zoll?', message: 'Muss ich beim Empfang noch etwas bezahlen?', website: '' });
    assert.equal(sent.status, 303);
    assert.equal(sent.headers.get('location'), '/de-de/contact?sent=1');
    const thanks = await (await fetch(`${s.base}/de-de/contact?sent=1`, { headers: { accept: 'text/html' } })).text();
    assert.match(thanks, /Vielen Dank: Ihre Nachricht ist bei uns angekommen/);
    const list = (await s.admin('GET', `/v1/admin/support/conversations?order=${order.number}`)).body.items;
    assert.equal(list.length, 1);
    assert.deepEqual([list[0].subject, list[0].market, list[0].locale, list[0].buyer.name], ['Zoll?', 'eu', 'de', 'Lena']);
  });

  test('refused: another site\'s post (403); a bad email, an order number with a typo (the page again, each error at its field, what was typed kept and escaped); a robot\'s hidden field (thanked, dropped)', async () => {
    const before = await counts();
    assert.equal((await post({ email: 'a@example.com', message: 'hi' }, { origin: 'https://evil.example' })).status, 403);
    const bad = await post({ name: '', email: 'not-an-email', order: 'LF-100421', subject: '', message: '<script>alert(1)</script> hallo', website: '' });
    assert.equal(bad.status, 400);
    const html = await bad.text();
    assert.match(html, /id="contact-order-error">Diese Bestellnummer enthält einen Tippfehler/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; hallo<\/textarea>/);
    const badEmail = await post({ email: 'not-an-email', message: 'hallo zusammen', website: '' });
    assert.match(await badEmail.text(), /id="contact-email-error">Geben Sie Ihre E-Mail-Adresse ein/);
    const robot = await post({ email: 'bot@example.com', message: 'buy now', website: 'http://spam.example' });
    assert.equal(robot.status, 303);
    assert.deepEqual(await counts(), before);
  });
});
