import { html } from '../html.js';
import { renderLayout } from '../layout.js';
import { categoryLabel, fxNote, paymentMethodsBox, productGrid, termsBox } from './parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext, PaymentMethodView, ProductView, Terms } from './view.js';

export type HomeView = {
  /** Where the goods ship from (the store's home country), when the store has said. */
  originCountry: string | undefined;
  /** The newest products, priced for the market. */
  featured: readonly ProductView[];
  terms: Terms;
  paymentMethods: readonly PaymentMethodView[];
};

/** A market's front door: what the store is, what prices include, categories, new products, ways to pay. */
export function renderHomePage(ctx: PageContext, view: HomeView): string {
  const { t, segment } = ctx;
  const tiles = [...ctx.categories].sort((a, b) => t.compare(categoryLabel(t, a.slug), categoryLabel(t, b.slug)));
  const main = html`<section class="hero" aria-labelledby="home-title">
<h1 id="home-title">${ctx.storeName}</h1>
${view.originCountry ? html`<p>${t.t('home.tagline', { origin: t.regionName(view.originCountry), country: t.regionName(ctx.country) })}</p>` : ''}
</section>
${termsBox(t, view.terms)}
${tiles.length > 0 ? html`<section aria-labelledby="home-categories">
<h2 id="home-categories">${t.t('home.categories')}</h2>
<ul class="tiles">${tiles.map(
    (c) => html`<li><a class="tile-title" href="${paths.category(segment, c.slug)}">${categoryLabel(t, c.slug)}</a>${
      c.children.length > 0 ? html`<ul class="inline-list">${[...c.children].sort((a, b) => t.compare(categoryLabel(t, a), categoryLabel(t, b))).map((s) => html`<li><a href="${paths.category(segment, s)}">${categoryLabel(t, s)}</a></li>`)}</ul>` : ''
    }</li>`,
  )}</ul>
</section>` : ''}
<section aria-labelledby="home-new">
<h2 id="home-new">${t.t('home.newArrivals')}</h2>
${productGrid(t, segment, view.featured, 3, t.t('list.empty'))}
</section>
${paymentMethodsBox(t, ctx.country, view.paymentMethods)}
${fxNote(t, view.terms)}`;
  return renderStorefrontPage(ctx, { title: t.t('home.title'), main });
}

/** Before the store is set up (not seeded yet): how to create one. English, as the operator reads it. */
export function renderNoStorePage(): string {
  return renderLayout({
    lang: 'en',
    title: 'Landfall',
    header: html`<strong>Landfall</strong>`,
    main: html`<h1>No store yet</h1><p>Run <code>npx landfall seed</code> to create the demo store.</p>`,
    footer: html`<a href="/docs">API documentation</a>`,
  });
}
