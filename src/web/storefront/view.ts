import type { Translator } from '../i18n/translator.js';

/**
 * What the storefront templates are given. The HTTP layer fills these from the store services'
 * answers (their shapes are supersets of these), so templates depend on no service.
 */

export type Amount = { readonly amount: string; readonly currency: string };

/** A country the store sells to, with its market's currency and languages (the first is the default). */
export type CountryChoice = { readonly country: string; readonly currency: string; readonly locales: readonly string[] };

/** A top-level category and its subcategories, as slugs. */
export type CategoryNav = { readonly slug: string; readonly children: readonly string[] };

/** Everything the shared layout needs, for one market, country and language. */
export type PageContext = {
  readonly t: Translator;
  readonly storeName: string;
  /** The URL's market segment, `de-de`. */
  readonly segment: string;
  readonly country: string;
  /** The market language the buyer chose (`nl`), which may have no UI catalog (`t.uiLocale` is then `en`). */
  readonly locale: string;
  readonly currency: string;
  /** Absolute base URL for canonical and alternate links, without a trailing slash. */
  readonly publicUrl: string;
  /** The page's path after the segment (`/p/robusta`, `` for home), with the query parts that make it a distinct page. */
  readonly path: string;
  readonly countries: readonly CountryChoice[];
  readonly categories: readonly CategoryNav[];
  readonly assets: { readonly css: string; readonly js: string };
  /** A country the buyer's URL named that no market sells to: the page says so. */
  readonly unsold?: string;
};

/** What a market's prices include and how they were converted. */
export type Terms = {
  readonly incoterm: 'DDP' | 'DAP';
  readonly taxInclusive: boolean;
  readonly dutiesIncluded: boolean;
  /** The reference rate prices were converted at; null when the market sells in the base currency. */
  readonly fx: { readonly from: string; readonly rateDate: string; readonly source: string } | null;
};

export type VariantView = {
  readonly sku: string;
  readonly options: Readonly<Record<string, string>>;
  readonly marketPrice: Amount & { readonly taxIncluded: { readonly name: string; readonly percent: string } | null; readonly dutiesIncluded: boolean };
};

export type ProductView = {
  readonly handle: string;
  /** The locale the text is in (may be a fallback, e.g. English on a Spanish page). */
  readonly locale: string;
  readonly title: string;
  readonly description: string | null;
  readonly hsCode: string;
  readonly originCountry: string;
  readonly material: string | null;
  readonly categories: readonly string[];
  readonly images: ReadonlyArray<{ readonly url: string; readonly alt: string | null }>;
  readonly variants: readonly VariantView[];
};

/** One way to ship one unit to the buyer's country. */
export type DeliveryOptionView = {
  readonly carrier: string;
  readonly name: string;
  readonly price: Amount;
  readonly minDays: number;
  readonly maxDays: number;
  readonly earliest?: string | undefined;
  readonly latest?: string | undefined;
};

/** The fastest and the cheapest way to the buyer's country (the same option twice when one is both). */
export type DeliverySummary = { readonly fastest: DeliveryOptionView; readonly cheapest: DeliveryOptionView };

export type PaymentMethodView = { readonly id: string; readonly name: string };
