import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import { textDirection } from '../i18n/direction.js';
import { paths, urlLanguage } from './urls.js';
import type { PaymentMethodView, ProductView, Terms, VariantView } from './view.js';

/** A category's name: the UI catalog's `category.<slug>` when it has one, else the slug in words. */
export function categoryLabel(t: Translator, slug: string): string {
  const key = `category.${slug.replace(/-/g, '_')}`;
  if (t.has(key)) return t.t(key);
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toLocaleUpperCase(t.lang) + words.slice(1);
}

/** A variant option's name (`size` -> "Größe"), else the name as stored. */
export function optionLabel(t: Translator, name: string): string {
  const key = `option.${name.replace(/[^A-Za-z0-9]+/g, '_')}`;
  return t.has(key) ? t.t(key) : name;
}

/** The catalog's own name of a payment method unless the UI language has one (`card` -> "Karte"); brands keep theirs. */
export function paymentLabel(t: Translator, method: PaymentMethodView): string {
  const key = `payment.${method.id}`;
  return t.has(key) ? t.t(key) : method.name;
}

/** An import tax's local name (`VAT` -> "MwSt."), else the rule's own (`MWST`, `GST`). */
export function taxLabel(t: Translator, name: string): string {
  const key = `tax.${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
  return t.has(key) ? t.t(key) : name;
}

/** Amounts of one currency in order; a comparison only, nothing is added up. */
export function compareAmounts(a: string, b: string): number {
  return Number(a) - Number(b);
}

/** The cheapest variant (the first of equals). */
export function cheapestVariant(variants: readonly VariantView[]): VariantView | undefined {
  return variants.reduce<VariantView | undefined>((best, v) => (!best || compareAmounts(v.marketPrice.amount, best.marketPrice.amount) < 0 ? v : best), undefined);
}

/** What a shown price includes, next to it ("incl. 19% VAT", "plus tax and duties at checkout"). */
export function taxNote(t: Translator, variant: VariantView, terms: Terms): string {
  const tax = variant.marketPrice.taxIncluded;
  if (tax) {
    const values = { rate: t.percent(tax.percent), tax: taxLabel(t, tax.name) };
    return variant.marketPrice.dutiesIncluded ? t.t('price.inclTaxAndDuties', values) : t.t('price.inclTax', values);
  }
  return terms.incoterm === 'DDP' ? t.t('price.plusAtCheckout') : t.t('price.plusOnDelivery');
}

/** A product in a grid: its title (a link) and its price, "from" the cheapest when variants differ. */
export function productCard(t: Translator, segment: string, product: ProductView, headingLevel: 2 | 3): SafeHtml {
  const cheapest = cheapestVariant(product.variants);
  const varies = product.variants.some((v) => v.marketPrice.amount !== cheapest?.marketPrice.amount);
  const price = cheapest ? t.money(cheapest.marketPrice.amount, cheapest.marketPrice.currency) : '';
  const title = html`<a href="${paths.product(segment, product.handle)}"${foreignText(t, product.locale)}>${product.title}</a>`;
  const image = product.images[0];
  return html`<li class="card">
${image ? html`<img src="${image.url}" alt="" loading="lazy" width="320" height="320">` : ''}
${headingLevel === 2 ? html`<h2>${title}</h2>` : html`<h3>${title}</h3>`}
${cheapest ? html`<p class="price">${varies ? t.t('price.from', { price }) : price}</p>` : ''}
</li>`;
}

/** A grid of product cards, or a line saying there are none. */
export function productGrid(t: Translator, segment: string, products: readonly ProductView[], headingLevel: 2 | 3, empty: string): SafeHtml {
  if (products.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<ul class="grid">${products.map((p) => productCard(t, segment, p, headingLevel))}</ul>`;
}

/**
 * Landed cost made plain: whether duties and taxes are paid at checkout (DDP: nothing at the door)
 * or estimated at checkout and paid to the carrier (DAP), and what the prices include.
 */
export function termsBox(t: Translator, terms: Terms, id = 'terms'): SafeHtml {
  let title: string;
  let body: string;
  if (terms.incoterm === 'DAP') {
    title = t.t('terms.dap.title');
    body = t.t('terms.dap.body');
  } else if (terms.taxInclusive) {
    title = t.t('terms.ddp.title');
    body = terms.dutiesIncluded ? t.t('terms.ddp.allIncluded') : t.t('terms.ddp.taxIncluded');
  } else {
    title = t.t('terms.ddpExclusive.title');
    body = t.t('terms.ddpExclusive.body');
  }
  return html`<section class="terms terms-${terms.incoterm.toLowerCase()}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${title}</h2>
<p>${body}</p>
</section>`;
}

/** Where prices were converted from, and at which reference rate (nothing for the base currency). */
export function fxNote(t: Translator, terms: Terms): SafeHtml {
  if (!terms.fx || terms.fx.source === 'identity') return html``;
  return html`<p class="fx-note">${t.t('fx.note', { from: terms.fx.from, date: new Date(`${terms.fx.rateDate}T00:00:00Z`) })}</p>`;
}

export function paymentMethodsBox(t: Translator, country: string, methods: readonly PaymentMethodView[], id = 'payments'): SafeHtml {
  if (methods.length === 0) return html``;
  return html`<section class="payments" aria-labelledby="${id}-title">
<h2 id="${id}-title">${t.t('payments.title', { country: t.regionName(country) })}</h2>
<ul class="inline-list">${methods.map((m) => html`<li>${paymentLabel(t, m)}</li>`)}</ul>
</section>`;
}

/** Previous and next page links around the current page's number. */
export function pagination(t: Translator, page: number, hasNext: boolean, href: (page: number) => string): SafeHtml {
  if (page === 1 && !hasNext) return html``;
  return html`<nav class="pagination" aria-label="${t.t('list.pages')}"><ul>
${page > 1 ? html`<li><a rel="prev" href="${href(page - 1)}">${t.t('list.previous')}</a></li>` : ''}
<li><span aria-current="page">${t.t('list.page', { page })}</span></li>
${hasNext ? html`<li><a rel="next" href="${href(page + 1)}">${t.t('list.next')}</a></li>` : ''}
</ul></nav>`;
}

/** Home, then each crumb; the last is the current page. */
export function breadcrumbs(t: Translator, segment: string, crumbs: ReadonlyArray<{ label: string; href?: string; lang?: SafeHtml }>): SafeHtml {
  return html`<nav class="breadcrumbs" aria-label="${t.t('layout.breadcrumbs')}"><ol>
<li><a href="${paths.home(segment)}">${t.t('layout.home')}</a></li>
${crumbs.map((c) => (c.href ? html`<li><a href="${c.href}"${c.lang}>${c.label}</a></li>` : html`<li><span aria-current="page"${c.lang}>${c.label}</span></li>`))}
</ol></nav>`;
}

/** `lang` and `dir` for text in another language than the page's (catalog text in a fallback language). */
export function foreignText(t: Translator, locale: string): SafeHtml {
  if (urlLanguage(locale) === urlLanguage(t.uiLocale)) return html``;
  return html` lang="${locale}"${textDirection(locale) !== t.dir ? html` dir="${textDirection(locale)}"` : ''}`;
}
