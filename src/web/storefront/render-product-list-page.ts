import { html } from '../html.js';
import { breadcrumbs, categoryLabel, fxNote, pagination, productGrid, termsBox } from './parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext, ProductView, Terms } from './view.js';

type Listing = { page: number; hasNext: boolean; products: readonly ProductView[]; terms: Terms };

export type CategoryPageView = Listing & { slug: string; /** The category above it, when it is a subcategory. */ parent: string | undefined };

/** One page of a category's products (24 a page), newest first, with previous and next links. */
export function renderCategoryPage(ctx: PageContext, view: CategoryPageView): string {
  const { t, segment } = ctx;
  const name = categoryLabel(t, view.slug);
  const title = view.page > 1 ? t.t('list.titleWithPage', { title: name, page: view.page }) : name;
  const main = html`${breadcrumbs(t, segment, [...(view.parent ? [{ label: categoryLabel(t, view.parent), href: paths.category(segment, view.parent) }] : []), { label: name }])}
<h1>${title}</h1>
${productGrid(t, segment, view.products, 2, t.t('list.empty'))}
${pagination(t, view.page, view.hasNext, (p) => paths.category(segment, view.slug, p))}
${termsBox(t, view.terms)}
${fxNote(t, view.terms)}`;
  return renderStorefrontPage(ctx, { title, main });
}

export type SearchPageView =
  | (Listing & { q: string })
  /** No search text yet: the form only. */
  | { q: undefined }
  /** Search text refused (too long, control characters): said so, and not shown back. */
  | { q: undefined; invalid: true };

/** Search results in the buyer's language, or the prompt, or why the search text was refused. */
export function renderSearchPage(ctx: PageContext, view: SearchPageView): string {
  const { t, segment } = ctx;
  if (view.q === undefined) {
    const invalid = 'invalid' in view;
    const main = html`<h1>${t.t('search.title')}</h1>
${invalid ? html`<p class="notice error" role="alert">${t.t('search.invalid')}</p>` : html`<p>${t.t('search.prompt')}</p>`}
<form class="search-page" role="search" action="/${segment}/search" method="get">
<label for="search-page-q">${t.t('search.label')}</label>
<input id="search-page-q" name="q" type="search" maxlength="200" required>
<button type="submit">${t.t('search.submit')}</button>
</form>`;
    return renderStorefrontPage(ctx, { title: t.t('search.title'), main, noindex: true });
  }
  const heading = t.t('search.resultsFor', { q: view.q });
  const title = view.page > 1 ? t.t('list.titleWithPage', { title: heading, page: view.page }) : heading;
  const main = html`<h1>${title}</h1>
${view.products.length > 0 ? html`<p class="result-count" role="status">${t.t('search.count', { count: view.products.length })}</p>` : ''}
${productGrid(t, segment, view.products, 2, t.t('search.none', { q: view.q }))}
${pagination(t, view.page, view.hasNext, (p) => paths.search(segment, view.q, p))}
${fxNote(t, view.terms)}`;
  return renderStorefrontPage(ctx, { title, main, noindex: true, query: view.q });
}
