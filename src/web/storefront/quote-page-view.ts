/**
 * What the distributor's quote page shows (`/quotes/{number}?t=`): the quote as worked out, in
 * integer minor units of `currency`, and what the buyer may do with it. The http layer fills it
 * from the quote services; the page only words it.
 */
export type QuotePageLine = { sku: string; title: string; quantity: number; unitPriceMinor: number; lineMinor: number };

export type QuotePageCost = { label: string; amountMinor: number; party: 'seller' | 'buyer'; source: string };

export type QuotePageComparison = { incoterm: string; name: string; riskPasses: 'origin' | 'destination'; priceMinor: number; buyerExtraMinor: number; landedMinor: number; chosen: boolean };

export type QuotePageView = {
  storeName: string;
  css: string;
  number: string;
  /** As it reads today: `sent` (may be accepted), `expired`, `accepted`, `ordered`. */
  status: string;
  company: { name: string; country: string };
  currency: string;
  lines: readonly QuotePageLine[];
  incoterm: { code: string; name: string; namedPlace: string; text: string; delivery: string; risk: string; riskPasses: 'origin' | 'destination'; insuranceCover: string | null };
  transportMode: string;
  costs: readonly QuotePageCost[];
  goodsMinor: number;
  sellerPriceMinor: number;
  buyerExtraMinor: number;
  landedMinor: number;
  comparison: readonly QuotePageComparison[];
  /** The duties and taxes were estimated with exchange rates older than the limit. */
  fxStale: boolean;
  validUntil: string;
  paymentTerms: string;
  payTo: { accountHolder: string; ibanPrinted: string; bic: string } | null;
  proForma: { number: string; issuedAt: string } | null;
  acceptedBy: string | null;
  /** The link's token, carried by the accept form and the pro forma link (the page's own URL holds it already). */
  token: string;
  /** Just accepted (the page after the accept form's redirect). */
  justAccepted: boolean;
  /** Why the accept form was refused, in words. */
  error: string | null;
};
