import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startCheckoutServer, type CheckoutServer } from '../checkout/support.js';
import { describeWithDatabases } from '../support/test-database.js';
import { buyerReturns, deliveredOrder, returnCounts, step } from './support.js';

describeWithDatabases('storefront: the return form on the order page, in the buyer\'s language', (db) => {
  let s: CheckoutServer;
  let o: any; // 2 tees and 2 robusta to the Netherlands, delivered from Venlo; the buyer reads the shop in German
  before(async () => {
    s = await startCheckoutServer(db());
    o = await deliveredOrder(s, 'eu', 'NL', [{ sku: 'TEE-LAN-M', quantity: 2 }, { sku: 'COF-ROB-250', quantity: 2 }]);
  });
  after(() => s.close());

  const orderPage = (segment: string, order: any, extra = '') => fetch(`${s.base}/${segment}/order?${new URLSearchParams({ number: order.number, email: order.email })}${extra}`, { headers: { accept: 'text/html' }, redirect: 'manual' });
  const post = (segment: string, form: Record<string, string>, headers: Record<string, string> = { origin: s.base }) =>
    fetch(`${s.base}/${segment}/order/returns`, { method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers }, redirect: 'manual' });
  const form = (extra: Record<string, string> = {}) => ({ number: o.number, email: o.email, sku: 'TEE-LAN-M', quantity: '1', reason: 'size_or_fit', note: '', ...extra });

  test('a form per shipped line, the reasons in German, posted to this site with its Origin kept', async () => {
    const r = await orderPage('de-nl', o);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('referrer-policy'), 'same-origin', 'so that the return form posts with its Origin');
    assert.equal(r.headers.get('cache-control'), 'no-store');
    const b = await r.text();
    assert.match(b, /<h2 id="returns-title">Rücksendungen<\/h2>/);
    const forms = b.match(/<form class="return-form" method="post" action="\/de-nl\/order\/returns" data-sku="[^"]+">/g) ?? [];
    assert.deepEqual(forms.map((f) => /data-sku="([^"]+)"/.exec(f)![1]), ['TEE-LAN-M', 'COF-ROB-250']);
    assert.match(b, new RegExp(`<input type="hidden" name="number" value="${o.number}"><input type="hidden" name="email" value="${o.email}"><input type="hidden" name="sku" value="TEE-LAN-M">`));
    assert.match(b, /<label for="return-0-quantity">Menge \(bis zu 2\)<\/label>/);
    assert.match(b, /max="2"/);
    for (const reason of ['Beschädigt angekommen', 'Falscher Artikel geliefert', 'Entspricht nicht der Beschreibung', 'Nicht mehr benötigt', 'Größe oder Passform stimmt nicht', 'Zu spät angekommen', 'Anderer Grund']) assert.ok(b.includes(`>${reason}</option>`), reason);
    assert.match(b, /<option value="size_or_fit">Größe oder Passform stimmt nicht<\/option>/);
    assert.match(b, /<button type="submit">Rücksendung anfragen<\/button>/);
    // Without returns to show or make (a lookup that failed) there is no section.
    assert.doesNotMatch(await (await orderPage('de-nl', { ...o, email: 'other@example.com' })).text(), /returns-title/);
  });

  test('refused posts: from another site or without an Origin (403), a missing reason or too many units (the page again, the error in German); nothing stored', async () => {
    const cases: Array<[Record<string, string>, Record<string, string> | undefined, number, RegExp]> = [
      [form(), {}, 403, /./],
      [form(), { origin: 'https://evil.example' }, 403, /./],
      [form({ reason: '' }), undefined, 400, /<p class="field-error" id="return-0-error" role="alert">Wählen Sie einen Grund aus der Liste\.<\/p>/],
      [form({ reason: 'other' }), undefined, 400, /Bitte beschreiben Sie den Grund genauer/],
      [form({ quantity: '3' }), undefined, 422, /Wählen Sie die Menge: mindestens 1 und höchstens die angegebene Zahl\./],
      [form({ quantity: 'zwei' }), undefined, 400, /Wählen Sie die Menge/],
      [form({ sku: 'MUG-0000' }), undefined, 400, /Dieser Artikel kann in dieser Menge nicht zurückgesendet werden/],
    ];
    for (const [fields, headers, status, shows] of cases) {
      const before = await returnCounts(s);
      const r = await post('de-nl', fields, headers);
      const text = await r.text();
      assert.equal(r.status, status, `${JSON.stringify(fields)} ${JSON.stringify(headers)}: ${text.slice(0, 200)}`);
      assert.match(text, shows);
      assert.deepEqual(await returnCounts(s), before, JSON.stringify(fields));
    }
    const refused = await (await post('de-nl', form({ reason: '' }))).text();
    assert.match(refused, /<select id="return-0-reason" name="reason" required aria-invalid="true" aria-describedby="return-0-error">/);
    const plain = await fetch(`${s.base}/de-nl/order/returns`, { method: 'POST', body: 'sku=TEE-LAN-M', headers: { 'content-type': 'text/plain', origin: s.base, accept: 'text/html' } });
    assert.deepEqual([plain.status, plain.headers.get('content-type')], [415, 'text/html; charset=utf-8'], 'not a form: a page, not a problem document');
    const extra = await post('de-nl', { ...form(), price: '0' });
    assert.equal(extra.status, 400, 'a field the form does not have');
    const wrongEmail = await post('de-nl', form({ email: 'other@example.com' }));
    assert.equal(wrongEmail.status, 404);
    assert.match(await wrongEmail.text(), /order-number/, 'the lookup form again, not the order');
  });

  test('a request made: back to the order page with a notice, the return\'s status and reason in German; then its label to print', async () => {
    const r = await post('de-nl', form({ quantity: '2', reason: 'damaged', note: 'Naht offen' }));
    assert.equal(r.status, 303);
    const location = r.headers.get('location')!;
    assert.equal(location, `/de-nl/order?${new URLSearchParams({ number: o.number, email: o.email, returned: '1' })}#returns`);
    const page = await (await fetch(`${s.base}${location}`, { headers: { accept: 'text/html' } })).text();
    assert.match(page, /Vielen Dank: Ihre Rücksendeanfrage wurde gesendet\./);
    assert.match(page, /<strong>Angefragt: wir prüfen Ihre Anfrage<\/strong>/);
    assert.match(page, /2 × [^<]+: Beschädigt angekommen <q>Naht offen<\/q>/);
    assert.doesNotMatch(page, /data-sku="TEE-LAN-M"/, 'no form for a line with nothing left to return');
    assert.match(page, /data-sku="COF-ROB-250"/);
    const mine = (await s.call('GET', `${buyerReturns(o.number)}?email=${encodeURIComponent(o.email)}`)).body.items;
    assert.deepEqual(mine.map((x: any) => [x.status, x.lines[0].reason, x.lines[0].quantity, x.lines[0].note]), [['requested', 'damaged', 2, 'Naht offen']]);

    const approved = await step(s, mine[0].id, 'approve');
    const labelled = await (await orderPage('de-nl', o)).text();
    assert.match(labelled, /<strong>Genehmigt: drucken Sie das Rücksendeetikett aus und geben Sie das Paket beim Versanddienst ab<\/strong>/);
    assert.ok(labelled.includes(`Sendungsnummer der Rücksendung <code>${approved.label.trackingNumber}</code>`));
    const link = /<a href="([^"]+)">Rücksendeetikett drucken<\/a>/.exec(labelled)![1]!.replace(/&amp;/g, '&');
    const pdf = await fetch(`${s.base}${link}`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(new TextDecoder().decode(new Uint8Array(await pdf.arrayBuffer()).slice(0, 5)), '%PDF-');
    const notMine = await fetch(`${s.base}${link.replace(encodeURIComponent(o.email), 'other%40example.com')}`, { headers: { accept: 'text/html' } });
    assert.equal(notMine.status, 404, 'another email gets no label');
  });

  test('the same order page in English and the reasons in Japanese for a Japanese order', async () => {
    const en = await (await orderPage('en-nl', o)).text();
    assert.match(en, /<h2 id="returns-title">Returns<\/h2>/);
    assert.match(en, /<option value="not_as_described">Not as described<\/option>/);
    const jp = await deliveredOrder(s, 'jp', 'JP', [{ sku: 'TEE-LAN-M', quantity: 1 }]);
    const ja = await (await orderPage('ja-jp', jp)).text();
    assert.match(ja, /<h2 id="returns-title">返品<\/h2>/);
    assert.match(ja, /<option value="damaged">届いた時に破損していた<\/option>/);
    assert.match(ja, /<button type="submit">返品を申請する<\/button>/);
  });
});
