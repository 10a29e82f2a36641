import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { carts } from '../../src/db/schema/orders.js';
import { getCart } from '../../src/services/checkout/carts.js';
import { describeWithDatabases } from '../support/test-database.js';
import { ADDRESS_DE, breakdownRows, dueNow, plainSpaces, Shopper, startStorefront, textOf, type Storefront } from './storefront-cart-support.js';

const eur = (amount: string) => `${amount} €`;
const COFFEE = 'COF-ROB-250';
const CART_COOKIE = /^lf_cart=([0-9a-f-]{36}); Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax$/;

describeWithDatabases('storefront cart', (db) => {
  let s: Storefront;
  const cartCount = async () => Number((await db().orm.select({ n: count() }).from(carts))[0]!.n);

  before(async () => {
    s = await startStorefront(db());
  });
  after(() => s.close());

  test('add to cart: a new cart in an HttpOnly SameSite=Lax cookie, 303 to the cart, which shows the lines, what is paid and why, the delivery window and the ways to pay', async () => {
    const buyer = new Shopper(s.base);
    const added = await buyer.post('/de-de/cart', { sku: COFFEE, quantity: '2' });
    assert.equal(added.status, 303);
    assert.equal(added.location, '/de-de/cart?notice=added');
    assert.equal(added.setCookies.length, 1);
    const id = CART_COOKIE.exec(added.setCookies[0]!)?.[1];
    assert.ok(id, added.setCookies[0]);

    const page = await fetch(`${s.base}/de-de/cart?notice=added`, { headers: { cookie: buyer.cookieHeader() } });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.equal(page.headers.get('referrer-policy'), 'same-origin', 'so that the page\'s own form posts carry their Origin');
    assert.match(page.headers.get('content-security-policy') ?? '', /form-action 'self'/);
    const b = plainSpaces(await page.text());
    assert.match(b, /<html lang="de-DE" dir="ltr">/);
    assert.match(b, /<h1>Ihr Warenkorb<\/h1>/);
    assert.match(b, /<p class="notice info" role="status">In den Warenkorb gelegt\.<\/p>/);
    assert.match(b, /<meta name="robots" content="noindex">/);
    assert.doesNotMatch(b, /<script>|style="/, 'no inline script or style');
    assert.match(b, /<input id="quantity-0" name="quantity" type="number" inputmode="numeric" min="0" max="999" required value="2">/);
    assert.match(b, /<label class="visually-hidden" for="quantity-0">Menge von Buôn Ma Thuột Robusta, ganze Bohne \(250 g\)<\/label>/);
    assert.match(b, /<span class="tax-note">inkl\. 7 % MwSt\.<\/span>/);
    assert.match(b, new RegExp(`<td>${eur('13,90')}</td>\\n<td>${eur('27,80')}</td>`));

    // Two 250 g bags (560 g) to Berlin from Venlo, inside the EU: no duty, German VAT at the food
    // rate of 7%. Items 27.80 hold 27.80 x 7/107 = 1.82 VAT (net 25.98). Delivery: the 1 kg break of
    // the Dutch postal card, USD 11.90 x 0.8887308923 (EUR per USD, ECB 2025-05-09) = 10.58, with 7%
    // VAT = 0.74 (delivery takes the goods' rate). Taxes 1.82 + 0.74 = 2.56; total 27.80 + 10.58 + 0.74 = 39.12.
    assert.deepEqual(breakdownRows(b), {
      goods: eur('27,80'),
      shipping: eur('10,58'),
      duties: eur('0,00'),
      taxes: eur('2,56'),
      'taxes-included': `-${eur('1,82')}`,
      fees: eur('0,00'),
      total: eur('39,12'),
      'due-now': eur('39,12'),
    });
    assert.equal(dueNow(b), '39.12');
    const cart = await getCart(s.deps, id);
    assert.ok(cart.ok);
    assert.equal(cart.value.totals!.payableAtCheckout.amount, '39.12', 'the page shows the cart answer\'s own sums');
    assert.match(b, /<p class="statement statement-ddp"><strong>Zölle und Steuern inklusive, jetzt bezahlt\.<\/strong>/);
    assert.match(b, /<span data-window>3–7 Werktage, Ankunft 2\.–8\. Dez\. 2026<\/span>/);
    assert.equal(textOf(b, /<h3>/), 'Paket 1 von 1: Dutch post · Parcel economy, ab Venlo fulfilment (Niederlande)');

    // The "why": one disclosure per charge line, with its rule, source, date, basis and formula.
    const details = [...b.matchAll(/<details class="charge" data-charge="tax">([\s\S]*?)<\/details>/g)].map((m) => m[1]!);
    assert.equal(details.length, 2);
    assert.match(details[0]!, /<summary>MwSt\. auf Buôn Ma Thuột Robusta, ganze Bohne \(250 g\) \(7 %\): 1,82 €<\/summary>/);
    assert.match(details[0]!, /<dt>Regel<\/dt><dd><code>tax\.DE\.vat\.reduced\.food<\/code><\/dd>/);
    assert.match(details[0]!, /<dt>Quelle<\/dt><dd lang="en">UStG § 12 Abs\. 2 Nr\. 1/);
    assert.match(details[0]!, /<dt>Gültig seit<\/dt><dd>1\. Januar 2020<\/dd>/);
    assert.match(details[0]!, /<dt>Grundlage<\/dt><dd><span lang="en">sale price<\/span>: 25,98 €<\/dd>/);
    assert.match(details[0]!, /<dt>Berechnung<\/dt><dd lang="en">7% of EUR 25\.98 \(goods COF-ROB-250\)<\/dd>/);
    assert.match(details[1]!, /<summary>MwSt\. auf Versand \(7 %\): 0,74 €<\/summary>/);
    assert.match(details[1]!, /<dd lang="en">7% of EUR 10\.58 \(delivery, the share of COF-ROB-250\)<\/dd>/);
    assert.match(b, /Zahlungsarten \(Lieferland: Deutschland\)<\/h2>\n<ul class="inline-list"><li>Kredit- oder Debitkarte<\/li><li>PayPal<\/li><li>Klarna<\/li><li>SEPA-Lastschrift<\/li>/);
    assert.match(b, /<a class="button primary" href="\/de-de\/checkout">Zur Kasse<\/a>/);

    // Adding the same SKU again adds to its line; the same cookie stays.
    const again = await buyer.post('/de-de/cart', { sku: COFFEE, quantity: '1' });
    assert.deepEqual([again.status, again.setCookies], [303, []]);
    assert.match((await buyer.get('/de-de/cart')).text, /name="quantity" type="number" inputmode="numeric" min="0" max="999" required value="3"/);
  });

  test('update and remove: post, redirect, get; a bad quantity is named next to its field, in the buyer\'s language', async () => {
    const buyer = new Shopper(s.base);
    await buyer.post('/de-de/cart', { sku: COFFEE, quantity: '1' });
    const updated = await buyer.post('/de-de/cart/update', { sku: COFFEE, quantity: '4' });
    assert.deepEqual([updated.status, updated.location], [303, '/de-de/cart?notice=updated']);
    const shown = await buyer.get(updated.location!);
    assert.match(shown.text, /<p class="notice info" role="status">Ihr Warenkorb wurde aktualisiert\.<\/p>/);
    assert.match(shown.text, /required value="4">/);

    for (const [typed, status] of [['abc', 400], ['-1', 400], ['1000', 400], ['2.5', 400], ['', 400]] as const) {
      const r = await buyer.post('/de-de/cart/update', { sku: COFFEE, quantity: typed });
      assert.equal(r.status, status, typed);
      assert.match(r.text, /<span class="field-error" id="quantity-0-error">Geben Sie eine ganze Zahl von 0 bis 999 ein \(0 entfernt den Artikel\)\.<\/span>/, typed);
      assert.match(r.text, new RegExp(`<input id="quantity-0" name="quantity" type="number" inputmode="numeric" min="0" max="999" required value="${typed.replace('.', '\\.')}" aria-invalid="true" aria-describedby="quantity-0-error">`), typed);
      assert.match(r.text, /<div class="notice error error-summary" role="alert" aria-labelledby="error-summary-title">\n<h2 id="error-summary-title">Bitte prüfen Sie Ihre Angaben<\/h2>\n<ul><li><a href="#quantity-0">Geben Sie eine ganze Zahl/, typed);
    }
    // More than any one warehouse holds (Hội An 240, Venlo 48): refused at the line, nothing changed.
    const tooMany = await buyer.post('/de-de/cart/update', { sku: COFFEE, quantity: '500' });
    assert.equal(tooMany.status, 409);
    assert.match(tooMany.text, /id="quantity-0-error">So viele haben wir nicht auf Lager\. Bitte wählen Sie weniger\.<\/span>/);
    assert.match((await buyer.get('/de-de/cart')).text, /required value="4">/, 'the refused changes changed nothing');
    const hostile = await buyer.post('/de-de/cart/update', { sku: COFFEE, quantity: '"><script>alert(1)</script>' });
    assert.equal(hostile.status, 400);
    assert.doesNotMatch(hostile.text, /<script>alert/);
    assert.match(hostile.text, /value="&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/"/, 'shown back escaped (and cut to 20 characters)');
    const notInCart = await buyer.post('/de-de/cart/update', { sku: 'TEE-LAN-M', quantity: '1' });
    assert.equal(notInCart.status, 422);
    assert.match(notInCart.text, /<li>Dieser Artikel ist nicht mehr in Ihrem Warenkorb\.<\/li>/);

    const zero = await buyer.post('/de-de/cart/update', { sku: COFFEE, quantity: '0' });
    assert.equal(zero.location, '/de-de/cart?notice=removed');
    await buyer.post('/de-de/cart', { sku: COFFEE, quantity: '1' });
    const removed = await buyer.post('/de-de/cart/remove', { sku: COFFEE });
    assert.deepEqual([removed.status, removed.location], [303, '/de-de/cart?notice=removed']);
    const empty = await buyer.get(removed.location!);
    assert.match(empty.text, /<p class="notice info" role="status">Der Artikel wurde aus Ihrem Warenkorb entfernt\.<\/p>/);
    assert.match(empty.text, /<p class="empty">Ihr Warenkorb ist leer\.<\/p>/);
    assert.doesNotMatch(empty.text, /href="\/de-de\/checkout"/, 'no way to checkout with nothing in the cart');
    assert.equal((await buyer.get('/de-de/checkout')).location, '/de-de/cart', 'the checkout of an empty cart goes back to it');
  });

  test('add to cart refused: a quantity that is not a whole number from 1 to 999, an unknown or malformed SKU; no cart is made', async () => {
    const buyer = new Shopper(s.base);
    const before = await cartCount();
    const cases: Array<[Record<string, string>, number, string]> = [
      [{ sku: COFFEE, quantity: 'two' }, 400, 'The item was not added: enter a quantity from 1 to 999.'],
      [{ sku: COFFEE, quantity: '0' }, 400, 'The item was not added: enter a quantity from 1 to 999.'],
      [{ sku: COFFEE, quantity: '1000' }, 400, 'The item was not added: enter a quantity from 1 to 999.'],
      [{ sku: COFFEE }, 400, 'The item was not added: enter a quantity from 1 to 999.'],
      [{ sku: 'NOPE-1', quantity: '1' }, 422, 'The item was not added: this product is not available.'],
      [{ sku: '<script>alert(1)</script>', quantity: '1' }, 400, 'The item was not added: this product is not available.'],
      [{ sku: COFFEE, quantity: '999' }, 409, 'The item was not added: we do not have that many in stock. Please choose fewer.'],
    ];
    for (const [form, status, message] of cases) {
      const r = await buyer.post('/en-gb/cart', form);
      assert.equal(r.status, status, JSON.stringify(form));
      assert.match(r.text, new RegExp(`<ul><li>${message.replace(/[.:]/g, '\\$&')}</li></ul>`), JSON.stringify(form));
      assert.doesNotMatch(r.text, /<script>alert/);
      assert.deepEqual(r.setCookies, [], 'no cookie: no cart was made');
    }
    assert.equal(await cartCount(), before);
  });

  test('the cart cookie: garbage, an unknown cart, another market\'s or country\'s, an expired or an ordered cart; the next add starts a new cart and says why', async () => {
    const notices = async (buyer: Shopper, path: string) => [...(await buyer.get(path)).text.matchAll(/<p class="notice info" role="status">([^<]*)/g)].map((m) => m[1]!.trim());
    const newCartAfter = async (buyer: Shopper, path: string, started: string) => {
      const before = buyer.jar.get('lf_cart');
      const r = await buyer.post(path, { sku: COFFEE, quantity: '1' });
      assert.equal(r.location, `${path}?notice=added&started=${started}`);
      const id = buyer.jar.get('lf_cart');
      assert.ok(id && id !== before, 'a new cart in the cookie');
      return id;
    };

    const garbage = new Shopper(s.base);
    garbage.jar.set('lf_cart', 'garbage%3Cscript%3E');
    assert.deepEqual(await notices(garbage, '/de-de/cart'), ['Wir konnten Ihren bisherigen Warenkorb nicht finden.']);
    await newCartAfter(garbage, '/de-de/cart', 'missing');
    assert.deepEqual(await notices(garbage, '/de-de/cart?notice=added&started=missing'), [
      'Wir konnten Ihren bisherigen Warenkorb nicht finden, daher wurde ein neuer angelegt.',
      'In den Warenkorb gelegt.',
    ]);
    const unknown = new Shopper(s.base);
    unknown.jar.set('lf_cart', '00000000-0000-4000-8000-000000000000');
    await newCartAfter(unknown, '/de-de/cart', 'missing');

    // A British cart, then the buyer switches to Germany: prices and taxes differ, so a new cart.
    const mover = new Shopper(s.base);
    await mover.post('/en-gb/cart', { sku: COFFEE, quantity: '2' });
    const british = mover.jar.get('lf_cart')!;
    assert.deepEqual(await notices(mover, '/de-de/cart'), ['Ihr bisheriger Warenkorb gilt für ein anderes Land. Preise, Steuern und Versand hängen vom Land ab, daher kommt, was Sie hier hinzufügen, in einen neuen Warenkorb für Deutschland.']);
    await newCartAfter(mover, '/de-de/cart', 'market');
    assert.deepEqual(await notices(mover, '/de-de/cart?started=market'), ['Ein neuer Warenkorb für Deutschland wurde angelegt: Ihr bisheriger galt für ein anderes Land, und Preise, Steuern und Versand hängen vom Land ab.']);
    const old = await getCart(s.deps, british);
    assert.ok(old.ok && old.value.lines[0]!.quantity === 2 && old.value.currency === 'GBP', 'the British cart is left as it was');
    // Same market, another country (Germany to France in the EU market): the VAT differs, a new cart too.
    await newCartAfter(mover, '/fr-fr/cart', 'market');
    // Same market and country in another language: the same cart, its titles in the new language.
    const german = new Shopper(s.base);
    await german.post('/de-de/cart', { sku: COFFEE, quantity: '1' });
    const english = await german.get('/en-de/cart');
    assert.match(english.text, /<th scope="row">Buôn Ma Thuột Robusta Whole Beans \(250 g\) <span class="sku">COF-ROB-250<\/span>/);
    assert.match(english.text, /required value="1">/);

    const expired = new Shopper(s.base);
    await expired.post('/de-de/cart', { sku: COFFEE, quantity: '1' });
    await db().orm.update(carts).set({ expiresAt: new Date(Date.parse('2026-01-01T00:00:00Z')) }).where(eq(carts.id, expired.jar.get('lf_cart')!));
    assert.deepEqual(await notices(expired, '/de-de/cart'), ['Ihr bisheriger Warenkorb ist abgelaufen.']);
    await newCartAfter(expired, '/de-de/cart', 'expired');

    // An ordered cart: the page names the order and links its confirmation.
    const orderer = new Shopper(s.base);
    await orderer.post('/de-de/cart', { sku: COFFEE, quantity: '1' });
    await orderer.post('/de-de/checkout', { ...ADDRESS_DE, action: 'save' });
    const due = dueNow((await orderer.get('/de-de/checkout')).text)!;
    const placed = await orderer.post('/de-de/checkout', { ...ADDRESS_DE, paymentMethod: 'card', expectedTotal: due, action: 'place' });
    const number = /\/order\/(LF-\d+)\/pay$/.exec(placed.location ?? '')?.[1];
    assert.ok(number, placed.location ?? placed.text.slice(0, 300));
    const ordered = await orderer.get('/de-de/cart');
    assert.match(ordered.text, new RegExp(`<p class="notice info" role="status">Aus Ihrem bisherigen Warenkorb wurde die Bestellung ${number}\\. <a href="/de-de/order/${number}/confirmation">Bestellung ansehen</a></p>`));
    await newCartAfter(orderer, '/de-de/cart', 'ordered');
  });

  test('form posts: from another site or with no origin 403; repeated or unknown fields, a body that is no form or too large 400, as pages in the buyer\'s language', async () => {
    const buyer = new Shopper(s.base);
    const before = await cartCount();
    const forbidden = /<h1>Dieses Formular kam von einer anderen Website<\/h1>/;
    for (const headers of [{ origin: 'https://evil.example' }, { origin: null }, { origin: 'null' }, { origin: null, referer: 'https://evil.example/de-de/p/x' }, { origin: `${s.base}.evil.example` }]) {
      const r = await buyer.post('/de-de/cart', { sku: COFFEE, quantity: '1' }, headers);
      assert.equal(r.status, 403, JSON.stringify(headers));
      assert.match(r.text, forbidden);
      assert.deepEqual(r.setCookies, []);
    }
    for (const path of ['/de-de/cart/update', '/de-de/cart/remove', '/de-de/checkout', '/de-de/order/LF-1000009/pay', '/de-de/order/LF-1000009/pay/method']) {
      const r = await buyer.post(path, { sku: COFFEE }, { origin: 'https://evil.example' });
      assert.equal(r.status, 403, path);
    }
    assert.equal(await cartCount(), before, 'nothing was added');
    const viaReferer = await buyer.post('/de-de/cart', { sku: COFFEE, quantity: '1' }, { origin: null, referer: `${s.base}/de-de/p/buon-ma-thuot-robusta-whole-beans` });
    assert.equal(viaReferer.status, 303, 'no Origin but a Referer of this site: accepted');

    const badForm = /<h1>Dieses Formular konnten wir nicht lesen<\/h1>/;
    const bad: Array<[string, string | undefined, number]> = [
      ['sku=COF-ROB-250&quantity=1&extra=1', undefined, 400],
      ['sku=COF-ROB-250&sku=COF-ROB-500&quantity=1', undefined, 400],
      ['{"sku":"COF-ROB-250","quantity":1}', 'application/json', 400],
      ['sku=COF-ROB-250', 'text/plain', 415],
      [`sku=${'x'.repeat(1_100_000)}&quantity=1`, undefined, 413],
    ];
    for (const [body, contentType, status] of bad) {
      const r = await buyer.post('/de-de/cart', body, contentType ? { contentType } : {});
      assert.equal(r.status, status, body.slice(0, 60));
      assert.match(r.text, badForm, body.slice(0, 60));
    }
  });

  test('markets in the URL: a language the market does not speak is redirected (a post stays a post), an unknown country is the English 404', async () => {
    const buyer = new Shopper(s.base);
    assert.deepEqual([(await buyer.get('/fr-us/cart')).status, (await buyer.get('/fr-us/cart')).location], [302, '/en-us/cart']);
    const post = await buyer.post('/fr-us/cart', { sku: COFFEE, quantity: '1' });
    assert.deepEqual([post.status, post.location], [307, '/en-us/cart']);
    const unknown = await buyer.get('/xx-zz/cart');
    assert.equal(unknown.status, 404);
    assert.match(unknown.text, /<a href="\/regions">Choose your country and language<\/a>/);
  });
});
