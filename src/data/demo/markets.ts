/**
 * The demo store's markets: where Hội An Atelier sells, in which currency and languages, on which
 * trade terms, with which payment methods, and how a USD list price becomes the price a buyer sees.
 *
 * Choices shared by every market, and why:
 * - DDP everywhere. The demo goods are small parcels to consumers; a buyer who is asked for duty, tax
 *   and a carrier's clearance fee at the door often refuses the parcel, and the low-value schemes
 *   the markets below run (EU IOSS, UK point-of-sale VAT, Norway VOEC, Australian and New Zealand
 *   GST on low-value goods, Swiss and Singapore registration) make the seller collect the tax anyway.
 * - Tax-inclusive display where local law or habit puts the tax in the shelf price (EU, UK, CH, NO,
 *   AU, NZ, JP, SG); tax-exclusive where buyers expect tax to be added at checkout (US, CA) and in
 *   Korea (see there). `inclusiveTaxPercent` is left out on purpose: the market pricer takes the
 *   rate of the buyer's country for the goods' HS code from the import-tax rules, so the EU market's
 *   five countries and the reduced food rates (coffee, cashews) each get their own rate.
 * - FX markup 2% on every converted currency: about what a card acquirer or PSP charges to settle a
 *   foreign-currency sale back into USD, so the merchant is not paying for the conversion. 0% in the
 *   US, where nothing is converted.
 * - Rounding half-up, then a charm ending moved to the nearest one (`nearest`), so the ending
 *   changes a price by at most half a step either way and the FX markup covers the difference.
 * - Payment methods are ids for the checkout; every market offers cards. No market offers cash on
 *   delivery (`cod`): the parcels are cross-border DDP shipments and the carriers do not collect cash
 *   for foreign shippers. Sofort is not offered anywhere (Klarna has folded it into its own "Pay now"
 *   and PSPs have retired it); Bancontact is not offered because Belgium is not in the EU market.
 * - The storefront speaks en, vi, de, fr, es, ja and zh-Hans; the catalog has text in en, vi, de,
 *   fr, ja and zh-Hans. Locales without catalog text (nl, it, es) fall back to English product text.
 */
import { parseDecimal, type Decimal } from '../../core/decimal/decimal.js';
import type { Market } from '../../core/markets/market.js';

/** A percentage written as text, as the admin API takes it. */
function percent(text: string): Decimal {
  const d = parseDecimal(text);
  if (!d) throw new Error(`not a decimal: ${text}`);
  return d;
}

const FX_MARKUP = percent('2');

/** The market a buyer gets when nothing (URL, edge country header, browser languages) names one. */
export const DEFAULT_MARKET_ID = 'us';

export const DEMO_MARKETS: Market[] = [
  {
    id: 'us',
    name: 'United States',
    countries: ['US'],
    currency: 'USD',
    // English, and Vietnamese for the large Vietnamese-American community (about 2 million people).
    locales: ['en', 'vi'],
    // DDP: since the US suspended its USD 800 de minimis (2025-08-29) every parcel pays duty, and the
    // carrier's bill at the door is what US buyers of foreign goods complain about most. No federal
    // import VAT; state sales tax is added at checkout, so prices are shown without tax.
    incoterm: 'DDP',
    taxInclusive: false,
    // Cards and wallets first; PayPal; Klarna and Afterpay (Cash App Afterpay) for pay-in-4 on the
    // bags and dresses.
    paymentMethods: ['card', 'paypal', 'apple_pay', 'google_pay', 'klarna', 'afterpay'],
    // The base currency: no conversion and no markup. Catalog prices are whole dollars; US shelves
    // end in .99, so USD 14.00 shows as 13.99 (nearest .99, i.e. one cent below a whole price).
    pricing: { currency: 'USD', fxMarkupPercent: percent('0'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'nearest' } },
  },
  {
    id: 'ca',
    name: 'Canada',
    countries: ['CA'],
    currency: 'CAD',
    // English and French (Quebec's Charter of the French Language requires French for commerce
    // there); Vietnamese for the Vietnamese-Canadian community.
    locales: ['en', 'fr', 'vi'],
    // DDP: Canadian buyers know courier brokerage fees at the door well and dislike them. GST/HST is
    // added at checkout, as Canadian shelf prices exclude sales tax.
    incoterm: 'DDP',
    taxInclusive: false,
    // Interac is Canada's debit network, how buyers without a credit card pay online; Klarna and
    // Afterpay both operate in Canada.
    paymentMethods: ['card', 'interac', 'paypal', 'apple_pay', 'google_pay', 'klarna', 'afterpay'],
    // Cents (cash is rounded to 0.05 since the penny was withdrawn, cards are not); .99 endings as in
    // the US.
    pricing: { currency: 'CAD', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'nearest' } },
  },
  {
    id: 'eu',
    name: 'European Union',
    countries: ['DE', 'FR', 'NL', 'IT', 'ES'],
    currency: 'EUR',
    // German first as the largest of the five; English last for everyone else. nl, it and es show
    // the storefront in those languages but product text in English (the catalog has no nl/it/es).
    locales: ['de', 'fr', 'nl', 'it', 'es', 'en'],
    // DDP with IOSS for consignments up to EUR 150: VAT is charged at checkout and the parcel clears
    // without a bill at the door. Prices include VAT, as the Price Indication Directive (98/6/EC)
    // requires for consumers; the rate is the buyer's country's (19% DE, 20% FR, 21% NL, 22% IT, 21% ES,
    // reduced for coffee and cashews where they apply).
    incoterm: 'DDP',
    taxInclusive: true,
    // PayPal and Klarna (invoice, "Rechnung") are the German favourites; iDEAL is how the Dutch pay
    // online (being folded into Wero, still iDEAL at checkout); SEPA Direct Debit ("Lastschrift") for
    // German and Dutch buyers who pay by bank. One list serves all five countries: the checkout shows
    // iDEAL to Dutch buyers only.
    paymentMethods: ['card', 'paypal', 'klarna', 'ideal', 'sepa_debit', 'apple_pay', 'google_pay'],
    // .90 rather than .95 or .99: "29,90 €" is the common ending in France, Italy and Spain and
    // familiar in Germany, and it reads as considered pricing for a craft brand rather than discount
    // .99. Cents otherwise.
    pricing: { currency: 'EUR', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'nearest' } },
  },
  {
    id: 'uk',
    name: 'United Kingdom',
    countries: ['GB'],
    currency: 'GBP',
    locales: ['en'],
    // DDP: for consignments up to GBP 135 the seller must charge VAT at the point of sale anyway;
    // UK shelf prices include VAT.
    incoterm: 'DDP',
    taxInclusive: true,
    // Clearpay is Afterpay's UK brand; Klarna is the most used pay-later option in the UK.
    paymentMethods: ['card', 'paypal', 'apple_pay', 'google_pay', 'klarna', 'clearpay'],
    pricing: { currency: 'GBP', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'nearest' } },
  },
  {
    id: 'ch',
    name: 'Switzerland',
    // Liechtenstein shares the Swiss customs territory and franc but has no country profile in the
    // landed-cost rules yet, so it is left out until it does.
    countries: ['CH'],
    currency: 'CHF',
    // The storefront speaks three of the four national languages (no Romansh); English last.
    locales: ['de', 'fr', 'it', 'en'],
    // DDP: Swiss Post and couriers add a clearance fee on top of import VAT at the door; a seller
    // whose small consignments pass CHF 100,000 a year must register for Swiss VAT in any case.
    // Swiss shelf prices include MWST.
    incoterm: 'DDP',
    taxInclusive: true,
    // TWINT is Switzerland's mobile payment app, used by most adults there;
    // PostFinance (Card and e-finance) for the many PostFinance account holders; Klarna for invoice.
    paymentMethods: ['card', 'twint', 'postfinance', 'paypal', 'apple_pay', 'google_pay', 'klarna'],
    // 0.05 is the smallest coin (5 Rappen), so CHF amounts are kept to multiples of 0.05; the shown
    // price ends in .90 ("CHF 29.90"), the usual Swiss shelf ending, which is a multiple of 0.05.
    pricing: { currency: 'CHF', fxMarkupPercent: FX_MARKUP, rounding: { increment: 5, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'nearest' } },
  },
  {
    id: 'no',
    name: 'Norway',
    countries: ['NO'],
    currency: 'NOK',
    // The storefront has no Norwegian (nb); English is widely read in Norway.
    locales: ['en'],
    // DDP through VOEC: a registered seller charges 25% VAT at checkout on goods up to NOK 3,000 and
    // the parcel clears without charges. Foodstuffs (coffee, cashews) are outside VOEC and are cleared
    // at the border at 15%, which DDP prepays through the carrier. Norwegian prices include MVA.
    incoterm: 'DDP',
    taxInclusive: true,
    // Vipps (now Vipps MobilePay) is the wallet most Norwegians use; Klarna for invoice.
    paymentMethods: ['card', 'vipps', 'klarna', 'paypal', 'apple_pay', 'google_pay'],
    // Whole kroner (increment 100 øre), ending in 9 ("kr 149,-", "kr 1 299,-"): modulus 10 kroner,
    // ending 9 kroner, in øre.
    pricing: { currency: 'NOK', fxMarkupPercent: FX_MARKUP, rounding: { increment: 100, mode: 'half-up' }, charm: { modulus: 1000, ending: 900, direction: 'nearest' } },
  },
  {
    id: 'au',
    name: 'Australia',
    countries: ['AU'],
    currency: 'AUD',
    // English, and Vietnamese for the Vietnamese-Australian community (one of the largest abroad).
    locales: ['en', 'vi'],
    // DDP: a seller above AUD 75,000 of Australian sales charges 10% GST at checkout on goods up to
    // AUD 1,000. Australian Consumer Law requires the GST-inclusive total price to be shown.
    incoterm: 'DDP',
    taxInclusive: true,
    // Afterpay started in Australia and is widely used for fashion; Klarna too.
    paymentMethods: ['card', 'paypal', 'apple_pay', 'google_pay', 'afterpay', 'klarna'],
    pricing: { currency: 'AUD', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'nearest' } },
  },
  {
    id: 'nz',
    name: 'New Zealand',
    countries: ['NZ'],
    currency: 'NZD',
    locales: ['en'],
    // DDP: a registered seller charges 15% GST at checkout on goods up to NZD 1,000, and New Zealand
    // prices are always shown GST-inclusive.
    incoterm: 'DDP',
    taxInclusive: true,
    paymentMethods: ['card', 'paypal', 'apple_pay', 'google_pay', 'afterpay'],
    // .99 as in Australia; cash would be rounded to 10 cents, but these are card payments.
    pricing: { currency: 'NZD', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'nearest' } },
  },
  {
    id: 'jp',
    name: 'Japan',
    countries: ['JP'],
    currency: 'JPY',
    locales: ['ja', 'en'],
    // DDP, tax-inclusive: since April 2021 (the end of the exemption) Japanese shops must show the
    // total price including consumption tax (総額表示), and buyers expect the price on the page to be the price they pay. Many parcels
    // under JPY 10,000 of taxable value (60% of the retail price for personal imports) clear tax-free;
    // the merchant keeps that difference rather than showing two kinds of price.
    incoterm: 'DDP',
    taxInclusive: true,
    // Konbini (pay at a convenience store) and PayPay (the largest QR wallet) are how many Japanese
    // buyers pay who do not use cards online.
    paymentMethods: ['card', 'konbini', 'paypay', 'apple_pay', 'paypal'],
    // Whole yen, ending in 80 on the hundred: ¥1,980, ¥4,380, ¥28,980, the most common Japanese
    // retail ending.
    pricing: { currency: 'JPY', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 80, direction: 'nearest' } },
  },
  {
    id: 'kr',
    name: 'South Korea',
    countries: ['KR'],
    currency: 'KRW',
    // The storefront has no Korean (ko); English until it does.
    locales: ['en'],
    // DDP but tax-exclusive: Korean cross-border buyers (직구) know that list-cleared parcels up to
    // USD 150 pay neither duty nor VAT, and nearly all of this catalog is under that. Folding 10% VAT
    // into every price would overcharge most orders; the checkout adds duty and VAT (prepaid, DDP)
    // only for the orders above the threshold.
    incoterm: 'DDP',
    taxInclusive: false,
    // KakaoPay and Naver Pay are the dominant wallets; Korean-issued international cards work too.
    paymentMethods: ['card', 'kakaopay', 'naverpay', 'paypal'],
    // Whole 100 won (Korean prices are quoted in hundreds of won at least), ending in 900 on the
    // thousand: ₩19,900, ₩29,900.
    pricing: { currency: 'KRW', fxMarkupPercent: FX_MARKUP, rounding: { increment: 100, mode: 'half-up' }, charm: { modulus: 1000, ending: 900, direction: 'nearest' } },
  },
  {
    id: 'sg',
    name: 'Singapore',
    countries: ['SG'],
    currency: 'SGD',
    locales: ['en', 'zh-Hans'],
    // DDP: an overseas vendor registered under the OVR regime charges 9% GST at checkout on
    // low-value goods (up to SGD 400); IRAS requires GST-registered businesses to quote GST-inclusive
    // prices.
    incoterm: 'DDP',
    taxInclusive: true,
    // PayNow (bank transfer by QR) and GrabPay are the everyday local methods.
    paymentMethods: ['card', 'paynow', 'grabpay', 'paypal', 'apple_pay', 'google_pay'],
    // .90 endings ("$29.90") are the common Singapore shelf ending; the smallest coin is 5 cents.
    pricing: { currency: 'SGD', fxMarkupPercent: FX_MARKUP, rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'nearest' } },
  },
];
