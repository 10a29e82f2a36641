/**
 * What a buyer's email shows, as plain data: the services gather it from the order as it is when
 * the email is sent, the web layer words it in the buyer's language (src/web/email). Amounts are
 * decimal strings with their currency, as everywhere in the API.
 */
export type EmailAmount = { amount: string; currency: string };

export type EmailOrder = {
  number: string;
  createdAt: string;
  incoterm: string;
  /** Whether the order's payment has arrived when the email is written. */
  paid: boolean;
  lines: ReadonlyArray<{ title: string; quantity: number; goods: EmailAmount }>;
  totals: { goods: EmailAmount; discount: EmailAmount; shipping: EmailAmount; duties: EmailAmount; taxes: EmailAmount; fees: EmailAmount; total: EmailAmount; dueOnDelivery: EmailAmount };
  parcelCount: number;
};

export type EmailParcel = {
  position: number;
  carrier: string;
  trackingNumber: string | null;
  lines: ReadonlyArray<{ title: string; quantity: number }>;
  /** Earliest and latest delivery dates (YYYY-MM-DD), when the parcel has shipped. */
  window: { from: string; to: string } | null;
  deliveredAt: string | null;
  /** What the buyer must pay customs before delivery (DAP), when a carrier said so. */
  amountDue: EmailAmount | null;
};

export type EmailView = {
  kind: string;
  locale: string;
  /** The buyer's country (formats follow the language in that country). */
  country: string;
  store: { name: string };
  /** The storefront's base URL and the buyer's address: the email links to the order's page (its tracking and returns) with them. */
  publicUrl: string;
  to: string;
  order: EmailOrder;
  parcel?: EmailParcel;
  returnLabel?: { carrier: string; trackingNumber: string } | null;
  refund?: { amount: EmailAmount; parts: ReadonlyArray<{ part: 'goods' | 'shipping' | 'duties' | 'taxes' | 'fees'; amount: EmailAmount }> };
};

export type RenderedEmail = { subject: string; html: string; text: string };

/** The merchant's wording of email messages: catalog locale (`de`, `zh-Hans`) -> message key -> ICU text. */
export type EmailOverrides = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * A distributor's quote, sent to its buyer with the link to see and accept it (`quote_sent`). The
 * link carries the quote's secret token: it is put in the email and nowhere else.
 */
export type QuoteEmailView = {
  kind: 'quote_sent';
  locale: string;
  /** The distributor's country (formats follow the language in that country). */
  country: string;
  store: { name: string };
  to: string;
  quote: { number: string; company: string; incoterm: string; price: EmailAmount; landed: EmailAmount; validUntil: string; link: string };
};

/** Whether a view is a quote's email (it has no order). */
export function isQuoteEmailView(view: EmailView | QuoteEmailView): view is QuoteEmailView {
  return view.kind === 'quote_sent' && 'quote' in view;
}

/** How buyers' emails are worded for a view, with the merchant's wording where it has one. */
export type EmailRenderer = (view: EmailView | QuoteEmailView, overrides: EmailOverrides) => RenderedEmail;

/** A support team's answer to a buyer, sent as an email in the conversation's thread. */
export type SupportReplyView = {
  locale: string;
  country: string | null;
  store: { name: string };
  /** The conversation's subject; the email's is "Re: " and it. */
  subject: string;
  /** The team's text as typed (plain text; escaped in the HTML part). */
  text: string;
  author: string;
  /** The buyer's last message, quoted under the answer. */
  quoted: { at: string; text: string } | null;
};

/** How a support reply is worded. */
export type SupportReplyRenderer = (view: SupportReplyView) => RenderedEmail;
