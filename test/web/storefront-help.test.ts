import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { formatDecimal } from '../../src/core/decimal/decimal.js';
import { DEMO_MARKETS } from '../../src/data/demo/markets.js';
import { loadStorefrontAssets } from '../../src/http/routes/pages/storefront-assets.js';
import { storefrontRoutes } from '../../src/http/routes/pages/storefront-routes.js';
import type { Deps } from '../../src/services/deps.js';
import { describeMarketHelp } from '../../src/services/help/market-help.js';
import { listMarkets } from '../../src/services/markets/list-markets.js';
import { saveMarket } from '../../src/services/markets/save-market.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { loadCatalogs } from '../../src/web/i18n/catalogs.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const NBSP = '\u00a0';
const HTML = { accept: 'text/html,application/xhtml+xml' };
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Text as a reader sees it: tags dropped, entities decoded, white space collapsed. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    // Not \s: the no-break spaces Intl puts in amounts ("19 %", "8,80 €") are part of the text.
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

/** The sentence and conditions of the fact a rule gives (its list item without the citation). */
function fact(body: string, rule: string): string {
  const m = new RegExp(`<li data-fact="[^"]+" data-rule="${rule.replace(/\./g, '\\.')}">([\\s\\S]*?)<p class="source">`).exec(body);
  assert.ok(m, `no fact for rule ${rule}`);
  return plain(m[1]!);
}

/** The citation of a rule's fact. */
function citationOf(body: string, rule: string): string {
  const m = new RegExp(`data-rule="${rule.replace(/\./g, '\\.')}">[\\s\\S]*?<p class="source">([\\s\\S]*?)</p>`).exec(body);
  assert.ok(m, `no citation for rule ${rule}`);
  return m[1]!;
}

/** Rows of a table body as cell texts. */
function rows(body: string, tableClass: string): string[][] {
  const table = new RegExp(`<table class="${tableClass}"[^>]*>([\\s\\S]*?)</table>`).exec(body)?.[1] ?? '';
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...tbody.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => plain(c[1]!)));
}

function section(body: string, id: string): string {
  const m = new RegExp(`<section [^>]*aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(body);
  assert.ok(m, `no section ${id}`);
  return m[1]!;
}

describeWithDatabases('storefront help page', (db) => {
  let t: TestApp;
  /** A storefront that keeps nothing, for pages read again after a change. */
  let fresh: FastifyInstance;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...HTML, ...headers } });
  const getFresh = (url: string) => fresh.inject({ method: 'GET', url, headers: HTML });

  /** An uncached storefront over the same database, with another clock. */
  const storefrontOn = (deps: Deps) => {
    const app = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
    storefrontRoutes({ publicUrl: 'https://shop.example', catalogs: loadCatalogs(), assets: loadStorefrontAssets(), pageCacheMs: 0, dataCacheMs: 0 })(app, deps);
    return app;
  };

  before(async () => {
    // A Monday, three days after the demo's ECB rates (2025-05-09).
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2025-05-12T10:00:00Z'), referenceCacheMs: 0 } });
    await seedDemoStore(t.deps);
    fresh = storefrontOn(t.deps);
  });

  test('Germany in German: DDP, the VAT rates, the EUR 150 duty de minimis, IOSS, scheduled changes, each with its source', async () => {
    const r = await get('/de-de/help');
    assert.equal(r.statusCode, 200, r.body.slice(0, 300));
    const b = r.body;
    assert.match(b, /^<!doctype html>\n<html lang="de-DE" dir="ltr">/);
    assert.match(b, /<title>Hilfe zu Bestellungen \(Lieferland: Deutschland\) · Hội An Atelier<\/title>/);
    assert.match(b, /<link rel="canonical" href="http[^"]*\/de-de\/help">/);
    assert.match(b, /<link rel="alternate" hreflang="ja-JP" href="[^"]*\/ja-jp\/help">/);
    // Whether anything is paid at the door, from the market's Incoterm.
    assert.match(b, /<p class="answer answer-ddp" data-incoterm="DDP">/);
    assert.equal(plain(/<p class="answer[^>]*>([\s\S]*?)<\/p>/.exec(b)![1]!), 'Muss ich bei der Lieferung etwas bezahlen? Nein. Wir liefern verzollt und versteuert (DDP): Einfuhrzölle und -steuern werden an der Kasse berechnet, an der Haustür ist nichts zu zahlen.');
    // Import VAT: UStG § 12 (1) 19 %, (2) 7 % for coffee and nuts.
    assert.equal(fact(b, 'tax.DE.vat.standard'), `MwSt.: 19${NBSP}%`);
    assert.equal(fact(b, 'tax.DE.vat.reduced.food'), `MwSt. zum ermäßigten Satz von 7${NBSP}% auf Waren der Tarifpositionen 0901 und 0801`);
    assert.match(citationOf(b, 'tax.DE.vat.standard'), /^<small>Quelle: <span lang="en">Umsatzsteuergesetz § 12 Abs\. 1; European Commission, Taxes in Europe Database \(VAT rates\): <a href="https:\/\/ec\.europa\.eu\/taxation_customs\/tedb\/" rel="external noopener">https:\/\/ec\.europa\.eu\/taxation_customs\/tedb\/<\/a>;[^<]*<a [^>]+>[^<]+<\/a><\/span> · Regel <code>tax\.DE\.vat\.standard<\/code> · in Kraft seit 1\. Januar 2021<\/small>$/);
    // De minimis: duty relief up to EUR 150 until 2026-07-01 (Regulation 1186/2009), no VAT relief since 2021-07-01.
    assert.equal(fact(b, 'deminimis.EU.duty.until-2026-07-01'), `Einfuhrzoll: wird nicht erhoben, wenn die Waren im Paket bis zu 150,00${NBSP}€ wert sind. Nicht für Waren der Tarifpositionen 2203, 2204, 2205, 2206, 2207, 2208, 24 und 3303.`);
    const relief = citationOf(b, 'deminimis.EU.duty.until-2026-07-01');
    assert.match(relief, /<a href="https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2009\/1186\/oj" rel="external noopener">https:\/\/eur-lex\.europa\.eu\/eli\/reg\/2009\/1186\/oj<\/a>/);
    assert.match(relief, /letzter Tag 30\. Juni 2026/, 'effectiveTo is exclusive: the last day is the day before');
    assert.equal(fact(b, 'deminimis.EU.tax'), 'Einfuhrsteuer: Es gibt keine Freigrenze, er fällt unabhängig vom Wert an.');
    // IOSS up to EUR 150: the demo store holds no IOSS number, so the VAT is assessed at the border (and prepaid under DDP).
    assert.equal(
      fact(b, 'scheme.EU.IOSS'),
      `IOSS: Bestellungen, deren Waren bis zu 150,00${NBSP}€ wert sind. Wir sind dafür nicht registriert, daher wird die MwSt. wie bei jedem anderen Paket an der Grenze festgesetzt. Oberhalb dieser Grenze werden Zölle und Steuern an der Grenze festgesetzt. Zu unseren DDP-Bedingungen zahlen wir, was an der Grenze festgesetzt wird; es ist im Gesamtbetrag an der Kasse enthalten.`,
    );
    // Rules already written that start later: the EUR 3 duty per tariff subheading from 2026-07-01.
    const upcoming = /<ul class="help-facts" data-group="upcoming">([\s\S]*?)<\/ul>\n/.exec(b)![1]!;
    assert.deepEqual([...upcoming.matchAll(/<li data-from="([^"]+)">/g)].map((m) => m[1]), ['2026-07-01', '2026-07-01']);
    assert.equal(fact(b, 'flat.EU.low-value'), `3,00${NBSP}€ Zoll je unterschiedlicher Unterposition des Zolltarifs (6-stelliger HS-Code) in der Sendung bei Paketen, deren Waren bis zu 150,00${NBSP}€ wert sind. Er ersetzt bei diesen Paketen den Zollsatz des Tarifs.`);
    assert.match(upcoming, /<strong>Ab 1\. Juli 2026:<\/strong><ul><li data-fact="flat-duty" data-rule="flat\.EU\.low-value">/);
    assert.doesNotMatch(b, /data-group="flat-duties"/, 'not in effect yet on 2025-05-12');
    assert.doesNotMatch(b, /data-fx/, 'every import figure is in euros already');
    assert.doesNotMatch(b, /(&lt;|<)(undefined|null)\b|NaN|\{[a-z]+\}/, 'no missing value or unformatted argument');
  });

  test('Germany: the worked example is the checkout\'s own quote, and delivery lists every service with its days and lowest price', async () => {
    const b = (await get('/de-de/help')).body;
    // The cheapest demo variant: Bình Phước cashews at EUR 11.90 (7 % VAT inside), by Dutch post from Venlo (no customs border).
    assert.match(b, /<strong class="example-product">Bình Phước Cashewkerne, naturbelassen<\/strong>/);
    assert.match(plain(/<div class="help-example"[^>]*>([\s\S]*?)<\/div>/.exec(b)![1]!), /Ein Artikel zu 11,90\u00a0€ mit der günstigsten Versandart \(Dutch post · Parcel economy, 3–7 Werktage, Versand aus: Niederlande\), so berechnet wie heute an der Kasse\./);
    // Hand-check: VAT in the price 11.90 x 7/107 = 0.7785 -> 0.78; on the delivery 8.80 x 7 % = 0.616 -> 0.62;
    // taxes 0.78 + 0.62 = 1.40; total 11.90 + 8.80 + 0.62 = 21.32.
    assert.deepEqual(rows(b, 'breakdown'), [
      ['Artikel', `11,90${NBSP}€`],
      ['Versand', `8,80${NBSP}€`],
      ['Einfuhrzölle', `0,00${NBSP}€`],
      ['Steuern', `1,40${NBSP}€`],
      ['Bereits in den Artikelpreisen enthaltene Steuern', `-0,78${NBSP}€`],
      ['Gebühren', `0,00${NBSP}€`],
      ['Gesamt', `21,32${NBSP}€`],
      ['Jetzt zu zahlen', `21,32${NBSP}€`],
    ]);
    // Lowest price of each card (first weight break plus fuel) at the ECB rate of 2025-05-09, USD 1.1252 = EUR 1:
    // VNPost 9.50 -> 8.44; Dutch post 9.90 -> 8.80; Venlo express as on the product page 19.25;
    // Hội An express 34.00 x 1.185 = 40.29 -> 35.81.
    assert.deepEqual(rows(b, 'help-delivery'), [
      ['VNPost · International economy parcel', 'Vietnam', '10–20 Werktage', `ab 8,44${NBSP}€`],
      ['Dutch post · Parcel economy', 'Niederlande', '3–7 Werktage', `ab 8,80${NBSP}€`],
      ['Express courier · European express', 'Niederlande', '1–3 Werktage', `ab 19,25${NBSP}€`],
      ['Express courier · International express', 'Vietnam', '3–6 Werktage', `ab 35,81${NBSP}€`],
    ]);
    assert.match(section(b, 'delivery'), /<p class="fx-note">Preise umgerechnet aus USD zum Referenzkurs der Europäischen Zentralbank vom 9\. Mai 2025\.<\/p>/);
  });

  test('Germany: returns, payment methods and the links', async () => {
    const b = (await get('/de-de/help')).body;
    const returns = section(b, 'returns');
    assert.match(returns, /Unsere Rückgaberegeln sehen keine Frist vor\./);
    assert.equal(plain(/<li data-refund="shipping" data-policy="shop_at_fault">([\s\S]*?)<\/li>/.exec(returns)![1]!), 'Ursprüngliche Versandkosten: erstattet, wenn die Rücksendung auf unseren Fehler zurückgeht (Beschädigt angekommen, Falscher Artikel geliefert, Entspricht nicht der Beschreibung und Zu spät angekommen).');
    // Parcels from Venlo cross no customs border (refund.domestic-sale); others clear customs (refund.EU.DDP-border).
    assert.deepEqual([...returns.matchAll(/<li data-refund="(domestic|scheme|border)" data-rule="([^"]+)">/g)].map((m) => [m[1], m[2]]), [
      ['domestic', 'refund.domestic-sale'],
      ['border', 'refund.EU.DDP-border'],
    ]);
    assert.match(plain(returns), /Zölle und Steuern, die wir an der Grenze gezahlt haben: Zölle und Steuern werden nicht automatisch erstattet\./);
    assert.match(returns, /<code>refund\.EU\.DDP-border<\/code>/);
    assert.deepEqual([...section(b, 'help-payments-title').matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]), ['Kredit- oder Debitkarte', 'PayPal', 'Klarna', 'SEPA-Lastschrift', 'Apple Pay', 'Google Pay']);
    const more = section(b, 'more');
    assert.match(more, /<a href="\/de-de\/order" data-link="order">Bestellung finden: Status, Sendungsverfolgung und Rücksendungen<\/a>/);
    assert.match(more, /<p data-contact>Noch eine Frage\? Antworten Sie einfach auf eine unserer E-Mails, wir melden uns\. <a href="\/de-de\/contact" data-link="contact">Kontakt<\/a><\/p>/);
    assert.match(b, /<a href="#import">Einfuhrzölle und -steuern<\/a>/);
    // The footer of every page and the order page link here.
    for (const url of ['/de-de/', '/de-de/order', `/de-de/p/buon-ma-thuot-robusta-whole-beans`]) {
      assert.match((await get(url)).body, /<li><a href="\/de-de\/help">Hilfe: Einfuhrabgaben, Lieferung, Rücksendungen<\/a><\/li>/, url);
    }
    assert.match((await get('/de-de/order')).body, /<a href="\/de-de\/help" data-link="help">Einfuhrabgaben, Lieferzeiten und Rücksendungen erklärt<\/a>/);
  });

  test('public and cached like the other pages: an ETag, 304 on a match, and a 400 page for repeated parameters', async () => {
    const r = await get('/en-gb/help');
    assert.equal(r.statusCode, 200);
    assert.equal(r.headers['cache-control'], 'public, max-age=60');
    assert.match(String(r.headers.etag), /^"[A-Za-z0-9_-]{27}"$/);
    const again = await get('/en-gb/help', { 'if-none-match': String(r.headers.etag) });
    assert.deepEqual([again.statusCode, again.body], [304, '']);
    const bad = await get('/en-gb/help?x=1&x=2');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.headers['cache-control'], 'no-cache');
  });

  test('the United Kingdom: the GBP 135 scheme charges VAT at checkout, and its refund rule gives the VAT back', async () => {
    const b = (await get('/en-gb/help')).body;
    assert.equal(fact(b, 'tax.GB.vat.standard'), 'VAT: 20%');
    assert.equal(fact(b, 'deminimis.GB.duty'), 'Import duty: not charged when the goods in the parcel are worth up to £135.00. Not for goods of tariff headings 2203, 2204, 2205, 2206, 2207, 2208 and 24.');
    assert.equal(
      fact(b, 'scheme.GB.low-value'),
      'UK GBP 135 point-of-sale VAT: orders whose goods are worth up to £135.00. The VAT is charged at checkout. Above that limit, duties and taxes are assessed at the border. On our DDP terms we pay what is assessed at the border, and it is part of the checkout total.',
    );
    const returns = section(b, 'returns');
    assert.deepEqual([...returns.matchAll(/<li data-refund="(domestic|scheme|border)" data-rule="([^"]+)">/g)].map((m) => [m[1], m[2]]), [
      ['scheme', 'refund.GB.low-value'],
      ['border', 'refund.GB.DDP-border'],
    ]);
    assert.match(plain(returns), /Orders under UK GBP 135 point-of-sale VAT: the tax is refunded with the items; the duty is not refunded automatically\./);
  });

  test('South Korea: USD thresholds converted into won at the stored ECB rate, with its date', async () => {
    const b = (await get('/en-kr/help')).body;
    // ECB 2025-05-09: EUR 1 = USD 1.1252 = KRW 1575.72. USD 150 x 1575.72 / 1.1252 = 210,058.66 -> 210,059;
    // USD 200 -> 280,078.21 -> 280,078 (half-up to the won).
    assert.equal(fact(b, 'deminimis.KR.duty'), 'Import duty: not charged when the goods in the parcel are worth up to $150.00 (₩210,059). Not for parcels sent from United States.');
    assert.equal(fact(b, 'deminimis.KR.duty.from-us'), 'Import duty: not charged when the goods in the parcel are worth up to $200.00 (₩280,078). Only for parcels sent from United States.');
    assert.match(b, /<p class="fx-note" data-fx>Amounts in brackets are converted into KRW at the European Central Bank reference rate of May 9, 2025\.<\/p>/);
  });

  test('the United States (the default market): DDP, no import VAT, the USD 800 de minimis until its suspension, the MPF', async () => {
    const b = (await get('/en-us/help')).body;
    assert.match(b, /<p class="answer answer-ddp" data-incoterm="DDP">/);
    assert.match(b, /<p data-group="taxes">The rules list no import VAT or GST for United States\.<\/p>/);
    assert.equal(fact(b, 'deminimis.US.duty.until-2025-08-29'), 'Import duty: not charged when the goods in the parcel are worth up to $800.00.');
    assert.match(citationOf(b, 'deminimis.US.duty.until-2025-08-29'), /last day August 28, 2025/);
    assert.match(plain(/data-group="upcoming">([\s\S]*?)<\/ul>\n/.exec(b)![1]!), /^From August 29, 2025: Import duty: no de minimis threshold applies, so it is due whatever the value\./);
    assert.equal(fact(b, 'fee.US.mpf.informal.fy2025.de-minimis-era'), 'Merchandise processing fee (informal entry): $2.62 per parcel, charged by customs. Only for parcels sent by courier. Only for parcels whose goods are worth up to $2,500.00. Only for parcels whose goods are worth more than $800.00.');
    // Domestic parcels from New Jersey: no customs border, no refund question for duty.
    assert.deepEqual(rows(b, 'help-delivery')[0], ['US postal service · Ground parcel', 'United States', '2–5 business days', 'from $5.90']);
  });

  test('after the EU flat duty starts: in effect on 2026-11-27, with the French parcel fee', async () => {
    const later = storefrontOn({ ...t.deps, clock: () => new Date('2026-11-27T10:00:00Z') });
    const b = (await later.inject({ method: 'GET', url: '/fr-fr/help', headers: HTML })).body;
    assert.equal(fact(b, 'flat.EU.low-value'), `Droit de douane de 3,00${NBSP}€ pour chaque sous-position tarifaire différente (code SH à 6 chiffres) du colis, sur les colis dont les marchandises ont une valeur d’au plus 150,00${NBSP}€. Il remplace le taux du tarif pour ces colis.`);
    assert.match(b, /data-group="flat-duties"/);
    assert.equal(fact(b, 'deminimis.EU.duty'), 'Droit d’importation : aucun seuil de franchise, il est dû quelle que soit la valeur.');
    assert.match(fact(b, 'fee.FR.parcel'), /^Taxe sur les petits colis \(small parcel tax\) : 2,00\u00a0€ par ligne d’article, à payer à la douane\./);
    assert.doesNotMatch(b, /data-rule="deminimis\.EU\.duty\.until-2026-07-01"/, 'no longer in effect');
    await later.close();
  });

  test('an IOSS registration changes what the page says: VAT at checkout, and the IOSS refund rule', async () => {
    const added = await t.app.inject({ method: 'POST', url: '/v1/admin/registrations', headers: t.auth(), payload: { scheme: 'IOSS', number: 'IM2760000001', validFrom: '2025-01-01' } });
    assert.equal(added.statusCode, 201, added.body);
    const b = (await getFresh('/en-de/help')).body;
    assert.equal(
      fact(b, 'scheme.EU.IOSS'),
      'IOSS: orders whose goods are worth up to €150.00. We are registered for it (IOSS), so the VAT is charged at checkout and customs does not collect it again. Above that limit, duties and taxes are assessed at the border. On our DDP terms we pay what is assessed at the border, and it is part of the checkout total.',
    );
    assert.deepEqual([...section(b, 'returns').matchAll(/<li data-refund="(domestic|scheme|border)" data-rule="([^"]+)">/g)].map((m) => [m[1], m[2]]), [
      ['domestic', 'refund.domestic-sale'],
      ['scheme', 'refund.EU.IOSS'],
      ['border', 'refund.EU.DDP-border'],
    ]);
    const removed = await t.app.inject({ method: 'DELETE', url: `/v1/admin/registrations/${added.json().id}`, headers: t.auth() });
    assert.equal(removed.statusCode, 204, removed.body);
  });

  test('a DAP market: charges paid on delivery, and nothing of them refunded by the shop', async () => {
    const eu = DEMO_MARKETS.find((m) => m.id === 'eu')!;
    const dap = await saveMarket(t.deps, { ...eu, incoterm: 'DAP', pricing: { ...eu.pricing, fxMarkupPercent: formatDecimal(eu.pricing.fxMarkupPercent) } });
    assert.ok(dap.ok, dap.ok ? '' : dap.message);
    try {
      const b = (await getFresh('/en-de/help')).body;
      assert.match(b, /<p class="answer answer-dap" data-incoterm="DAP">/);
      assert.equal(plain(/<p class="answer[^>]*>([\s\S]*?)<\/p>/.exec(b)![1]!), 'Do I pay anything on delivery? Yes. Import duties and taxes are paid on delivery, to the carrier (DAP). The checkout shows an estimate; customs sets the final amount.');
      assert.match(fact(b, 'scheme.EU.IOSS'), /What is assessed at the border is paid by you, on delivery\.$/);
      const returns = section(b, 'returns');
      assert.match(returns, /<li data-refund="border" data-rule="refund\.DAP-buyer-paid"><strong>Duties and taxes you paid on delivery:<\/strong> we did not collect them, so we cannot refund them; ask the carrier or the customs authority\./);
      const de = (await getFresh('/de-de/help')).body;
      assert.match(plain(/<p class="answer[^>]*>([\s\S]*?)<\/p>/.exec(de)![1]!), /^Muss ich bei der Lieferung etwas bezahlen\? Ja\. Einfuhrzölle und -steuern werden bei der Lieferung an den Zusteller gezahlt \(DAP\)\./);
    } finally {
      const back = await saveMarket(t.deps, { ...eu, pricing: { ...eu.pricing, fxMarkupPercent: formatDecimal(eu.pricing.fxMarkupPercent) } });
      assert.ok(back.ok);
    }
  });

  test('every shipped language renders the page without a missing message', async () => {
    const pages: Array<[string, string, RegExp]> = [
      ['/en-us/help', 'en-US', /<h1>Help for orders to United States<\/h1>/],
      ['/vi-us/help', 'vi-US', /<h1>Trợ giúp cho đơn hàng giao đến Hoa Kỳ<\/h1>/],
      ['/de-ch/help', 'de-CH', /<h1>Hilfe zu Bestellungen \(Lieferland: Schweiz\)<\/h1>/],
      ['/fr-ca/help', 'fr-CA', /<h1>Aide pour vos commandes \(pays de livraison : Canada\)<\/h1>/],
      ['/es-es/help', 'es-ES', /<h1>Ayuda para pedidos \(país de entrega: España\)<\/h1>/],
      ['/ja-jp/help', 'ja-JP', /<h1>ご注文のヘルプ（お届け先：日本）<\/h1>/],
      ['/zh-sg/help', 'zh-Hans-SG', /<h1>订单帮助（配送至新加坡）<\/h1>/],
    ];
    for (const [url, lang, title] of pages) {
      const r = await getFresh(url);
      assert.equal(r.statusCode, 200, `${url}: ${r.body.slice(0, 200)}`);
      assert.match(r.body, new RegExp(`<html lang="${lang}"`), url);
      assert.match(r.body, title, url);
      for (const id of ['import', 'delivery', 'returns', 'more']) assert.match(r.body, new RegExp(`<h2 id="${id}">`), `${url} #${id}`);
      assert.doesNotMatch(r.body, /\{[a-zA-Z]+(, [a-z]+)?\}|undefined|NaN/, url);
    }
    // Japanese: the retail-share de minimis (60 % of the price, up to JPY 10,000).
    const ja = (await getFresh('/ja-jp/help')).body;
    assert.match(fact(ja, 'deminimis.JP.duty'), /^輸入関税：小売価格の60%が￥10,000以下の場合は課されません。/);
  });

  test('text from the data is escaped', async () => {
    const saved = await t.app.inject({ method: 'PUT', url: '/v1/admin/shipping/services/nl-postal-economy', headers: t.auth(), payload: { carrier: 'Dutch <b>post</b> & "Co"', name: "Parcel 'economy'", channel: 'postal' } });
    assert.equal(saved.statusCode, 200, saved.body);
    try {
      const b = (await getFresh('/de-de/help')).body;
      assert.ok(b.includes('<th scope="row">Dutch &lt;b&gt;post&lt;/b&gt; &amp; &quot;Co&quot; · Parcel &#39;economy&#39;</th>'), 'carrier and service names escaped');
      assert.doesNotMatch(b, /<b>post<\/b>/);
    } finally {
      await t.app.inject({ method: 'PUT', url: '/v1/admin/shipping/services/nl-postal-economy', headers: t.auth(), payload: { carrier: 'Dutch post', name: 'Parcel economy', channel: 'postal' } });
    }
  });

  test('the help service names a bad field and changes nothing', async () => {
    const market = (await listMarkets(t.deps)).find((m) => m.id === 'us')!;
    const cases: Array<[unknown, string, string]> = [
      [{ country: 'DE', date: '2025-05-12' }, 'NOT_FOUND', 'country'],
      [{ country: 'XX', date: '2025-05-12' }, 'VALIDATION_FAILED', 'country'],
      [{ country: 'US', date: '2025-02-30' }, 'VALIDATION_FAILED', 'date'],
    ];
    for (const [input, code, field] of cases) {
      const r = await describeMarketHelp(t.deps, { market, ...(input as { country: string; date: string }) });
      assert.ok(!r.ok);
      assert.deepEqual([r.code, r.field], [code, field], JSON.stringify(input));
    }
    const r = await describeMarketHelp(t.deps, { market, country: 'US', date: '2025-05-12' });
    assert.ok(r.ok);
    assert.deepEqual([r.value.incoterm, r.value.currency, r.value.imports?.territory, r.value.delivery?.length], ['DDP', 'USD', 'US', 4]);
  });

  test('a segment that is no market: the storefront\'s own answers (404 page, or the buyer\'s market with a notice)', async () => {
    const malformed = await get('/deutsch/help');
    assert.equal(malformed.statusCode, 404);
    assert.match(malformed.body, /<a href="\/regions">Choose your country and language<\/a>/);
    const api = await t.app.inject({ method: 'GET', url: '/deutsch/help' });
    assert.deepEqual([api.statusCode, api.json().code], [404, 'ROUTE_NOT_FOUND']);
    const unsold = await get('/de-th/help', { [t.deps.countryHeader]: 'DE', 'accept-language': 'de-DE' });
    assert.deepEqual([unsold.statusCode, unsold.headers.location], [302, '/de-de/help?unsold=th']);
    const wrongLanguage = await get('/ja-de/help');
    assert.deepEqual([wrongLanguage.statusCode, wrongLanguage.headers.location], [302, '/de-de/help']);
  });
});
