import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { placePaidOrder, readyCart, said, startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';

const NBSP = '\u00a0';

/** Cell texts of a table's rows, tags stripped. */
function rows(table: string): string[][] {
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, ' ').replace(/[ \t\n]+/g, ' ').trim()));
}

describeWithDatabases('storefront order lookup', (db) => {
  let s: CheckoutServer;
  let number: string;
  const lookup = (market: string, query: string) => s.app.inject({ method: 'GET', url: `/${market}/order${query}`, headers: { accept: 'text/html' } });

  before(async () => {
    s = await startCheckoutServer(db());
    // 3 tees and 2 bags of robusta to Germany: one parcel from Venlo (see test/checkout/orders.test.ts for the sums).
    const cart = await readyCart(s, 'eu', 'DE', [{ sku: 'TEE-LAN-M', quantity: 3 }, { sku: 'COF-ROB-250', quantity: 2 }], 'ana@example.com');
    number = (await placePaidOrder(s, cart.id)).number;
    const shipped = await s.admin('POST', `/v1/admin/orders/${number}/shipments/0/ship`, { body: { trackingNumber: 'RR123456785NL' } });
    assert.equal(shipped.status, 200, said(shipped));
  });
  after(() => s.close());

  test('the form alone: labelled fields, never cached', async () => {
    const r = await lookup('de-de', '');
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.equal(r.headers['referrer-policy'], 'no-referrer');
    assert.match(r.body, /<form class="lookup" method="get" action="\/de-de\/order">/);
    assert.match(r.body, /<label for="order-number">Bestellnummer<\/label>/);
    assert.match(r.body, /<input id="order-number" name="number" type="text" autocomplete="off" required maxlength="40" value="" aria-describedby="order-number-hint">/);
    assert.match(r.body, /<input id="order-email" name="email" type="email" autocomplete="email" required maxlength="254" value="">/);
    assert.match(r.body, /<meta name="robots" content="noindex">/);
  });

  test('number and email found: status, lines, totals and the shipment with its tracking number, in the buyer\'s language', async () => {
    const r = await lookup('de-de', `?number=${encodeURIComponent(number.toLowerCase())}&email=${encodeURIComponent('ana@EXAMPLE.com')}`);
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    assert.equal(r.headers['cache-control'], 'no-store');
    const b = r.body;
    assert.match(b, new RegExp(`<h1>Bestellung ${number}</h1>`));
    assert.match(b, /<dl class="order-status"><dt>Status<\/dt><dd><strong>Versandt<\/strong><\/dd><\/dl>/);
    const lines = rows(/<table class="order-lines">[\s\S]*?<\/table>/.exec(b)![0]);
    assert.deepEqual(lines.map((l) => [l[0]!.split(' ').at(-1), l[1], l[2], l[3]]), [
      ['Artikel', 'Menge', 'Stückpreis', 'Summe'],
      ['TEE-LAN-M', '3', `34,90${NBSP}€`, `104,70${NBSP}€`],
      ['COF-ROB-250', '2', `13,90${NBSP}€`, `27,80${NBSP}€`],
    ]);
    // The sums are the order's own (test/checkout checks how they are made); here, that each is shown, in German.
    const o = (await s.admin('GET', `/v1/admin/orders/${number}`)).body;
    const eur = (amount: string) => `${amount.replace('.', ',')}${NBSP}€`;
    assert.equal(o.totals.discount.amount, '0.00');
    assert.equal(o.totals.duties.amount, '0.00');
    assert.deepEqual(rows(/<table class="order-totals">[\s\S]*?<\/table>/.exec(b)![0]), [
      ['Artikel', eur(o.totals.goods.amount)],
      ['Versand', eur(o.totals.shipping.amount)],
      ['Steuern', eur(o.totals.taxes.amount)],
      ['Bereits in den Artikelpreisen enthaltene Steuern', `-${eur(o.totals.taxesIncluded.amount)}`],
      ['Gesamt', eur(o.totals.total.amount)],
    ]);
    assert.deepEqual([o.totals.goods.amount, o.totals.taxesIncluded.amount], ['132.50', '18.54']);
    assert.match(b, /<h3>Paket 1 von 1<\/h3>/);
    assert.match(b, /<dt>Status<\/dt><dd>Unterwegs<\/dd>/);
    assert.match(b, /<dt>Sendungsnummer<\/dt><dd><code>RR123456785NL<\/code><\/dd>/);
    assert.match(b, /<dt>Inhalt<\/dt><dd><ul><li>3 × [^<]+<\/li><li>2 × [^<]+<\/li><\/ul><\/dd>/);
    const en = await lookup('en-gb', `?number=${number}&email=ana@example.com`);
    assert.match(en.body, /<dt>Tracking number<\/dt><dd><code>RR123456785NL<\/code><\/dd>/, 'the lookup works from any market, in its language');
  });

  test('a wrong email answers exactly like an unknown number: 404, the form again', async () => {
    const wrongEmail = await lookup('de-de', `?number=${number}&email=someone@example.com`);
    const digits = number.slice(3, -1);
    const other = `LF-${Number(digits) + 100}`;
    assert.equal(wrongEmail.statusCode, 404);
    assert.match(wrongEmail.body, /<p class="notice error" role="alert">Wir haben keine Bestellung mit dieser Nummer und E-Mail-Adresse gefunden\./);
    assert.doesNotMatch(wrongEmail.body, /RR123456785NL/);
    assert.match(wrongEmail.body, new RegExp(`value="${number}"`), 'what was typed is kept in the form');
    // Any well-formed number (right check digit) that is not an order is answered the same way.
    const luhn = (d: string) => {
      let sum = 0;
      [...d].reverse().forEach((c, i) => {
        let x = Number(c) * (i % 2 === 0 ? 2 : 1);
        if (x > 9) x -= 9;
        sum += x;
      });
      return String((10 - (sum % 10)) % 10);
    };
    const unknown = await lookup('de-de', `?number=${other.slice(0, 3)}${other.slice(3)}${luhn(other.slice(3))}&email=ana@example.com`);
    assert.equal(unknown.statusCode, 404);
  });

  test('bad input: a malformed or mistyped number and a bad email are named, in the buyer\'s language, with 400', async () => {
    const typo = `${number.slice(0, -1)}${(Number(number.slice(-1)) + 1) % 10}`;
    const mistyped = await lookup('fr-fr', `?number=${typo}&email=ana@example.com`);
    assert.equal(mistyped.statusCode, 400);
    assert.match(mistyped.body, /<span class="field-error" id="order-number-error">Ce numéro de commande contient une faute de frappe\./);
    assert.match(mistyped.body, /aria-invalid="true" aria-describedby="order-number-hint order-number-error"/);
    const both = await lookup('en-gb', '?number=12345&email=not-an-email');
    assert.equal(both.statusCode, 400);
    assert.match(both.body, /<div class="notice error" role="alert"><p>Please check the following:<\/p><ul><li>Enter an order number like LF-100420\.<\/li><li>Enter the email address you ordered with, like name@example\.com\.<\/li><\/ul><\/div>/);
    const hostile = await lookup('en-gb', `?number=${encodeURIComponent('"><script>x</script>\u0001')}&email=${'a'.repeat(300)}`);
    assert.equal(hostile.statusCode, 400);
    assert.doesNotMatch(hostile.body, /<script>x/);
    assert.match(hostile.body, /value="&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/, 'escaped, control characters dropped');
    const onlyEmail = await lookup('en-gb', '?email=ana@example.com');
    assert.equal(onlyEmail.statusCode, 400);
    assert.match(onlyEmail.body, /id="order-number-error">Enter an order number like LF-100420\./);
    assert.equal((await lookup('en-gb', `?number=${number}&number=${number}&email=ana@example.com`)).statusCode, 400, 'a repeated field');
  });
});
