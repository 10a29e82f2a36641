import { html } from '../html.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { PageContext } from './view.js';

export type StorefrontError =
  | { kind: 'not-found' }
  | { kind: 'product-not-found' }
  | { kind: 'page-out-of-range'; page: number; firstPage: string }
  | { kind: 'bad-request' }
  /** A form post that could not be read (repeated or unknown fields, not a form, too large). */
  | { kind: 'bad-form' }
  /** A form post from another site. */
  | { kind: 'forbidden' }
  | { kind: 'unavailable' }
  | { kind: 'server-error' };

/** An error page in the buyer's language, with the way back: home, search, or the first page. */
export function renderErrorPage(ctx: PageContext, error: StorefrontError): string {
  const { t, segment } = ctx;
  const text = (key: string, values?: Record<string, number>): [string, string] => [t.t(`error.${key}.title`), t.t(`error.${key}.body`, values)];
  const [title, body] =
    error.kind === 'not-found'
      ? text('notFound')
      : error.kind === 'product-not-found'
        ? text('productNotFound')
        : error.kind === 'page-out-of-range'
          ? text('pageOutOfRange', { page: error.page })
          : error.kind === 'bad-request'
            ? text('badRequest')
            : error.kind === 'bad-form'
              ? text('badForm')
              : error.kind === 'forbidden'
                ? text('forbidden')
                : error.kind === 'unavailable'
                  ? text('unavailable')
                  : text('serverError');
  const main = html`<h1>${title}</h1>
<p>${body}</p>
<ul class="inline-list">
${error.kind === 'page-out-of-range' ? html`<li><a href="${error.firstPage}">${t.t('error.firstPage')}</a></li>` : ''}
<li><a href="${paths.home(segment)}">${t.t('error.home')}</a></li>
<li><a href="${paths.search(segment)}">${t.t('error.search')}</a></li>
</ul>`;
  return renderStorefrontPage(ctx, { title, main, noindex: true });
}

/**
 * A URL naming no market this store has (an unknown country, a malformed segment): no buyer
 * language is known, so the page is in English and points to the list of countries.
 */
export function renderUnknownMarketPage(page: { storeName: string; css: string }): string {
  return `<!doctype html>\n${html`<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Page not found · ${page.storeName}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${page.css}">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="bar"><a class="brand" href="/">${page.storeName}</a></div></header>
<main id="main" tabindex="-1">
<h1>Page not found</h1>
<p>We do not sell to this country or in this language yet, or the address is mistyped.</p>
<p><a href="/regions">Choose your country and language</a></p>
</main>
</body>
</html>`.value}\n`;
}
