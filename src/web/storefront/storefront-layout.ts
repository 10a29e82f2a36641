import { isCountry } from '../../core/geo/countries.js';
import { html, type SafeHtml } from '../html.js';
import { withRegion, type Translator } from '../i18n/translator.js';
import { categoryLabel } from './parts.js';
import { marketSegment, paths } from './urls.js';
import type { CountryChoice, PageContext } from './view.js';

export type PageOptions = {
  /** The page's own name; the document title adds the store's. */
  title: string;
  main: SafeHtml;
  /** Search results and order pages are not for search engines. */
  noindex?: boolean;
  /** The search box's current text, shown back (escaped) on search pages. */
  query?: string;
};

/**
 * The storefront's document: language and direction from the page's locale, a skip link, header
 * (store, search, categories, cart, country and language switcher), main and footer landmarks,
 * canonical and hreflang alternates for every country and language the page exists in, and the
 * hashed stylesheet and script. Works without the script; it only refines the switcher and the
 * variant picker. The empty icon link stops browsers asking for /favicon.ico, which is no page.
 */
export function renderStorefrontPage(ctx: PageContext, page: PageOptions): string {
  const { t, segment } = ctx;
  const here = `${ctx.publicUrl}/${segment}${ctx.path || '/'}`;
  const alternates = page.noindex ? [] : alternateLinks(ctx);
  return `<!doctype html>\n${html`<html lang="${t.lang}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${ctx.storeName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ctx.assets.css}">
<script src="${ctx.assets.js}" defer></script>
${page.noindex ? html`<meta name="robots" content="noindex">` : html`<link rel="canonical" href="${here}">`}
${alternates}
</head>
<body>
<a class="skip-link" href="#main">${t.t('layout.skipToContent')}</a>
<header class="site-header">
<div class="bar">
<a class="brand" href="${paths.home(segment)}">${ctx.storeName}</a>
<form class="search" role="search" action="/${segment}/search" method="get">
<label class="visually-hidden" for="site-search">${t.t('search.label')}</label>
<input id="site-search" name="q" type="search" maxlength="200" value="${page.query ?? ''}">
<button type="submit">${t.t('search.submit')}</button>
</form>
<a class="cart-link" href="${paths.cart(segment)}">${t.t('layout.cart')}</a>
</div>
${categoryNav(ctx)}
${switcher(ctx)}
</header>
<main id="main" tabindex="-1">
${ctx.unsold ? html`<p class="notice info" role="status" data-unsold>${t.t('layout.unsold', { asked: regionOrCode(t, ctx.unsold), country: t.regionName(ctx.country) })}</p>` : ''}
${page.main}
</main>
<footer class="site-footer">
<nav aria-label="${t.t('layout.footerNav')}">
<ul>
<li><a href="${paths.order(segment)}">${t.t('layout.findOrder')}</a></li>
<li><a href="${paths.help(segment)}">${t.t('help.footerLink')}</a></li>
<li><a href="${paths.contact(segment)}">${t.t('contact.footerLink')}</a></li>
<li><a href="${paths.regions(segment)}">${t.t('layout.changeRegion')}</a></li>
</ul>
</nav>
<p>${t.t('layout.shipsTo', { country: t.regionName(ctx.country), currency: ctx.currency })}</p>
</footer>
</body>
</html>`.value}\n`;
}

function alternateLinks(ctx: PageContext): SafeHtml[] {
  const links = ctx.countries.flatMap((c) =>
    c.locales.map((locale) => html`<link rel="alternate" hreflang="${withRegion(locale, c.country)}" href="${ctx.publicUrl}/${marketSegment(locale, c.country)}${ctx.path || '/'}">\n`),
  );
  links.push(html`<link rel="alternate" hreflang="x-default" href="${ctx.publicUrl}/">`);
  return links;
}

function categoryNav(ctx: PageContext): SafeHtml {
  if (ctx.categories.length === 0) return html``;
  const { t } = ctx;
  const items = [...ctx.categories].sort((a, b) => t.compare(categoryLabel(t, a.slug), categoryLabel(t, b.slug)));
  return html`<nav class="categories" aria-label="${t.t('layout.categoriesNav')}"><ul>${items.map(
    (c) => html`<li><a href="${paths.category(ctx.segment, c.slug)}">${categoryLabel(t, c.slug)}</a></li>`,
  )}</ul></nav>`;
}

/**
 * Country and language in a native disclosure: a plain GET form the server turns into the right
 * URL. The script narrows the language list to the chosen country's; without it the server falls
 * back to that country's default language.
 */
function switcher(ctx: PageContext): SafeHtml {
  const { t } = ctx;
  const current = ctx.countries.find((c) => c.country === ctx.country);
  const countries = sortedCountries(t, ctx.countries);
  const languageOptions = (current?.locales ?? [ctx.locale]).map(
    (l) => html`<option value="${l}" lang="${l}"${l === ctx.locale ? html` selected` : ''}>${t.languageName(l)}</option>`,
  );
  return html`<details class="switcher">
<summary><span class="visually-hidden">${t.t('switcher.open')} </span>${t.t('switcher.current', { country: t.regionName(ctx.country), language: t.languageName(ctx.locale), currency: ctx.currency })}</summary>
<form action="${paths.regions(ctx.segment)}" method="get" data-switcher>
<input type="hidden" name="path" value="${ctx.path}">
<p><label for="switch-country">${t.t('switcher.country')}</label>
<select id="switch-country" name="country">${countries.map(
    (c) =>
      html`<option value="${c.country}" data-languages="${JSON.stringify(c.locales.map((l) => [l, t.languageName(l)]))}"${c.country === ctx.country ? html` selected` : ''}>${t.t('switcher.countryOption', { country: t.regionName(c.country), currency: c.currency })}</option>`,
  )}</select></p>
<p><label for="switch-language">${t.t('switcher.language')}</label>
<select id="switch-language" name="language">${languageOptions}</select></p>
<p><button type="submit">${t.t('switcher.submit')}</button></p>
</form>
</details>`;
}

/** The countries in the UI language's alphabetical order of their names. */
export function sortedCountries(t: Translator, countries: readonly CountryChoice[]): CountryChoice[] {
  return [...countries].sort((a, b) => t.compare(t.regionName(a.country), t.regionName(b.country)));
}

/** A country's name in the page's language, or its code when it is not a country (`ZZ`). */
function regionOrCode(t: PageContext['t'], code: string): string {
  return isCountry(code) ? t.regionName(code) : code;
}
