import { effectiveQuoteStatus, isQuoteStatus } from '../../../core/b2b/quote-status.js';
import type { QuoteCalculation } from '../../../core/b2b/quote-calculation.js';
import { ok, type Result } from '../../../core/result/result.js';
import { getStoreBankAccount } from '../../store/bank-account.js';
import type { PayTo } from './accept-quote.js';
import { quoteByLink } from './buyer-link.js';
import type { QuoteLine } from './price-quote.js';
import { today, type QuoteServiceDeps } from './quote-deps.js';

/** A quote as its distributor sees it through the link. Amounts are integer minor units of `currency`. */
export type BuyerQuote = {
  storeName: string;
  number: string;
  status: string;
  company: { name: string; country: string };
  currency: string;
  lines: Array<{ sku: string; title: string; quantity: number; unitPriceMinor: number; lineMinor: number }>;
  incoterm: QuoteCalculation['incoterm'];
  transportMode: string;
  costs: Array<{ label: string; amountMinor: number; party: 'seller' | 'buyer'; source: string }>;
  goodsMinor: number;
  sellerPriceMinor: number;
  buyerExtraMinor: number;
  landedMinor: number;
  comparison: QuoteCalculation['comparison'];
  fxStale: boolean;
  validUntil: string;
  paymentTerms: string;
  payTo: { accountHolder: string; ibanPrinted: string; bic: string } | null;
  proForma: { number: string; issuedAt: string } | null;
  acceptedBy: string | null;
};

/**
 * Open a quote by its link (number and token; anything else is QUOTE_NOT_FOUND, whatever the
 * reason). The account shown is the one frozen at acceptance, or before it the store's own.
 */
export async function openBuyerQuote(deps: QuoteServiceDeps, number: string, token: unknown): Promise<Result<BuyerQuote, 'QUOTE_NOT_FOUND'>> {
  const found = await quoteByLink(deps, number, token);
  if (!found.ok) return found;
  const q = found.value;
  const calc = q.calculation as unknown as QuoteCalculation & { paymentTerms?: string; payTo?: PayTo; landedCost?: { fx?: Array<{ stale?: boolean }> } };
  const [company, store, account] = await Promise.all([deps.companies.get(q.companyId), deps.store.get(), calc.payTo ? Promise.resolve(calc.payTo) : getStoreBankAccount(deps)]);
  const lines = q.lines as unknown as QuoteLine[];
  return ok({
    storeName: store?.name ?? 'Landfall',
    number: q.number,
    status: effectiveQuoteStatus(isQuoteStatus(q.status) ? q.status : 'draft', q.validUntil, today(deps)),
    company: { name: company?.name ?? '', country: company?.country ?? '' },
    currency: q.currency,
    lines: lines.map((l) => ({ sku: l.sku, title: l.title, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, lineMinor: l.lineMinor })),
    incoterm: calc.incoterm,
    transportMode: q.transportMode,
    costs: calc.costs.map((c) => ({ label: c.label, amountMinor: c.amountMinor, party: c.party, source: c.source })),
    goodsMinor: calc.goodsMinor,
    sellerPriceMinor: calc.sellerPriceMinor,
    buyerExtraMinor: calc.buyerExtraMinor,
    landedMinor: calc.landedMinor,
    comparison: calc.comparison,
    fxStale: (calc.landedCost?.fx ?? []).some((f) => f.stale === true),
    validUntil: q.validUntil,
    paymentTerms: calc.paymentTerms ?? 'prepayment',
    payTo: account ? { accountHolder: account.accountHolder, ibanPrinted: account.ibanPrinted, bic: account.bic } : null,
    proForma: q.proFormaNumber && q.proFormaIssuedAt && (q.status === 'accepted' || q.status === 'ordered') ? { number: q.proFormaNumber, issuedAt: q.proFormaIssuedAt.toISOString() } : null,
    acceptedBy: q.acceptedBy,
  });
}
