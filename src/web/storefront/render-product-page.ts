import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../i18n/translator.js';
import { breadcrumbs, categoryLabel, foreignText, fxNote, optionLabel, paymentMethodsBox, taxNote, termsBox } from './parts.js';
import { renderStorefrontPage } from './storefront-layout.js';
import { paths } from './urls.js';
import type { DeliveryOptionView, DeliverySummary, PageContext, PaymentMethodView, ProductView, Terms, VariantView } from './view.js';

export type ProductPageView = {
  product: ProductView;
  /** The variant shown first (`?variant=`, else the first). */
  selected: VariantView;
  terms: Terms;
  /** One unit of the selected variant to the buyer's country; null when no quote could be made. */
  delivery: DeliverySummary | null;
  paymentMethods: readonly PaymentMethodView[];
};

/** Largest quantity the page's form offers; the cart decides what is in stock. */
export const MAX_FORM_QUANTITY = 10;

/**
 * A product in the buyer's language and currency: price with what it includes, variants, an
 * add-to-cart form (posted to the cart page), duties and taxes made plain, the fastest and
 * cheapest delivery to the buyer's country, the ways to pay there, description and customs facts.
 */
export function renderProductPage(ctx: PageContext, view: ProductPageView): string {
  const { t, segment } = ctx;
  const { product, selected, terms } = view;
  const lang = foreignText(t, product.locale);
  const [top, sub] = product.categories;
  const crumbs = [
    ...(top ? [{ label: categoryLabel(t, top), href: paths.category(segment, top) }] : []),
    ...(sub ? [{ label: categoryLabel(t, sub), href: paths.category(segment, sub) }] : []),
    { label: product.title, lang },
  ];
  const main = html`${breadcrumbs(t, segment, crumbs)}
<article class="product" aria-labelledby="product-title">
${product.images.length > 0 ? html`<div class="product-media">${product.images.map((img) => html`<img src="${img.url}" alt="${img.alt ?? product.title}" width="640" height="640">`)}</div>` : ''}
<div class="product-main">
<h1 id="product-title"${lang}>${product.title}</h1>
<p class="price"><span class="amount" data-shown-price>${t.money(selected.marketPrice.amount, selected.marketPrice.currency)}</span>
<span class="tax-note" data-shown-tax-note>${taxNote(t, selected, terms)}</span></p>
${buyForm(ctx, view)}
${termsBox(t, terms)}
${deliveryBox(t, ctx.country, view.delivery)}
${paymentMethodsBox(t, ctx.country, view.paymentMethods)}
</div>
${product.description ? html`<section class="description" aria-labelledby="description-title">
<h2 id="description-title">${t.t('product.description')}</h2>
<p${lang}>${product.description}</p>
</section>` : ''}
<section class="details" aria-labelledby="details-title">
<h2 id="details-title">${t.t('product.details')}</h2>
<dl>
<dt>${t.t('product.origin')}</dt><dd>${t.regionName(product.originCountry)}</dd>
${product.material ? html`<dt>${t.t('product.material')}</dt><dd>${product.material}</dd>` : ''}
<dt>${t.t('product.hsCode')}</dt><dd>${formatHs(product.hsCode)}</dd>
<dt>${t.t('product.sku')}</dt><dd data-sku>${selected.sku}</dd>
</dl>
</section>
${fxNote(t, terms)}
</article>`;
  return renderStorefrontPage(ctx, { title: product.title, main });
}

/** Variants as radio buttons (each with its price), quantity, and the button; posts to the cart page. */
function buyForm(ctx: PageContext, view: ProductPageView): SafeHtml {
  const { t } = ctx;
  const { product, selected, terms } = view;
  const quantity = html`<p class="quantity"><label for="quantity">${t.t('product.quantity')}</label>
<input id="quantity" name="quantity" type="number" inputmode="numeric" min="1" max="${MAX_FORM_QUANTITY}" value="1" required></p>`;
  const button = html`<button type="submit" class="primary">${t.t('product.addToCart')}</button>`;
  if (product.variants.length === 1) {
    return html`<form class="buy" method="post" action="${paths.cart(ctx.segment)}">
<input type="hidden" name="sku" value="${selected.sku}">
${quantity}
${button}
</form>`;
  }
  const names = [...new Set(product.variants.flatMap((v) => Object.keys(v.options)))];
  const legend = names.length > 0 ? names.map((n) => optionLabel(t, n)).join(' / ') : t.t('product.variant');
  return html`<form class="buy" method="post" action="${paths.cart(ctx.segment)}" data-variants>
<fieldset>
<legend>${legend}</legend>
${product.variants.map((v, i) => {
    const price = t.money(v.marketPrice.amount, v.marketPrice.currency);
    const label = names.length > 0 ? names.map((n) => v.options[n] ?? '–').join(' / ') : v.sku;
    return html`<div class="variant"><input type="radio" name="sku" id="variant-${i}" value="${v.sku}" data-price="${price}" data-tax-note="${taxNote(t, v, terms)}"${v.sku === selected.sku ? html` checked` : ''}>
<label for="variant-${i}">${label} <span class="variant-price">${price}</span></label></div>`;
  })}
</fieldset>
${quantity}
${button}
</form>`;
}

function deliveryBox(t: Translator, country: string, delivery: DeliverySummary | null): SafeHtml {
  const heading = html`<h2 id="delivery-title">${t.t('delivery.title', { country: t.regionName(country) })}</h2>`;
  if (!delivery) {
    return html`<section class="delivery" aria-labelledby="delivery-title">${heading}<p>${t.t('delivery.atCheckout')}</p></section>`;
  }
  const same = delivery.fastest === delivery.cheapest;
  return html`<section class="delivery" aria-labelledby="delivery-title">
${heading}
<dl>
${same
    ? html`<dt>${t.t('delivery.fastestAndCheapest')}</dt><dd>${deliveryOption(t, delivery.fastest)}</dd>`
    : html`<dt>${t.t('delivery.fastest')}</dt><dd>${deliveryOption(t, delivery.fastest)}</dd>
<dt>${t.t('delivery.cheapest')}</dt><dd>${deliveryOption(t, delivery.cheapest)}</dd>`}
</dl>
<p class="hint">${t.t('delivery.hint')}</p>
</section>`;
}

function deliveryOption(t: Translator, o: DeliveryOptionView): SafeHtml {
  const days = o.minDays === o.maxDays ? t.t('delivery.daysExact', { days: o.minDays }) : t.t('delivery.days', { min: o.minDays, max: o.maxDays });
  const price = t.money(o.price.amount, o.price.currency);
  const line = o.earliest && o.latest ? t.t('delivery.option', { days, dates: t.dateRange(o.earliest, o.latest), price }) : t.t('delivery.optionNoDates', { days, price });
  return html`<span class="service">${o.carrier} · ${o.name}</span> ${line}`;
}

/** `090121` -> `0901.21`, as tariffs print subheadings. */
function formatHs(code: string): string {
  return code.length === 6 ? `${code.slice(0, 4)}.${code.slice(4)}` : code;
}
