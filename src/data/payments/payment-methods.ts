/**
 * The payment methods Landfall knows: for each, where buyers use it, what it can charge in, and how
 * a provider takes it (see `PaymentMethod` in src/core/payments/payment-method.ts). A market lists
 * the ids it offers (src/data/demo/markets.ts `paymentMethods`); the checkout shows a buyer those
 * whose countries and currencies fit (`availableMethods`).
 *
 * Sources (as of 2025; coverage changes, so each entry says where the facts come from):
 * - the providers' own method pages: PayPal developer "Currency codes" (the 24 currencies PayPal
 *   settles), Klarna "Available markets" and Afterpay/Clearpay merchant pages (countries and the one
 *   currency per country), Apple and Google wallet availability pages;
 * - the scheme operators: Currence/EPI for iDEAL, Bancontact Payconiq Company, Banco Central do
 *   Brasil for Pix, the Association of Banks in Singapore for PayNow, TWINT AG, Vipps MobilePay AS,
 *   Interac Corp., the European Payments Council's list of SEPA scheme countries;
 * - payment-method guides of multi-method PSPs (Stripe, Adyen) for the flow each method follows and
 *   whether it can authorize now and capture later.
 * Countries are ISO 3166-1 alpha-2 codes, currencies ISO 4217.
 */
import { indexMethods } from '../../core/payments/available-methods.js';
import type { PaymentMethod } from '../../core/payments/payment-method.js';

/** EU member states plus the other SEPA scheme countries (EPC list of countries in the SEPA schemes). */
const SEPA = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH', 'GB', 'MC', 'SM', 'VA', 'AD'];

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  // Cards (Visa, Mastercard, American Express, JCB, UnionPay, ...) are accepted in every country and
  // any currency a provider settles; 3-D Secure (EMV 3DS) is how European (PSD2 strong customer
  // authentication), Indian, Japanese and many other issuers authenticate online payments.
  { id: 'card', name: 'Card', kind: 'card', countries: 'all', currencies: 'all', flow: 'card', manualCapture: true },
  // PayPal: buyers in 200+ markets, charged in one of the 24 currencies PayPal settles. KRW and VND
  // are not among them, so a market charging KRW does not get PayPal offered (the check skips it and
  // says why). A redirect to PayPal's approval page; authorize-and-capture ("intent=AUTHORIZE").
  {
    id: 'paypal',
    name: 'PayPal',
    kind: 'wallet',
    countries: 'all',
    currencies: ['AUD', 'BRL', 'CAD', 'CNY', 'CZK', 'DKK', 'EUR', 'HKD', 'HUF', 'ILS', 'JPY', 'MYR', 'MXN', 'TWD', 'NZD', 'NOK', 'PHP', 'PLN', 'GBP', 'SGD', 'SEK', 'CHF', 'THB', 'USD'],
    flow: 'redirect',
    manualCapture: true,
  },
  // Apple Pay and Google Pay carry a tokenized card: the provider charges the card inside the token,
  // so they follow the card flow (in test mode the token is a test card). Offered wherever cards are;
  // the storefront shows them only on devices that support them.
  { id: 'apple_pay', name: 'Apple Pay', kind: 'wallet', countries: 'all', currencies: 'all', flow: 'card', manualCapture: true },
  { id: 'google_pay', name: 'Google Pay', kind: 'wallet', countries: 'all', currencies: 'all', flow: 'card', manualCapture: true },
  // Klarna (pay later, pay in 3/4, "Rechnung" invoice in DE/AT/CH/NL): Klarna's available markets,
  // each paying in its own currency. The buyer approves on Klarna's page; orders are authorized and
  // captured at shipment.
  {
    id: 'klarna',
    name: 'Klarna',
    kind: 'bnpl',
    countries: ['AT', 'AU', 'BE', 'CA', 'CH', 'CZ', 'DE', 'DK', 'ES', 'FI', 'FR', 'GB', 'GR', 'IE', 'IT', 'NL', 'NO', 'NZ', 'PL', 'PT', 'SE', 'US'],
    currencies: ['AUD', 'CAD', 'CHF', 'CZK', 'DKK', 'EUR', 'GBP', 'NOK', 'NZD', 'PLN', 'SEK', 'USD'],
    flow: 'redirect',
    manualCapture: true,
  },
  // Afterpay (pay in 4): started in Australia; US (Cash App Afterpay), Canada, New Zealand. Clearpay
  // is the same service under its UK name.
  { id: 'afterpay', name: 'Afterpay', kind: 'bnpl', countries: ['AU', 'NZ', 'US', 'CA'], currencies: ['AUD', 'NZD', 'USD', 'CAD'], flow: 'redirect', manualCapture: true },
  { id: 'clearpay', name: 'Clearpay', kind: 'bnpl', countries: ['GB'], currencies: ['GBP'], flow: 'redirect', manualCapture: true },
  // Interac: Canada's debit network; online, the buyer signs in to their bank (Interac Online /
  // e-Transfer for business) and approves. CAD only.
  { id: 'interac', name: 'Interac', kind: 'debit', countries: ['CA'], currencies: ['CAD'], flow: 'redirect', manualCapture: false },
  // iDEAL: how most Dutch buyers pay online (the large majority of Dutch e-commerce payments); the
  // buyer approves in their banking app. EUR only; being folded into Wero (EPI) from 2025-2026,
  // still "iDEAL" at checkout.
  { id: 'ideal', name: 'iDEAL', kind: 'redirect', countries: ['NL'], currencies: ['EUR'], flow: 'redirect', manualCapture: false },
  // Bancontact: Belgium's debit scheme, on Belgian bank cards and in the Payconiq by Bancontact app.
  { id: 'bancontact', name: 'Bancontact', kind: 'redirect', countries: ['BE'], currencies: ['EUR'], flow: 'redirect', manualCapture: false },
  // SEPA Direct Debit ("Lastschrift"): the buyer gives an IBAN and a mandate; the debit clears in a
  // few business days and can be returned for up to 8 weeks (SEPA Core rulebook). EUR, SEPA countries.
  { id: 'sepa_debit', name: 'SEPA Direct Debit', kind: 'debit', countries: SEPA, currencies: ['EUR'], flow: 'offline', manualCapture: false },
  // TWINT: Switzerland's mobile payment app (TWINT AG, owned by Swiss banks), used by most adults
  // there. The buyer approves in the app (app switch or QR). CHF only.
  { id: 'twint', name: 'TWINT', kind: 'wallet', countries: ['CH'], currencies: ['CHF'], flow: 'redirect', manualCapture: false },
  // PostFinance Card and PostFinance e-finance: PostFinance account holders approve on PostFinance's
  // page. Switzerland, CHF.
  { id: 'postfinance', name: 'PostFinance', kind: 'redirect', countries: ['CH'], currencies: ['CHF'], flow: 'redirect', manualCapture: false },
  // Vipps MobilePay: Vipps in Norway, MobilePay in Denmark and Finland (merged 2022). The buyer
  // approves in the app; the ePayment API reserves and captures later.
  { id: 'vipps', name: 'Vipps MobilePay', kind: 'wallet', countries: ['NO', 'DK', 'FI'], currencies: ['NOK', 'DKK', 'EUR'], flow: 'redirect', manualCapture: true },
  // Konbini: pay in cash at a Japanese convenience store (FamilyMart, Lawson, Ministop, Seicomart)
  // with a payment number, usually within a few days. JPY only; the order waits until paid.
  { id: 'konbini', name: 'Konbini', kind: 'voucher', countries: ['JP'], currencies: ['JPY'], flow: 'offline', manualCapture: false },
  // PayPay: Japan's largest QR-code wallet (SoftBank/LY Corp.); online, the buyer approves in the app.
  { id: 'paypay', name: 'PayPay', kind: 'wallet', countries: ['JP'], currencies: ['JPY'], flow: 'redirect', manualCapture: false },
  // KakaoPay and Naver Pay: the two dominant Korean wallets; the buyer approves in the app. KRW.
  { id: 'kakaopay', name: 'KakaoPay', kind: 'wallet', countries: ['KR'], currencies: ['KRW'], flow: 'redirect', manualCapture: false },
  { id: 'naverpay', name: 'Naver Pay', kind: 'wallet', countries: ['KR'], currencies: ['KRW'], flow: 'redirect', manualCapture: false },
  // PayNow: Singapore's real-time bank transfer by QR code (SGQR); the buyer scans the code in any
  // bank's app and the payment arrives within seconds. SGD only.
  { id: 'paynow', name: 'PayNow', kind: 'qr', countries: ['SG'], currencies: ['SGD'], flow: 'offline', manualCapture: false },
  // GrabPay: the Grab super-app's wallet in Singapore and Malaysia; the buyer approves in the app.
  { id: 'grabpay', name: 'GrabPay', kind: 'wallet', countries: ['SG', 'MY'], currencies: ['SGD', 'MYR'], flow: 'redirect', manualCapture: false },
  // Pix: Brazil's instant payment system (Banco Central do Brasil, since 2020), used by most
  // Brazilian adults; the buyer pays a QR code ("copia e cola" code) from their bank app. BRL only.
  { id: 'pix', name: 'Pix', kind: 'qr', countries: ['BR'], currencies: ['BRL'], flow: 'offline', manualCapture: false },
  // Bank transfer: the buyer sends the amount with a reference to the merchant's (or provider's
  // virtual) account; usual for larger orders and in B2B. Anywhere the merchant has an account in
  // the currency; the order waits until the money arrives.
  { id: 'bank_transfer', name: 'Bank transfer', kind: 'bank_transfer', countries: 'all', currencies: 'all', flow: 'offline', manualCapture: false },
  // Cash on delivery: still how a large share of Vietnamese e-commerce orders are paid; the courier
  // collects and remits the cash. Domestic shipments only (carriers do not collect for foreign
  // shippers), so only in VN and VND.
  { id: 'cod', name: 'Cash on delivery', kind: 'cod', countries: ['VN'], currencies: ['VND'], flow: 'offline', manualCapture: false },
];

/** The catalog by id. */
export const PAYMENT_METHOD_CATALOG = indexMethods(PAYMENT_METHODS);
