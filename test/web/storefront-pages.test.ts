import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import Fastify from 'fastify';
import { loadStorefrontAssets } from '../../src/http/routes/pages/storefront-assets.js';
import { safeReturnPath } from '../../src/http/routes/pages/storefront-query.js';
import { storefrontRoutes } from '../../src/http/routes/pages/storefront-routes.js';
import { seedDemoStore } from '../../src/services/seed/seed-demo-store.js';
import { loadCatalogs } from '../../src/web/i18n/catalogs.js';
import { buildTestApp, type TestApp } from '../support/test-app.js';
import { describeWithDatabases } from '../support/test-database.js';

const NBSP = '\u00a0';
const COFFEE = 'buon-ma-thuot-robusta-whole-beans';
const HTML = { accept: 'text/html,application/xhtml+xml' };

/** The text of every element matching a simple pattern, tags stripped. */
function texts(body: string, pattern: RegExp): string[] {
  return [...body.matchAll(pattern)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
}

describeWithDatabases('storefront pages', (db) => {
  let t: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { ...HTML, ...headers } });

  before(async () => {
    // A Monday, three days after the demo's ECB rates, so delivery quotes have a fresh rate and dates.
    t = await buildTestApp(db(), { deps: { clock: () => new Date('2025-05-12T10:00:00Z') } });
    await seedDemoStore(t.deps);
    // A DAP market in a right-to-left language, added before the storefront first reads the markets.
    const put = await t.app.inject({
      method: 'PUT',
      url: '/v1/admin/markets/ae',
      headers: t.auth(),
      payload: {
        id: 'ae',
        name: 'United Arab Emirates',
        countries: ['AE'],
        currency: 'USD',
        locales: ['ar', 'en'],
        incoterm: 'DAP',
        taxInclusive: false,
        dutiesIncluded: false,
        paymentMethods: ['card'],
        pricing: { fxMarkupPercent: '0', rounding: { increment: 1, mode: 'half-up' } },
      },
    });
    assert.equal(put.statusCode, 200, put.body);
  });

  test('/ sends the buyer to their market by the edge country, then Accept-Language, else the default', async () => {
    const byHeader = await get('/', { 'cf-ipcountry': 'JP', 'accept-language': 'de-DE' });
    assert.deepEqual([byHeader.statusCode, byHeader.headers.location], [302, '/ja-jp/']);
    assert.equal(byHeader.headers.vary, 'accept-language, cf-ipcountry');
    assert.equal((await get('/', { 'accept-language': 'fr-CH,fr;q=0.9' })).headers.location, '/fr-ch/');
    assert.equal((await get('/', { 'accept-language': 'zh-SG' })).headers.location, '/zh-sg/');
    assert.equal((await get('/', { 'accept-language': 'vi' })).headers.location, '/vi-us/', 'a language alone names no country: the default market, in that language when it speaks it');
    assert.equal((await get('/', { 'accept-language': 'ko' })).headers.location, '/en-us/', 'else in its default language');
    assert.equal((await get('/')).headers.location, '/en-us/');
    assert.deepEqual([(await get('/regions', { 'cf-ipcountry': 'DE' })).headers.location], ['/de-de/regions']);
  });

  test('the market segment: a language the market does not speak redirects to its default; a country nobody sells to falls back to the buyer\'s market with a notice', async () => {
    const wrongLanguage = await get(`/fr-us/p/${COFFEE}?variant=COF-ROB-500`);
    assert.deepEqual([wrongLanguage.statusCode, wrongLanguage.headers.location], [302, `/en-us/p/${COFFEE}?variant=COF-ROB-500`]);
    const upper = await get('/DE-DE/c/coffee');
    assert.deepEqual([upper.statusCode, upper.headers.location], [301, '/de-de/c/coffee']);
    // A well-formed segment for a country no market sells to: the same page in the market the
    // buyer's signals pick, saying so (here the German edge header and browser).
    const buyer = { 'accept-language': 'de-DE,de;q=0.9', [t.deps.countryHeader]: 'DE' };
    const thai = await t.app.inject({ method: 'GET', url: '/vi-th/', headers: { accept: 'text/html', ...buyer } });
    assert.deepEqual([thai.statusCode, thai.headers.location], [302, '/de-de/?unsold=th']);
    const product = await t.app.inject({ method: 'GET', url: `/de-xx/p/${COFFEE}?variant=COF-ROB-500`, headers: { accept: 'text/html', ...buyer } });
    assert.deepEqual([product.statusCode, product.headers.location], [302, `/de-de/p/${COFFEE}?variant=COF-ROB-500&unsold=xx`]);
    const landed = await get('/de-de/?unsold=th');
    assert.equal(landed.statusCode, 200);
    assert.match(landed.body, /<p class="notice info" role="status" data-unsold>Nach Thailand liefern wir noch nicht\. Dies ist unser Shop für Deutschland; unten können Sie ein anderes Land wählen\.<\/p>/);
    const unknown = await get('/de-de/?unsold=zz');
    assert.match(unknown.body, /Nach ZZ liefern wir noch nicht/, 'a code that is no country is shown as it is');
    assert.doesNotMatch((await get('/de-de/?unsold=%3Cb%3E')).body, /data-unsold/, 'only a two-letter code is taken');
    // A path that is not a market segment at all stays a 404 page in English.
    const r = await get('/deutsch');
    assert.equal(r.statusCode, 404);
    assert.match(r.body, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(r.body, /<a href="\/regions">Choose your country and language<\/a>/);
    const api = await t.app.inject({ method: 'GET', url: '/deutsch' });
    assert.deepEqual([api.statusCode, api.json().code], [404, 'ROUTE_NOT_FOUND'], 'not a browser: the API\'s 404');
    const v1 = await t.app.inject({ method: 'GET', url: '/v1/search' });
    assert.deepEqual([v1.statusCode, v1.json().code], [404, 'ROUTE_NOT_FOUND']);
  });

  test('the product page in German for Germany: price with its VAT, duties made plain, delivery windows, payment methods', async () => {
    const r = await get(`/de-de/p/${COFFEE}`);
    assert.equal(r.statusCode, 200);
    const b = r.body;
    assert.match(b, /^<!doctype html>\n<html lang="de-DE" dir="ltr">/);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/);
    assert.match(b, /<title>Buôn Ma Thuột Robusta, ganze Bohne · Hội An Atelier<\/title>/);
    assert.match(b, /<span class="amount" data-shown-price>13,90\u00a0€<\/span>/u);
    assert.ok(b.includes(`<span class="tax-note" data-shown-tax-note>inkl. 7${NBSP}% MwSt.</span>`));
    assert.match(b, /<h2 id="terms-title">Zölle und Steuern inklusive<\/h2>/);
    assert.deepEqual(texts(b, /<dt>(Am [^<]+)<\/dt>/g), ['Am schnellsten', 'Am günstigsten']);
    assert.deepEqual(texts(b, /<dt>Am [^<]+<\/dt><dd>(.*?)<\/dd>/g), [
      `Express courier · European express 1–3 Werktage, Ankunft 13.–15. Mai 2025 · 19,25${NBSP}€`,
      `Dutch post · Parcel economy 3–7 Werktage, Ankunft 15.–21. Mai 2025 · 8,80${NBSP}€`,
    ]);
    assert.deepEqual([...b.matchAll(/<section class="payments"[\s\S]*?<\/section>/g)].flatMap((m) => texts(m[0], /<li>(.*?)<\/li>/g)), ['Kredit- oder Debitkarte', 'PayPal', 'Klarna', 'SEPA-Lastschrift', 'Apple Pay', 'Google Pay']);
    assert.match(b, /<dt>Zolltarifnummer \(HS\)<\/dt><dd>0901\.21<\/dd>/);
    assert.match(b, /<p class="fx-note">Preise umgerechnet aus USD zum Referenzkurs der Europäischen Zentralbank vom 9\. Mai 2025\.<\/p>/);
    // Landmarks, skip link, labels, language of the chrome and the switcher.
    assert.match(b, /<a class="skip-link" href="#main">Zum Inhalt springen<\/a>/);
    for (const landmark of [/<header class="site-header">/, /<main id="main" tabindex="-1">/, /<footer class="site-footer">/, /<nav class="categories" aria-label="Kategorien">/, /<form class="search" role="search"/]) assert.match(b, landmark);
    assert.match(b, /<label class="visually-hidden" for="site-search">Produkte suchen<\/label>/);
    assert.match(b, /<legend>Größe<\/legend>/);
    assert.match(b, /<input type="radio" name="sku" id="variant-0" value="COF-ROB-250" data-price="13,90\u00a0€" data-tax-note="inkl. 7\u00a0% MwSt." checked>/u);
    assert.match(b, /<form class="buy" method="post" action="\/de-de\/cart" data-variants>/);
    assert.match(b, /<summary><span class="visually-hidden">Land oder Sprache ändern. Aktuell: <\/span>Deutschland · Deutsch · EUR<\/summary>/);
    // hreflang for every country and language the page exists in (15 countries, 49 pairs), and x-default.
    const alternates = [...b.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    assert.equal(alternates.length, 52, 'the demo\'s 49 pairs, the test market\'s 2, x-default');
    assert.deepEqual(alternates.find((a) => a[0] === 'zh-Hans-SG'), ['zh-Hans-SG', `http://localhost:3000/zh-sg/p/${COFFEE}`]);
    assert.deepEqual(alternates.find((a) => a[0] === 'fr-CH'), ['fr-CH', `http://localhost:3000/fr-ch/p/${COFFEE}`]);
    assert.deepEqual(alternates.at(-1), ['x-default', 'http://localhost:3000/']);
    assert.match(b, new RegExp(`<link rel="canonical" href="http://localhost:3000/de-de/p/${COFFEE}">`));
  });

  test('the same product elsewhere: French VAT in France, no tax in US prices, iDEAL only in the Netherlands, yen in Japan', async () => {
    const fr = (await get(`/fr-fr/p/${COFFEE}`)).body;
    assert.ok(fr.includes(`<span class="tax-note" data-shown-tax-note>TVA 5,5${NBSP}% incluse</span>`));
    assert.match(fr, /<html lang="fr-FR" dir="ltr">/);
    const us = (await get(`/en-us/p/${COFFEE}`)).body;
    assert.match(us, /<span class="amount" data-shown-price>\$13\.99<\/span>/);
    assert.match(us, /<span class="tax-note" data-shown-tax-note>plus tax and duties, calculated at checkout<\/span>/);
    assert.match(us, /<h2 id="terms-title">Duties and taxes paid at checkout<\/h2>/);
    assert.doesNotMatch(us, /fx-note/, 'US dollars are the base currency: nothing converted');
    const nl = (await get(`/nl-nl/p/${COFFEE}`)).body;
    assert.match(nl, /<html lang="en-NL" dir="ltr">/, 'no Dutch messages: English UI for the Netherlands');
    assert.match(nl, /<li>iDEAL<\/li>/);
    assert.doesNotMatch((await get(`/de-de/p/${COFFEE}`)).body, /iDEAL/);
    const ja = (await get(`/ja-jp/p/${COFFEE}`)).body;
    assert.match(ja, /<span class="amount" data-shown-price>￥2,280<\/span>/);
    assert.match(ja, /<span class="tax-note" data-shown-tax-note>消費税8%込み<\/span>/);
    assert.match(ja, /<h1 id="product-title">バンメトート産ロブスタ コーヒー豆（ホールビーン）<\/h1>/);
    const es = (await get(`/es-es/p/${COFFEE}`)).body;
    // The catalog has no Spanish text; product text falls back to the store's own language (English).
    assert.match(es, /<h1 id="product-title" lang="en">Buôn Ma Thuột Robusta Whole Beans<\/h1>/, 'text in another language than the page is marked with its own');
    assert.match(es, /<button type="submit" class="primary">Añadir al carrito<\/button>/);
  });

  test('a DAP market: import charges estimated at checkout; no warehouse serves it, so delivery is left to checkout', async () => {
    const b = (await get(`/en-ae/p/${COFFEE}`)).body;
    assert.match(b, /<h2 id="terms-title">Import charges estimated at checkout<\/h2>/);
    assert.match(b, /<span class="tax-note" data-shown-tax-note>plus import charges, payable on delivery<\/span>/);
    assert.match(b, /<h2 id="delivery-title">Delivery to United Arab Emirates<\/h2><p>Delivery options and their cost are shown at checkout\.<\/p>/);
    const ar = await get(`/ar-ae/p/${COFFEE}`);
    assert.equal(ar.statusCode, 200);
    assert.match(ar.body, /<html lang="en-AE" dir="ltr">/, 'no Arabic messages shipped: the page is English, left to right');
  });

  test('a chosen variant shows its price; an unknown one shows the first', async () => {
    const b = (await get(`/de-de/p/${COFFEE}?variant=COF-ROB-500`)).body;
    assert.match(b, /<span class="amount" data-shown-price>23,90\u00a0€<\/span>/u);
    assert.match(b, /value="COF-ROB-500" data-price="23,90\u00a0€" data-tax-note="inkl. 7\u00a0% MwSt." checked>/u);
    assert.match(b, /<dd data-sku>COF-ROB-500<\/dd>/);
    const unknown = await get(`/de-de/p/${COFFEE}?variant=%3Cb%3E`);
    assert.equal(unknown.statusCode, 200);
    assert.match(unknown.body, /<span class="amount" data-shown-price>13,90\u00a0€<\/span>/u);
    assert.doesNotMatch(unknown.body, /<b>/);
  });

  test('an unknown product is a 404 page in the buyer\'s language; hostile handles are escaped', async () => {
    const de = await get('/de-de/p/no-such-thing');
    assert.equal(de.statusCode, 404);
    assert.match(de.body, /<html lang="de-DE" dir="ltr">/);
    assert.match(de.body, /<h1>Produkt nicht gefunden<\/h1>/);
    const ja = await get('/ja-jp/p/no-such-thing');
    assert.match(ja.body, /<h1>商品が見つかりません<\/h1>/);
    const hostile = await get('/de-de/p/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    assert.equal(hostile.statusCode, 404);
    assert.doesNotMatch(hostile.body, /<script>alert/);
    const draft = await t.app.inject({ method: 'POST', url: '/v1/admin/products', headers: t.auth(), payload: { handle: 'secret-draft', status: 'draft', hsCode: '610910', originCountry: 'VN', translations: { en: { title: 'Secret' } }, variants: [{ sku: 'SECRET-1', price: { amount: '10.00', currency: 'USD' }, weightKg: '0.1' }] } });
    assert.equal(draft.statusCode, 201, draft.body);
    assert.equal((await get('/en-gb/p/secret-draft')).statusCode, 404, 'drafts are not shown');
  });

  test('home: the market\'s terms, categories, new products and ways to pay, in Simplified Chinese for Singapore', async () => {
    const r = await get('/zh-sg/');
    assert.equal(r.statusCode, 200);
    const b = r.body;
    assert.match(b, /<html lang="zh-Hans-SG" dir="ltr">/);
    assert.match(b, /<h1 id="home-title">Hội An Atelier<\/h1>/);
    assert.match(b, /<p>从越南发货，配送至新加坡。付款前即可看到关税、税费和运费。<\/p>/);
    assert.match(b, /<h2 id="terms-title">已含关税和税费<\/h2>/);
    assert.equal([...b.matchAll(/<li class="card">/g)].length, 8);
    assert.match(b, /<a class="tile-title" href="\/zh-sg\/c\/pantry">食品<\/a><ul class="inline-list"><li><a href="\/zh-sg\/c\/nuts">坚果<\/a><\/li><li><a href="\/zh-sg\/c\/coffee">咖啡<\/a><\/li><\/ul>/);
    assert.match(b, /<li>PayNow<\/li>/);
    assert.match(b, /<a class="cart-link" href="\/zh-sg\/cart">购物车<\/a>/);
  });

  test('category pages: products of the category with breadcrumbs; unknown categories and bad page numbers', async () => {
    const r = await get('/de-de/c/coffee');
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /<h1>Kaffee<\/h1>/);
    assert.equal([...r.body.matchAll(/<li class="card">/g)].length, 3);
    assert.match(r.body, /<li><a href="\/de-de\/c\/pantry">Lebensmittel<\/a><\/li>/);
    assert.ok(r.body.includes(`<p class="price">ab 13,90${NBSP}€</p>`));
    assert.doesNotMatch(r.body, /class="pagination"/, 'one page: no pagination');
    const unknown = await get('/de-de/c/no-such-category');
    assert.deepEqual([unknown.statusCode, texts(unknown.body, /<h1>(.*?)<\/h1>/g)], [404, ['Seite nicht gefunden']]);
    const past = await get('/de-de/c/coffee?page=2');
    assert.deepEqual([past.statusCode, texts(past.body, /<h1>(.*?)<\/h1>/g)], [404, ['Seite nicht vorhanden']]);
    assert.match(past.body, /<p>Hier gibt es keine Seite 2\.<\/p>/);
    assert.match(past.body, /<a href="\/de-de\/c\/coffee">Zur ersten Seite<\/a>/);
    for (const page of ['0', '-1', 'abc', '1.5', '101', '99999999999999999999']) {
      const bad = await get(`/de-de/c/coffee?page=${page}`);
      assert.equal(bad.statusCode, 400, page);
      assert.match(bad.body, /<h1>Diese Adresse können wir nicht lesen<\/h1>/, page);
    }
    assert.equal((await get('/de-de/c/coffee?page=1&page=2')).statusCode, 400, 'a repeated parameter');
    assert.equal((await get('/de-de/c/BAD%20SLUG')).statusCode, 404);
  });

  test('search: results in the buyer\'s language; hostile text escaped; overlong or control characters refused with a 400 page', async () => {
    const silk = await get(`/de-de/search?q=${encodeURIComponent('Seide')}`);
    assert.equal(silk.statusCode, 200);
    assert.match(silk.body, /<h1>Ergebnisse für „Seide“<\/h1>/);
    assert.ok([...silk.body.matchAll(/<li class="card">/g)].length >= 2);
    assert.match(silk.body, /<meta name="robots" content="noindex">/);
    assert.match(silk.body, /<input id="site-search" name="q" type="search" maxlength="200" value="Seide">/);

    const script = '<script>alert("x")</script>';
    const hostile = await get(`/de-de/search?q=${encodeURIComponent(script)}`);
    assert.equal(hostile.statusCode, 200);
    assert.ok(!hostile.body.includes('<script>alert'));
    assert.ok(hostile.body.includes('Keine Produkte passen zu „&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;“'));

    const long = 'kaffee'.repeat(200);
    const tooLong = await get(`/de-de/search?q=${long}`);
    assert.equal(tooLong.statusCode, 400);
    assert.equal((await get(`/de-de/search?q=${'kaffee'.repeat(1700)}`)).statusCode, 414, 'a URL over 8 KiB is refused before any page is made');
    assert.match(tooLong.body, /<p class="notice error" role="alert">Ihre Suche konnte nicht verwendet werden\./);
    assert.ok(!tooLong.body.includes(long.slice(0, 300)), 'the refused text is not shown back');
    for (const q of ['%01coffee', 'cof%00fee', 'a%7Fb']) assert.equal((await get(`/de-de/search?q=${q}`)).statusCode, 400, q);
    assert.equal((await get('/de-de/search?q=a&q=b')).statusCode, 400);
    const empty = await get('/de-de/search?q=');
    assert.equal(empty.statusCode, 200);
    assert.match(empty.body, /<p>Geben Sie ein, wonach Sie suchen\.<\/p>/);
    assert.equal((await get('/de-de/search?q=Seide&page=5')).statusCode, 404);
    assert.equal((await get('/de-de/search?q=Seide&page=x')).statusCode, 400);
  });

  test('the switcher: a country and language become the right market URL, the page kept; bad input is refused', async () => {
    const toSwiss = await get(`/de-de/regions?country=CH&language=fr&path=${encodeURIComponent(`/p/${COFFEE}`)}`);
    assert.deepEqual([toSwiss.statusCode, toSwiss.headers.location], [302, `/fr-ch/p/${COFFEE}`]);
    const notSpoken = await get(`/de-de/regions?country=GB&language=de&path=${encodeURIComponent('/c/coffee?page=1')}`);
    assert.equal(notSpoken.headers.location, '/en-gb/c/coffee?page=1', 'German is not offered in the UK: its default language');
    assert.equal((await get('/de-de/regions?country=sg&language=zh-Hans')).headers.location, '/zh-sg/');
    assert.equal((await get('/de-de/regions?country=JP&path=//evil.example/x')).headers.location, '/ja-jp/', 'never another host');
    assert.equal((await get('/de-de/regions?country=XX')).statusCode, 400);
    assert.equal((await get('/de-de/regions?country=TH')).statusCode, 400, 'a country no market sells to');
    const list = await get('/de-de/regions');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /<h1>Land und Sprache wählen<\/h1>/);
    assert.equal([...list.body.matchAll(/<li(?: class="current")?>\n<h2>/g)].length, 16);
    assert.match(list.body, /<a href="\/fr-ch\/" lang="fr" hreflang="fr-CH">Français<\/a>/);
    assert.match(list.body, /<a href="\/de-de\/" lang="de" hreflang="de-DE" aria-current="page">Deutsch<\/a>/);
    assert.deepEqual(['/p/x', '/search?q=a%20b&page=2', '//evil.example', '/\\evil', 'https://evil.example', '/x"><script>', 7].map(safeReturnPath), ['/p/x', '/search?q=a%20b&page=2', '', '', '', '', '']);
  });

  test('pages are cached with a strong ETag (304 on If-None-Match); assets are hashed, immutable and gzipped', async () => {
    const first = await get('/en-gb/');
    const etag = String(first.headers.etag);
    assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/);
    assert.equal(first.headers['cache-control'], 'public, max-age=60');
    const again = await get('/en-gb/', { 'if-none-match': etag });
    assert.deepEqual([again.statusCode, again.body], [304, '']);
    const css = /<link rel="stylesheet" href="([^"]+)">/.exec(first.body)![1]!;
    const js = /<script src="([^"]+)" defer><\/script>/.exec(first.body)![1]!;
    assert.match(css, /^\/storefront\/assets\/storefront\.[A-Za-z0-9_-]{12}\.css$/);
    const plain = await t.app.inject({ method: 'GET', url: css });
    assert.deepEqual([plain.statusCode, plain.headers['content-type'], plain.headers['cache-control']], [200, 'text/css; charset=utf-8', 'public, max-age=31536000, immutable']);
    assert.match(plain.body, /inset-inline-start/);
    const gz = await t.app.inject({ method: 'GET', url: js, headers: { 'accept-encoding': 'gzip, br' } });
    assert.deepEqual([gz.statusCode, gz.headers['content-encoding'], gz.headers['content-type']], [200, 'gzip', 'text/javascript; charset=utf-8']);
    assert.equal((await t.app.inject({ method: 'GET', url: '/storefront/assets/storefront.AAAAAAAAAAAA.css' })).statusCode, 404);
  });
});

describeWithDatabases('storefront in a right-to-left language', (db) => {
  test('with an Arabic message set the Arabic pages are right to left', async () => {
    const t = await buildTestApp(db());
    await seedDemoStore(t.deps);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/v1/admin/markets/ae',
      headers: t.auth(),
      payload: { id: 'ae', name: 'UAE', countries: ['AE'], currency: 'USD', locales: ['ar', 'en'], incoterm: 'DAP', taxInclusive: false, paymentMethods: ['card'], pricing: { fxMarkupPercent: '0', rounding: { increment: 1, mode: 'half-up' } } },
    });
    assert.equal(put.statusCode, 200, put.body);
    const catalogs = new Map(loadCatalogs());
    catalogs.set('ar', { locale: 'ar', messages: { 'layout.skipToContent': 'انتقل إلى المحتوى الرئيسي', 'home.title': 'الرئيسية' } });
    const app = Fastify({ logger: false, routerOptions: { ignoreTrailingSlash: true } });
    storefrontRoutes({ publicUrl: 'https://shop.example', catalogs, assets: loadStorefrontAssets() })(app, t.deps);
    const r = await app.inject({ method: 'GET', url: '/ar-ae/' });
    assert.equal(r.statusCode, 200, r.body.slice(0, 500));
    assert.match(r.body, /^<!doctype html>\n<html lang="ar-AE" dir="rtl">/);
    assert.match(r.body, /<title>الرئيسية · Hội An Atelier<\/title>/);
    assert.match(r.body, /<a href="\/ar-ae\/p\/[a-z0-9-]+" lang="en" dir="ltr">/, 'English catalog text inside keeps its own direction');
    const en = await app.inject({ method: 'GET', url: '/en-ae/' });
    assert.match(en.body, /<html lang="en-AE" dir="ltr">/);
    await app.close();
    await t.app.close();
  });
});
