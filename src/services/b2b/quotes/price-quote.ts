import { priceForQuantity } from '../../../core/b2b/wholesale-price.js';
import { calculateQuote, ruleForQuote, shipmentCosts, type PricedLine, type QuoteCalculation } from '../../../core/b2b/quote-calculation.js';
import { parseQuoteRequest, type QuoteRequest } from '../../../core/b2b/quote-input.js';
import { INCOTERMS_2020 } from '../../../data/incoterms/incoterms-2020.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { CompanyRow } from '../../../db/repositories/company-repository.js';
import type { CartVariant } from '../../../db/repositories/cart-repository.js';
import { landedCostForQuote, type EngineSummary } from './quote-landed-cost.js';
import { today, type QuoteServiceDeps } from './quote-deps.js';

/** A quote line as stored: the price list's price and the catalog's customs facts at the time. */
export type QuoteLine = PricedLine & { variantId: string; title: string; hsCode: string; originCountry: string; unitWeightG: number };

export type PricedQuote = {
  request: QuoteRequest;
  company: CompanyRow;
  priceList: string;
  currency: string;
  warehouse: { code: string; country: string };
  lines: QuoteLine[];
  calculation: QuoteCalculation;
  landedCost: EngineSummary;
  date: string;
};

export type PriceQuoteFailure = 'VALIDATION_FAILED' | 'INCOTERM_NOT_APPLICABLE' | 'COMPANY_NOT_FOUND' | 'CONFLICT' | 'VARIANT_NOT_FOUND' | 'BELOW_MINIMUM_ORDER' | 'WAREHOUSE_NOT_FOUND' | 'FX_RATE_MISSING' | 'FX_RATE_STALE';

const title = (v: CartVariant): string => v.titles.en ?? Object.values(v.titles)[0] ?? v.sku;

/**
 * Price a quote request without writing anything: check it, refuse a rule the transport mode
 * cannot use, price every line from the company's price list (MOQ, multiples and tiers), settle
 * insurance, ask the landed-cost engine for the duties and import taxes at the company's door, and
 * work out the cost split, the landed cost and the comparison of the usable rules.
 */
export async function priceQuote(deps: QuoteServiceDeps, input: unknown): Promise<Result<PricedQuote, PriceQuoteFailure>> {
  const parsed = parseQuoteRequest(input);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  const rule = ruleForQuote(INCOTERMS_2020, request.incoterm, request.transportMode);
  if (!rule.ok) return rule;
  const date = today(deps);

  const company = await deps.companies.get(request.companyId);
  if (!company) return fail('COMPANY_NOT_FOUND', `no company ${request.companyId}`, { field: 'companyId' });
  if (company.status !== 'active') return fail('CONFLICT', `${company.name} is ${company.status}: it gets no quotes until it is active again`, { field: 'companyId' });
  if (request.buyerId !== null) {
    const buyer = await deps.companies.buyer(request.buyerId);
    if (!buyer || buyer.companyId !== company.id) return fail('VALIDATION_FAILED', `${request.buyerId} is not a buyer of ${company.name}`, { field: 'buyerId' });
  }
  if (!company.priceList) return fail('VALIDATION_FAILED', `${company.name} has no wholesale price list; give it one before quoting`, { field: 'companyId' });

  const variants = new Map((await deps.carts.variants({ skus: request.lines.map((l) => l.sku) })).map((v) => [v.sku, v]));
  for (const [i, l] of request.lines.entries()) {
    if (!variants.has(l.sku)) return fail('VARIANT_NOT_FOUND', `no product variant with SKU ${l.sku}`, { field: `lines[${i}].sku` });
  }
  const list = await deps.companies.wholesalePrices(company.priceList, [...variants.values()].map((v) => v.variantId));
  if (!list) return fail('VALIDATION_FAILED', `the price list ${company.priceList} of ${company.name} no longer exists`, { field: 'companyId' });
  if (date < list.validFrom || (list.validTo !== null && date >= list.validTo)) {
    return fail('VALIDATION_FAILED', `the price list ${list.code} of ${company.name} is valid from ${list.validFrom}${list.validTo ? ` until ${list.validTo}` : ''}, not on ${date}`, { field: 'companyId' });
  }

  const lines: QuoteLine[] = [];
  for (const [i, l] of request.lines.entries()) {
    const v = variants.get(l.sku)!;
    const item = list.items.get(v.variantId);
    if (!item) return fail('VALIDATION_FAILED', `${l.sku} is not on the price list ${list.code}`, { field: `lines[${i}].sku` });
    const price = priceForQuantity(item, l.quantity, `lines[${i}].quantity`);
    if (!price.ok) return price;
    lines.push({ sku: l.sku, quantity: l.quantity, unitPriceMinor: price.value.unitPriceMinor, lineMinor: price.value.lineMinor, tierMinQuantity: price.value.tier.minQuantity, variantId: v.variantId, title: title(v), hsCode: v.hsCode, originCountry: v.originCountry, unitWeightG: v.weightG });
  }

  const warehouse = await pickWarehouse(deps, request.warehouse, lines);
  if (!warehouse.ok) return warehouse;

  const goodsMinor = lines.reduce((s, l) => s + l.lineMinor, 0);
  const shipment = shipmentCosts(rule.value, goodsMinor, request.costs, request.insuranceRatePercent);
  if (!shipment.ok) return shipment;
  const engine = await landedCostForQuote(deps, { date, currency: list.currency, company, parties: { duties: rule.value.costs.duties, importTaxes: rule.value.costs.importTaxes }, warehouseCountry: warehouse.value.country, lines, costs: shipment.value.costs });
  if (!engine.ok) return engine;

  const calculation = calculateQuote({ rules: INCOTERMS_2020, rule: rule.value, transportMode: request.transportMode, namedPlace: request.namedPlace, currency: list.currency, lines, shipment: shipment.value, engine: engine.value.charges });
  return ok({ request, company, priceList: list.code, currency: list.currency, warehouse: warehouse.value, lines, calculation, landedCost: engine.value.summary, date });
}

/**
 * The warehouse the goods leave from: the one asked for (it must be active), else the first active
 * warehouse (in the operator's order) that has every line in stock, else the first active one.
 */
async function pickWarehouse(deps: QuoteServiceDeps, code: string | null, lines: readonly QuoteLine[]): Promise<Result<{ code: string; country: string }, 'WAREHOUSE_NOT_FOUND'>> {
  const all = (await deps.warehouses.list()).filter((w) => w.active);
  if (code !== null) {
    const w = all.find((x) => x.code === code);
    return w ? ok({ code: w.code, country: w.country }) : fail('WAREHOUSE_NOT_FOUND', `no active warehouse ${code}`, { field: 'warehouse' });
  }
  if (all.length === 0) return fail('WAREHOUSE_NOT_FOUND', 'the store has no active warehouse to ship from', { field: 'warehouse' });
  const available = await deps.carts.available(lines.map((l) => l.variantId), all.map((w) => w.id));
  const stocked = all.find((w) => lines.every((l) => (available.find((a) => a.variantId === l.variantId && a.warehouseId === w.id)?.available ?? 0) >= l.quantity));
  const chosen = stocked ?? all[0]!;
  return ok({ code: chosen.code, country: chosen.country });
}
