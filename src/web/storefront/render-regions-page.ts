import { html } from '../html.js';
import { withRegion } from '../i18n/translator.js';
import { renderStorefrontPage, sortedCountries } from './storefront-layout.js';
import { marketSegment } from './urls.js';
import type { PageContext } from './view.js';

/**
 * Every country the store sells to with its currency and languages, each language a link to the
 * same page (`returnPath`) in that country: the switcher as a page, for any browser and for the
 * links from error pages.
 */
export function renderRegionsPage(ctx: PageContext, returnPath: string): string {
  const { t } = ctx;
  const main = html`<h1>${t.t('regions.title')}</h1>
<p>${t.t('regions.intro')}</p>
<ul class="regions">${sortedCountries(t, ctx.countries).map(
    (c) => html`<li${c.country === ctx.country ? html` class="current"` : ''}>
<h2>${t.regionName(c.country)}</h2>
<p>${t.t('regions.currency', { currency: c.currency })}</p>
<ul class="inline-list">${c.locales.map((l) => {
      const current = c.country === ctx.country && l === ctx.locale;
      return html`<li><a href="/${marketSegment(l, c.country)}${returnPath || '/'}" lang="${l}" hreflang="${withRegion(l, c.country)}"${current ? html` aria-current="page"` : ''}>${t.languageName(l)}</a></li>`;
    })}</ul>
</li>`,
  )}</ul>`;
  return renderStorefrontPage(ctx, { title: t.t('regions.title'), main });
}
