import { daysBetween } from '../../core/calendar/iso-date.js';
import { allocateDiscount, checkDiscountApplies } from '../../core/checkout/discount.js';
import { domesticCharges, isDomesticSale } from '../../core/checkout/domestic-sale.js';
import { splitIncludedTax } from '../../core/checkout/included-tax.js';
import { unitPrices } from '../../core/checkout/discount.js';
import { parseDecimal } from '../../core/decimal/decimal.js';
import type { FxUsed } from '../../core/fx/convert.js';
import type { ChargeLine, DeMinimisDecision, Remittance } from '../../core/landed-cost/answer.js';
import { calculateLandedCost } from '../../core/landed-cost/calculate-landed-cost.js';
import type { RuleSet } from '../../core/landed-cost/compile-rules.js';
import type { LandedCostRequest, QuoteItem } from '../../core/landed-cost/request.js';
import type { Market } from '../../core/markets/market.js';
import { formatAmount, formatMoney, parseMoney, type Money } from '../../core/money/money.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { planFulfillment, type ConsideredPlan, type Plan, type RoutingLine, type ShipmentOption } from '../../core/routing/plan-fulfillment.js';
import { buildParcel } from '../../core/shipping/build-parcel.js';
import type { DeliveryWindow } from '../../core/shipping/delivery-window.js';
import type { ShippingChannel } from '../../core/shipping/validate-shipping-service.js';
import type { CartRecord, CartVariant } from '../../db/repositories/cart-repository.js';
import type { WarehouseRow } from '../../db/repositories/warehouse-repository.js';
import { createMarketPricer, type MarketPrice } from '../markets/market-pricer.js';
import { toMarket } from '../markets/market-record.js';
import { methodsOffered, type MethodView } from '../payments/list-payment-methods.js';
import { shippingOptionsFrom, type ShippingOption } from '../shipping/quote-shipping-rates.js';
import { toDiscountCode } from './discount-codes.js';
import type { CheckoutDeps } from './checkout-deps.js';
import { ANY_FX_AGE_DAYS, latestFxTable } from './latest-fx.js';
import { lineTitle } from './line-title.js';
import { checkGoods, heldLicences, type GoodsCheck, type RestrictionView } from '../compliance/restrictions.js';

export type Amount = { amount: string; currency: string };

/**
 * Something that stops the cart from being checked out, naming the field to fix. `message` is for
 * developers; `reason`, when given, says it to the buyer in the cart's language.
 */
export type CartProblem = { code: string; field: string; message: string; reason?: string };

/** What the restricted-goods rules say about a line in the cart's destination (see src/services/compliance/restrictions.ts). */
export type LineRestrictions = Pick<GoodsCheck, 'allowed' | 'barredChannels' | 'reason'> & {
  findings: Array<Pick<RestrictionView, 'rule' | 'category' | 'action' | 'channels' | 'blocks' | 'requires' | 'conditions' | 'licence' | 'detail' | 'matchedBy'>>;
};

export type QuotedLine = {
  sku: string;
  variantId: string;
  title: string;
  options: Record<string, string>;
  quantity: number;
  unitPrice: Amount;
  /** unit price x quantity, as the buyer sees it. */
  lineTotal: Amount;
  discount: Amount;
  /** What the buyer pays for the goods of this line: line total - discount. */
  goods: Amount;
  /** The import tax already in the shown price (tax-inclusive markets). */
  taxIncluded: { name: string; rate: string; amount: Amount } | null;
  priceSource: MarketPrice['source'];
  hsCode: string;
  originCountry: string;
  weightG: number;
  /** Restricted or prohibited in the destination, and conditions to meet; `allowed` true with no findings for most goods. */
  restrictions: LineRestrictions;
};

export type ShipmentQuote = {
  warehouse: { code: string; name: string; country: string };
  service: string;
  carrier: string;
  name: string;
  channel: ShippingChannel;
  lines: Array<{ sku: string; quantity: number }>;
  /** False for a parcel that crosses no customs border (same country or customs union). */
  crossesBorder: boolean;
  shipping: Amount;
  duties: Amount;
  taxes: Amount;
  fees: Amount;
  payableAtCheckout: Amount;
  payableOnDelivery: Amount;
  deliveryWindow: DeliveryWindow;
  /** Every duty, tax and fee line with its rule and formula: the "why" of the amounts. */
  charges: ChargeLine[];
  deMinimis: DeMinimisDecision[];
  remittance: Remittance[];
  complete: boolean;
  warnings: string[];
  shippingExplanation: string[];
};

export type DeliveryOptionQuote = {
  /** Stable for the same plan: warehouse:service per parcel, joined by "+". */
  id: string;
  chosen: boolean;
  shipments: ShipmentQuote[];
  /** Shipping, duties, taxes and fees of this option: what routing compares (goods cost the same). */
  totals: { shipping: Amount; duties: Amount; taxes: Amount; fees: Amount; landedCost: Amount };
  deliveryWindow: { minDays: number; maxDays: number; earliest?: string; latest?: string };
};

export type CartTotals = {
  goods: Amount;
  discount: Amount;
  shipping: Amount;
  duties: Amount;
  taxes: Amount;
  /** Part of `taxes` that is already in the goods prices (tax-inclusive markets). */
  taxesIncluded: Amount;
  fees: Amount;
  /** payableAtCheckout + payableOnDelivery: goods - discount + shipping + duties + fees + the taxes beyond those already in the prices. */
  total: Amount;
  payableAtCheckout: Amount;
  payableOnDelivery: Amount;
};

export type CartQuote = {
  date: string;
  market: string;
  country: string;
  currency: string;
  incoterm: 'DDP' | 'DAP';
  lines: QuotedLine[];
  discount: { code: string; applied: boolean; kind: string | null; amount: Amount | null; reason: string | null } | null;
  deliveryOptions: DeliveryOptionQuote[];
  /** Why the chosen option's warehouses were picked, and every plan weighed. */
  routing: { reason: string; considered: readonly ConsideredPlan[] } | null;
  totals: CartTotals | null;
  /** In plain words: what the buyer pays now and what, if anything, on delivery. */
  statement: string;
  paymentMethods: MethodView[];
  fx: Array<{ from: string; to: string; rate: string; rateDate: string; source: string; stale: boolean }>;
  rulesVersion: string;
  warnings: string[];
  problems: CartProblem[];
};

/** What the order freezes besides the view: minor units per line and per parcel of the chosen option. */
export type FrozenCart = {
  market: Market;
  lines: Array<{ line: QuotedLine; variant: CartVariant; unitMinor: number; discountMinor: number; goodsMinor: number; taxIncludedMinor: number; dutiesMinor: number; taxesMinor: number; taxScheme: string | null; warehouse: string }>;
  shipments: Array<{ quote: ShipmentQuote; shippingMinor: number; dutiesMinor: number; taxesMinor: number; feesMinor: number }>;
  totals: { goods: number; discount: number; shipping: number; duties: number; taxes: number; taxesIncluded: number; fees: number; total: number; payableAtCheckout: number; payableOnDelivery: number };
};

export type PricedCart = { quote: CartQuote; frozen: FrozenCart | null };

/** The tax scheme of a line sold without crossing a border: the seller's own sales tax (see refund-policy.ts). */
export const DOMESTIC_SALE_SCHEME = 'DOMESTIC';


/**
 * A cart that is never stored, for quoting what a checkout would do with these lines (the help
 * page's example, an imported marketplace order's routing): open, version 1, no discount or chosen
 * delivery, expiring `at`.
 */
export function unsavedCart(c: Pick<CartRecord, 'market' | 'currency' | 'country' | 'locale' | 'lines'> & Partial<Pick<CartRecord, 'email' | 'address'>>, at: Date): CartRecord {
  return {
    id: '00000000-0000-0000-0000-000000000000',
    email: null,
    address: null,
    ...c,
    discountCode: null,
    deliveryOption: null,
    status: 'open',
    version: 1,
    expiresAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Price a cart as it stands: every line at the market's price for the buyer's country, the discount
 * code, and for every way the cart could ship (one warehouse or a split; each service) the shipping
 * and what the landed-cost engine says the import costs; routing picks the cheapest landed cost
 * and the buyer may pick a faster option. Everything a cart view shows and a checkout freezes.
 * Problems that stop a checkout (a line out of stock, no address) are listed, not failed: the cart
 * can still be shown.
 */
export async function quoteCart(deps: CheckoutDeps, cart: CartRecord, date: string): Promise<Result<PricedCart, 'MARKET_NOT_FOUND' | 'FX_RATE_MISSING'>> {
  const cache = deps.referenceCache;
  const [marketRow, store, warehouseRows, rules, registered, licences] = await Promise.all([
    cache.get(`market:${cart.market}`, () => deps.markets.get(cart.market)),
    cache.get('store', () => deps.store.get()),
    cache.get('warehouses', () => deps.warehouses.list()),
    deps.quotes.rules.get(),
    cache.get(`registrations:${date}`, () => deps.registrations.validOn(date)),
    heldLicences(deps, date),
  ]);
  // The store's registrations valid on the quote's date: the engine applies the schemes they allow (IOSS, UK VAT, VOEC, ...).
  const registrations = registered.map((r) => ({ scheme: r.scheme, number: r.number }));
  if (!marketRow) return fail('MARKET_NOT_FOUND', `the cart's market ${cart.market} no longer exists`, { field: 'market' });
  const market = toMarket(marketRow);
  const serving = warehouseRows.filter((w) => w.active && w.markets.includes(market.id));
  const variantIds = cart.lines.map((l) => l.variantId);
  // The pricer reads the latest rates on every call; they change once a day.
  const markets = { ...deps.markets, latestFxRates: (source: string, on: string) => cache.get(`fx-latest:${source}:${on}`, () => deps.markets.latestFxRates(source, on)) };
  // Everything else the quote needs, read together (on PostgreSQL, over separate connections).
  const [variantList, pricer, stock, cards, fx, discountRow] = await Promise.all([
    deps.carts.variants({ ids: variantIds }),
    createMarketPricer(
      { markets, rules: deps.quotes.rules, maxFxAgeDays: deps.quotes.maxFxAgeDays },
      { market, country: cart.country, date, baseCurrency: store?.baseCurrency ?? 'USD', skus: cart.lines.map((l) => l.sku) },
    ),
    variantIds.length > 0 ? deps.carts.available(variantIds, serving.map((w) => w.id)) : Promise.resolve([]),
    cache.get(`rate-cards:${date}:${serving.map((w) => w.id).join(',')}`, () => deps.shipping.activeRateCards(date, serving.map((w) => w.id))),
    latestFxTable(deps, date),
    cart.discountCode ? deps.carts.discountCode(cart.discountCode) : Promise.resolve(undefined),
  ]);
  const currency = market.currency;
  const money = (amount: number): Money => ({ amount, currency });
  const text = (amount: number): Amount => ({ amount: formatAmount(money(amount)), currency });
  const minor = (amount: string): number => {
    const m = parseMoney(amount, currency);
    if (!m.ok) throw new Error(`${amount} is not an amount of ${currency}: ${m.message}`);
    return m.value.amount;
  };
  const variants = new Map(variantList.map((v) => [v.variantId, v]));
  const locale = cart.locale ?? market.locales[0] ?? store?.defaultLocale ?? 'en';
  const problems: CartProblem[] = [];
  const warnings: string[] = [];

  if (!pricer.ok) return pricer;
  const fxSeen: CartQuote['fx'] = [];
  const noteFx = (f: { from: string; to: string; rate: string; rateDate: string; source: string }) => {
    if (f.source === 'identity' || fxSeen.some((s) => s.from === f.from && s.to === f.to)) return;
    fxSeen.push({ from: f.from, to: f.to, rate: f.rate, rateDate: f.rateDate, source: f.source, stale: daysBetween(f.rateDate, date) > deps.quotes.maxFxAgeDays });
  };
  noteFx(pricer.value.fx);

  // 1. The lines at the market's prices.
  type Working = { index: number; line: QuotedLine; variant: CartVariant; unitMinor: number; totalMinor: number; price: MarketPrice };
  const working: Working[] = [];
  cart.lines.forEach((l, index) => {
    const variant = variants.get(l.variantId);
    if (!variant || variant.productStatus !== 'active') {
      problems.push({ code: 'VARIANT_UNAVAILABLE', field: `lines[${index}].sku`, message: `${l.sku} is no longer sold; remove it from the cart` });
      return;
    }
    const price = pricer.value.price({ sku: variant.sku, priceMinor: variant.priceMinor, currency: variant.currency, hsCode: variant.hsCode, originCountry: variant.originCountry, weightG: variant.weightG });
    const unitMinor = minor(price.amount);
    // Restricted and prohibited goods in the destination: a blocked line stops the checkout with the
    // reason in the buyer's language; a channel it cannot travel by is left out of its delivery options.
    const check = checkGoods({ hsCode: variant.hsCode, texts: variant.texts, material: variant.material, categories: variant.categories, tags: variant.tags }, { country: cart.country, date, locale }, licences);
    const restrictions: LineRestrictions = {
      allowed: check.allowed,
      barredChannels: check.barredChannels,
      reason: check.reason,
      findings: check.findings.map((f) => ({ rule: f.rule, category: f.category, action: f.action, channels: f.channels, blocks: f.blocks, requires: f.requires, conditions: f.conditions, licence: f.licence, detail: f.detail, matchedBy: f.matchedBy })),
    };
    if (!check.allowed) {
      const first = check.findings.find((f) => f.blocks !== 'none')!;
      problems.push({ code: 'GOODS_RESTRICTED', field: `lines[${index}].sku`, message: `${variant.sku} cannot be sent to ${cart.country}: ${first.detail} (rule ${first.rule}${first.requires ? `; needs ${first.requires}` : ''})`, reason: check.reason ?? first.detail });
    }
    const line: QuotedLine = {
      sku: variant.sku,
      variantId: variant.variantId,
      title: lineTitle(variant, locale, store?.defaultLocale ?? 'en'),
      options: variant.options,
      quantity: l.quantity,
      unitPrice: text(unitMinor),
      lineTotal: text(unitMinor * l.quantity),
      discount: text(0),
      goods: text(unitMinor * l.quantity),
      taxIncluded: null,
      priceSource: price.source,
      hsCode: variant.hsCode,
      originCountry: variant.originCountry,
      weightG: variant.weightG,
      restrictions,
    };
    working.push({ index, line, variant, unitMinor, totalMinor: unitMinor * l.quantity, price });
  });
  const goodsMinor = working.reduce((s, w) => s + w.totalMinor, 0);

  // 2. The discount code, spread over the lines in proportion to their value.
  let discount: CartQuote['discount'] = null;
  let perLine = working.map(() => 0);
  if (cart.discountCode) {
    const row = discountRow;
    if (!row) {
      discount = { code: cart.discountCode, applied: false, kind: null, amount: null, reason: `the code ${cart.discountCode} no longer exists` };
    } else {
      const code = toDiscountCode(row);
      const applies = checkDiscountApplies(code, { market: market.id, currency, date, subtotal: money(goodsMinor) });
      if (!applies.ok) discount = { code: row.code, applied: false, kind: row.kind, amount: null, reason: applies.message };
      else if (working.length > 0) {
        const split = allocateDiscount(code, working.map((w) => money(w.totalMinor)));
        perLine = split.perLine.map((m) => m.amount);
        discount = { code: row.code, applied: true, kind: row.kind, amount: text(split.total.amount), reason: null };
      } else discount = { code: row.code, applied: true, kind: row.kind, amount: text(0), reason: null };
    }
    // A code the buyer added that stopped applying (used up, expired, below its minimum) stops the
    // checkout: paying more than the buyer expected must be their choice (remove the code).
    if (discount && !discount.applied) problems.push({ code: 'DISCOUNT_NOT_APPLICABLE', field: 'discountCode', message: `the code ${discount.code} no longer applies (${discount.reason}); remove it to go on` });
  }

  // 3. Net goods per line: the tax already in a tax-inclusive price comes back out for customs.
  const nets = working.map((w, i) => {
    const goods = w.totalMinor - perLine[i]!;
    w.line.discount = text(perLine[i]!);
    w.line.goods = text(goods);
    const percent = w.price.taxIncluded ? parseDecimal(w.price.taxIncluded.percent) : undefined;
    if (!w.price.taxIncluded || !percent) return { net: goods, tax: 0 };
    const split = splitIncludedTax(money(goods), percent);
    w.line.taxIncluded = { name: w.price.taxIncluded.name, rate: w.price.taxIncluded.rate, amount: text(split.tax.amount) };
    return { net: split.net.amount, tax: split.tax.amount };
  });

  const paymentMethods = methodsOffered(marketRow, cart.country).methods.map((m) => ({ id: m.id, name: m.name, kind: m.kind, flow: m.flow, manualCapture: m.manualCapture }));
  const base = {
    date,
    market: market.id,
    country: cart.country,
    currency,
    incoterm: market.incoterm,
    lines: working.map((w) => w.line),
    discount,
    paymentMethods,
    rulesVersion: rules.version,
  };
  if (working.length === 0) {
    if (cart.lines.length === 0) problems.push({ code: 'CART_EMPTY', field: 'lines', message: 'the cart has no lines' });
    return ok({ quote: { ...base, deliveryOptions: [], routing: null, totals: null, statement: statementFor(market.incoterm, null), fx: fxSeen, warnings, problems: withContactProblems(cart, problems) }, frozen: null });
  }

  // 4. Where it can ship from, and what each way costs.
  const bySku = new Map(working.map((w, i) => [w.line.sku, { w, net: nets[i]! }]));
  const warehouses = new Map(serving.map((w) => [w.code, w]));
  const priced = new Map<string, Array<{ option: ShipmentOption; quote: ShipmentQuote }>>();
  const postalCode = cart.address?.postalCode ?? undefined;
  const region = cart.address?.region ?? undefined;

  const barredOptions: string[] = [];
  const priceParcel = (code: string, lines: readonly RoutingLine[]): Array<{ option: ShipmentOption; quote: ShipmentQuote }> => {
    const key = `${code}|${lines.map((l) => `${l.sku}x${l.quantity}`).join(',')}`;
    const hit = priced.get(key);
    if (hit) return hit;
    const out: Array<{ option: ShipmentOption; quote: ShipmentQuote }> = [];
    priced.set(key, out);
    const warehouse = warehouses.get(code)!;
    const parcel = buildParcel(
      lines.map((l) => {
        const v = bySku.get(l.sku)!.w.variant;
        const dimensionsMm = v.lengthMm !== null && v.widthMm !== null && v.heightMm !== null ? { length: v.lengthMm, width: v.widthMm, height: v.heightMm } : undefined;
        return { weightG: v.weightG, dimensionsMm, quantity: l.quantity };
      }),
    );
    if (!parcel.ok) return out;
    const options = shippingOptionsFrom(
      cards.filter((c) => c.warehouseId === warehouse.id),
      parcel.value,
      { country: cart.country, postalCode },
      { currency, fx, date, maxFxAgeDays: ANY_FX_AGE_DAYS, windowFrom: date },
    );
    if (!options.ok) {
      warnings.push(`shipping from ${code} could not be priced: ${options.message}`);
      return out;
    }
    // A line may not travel by some channels (loose lithium batteries by post): those services are left out.
    const barred = new Set(lines.flatMap((l) => {
      const r = bySku.get(l.sku)!.w.line.restrictions;
      return r.allowed ? r.barredChannels : [];
    }));
    for (const option of options.value.options) {
      if (barred.has(option.channel)) {
        barredOptions.push(`${option.service} from ${code}`);
        continue;
      }
      if (option.fx) noteFx({ from: option.cardPrice.currency, to: currency, ...option.fx });
      const quote = chargeParcel(rules, { warehouse, option, lines, bySku, market, country: cart.country, region, postalCode, date, fx, minor, text, registrations });
      if (!quote.ok) {
        warnings.push(`${option.service} from ${code}: ${quote.message}`);
        continue;
      }
      quote.value.fx.forEach(noteFx);
      const q = quote.value.quote;
      out.push({
        option: { service: option.service, shipping: minor(q.shipping.amount), duties: minor(q.duties.amount), taxes: minor(q.taxes.amount), fees: minor(q.fees.amount), minDays: q.deliveryWindow.minDays, maxDays: q.deliveryWindow.maxDays },
        quote: q,
      });
    }
    return out;
  };

  const routingLines = working.map((w) => ({ sku: w.line.sku, quantity: w.line.quantity }));
  const routingWarehouses = serving.map((w) => ({
    code: w.code,
    available: Object.fromEntries(stock.filter((s) => s.warehouseId === w.id).map((s) => [bySkuId(working, s.variantId), s.available])),
  }));
  const plans: Array<{ plan: Plan; reason: string; considered: readonly ConsideredPlan[] }> = [];
  if (serving.length === 0) problems.push({ code: 'NO_WAREHOUSE_FOR_MARKET', field: 'market', message: `no active warehouse serves market ${market.id}` });
  else {
    const price = (code: string, lines: readonly RoutingLine[]) => priceParcel(code, lines).map((p) => p.option);
    const format = (amount: number) => formatMoney(money(amount));
    const cheapest = planFulfillment({ lines: routingLines, warehouses: routingWarehouses, price, format });
    const limited = working.filter((w) => w.line.restrictions.allowed && w.line.restrictions.barredChannels.length > 0);
    if (!cheapest.ok && barredOptions.length > 0 && limited.length > 0) {
      // No service left by the channels the goods may travel by: say so rather than "no route".
      for (const w of limited) {
        const r = w.line.restrictions;
        problems.push({ code: 'GOODS_RESTRICTED', field: `lines[${w.index}].sku`, message: `${w.line.sku} may not travel by ${r.barredChannels.join(' or ')} to ${cart.country}, and no other service delivers this cart (left out: ${[...new Set(barredOptions)].join(', ')})`, ...(r.reason ? { reason: r.reason } : {}) });
      }
    } else if (!cheapest.ok) {
      const at = cheapest.field?.match(/^lines\[(\d+)\](.*)$/);
      const field = at ? `lines[${working[Number(at[1])]!.index}]${at[2]}` : 'lines';
      problems.push({ code: cheapest.code, field, message: cheapest.message });
    } else {
      plans.push({ plan: cheapest.value.plan, reason: cheapest.value.reason, considered: cheapest.value.considered });
      // Faster options: the cheapest plan within each shorter delivery time any parcel offers.
      const days = [...new Set([...priced.values()].flat().map((p) => p.option.maxDays))].filter((d) => d < cheapest.value.plan.maxDays).sort((a, b) => b - a);
      for (const d of days) {
        const faster = planFulfillment({ lines: routingLines, warehouses: routingWarehouses, price, format, maxDays: d });
        if (faster.ok && !plans.some((p) => planId(p.plan) === planId(faster.value.plan))) plans.push({ plan: faster.value.plan, reason: faster.value.reason, considered: faster.value.considered });
      }
    }
  }

  const options: DeliveryOptionQuote[] = plans.map(({ plan }) => {
    const shipments = plan.shipments.map((s) => priceParcel(s.warehouse, s.lines).find((p) => p.option.service === s.option.service)!.quote);
    const sum = (f: (q: ShipmentQuote) => Amount) => shipments.reduce((n, q) => n + minor(f(q).amount), 0);
    const windows = shipments.map((q) => q.deliveryWindow);
    const latest = windows.map((w) => w.latest).filter((d): d is string => d !== undefined).sort();
    const earliest = windows.map((w) => w.earliest).filter((d): d is string => d !== undefined).sort();
    return {
      id: planId(plan),
      chosen: false,
      shipments,
      totals: { shipping: text(sum((q) => q.shipping)), duties: text(sum((q) => q.duties)), taxes: text(sum((q) => q.taxes)), fees: text(sum((q) => q.fees)), landedCost: text(plan.total) },
      deliveryWindow: {
        minDays: Math.max(...windows.map((w) => w.minDays)),
        maxDays: plan.maxDays,
        ...(earliest.length > 0 ? { earliest: earliest[earliest.length - 1]! } : {}),
        ...(latest.length > 0 ? { latest: latest[latest.length - 1]! } : {}),
      },
    };
  });
  options.sort((a, b) => minor(a.totals.landedCost.amount) - minor(b.totals.landedCost.amount) || a.deliveryWindow.maxDays - b.deliveryWindow.maxDays);
  let chosenIndex = options.findIndex((o) => o.id === cart.deliveryOption);
  if (chosenIndex < 0) {
    if (cart.deliveryOption && options.length > 0) warnings.push(`the delivery option ${cart.deliveryOption} is no longer available; the cheapest is shown`);
    chosenIndex = options.length > 0 ? 0 : -1;
  }
  const chosen = chosenIndex >= 0 ? options[chosenIndex]! : undefined;
  if (chosen) chosen.chosen = true;
  const chosenPlan = chosen ? plans.find((p) => planId(p.plan) === chosen.id)! : undefined;

  for (const f of fxSeen) if (f.stale) warnings.push(`the ${f.source} rate ${f.from}/${f.to} used is from ${f.rateDate}, more than ${deps.quotes.maxFxAgeDays} days before ${date}; refresh the rates (landfall fx refresh)`);

  let totals: CartTotals | null = null;
  let frozen: FrozenCart | null = null;
  if (chosen) {
    const chargesBySku = new Map<string, { duties: number; taxes: number; scheme: string | null }>();
    for (const s of chosen.shipments) {
      for (const c of s.charges) {
        if (c.sku === null) continue;
        const entry = chargesBySku.get(c.sku) ?? { duties: 0, taxes: 0, scheme: null };
        if (c.type === 'duty') entry.duties += minor(c.amount);
        if (c.type === 'tax') entry.taxes += minor(c.amount);
        if (c.program === 'low-value scheme') entry.scheme = s.remittance[0]?.scheme ?? entry.scheme;
        if (c.program === 'domestic tax') entry.scheme = DOMESTIC_SALE_SCHEME;
        chargesBySku.set(c.sku, entry);
      }
      if (market.incoterm === 'DDP' && !s.complete) {
        problems.push({ code: 'LANDED_COST_INCOMPLETE', field: 'lines', message: `duties and taxes of the parcel from ${s.warehouse.code} cannot all be calculated: ${s.warnings.join('; ') || 'an item has no tariff line'}` });
      }
    }
    const warehouseOf = new Map(chosen.shipments.flatMap((s) => s.lines.map((l) => [l.sku, s.warehouse.code] as const)));
    const shipments = chosen.shipments.map((quote) => ({ quote, shippingMinor: minor(quote.shipping.amount), dutiesMinor: minor(quote.duties.amount), taxesMinor: minor(quote.taxes.amount), feesMinor: minor(quote.fees.amount) }));
    const t = {
      goods: goodsMinor,
      discount: perLine.reduce((s, x) => s + x, 0),
      shipping: shipments.reduce((s, x) => s + x.shippingMinor, 0),
      duties: shipments.reduce((s, x) => s + x.dutiesMinor, 0),
      taxes: shipments.reduce((s, x) => s + x.taxesMinor, 0),
      taxesIncluded: nets.reduce((s, x) => s + x.tax, 0),
      fees: shipments.reduce((s, x) => s + x.feesMinor, 0),
      payableAtCheckout: chosen.shipments.reduce((s, q) => s + minor(q.payableAtCheckout.amount), 0),
      payableOnDelivery: chosen.shipments.reduce((s, q) => s + minor(q.payableOnDelivery.amount), 0),
      total: 0,
    };
    // The engine's amounts are on net goods. A tax-inclusive shelf price is what the buyer pays for
    // the goods even when less tax is due (under a de minimis, say): the part of the included tax
    // not collected at checkout is added back, so the buyer never pays less than the shown price.
    const taxesAtCheckout = chosen.shipments.reduce((n, q) => n + q.charges.filter((c) => c.type === 'tax' && c.due === 'checkout').reduce((m, c) => m + minor(c.amount), 0), 0);
    t.payableAtCheckout += Math.max(0, t.taxesIncluded - taxesAtCheckout);
    t.total = t.payableAtCheckout + t.payableOnDelivery;
    totals = {
      goods: text(t.goods),
      discount: text(t.discount),
      shipping: text(t.shipping),
      duties: text(t.duties),
      taxes: text(t.taxes),
      taxesIncluded: text(t.taxesIncluded),
      fees: text(t.fees),
      total: text(t.total),
      payableAtCheckout: text(t.payableAtCheckout),
      payableOnDelivery: text(t.payableOnDelivery),
    };
    frozen = {
      market,
      lines: working.map((w, i) => {
        const c = chargesBySku.get(w.line.sku) ?? { duties: 0, taxes: 0, scheme: null };
        return { line: w.line, variant: w.variant, unitMinor: w.unitMinor, discountMinor: perLine[i]!, goodsMinor: w.totalMinor - perLine[i]!, taxIncludedMinor: nets[i]!.tax, dutiesMinor: c.duties, taxesMinor: c.taxes, taxScheme: c.scheme, warehouse: warehouseOf.get(w.line.sku)! };
      }),
      shipments,
      totals: t,
    };
  }

  return ok({
    quote: {
      ...base,
      deliveryOptions: options,
      routing: chosenPlan ? { reason: chosenPlan.reason, considered: chosenPlan.considered } : null,
      totals,
      statement: statementFor(market.incoterm, totals),
      fx: fxSeen,
      warnings,
      problems: withContactProblems(cart, problems),
    },
    frozen,
  });
}

function bySkuId(working: ReadonlyArray<{ line: QuotedLine }>, variantId: string): string {
  return working.find((w) => w.line.variantId === variantId)?.line.sku ?? variantId;
}

function planId(plan: Plan): string {
  return plan.shipments.map((s) => `${s.warehouse}:${s.option.service}`).join('+');
}

/** Checkout needs someone to send the parcel to and to tell about it. */
function withContactProblems(cart: CartRecord, problems: CartProblem[]): CartProblem[] {
  const out = [...problems];
  if (!cart.email) out.push({ code: 'EMAIL_MISSING', field: 'email', message: 'add the email address the order confirmation goes to' });
  if (!cart.address) out.push({ code: 'ADDRESS_MISSING', field: 'address', message: 'add the delivery address' });
  return out;
}

function statementFor(incoterm: 'DDP' | 'DAP', totals: CartTotals | null): string {
  if (incoterm === 'DDP') return 'Duties and import taxes are included and paid now: nothing more is due on delivery.';
  if (totals && /^0(\.0+)?$/.test(totals.payableOnDelivery.amount)) {
    return 'Duties and import taxes are not included, and none are expected on delivery for this order (the destination\'s customs has the final word).';
  }
  const due = totals ? `${totals.payableOnDelivery.currency} ${totals.payableOnDelivery.amount}` : 'the import charges';
  return `Duties and import taxes are not included: the carrier collects about ${due} on delivery (an estimate; the destination's customs sets the final amount).`;
}

type ChargeContext = {
  warehouse: WarehouseRow;
  option: ShippingOption;
  lines: readonly RoutingLine[];
  bySku: ReadonlyMap<string, { w: { line: QuotedLine; variant: CartVariant }; net: { net: number; tax: number } }>;
  market: Market;
  country: string;
  region: string | undefined;
  postalCode: string | undefined;
  date: string;
  fx: import('../../core/fx/fx-table.js').FxTable;
  minor: (amount: string) => number;
  text: (amount: number) => Amount;
  registrations: ReadonlyArray<{ scheme: string; number: string }>;
};

/**
 * Shipping, duties, taxes and fees of one parcel by one service: the landed-cost engine for a parcel
 * that crosses a border, the destination's sales tax for one that does not.
 */
function chargeParcel(rules: RuleSet, c: ChargeContext): Result<{ quote: ShipmentQuote; fx: FxUsed[] }, string> {
  const currency = c.market.currency;
  const shipping = c.minor(c.option.price.amount);
  const netTotal = c.lines.reduce((s, l) => s + c.bySku.get(l.sku)!.net.net, 0);
  const common = {
    warehouse: { code: c.warehouse.code, name: c.warehouse.name, country: c.warehouse.country },
    service: c.option.service,
    carrier: c.option.carrier,
    name: c.option.name,
    channel: c.option.channel,
    lines: c.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })),
    shipping: c.option.price,
    deliveryWindow: c.option.deliveryWindow,
    shippingExplanation: c.option.explanation,
  };
  if (isDomesticSale(rules, c.warehouse.country, c.country, c.date)) {
    const { taxes, notes } = domesticCharges(rules, {
      date: c.date,
      country: c.country,
      region: c.region,
      items: c.lines.map((l) => {
        const { w, net } = c.bySku.get(l.sku)!;
        return { sku: l.sku, net: { amount: net.net, currency }, hsCode: w.variant.hsCode };
      }),
      shipping: { amount: shipping, currency },
    });
    const taxTotal = taxes.reduce((s, t) => s + c.minor(t.amount), 0);
    return ok({
      quote: {
        ...common,
        crossesBorder: false,
        duties: c.text(0),
        taxes: c.text(taxTotal),
        fees: c.text(0),
        payableAtCheckout: c.text(netTotal + shipping + taxTotal),
        payableOnDelivery: c.text(0),
        charges: taxes,
        deMinimis: [],
        remittance: [],
        complete: true,
        warnings: notes,
      },
      fx: [],
    });
  }

  const items: QuoteItem[] = c.lines.flatMap((l) => {
    const { w, net } = c.bySku.get(l.sku)!;
    return unitPrices({ amount: net.net, currency }, l.quantity).map((g) => ({
      sku: l.sku,
      description: w.line.title,
      hsCode: w.variant.hsCode,
      originCountry: w.variant.originCountry,
      unitPrice: g.unit,
      quantity: g.quantity,
      unitWeightKg: { coef: w.variant.weightG, scale: 3 },
      unitVolumeLitres: undefined,
      claimPreference: false,
      dutyRate: undefined,
    }));
  });
  const request: LandedCostRequest = {
    date: c.date,
    currency,
    incoterm: c.market.incoterm,
    shipFrom: { country: c.warehouse.country },
    shipTo: { country: c.country, region: c.region, postalCode: c.postalCode },
    channel: c.option.channel,
    shipping: { amount: shipping, currency },
    insurance: { amount: 0, currency },
    registrations: c.registrations,
    items,
  };
  const answer = calculateLandedCost(request, rules, c.fx, { maxFxAgeDays: ANY_FX_AGE_DAYS });
  if (!answer.ok) return fail(answer.code, answer.message);
  const a = answer.value;
  return ok({
    quote: {
      ...common,
      crossesBorder: true,
      duties: c.text(c.minor(a.totals.duties)),
      taxes: c.text(c.minor(a.totals.taxes)),
      fees: c.text(c.minor(a.totals.fees)),
      payableAtCheckout: c.text(c.minor(a.payableAtCheckout)),
      payableOnDelivery: c.text(c.minor(a.payableOnDelivery)),
      charges: [...a.duties, ...a.taxes, ...a.fees],
      deMinimis: a.deMinimis,
      remittance: a.remittance,
      complete: a.complete,
      warnings: [...a.warnings, ...a.items.flatMap((i) => i.reasons.map((r) => `${i.sku}: ${r.message}`))],
    },
    fx: a.fx,
  });
}
