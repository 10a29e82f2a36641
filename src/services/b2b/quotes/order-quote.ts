import { randomUUID } from 'node:crypto';
import { isPaymentTerms, paymentDueOn, type PaymentTerms } from '../../../core/b2b/payment-terms.js';
import type { QuoteCalculation } from '../../../core/b2b/quote-calculation.js';
import { allocate } from '../../../core/money/allocate.js';
import { formatAmount } from '../../../core/money/money.js';
import { formatOrderNumber } from '../../../core/orders/order-number.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { Orm } from '../../../db/create-db.js';
import { createCompanyRepository } from '../../../db/repositories/company-repository.js';
import { createMarketRepository } from '../../../db/repositories/market-repository.js';
import { createQuoteRepository } from '../../../db/repositories/quote-repository.js';
import type { QuoteRow } from '../../../db/repositories/quote-repository.js';
import { orderEventPayload, toOrderView, type OrderView } from '../../orders/order-view.js';
import { orderTx } from '../../orders/order-changes.js';
import { viewQuote } from './get-quote.js';
import type { QuoteLine } from './price-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';
import { StepRefused, stepQuote } from './quote-step.js';
import type { QuoteView } from './quote-view.js';

export type OrderQuoteFailure = 'VALIDATION_FAILED' | 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'QUOTE_EXPIRED' | 'INSUFFICIENT_STOCK' | 'COMPANY_NOT_FOUND' | 'CONFLICT' | 'CREDIT_LIMIT_EXCEEDED';

/** How long a prepayment order holds its stock while the transfer arrives, unless the request says (days). */
export const DEFAULT_PREPAYMENT_HOLD_DAYS = 14;

function parseOrderInput(input: unknown): Result<{ holdDays: number }, 'VALIDATION_FAILED'> {
  const body = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  for (const key of Object.keys(body)) if (key !== 'holdDays') return fail('VALIDATION_FAILED', `${key} is not a field of this request`, { field: key });
  const holdDays = body.holdDays ?? DEFAULT_PREPAYMENT_HOLD_DAYS;
  if (typeof holdDays !== 'number' || !Number.isSafeInteger(holdDays) || holdDays < 1 || holdDays > 60) return fail('VALIDATION_FAILED', 'holdDays is how long a prepayment order holds its stock, 1 to 60 days', { field: 'holdDays' });
  return ok({ holdDays });
}

/**
 * Turn an accepted quote into the distributor's order, in ONE transaction: the quote is locked and
 * must be accepted; the stock of every line is held in the quote's warehouse the way checkout holds
 * it (all lines or none; a shortage is INSUFFICIENT_STOCK naming `lines[i].quantity`); the order is
 * written with sales channel `b2b`, the company, the quote, its Incoterm, the payment terms frozen
 * on the quote and the amounts the quote froze (goods, the seller's logistics costs as shipping,
 * and under DDP the duties and import taxes); `order.created` is appended; the quote becomes
 * `ordered`. A prepayment order waits in pending_payment with its stock held `holdDays` (default
 * 14) until the transfer is recorded; on net terms the stock is taken at once and the order is
 * payable by `paymentDueOn` (the order date plus 30 or 60 days), provided what the company owes on
 * net terms stays within its credit limit (else CREDIT_LIMIT_EXCEEDED naming `companyId`). Nothing is
 * written on a refusal.
 */
export async function orderQuote(deps: QuoteServiceDeps, number: string, input: unknown): Promise<Result<{ quote: QuoteView; order: OrderView }, OrderQuoteFailure>> {
  const parsed = parseOrderInput(input);
  if (!parsed.ok) return parsed;
  const orderId = randomUUID();
  const done = await stepQuote<'INSUFFICIENT_STOCK' | 'COMPANY_NOT_FOUND' | 'CONFLICT' | 'CREDIT_LIMIT_EXCEEDED'>(deps, number, 'order', async (orm, quote, at) => {
    // Locked: two orders of one company on net terms are checked against its credit one after the other.
    const company = await createCompanyRepository(orm).lock(quote.companyId);
    if (!company) throw new StepRefused(fail('COMPANY_NOT_FOUND', `the company of quote ${quote.number} no longer exists`, { field: 'companyId' }));
    const frozen = quote.calculation.paymentTerms;
    const terms: PaymentTerms = isPaymentTerms(frozen) ? frozen : isPaymentTerms(company.paymentTerms) ? company.paymentTerms : 'prepayment';
    if (terms !== 'prepayment' && company.creditLimitMinor !== null) {
      const open = await createQuoteRepository(orm).openNetTermsMinor(company.id, quote.currency);
      if (open + quote.totalMinor > company.creditLimitMinor) {
        const m = (minor: number) => `${quote.currency} ${formatAmount({ amount: minor, currency: quote.currency })}`;
        throw new StepRefused(fail('CREDIT_LIMIT_EXCEEDED', `${company.name} owes ${m(open)} on net terms; ${m(quote.totalMinor)} more would pass its credit limit of ${m(company.creditLimitMinor)}: take prepayment or wait for payment`, { field: 'companyId' }));
      }
    }
    const dueOn = paymentDueOn(terms, at.toISOString().slice(0, 10));
    await placeOrder(orm, { quote, company, orderId, terms, dueOn, holdDays: parsed.value.holdDays, at });
    return { orderId };
  });
  if (!done.ok) return done;
  const order = (await deps.orders.byId(orderId))!;
  return ok({ quote: await viewQuote(deps, done.value), order: toOrderView(order) });
}

async function placeOrder(
  orm: Orm,
  c: { quote: QuoteRow; company: { id: string; name: string; country: string; email: string; address: import('../../../db/schema/orders.js').AddressRecord }; orderId: string; terms: PaymentTerms; dueOn: string | null; holdDays: number; at: Date },
): Promise<void> {
  const { quote, at } = c;
  const calc = quote.calculation as unknown as QuoteCalculation;
  const lines = quote.lines as unknown as QuoteLine[];
  const tx = orderTx(orm);
  const keys = await tx.inventory.lookupStockKeys({ skus: [], variantIds: lines.map((l) => l.variantId), warehouseCodes: [quote.warehouse] });
  const w = keys.warehouses.get(quote.warehouse);
  if (!w || !w.active) throw new StepRefused(fail('CONFLICT', `warehouse ${quote.warehouse} of quote ${quote.number} no longer ships`, { field: 'warehouse' }));
  const reserveLines = lines.map((l, index) => ({ variantId: l.variantId, warehouseId: w.id, sku: l.sku, warehouseCode: quote.warehouse, quantity: l.quantity, index }));
  const netTerms = c.terms !== 'prepayment';
  // Net terms: held for a minute and taken straight away below, so the expiry never matters.
  const expiresAt = new Date(at.getTime() + (netTerms ? 60_000 : c.holdDays * 86_400_000));
  const held = await tx.inventory.reserve({ reference: c.orderId, lines: reserveLines, expiresAt, at });
  if (!held.ok) {
    const details = held.shortages.map((s) => ({ field: `lines[${s.index}].quantity`, message: `only ${s.available} of ${lines[s.index]!.sku} left in ${quote.warehouse}, ${s.requested} needed` }));
    throw new StepRefused(fail('INSUFFICIENT_STOCK', details.map((d) => `${d.field}: ${d.message}`).join('; '), { field: details[0]!.field, details }));
  }

  const seller = (item: string) => calc.costs.filter((x) => x.item === item && x.party === 'seller').reduce((s, x) => s + x.amountMinor, 0);
  const shippingMinor = ['loading', 'exportClearance', 'mainCarriage', 'insurance', 'unloading', 'importClearance'].reduce((s, item) => s + seller(item), 0);
  const dutiesMinor = seller('duties');
  const taxesMinor = seller('importTaxes');
  const buyerBorder = calc.costs.filter((x) => (x.item === 'duties' || x.item === 'importTaxes') && x.party === 'buyer').reduce((s, x) => s + x.amountMinor, 0);
  const weights = lines.map((l) => l.lineMinor);
  const lineDuties = allocate({ amount: dutiesMinor, currency: quote.currency }, weights);
  const lineTaxes = allocate({ amount: taxesMinor, currency: quote.currency }, weights);
  const number = formatOrderNumber(await tx.orders.nextSequence());
  // Read over the transaction: an embedded database has one connection, which the transaction holds.
  const market = (await createMarketRepository(orm).list()).find((m) => m.countries.includes(c.company.country))?.id ?? 'b2b';
  await tx.orders.insert(
    {
      id: c.orderId,
      number,
      cartId: null,
      checkoutKey: null,
      market,
      currency: quote.currency,
      country: c.company.country,
      locale: null,
      email: c.company.email,
      address: { ...c.company.address, name: c.company.address.name || c.company.name },
      incoterm: quote.incoterm,
      status: 'pending_payment',
      goodsMinor: quote.goodsMinor,
      discountMinor: 0,
      shippingMinor,
      dutiesMinor,
      taxesMinor,
      taxesIncludedMinor: 0,
      feesMinor: 0,
      totalMinor: quote.totalMinor,
      dueOnDeliveryMinor: buyerBorder,
      rulesVersion: String((calc as unknown as { landedCost?: { rulesVersion?: string } }).landedCost?.rulesVersion ?? 'none'),
      quote: { source: 'distributor-quote', quoteNumber: quote.number, proForma: quote.proFormaNumber, namedPlace: quote.namedPlace, transportMode: quote.transportMode, calculation: quote.calculation },
      riskAssessmentId: null,
      riskStatus: null,
      salesChannel: 'b2b',
      companyId: c.company.id,
      quoteId: quote.id,
      paymentTerms: c.terms,
      paymentDueOn: c.dueOn,
    },
    lines.map((l, position) => ({
      position,
      variantId: l.variantId,
      sku: l.sku,
      title: l.title,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      discountMinor: 0,
      goodsMinor: l.lineMinor,
      taxIncludedMinor: 0,
      dutiesMinor: lineDuties[position]!.amount,
      taxesMinor: lineTaxes[position]!.amount,
      taxScheme: null,
      hsCode: l.hsCode,
      originCountry: l.originCountry,
      weightG: l.unitWeightG * l.quantity,
      warehouse: quote.warehouse,
    })),
    [
      {
        position: 0,
        warehouse: quote.warehouse,
        service: `freight-${quote.transportMode}`,
        carrier: 'forwarder',
        channel: 'freight',
        lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
        shippingMinor,
        dutiesMinor,
        taxesMinor,
        feesMinor: 0,
        minDays: 0,
        maxDays: 0,
      },
    ],
    at,
  );
  const order = (await tx.orders.byId(c.orderId))!;
  await tx.outbox.append({ type: 'order.created', subject: { kind: 'order', id: order.id }, payload: orderEventPayload(order, { salesChannel: 'b2b', quote: quote.number, paymentTerms: c.terms, paymentDueOn: c.dueOn }) }, at);
  if (netTerms) {
    const taken = await tx.inventory.convert(c.orderId, number, at);
    if (!taken.ok) throw new Error(`order ${number}: the stock held a moment ago could not be taken (${taken.reason})`);
  }
}
