import { addDays } from '../../../core/b2b/payment-terms.js';
import { formatDecimal } from '../../../core/decimal/decimal.js';
import { ok, type Result } from '../../../core/result/result.js';
import { priceQuote, type PriceQuoteFailure } from './price-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { toQuoteView, type QuoteView } from './quote-view.js';

/**
 * Make a draft quote for a distributor (see priceQuote for what is checked and worked out) and keep
 * it with its number (Q-1001 onwards), its lines and the whole calculation frozen: the cost split,
 * the comparison of the usable rules, the engine's duty and tax lines with their rules and the
 * rates used, the company's payment terms. Nothing is written when anything is refused.
 */
export async function createQuote(deps: QuoteServiceDeps, input: unknown): Promise<Result<QuoteView, PriceQuoteFailure>> {
  const priced = await priceQuote(deps, input);
  if (!priced.ok) return priced;
  const p = priced.value;
  const at = deps.clock();
  const number = await deps.distributorQuotes.nextNumber();
  const row = await deps.distributorQuotes.insert(
    {
      number,
      companyId: p.company.id,
      buyerId: p.request.buyerId,
      status: 'draft',
      incoterm: p.request.incoterm,
      transportMode: p.request.transportMode,
      namedPlace: p.request.namedPlace,
      currency: p.currency,
      warehouse: p.warehouse.code,
      lines: p.lines.map((l) => ({ ...l })),
      calculation: {
        ...p.calculation,
        date: p.date,
        priceList: p.priceList,
        paymentTerms: p.company.paymentTerms,
        insuranceRatePercent: p.request.insuranceRatePercent ? formatDecimal(p.request.insuranceRatePercent) : null,
        landedCost: p.landedCost,
      },
      goodsMinor: p.calculation.goodsMinor,
      totalMinor: p.calculation.sellerPriceMinor,
      validUntil: addDays(p.date, p.request.validDays),
      note: p.request.note,
    },
    at,
  );
  return ok(toQuoteView(row, p.date, { company: { name: p.company.name, country: p.company.country } }));
}
