import { randomUUID } from 'node:crypto';
import { parseCartLine, parseCartPatch, parseCreateCart, parseLineQuantity, MAX_CART_LINES, MAX_LINE_QUANTITY, type AddressInput, type CartLineInput } from '../../core/checkout/cart-input.js';
import { isUuid } from '../../core/ids/uuid.js';
import { parseMoney } from '../../core/money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { createCartRepository, type CartPatch, type CartRecord } from '../../db/repositories/cart-repository.js';
import type { Orm } from '../../db/create-db.js';
import type { MarketRow } from '../../db/repositories/market-repository.js';
import { checkDiscountApplies } from '../../core/checkout/discount.js';
import { quoteCart, type CartQuote, type PricedCart } from './cart-quote.js';
import type { CheckoutDeps } from './checkout-deps.js';
import { toDiscountCode } from './discount-codes.js';

export type CartView = {
  id: string;
  status: 'open' | 'ordered';
  version: number;
  expiresAt: string;
  createdAt: string;
  updatedAt: string;
  locale: string | null;
  email: string | null;
  address: AddressInput | null;
  discountCode: string | null;
  deliveryOption: string | null;
  /** The order this cart became, once checked out. */
  order: { number: string } | null;
  /** True when nothing in `problems` stops a checkout. */
  checkoutReady: boolean;
} & CartQuote;

export type CartFailure =
  | 'VALIDATION_FAILED'
  | 'CART_NOT_FOUND'
  | 'CART_EXPIRED'
  | 'CART_CLOSED'
  | 'MARKET_NOT_FOUND'
  | 'CURRENCY_MISMATCH'
  | 'VARIANT_NOT_FOUND'
  | 'INSUFFICIENT_STOCK'
  | 'DISCOUNT_NOT_APPLICABLE'
  | 'FX_RATE_MISSING';

const today = (at: Date) => at.toISOString().slice(0, 10);

/** The cart as the API shows it: its fields and its quote, priced now. */
export async function viewCart(deps: CheckoutDeps, cart: CartRecord): Promise<Result<{ view: CartView; priced: PricedCart }, 'MARKET_NOT_FOUND' | 'FX_RATE_MISSING'>> {
  const priced = await quoteCart(deps, cart, today(deps.clock()));
  if (!priced.ok) return priced;
  const order = cart.status === 'ordered' ? await deps.orders.byCart(cart.id) : undefined;
  return ok({
    view: {
      id: cart.id,
      status: cart.status as CartView['status'],
      version: cart.version,
      expiresAt: cart.expiresAt.toISOString(),
      createdAt: cart.createdAt.toISOString(),
      updatedAt: cart.updatedAt.toISOString(),
      locale: cart.locale,
      email: cart.email,
      address: cart.address,
      discountCode: cart.discountCode,
      deliveryOption: cart.deliveryOption,
      order: order ? { number: order.number } : null,
      checkoutReady: cart.status === 'open' && priced.value.quote.problems.length === 0,
      ...priced.value.quote,
    },
    priced: priced.value,
  });
}

/**
 * What a change answers when the caller asked for no pricing (HTTP `Prefer: return=minimal`): the
 * cart's id, status, version and lines, for an integration that adds many lines and then reads
 * the priced cart once.
 */
export type CartSummary = Pick<CartView, 'id' | 'status' | 'version' | 'expiresAt'> & { lines: Array<{ sku: string; quantity: number }> };
export type CartAnswer<M extends boolean> = M extends true ? CartSummary : CartView;
export type AnswerOptions<M extends boolean> = { minimal?: M };

async function viewOf<M extends boolean>(deps: CheckoutDeps, id: string, options: AnswerOptions<M> = {}): Promise<Result<CartAnswer<M>, CartFailure>> {
  const cart = await deps.carts.get(id);
  if (!cart) return fail('CART_NOT_FOUND', `no cart ${id}`, { field: 'id' });
  if (options.minimal) {
    const summary: CartSummary = { id: cart.id, status: cart.status as CartView['status'], version: cart.version, expiresAt: cart.expiresAt.toISOString(), lines: cart.lines.map((l) => ({ sku: l.sku, quantity: l.quantity })) };
    return ok(summary as CartAnswer<M>);
  }
  const view = await viewCart(deps, cart);
  return view.ok ? ok(view.value.view as CartAnswer<M>) : view;
}

/**
 * Start a cart in a market. The country is the body's, else `buyerCountry` (from the edge's country
 * header) when the market sells there, else the market's first; a currency, when given, must be the
 * market's (CURRENCY_MISMATCH otherwise). First lines may come with it.
 */
export async function createCart<M extends boolean = false>(deps: CheckoutDeps, input: unknown, options: { buyerCountry?: string } & AnswerOptions<M> = {}): Promise<Result<CartAnswer<M>, CartFailure>> {
  const parsed = parseCreateCart(input);
  if (!parsed.ok) return parsed;
  const c = parsed.value;
  const market = await deps.markets.get(c.market);
  if (!market) return fail('MARKET_NOT_FOUND', `no market "${c.market}"`, { field: 'market' });
  if (c.currency !== undefined && c.currency !== market.currency) {
    return fail('CURRENCY_MISMATCH', `market ${market.id} sells in ${market.currency}, not ${c.currency}; create the cart in the market for ${c.currency} or leave currency out`, { field: 'currency' });
  }
  const country = c.address?.country ?? c.country ?? (options.buyerCountry && market.countries.includes(options.buyerCountry) ? options.buyerCountry : market.countries[0]!);
  const where = sellsTo(market, country, c.address ? 'address.country' : 'country');
  if (!where.ok) return where;
  if (c.address && c.country !== undefined && c.country !== c.address.country) return fail('VALIDATION_FAILED', `country ${c.country} and address.country ${c.address.country} differ`, { field: 'country' });

  const at = deps.clock();
  const id = randomUUID();
  const resolved = c.lines.length > 0 ? await resolveLines(deps, market, c.lines, 'lines') : ok([]);
  if (!resolved.ok) return resolved;
  await deps.database.orm.transaction(async (tx) => {
    const carts = createCartRepository(tx as unknown as Orm);
    await carts.create({ id, market: market.id, currency: market.currency, country, locale: c.locale ?? null, email: c.email ?? null, address: c.address ?? null, expiresAt: expiry(deps, at) }, at);
    for (const l of resolved.value) await carts.setLine(id, l.variantId, l.quantity);
  });
  return viewOf(deps, id, options);
}

export async function getCart(deps: CheckoutDeps, id: string): Promise<Result<CartView, CartFailure>> {
  if (!isUuid(id)) return fail('CART_NOT_FOUND', `no cart ${id}`, { field: 'id' });
  return viewOf<false>(deps, id);
}

/** Add units of a SKU (to its line when the cart has one). */
export async function addCartLine<M extends boolean = false>(deps: CheckoutDeps, id: string, input: unknown, options: AnswerOptions<M> = {}): Promise<Result<CartAnswer<M>, CartFailure>> {
  const line = parseCartLine(input);
  if (!line.ok) return line;
  return changeCart(deps, id, options, async (cart, market) => {
    const existing = cart.lines.find((l) => l.sku === line.value.sku);
    if (!existing && cart.lines.length >= MAX_CART_LINES) return fail('VALIDATION_FAILED', `a cart holds at most ${MAX_CART_LINES} lines`, { field: 'sku' });
    const quantity = (existing?.quantity ?? 0) + line.value.quantity;
    if (quantity > MAX_LINE_QUANTITY) return fail('VALIDATION_FAILED', `a line holds at most ${MAX_LINE_QUANTITY} units; the cart has ${existing?.quantity ?? 0}`, { field: 'quantity' });
    const resolved = await resolveLines(deps, market, [{ sku: line.value.sku, quantity }], '');
    if (!resolved.ok) return resolved;
    return ok({ patch: {}, lines: resolved.value });
  });
}

/** Set the quantity of the cart's line for `sku` (0 removes it). */
export async function setCartLine<M extends boolean = false>(deps: CheckoutDeps, id: string, sku: string, input: unknown, options: AnswerOptions<M> = {}): Promise<Result<CartAnswer<M>, CartFailure>> {
  const quantity = parseLineQuantity(input);
  if (!quantity.ok) return quantity;
  return changeCart(deps, id, options, async (cart, market) => {
    const existing = cart.lines.find((l) => l.sku === sku);
    if (!existing) return fail('VARIANT_NOT_FOUND', `the cart has no line for ${sku}`, { field: 'sku' });
    if (quantity.value > 0) {
      const resolved = await resolveLines(deps, market, [{ sku, quantity: quantity.value }], '');
      if (!resolved.ok) return resolved;
    }
    return ok({ patch: {}, lines: [{ variantId: existing.variantId, quantity: quantity.value }] });
  });
}

export async function removeCartLine<M extends boolean = false>(deps: CheckoutDeps, id: string, sku: string, options: AnswerOptions<M> = {}): Promise<Result<CartAnswer<M>, CartFailure>> {
  return setCartLine(deps, id, sku, { quantity: 0 }, options);
}

/** Change the email, address (and so the destination), locale, discount code or delivery option. */
export async function patchCart<M extends boolean = false>(deps: CheckoutDeps, id: string, input: unknown, options: AnswerOptions<M> = {}): Promise<Result<CartAnswer<M>, CartFailure>> {
  const parsed = parseCartPatch(input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  return changeCart(deps, id, options, async (cart, market) => {
    const patch: CartPatch = {};
    if (p.email !== undefined) patch.email = p.email;
    if (p.locale !== undefined) patch.locale = p.locale;
    if (p.address !== undefined) {
      const where = sellsTo(market, p.address.country, 'address.country');
      if (!where.ok) return where;
      patch.address = p.address;
      patch.country = p.address.country;
    }
    if (p.deliveryOption !== undefined) {
      patch.deliveryOption = p.deliveryOption;
      if (p.deliveryOption !== null) {
        // Only an option the cart offers now can be chosen (one chosen earlier that has since become
        // impossible falls back to the cheapest when the cart is shown).
        const priced = await quoteCart(deps, { ...cart, ...patch, deliveryOption: null }, today(deps.clock()));
        const ids = priced.ok ? priced.value.quote.deliveryOptions.map((o) => o.id) : [];
        if (!ids.includes(p.deliveryOption)) {
          return fail('VALIDATION_FAILED', `${p.deliveryOption} is not one of this cart's delivery options${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`, { field: 'deliveryOption' });
        }
      }
    }
    if (p.discountCode !== undefined) {
      patch.discountCode = p.discountCode;
      if (p.discountCode !== null) {
        const row = await deps.carts.discountCode(p.discountCode);
        if (!row) return fail('DISCOUNT_NOT_APPLICABLE', `${p.discountCode} is not a discount code of this shop`, { field: 'discountCode' });
        const subtotal = await goodsSubtotal(deps, { ...cart, ...patch });
        const applies = checkDiscountApplies(toDiscountCode(row), { market: market.id, currency: market.currency, date: today(deps.clock()), subtotal: { amount: subtotal, currency: market.currency } });
        if (!applies.ok) return fail('DISCOUNT_NOT_APPLICABLE', applies.message, { field: 'discountCode' });
      }
    }
    return ok({ patch, lines: [] });
  });
}

/** The goods subtotal the cart would have (for a discount's minimum), priced as a view would. */
async function goodsSubtotal(deps: CheckoutDeps, cart: CartRecord): Promise<number> {
  const priced = await quoteCart(deps, { ...cart, discountCode: null }, today(deps.clock()));
  if (!priced.ok) return 0;
  return priced.value.quote.lines.reduce((s, l) => {
    const m = parseMoney(l.lineTotal.amount, l.lineTotal.currency);
    return s + (m.ok ? m.value.amount : 0);
  }, 0);
}

/** What a change does: fields to set and line quantities to write (0 removes a line). */
type CartChange = { patch: CartPatch; lines: ReadonlyArray<{ variantId: string; quantity: number }> };

/**
 * One change to an open, unexpired cart. Everything the change must read (prices, stock, codes) is
 * read first; then one short transaction locks the cart, checks it is still the version the change
 * was worked out on (else the change is worked out again), writes it, bumps the version and pushes
 * the expiry forward. Two changes to one cart so apply one after the other. Then the cart is shown.
 */
async function changeCart<M extends boolean>(
  deps: CheckoutDeps,
  id: string,
  options: AnswerOptions<M>,
  change: (cart: CartRecord, market: MarketRow) => Promise<Result<CartChange, CartFailure>>,
): Promise<Result<CartAnswer<M>, CartFailure>> {
  if (!isUuid(id)) return fail('CART_NOT_FOUND', `no cart ${id}`, { field: 'id' });
  for (let attempt = 0; attempt < 5; attempt++) {
    const at = deps.clock();
    const cart = await deps.carts.get(id);
    if (!cart) return fail('CART_NOT_FOUND', `no cart ${id}`, { field: 'id' });
    const open = checkOpen(cart, at);
    if (!open.ok) return open;
    const market = await deps.markets.get(cart.market);
    if (!market) return fail('MARKET_NOT_FOUND', `the cart's market ${cart.market} no longer exists`, { field: 'market' });
    const worked = await change(cart, market);
    if (!worked.ok) return worked;
    const written = await deps.database.orm.transaction(async (tx): Promise<Result<boolean, CartFailure>> => {
      const carts = createCartRepository(tx as unknown as Orm);
      const locked = await carts.lock(id);
      if (!locked) return fail('CART_NOT_FOUND', `no cart ${id}`, { field: 'id' });
      const still = checkOpen(locked, at);
      if (!still.ok) return still;
      if (locked.version !== cart.version) return ok(false);
      for (const l of worked.value.lines) await carts.setLine(id, l.variantId, l.quantity);
      await carts.touch(id, worked.value.patch, at, expiry(deps, at));
      return ok(true);
    });
    if (!written.ok) return written;
    if (written.value) return viewOf(deps, id, options);
  }
  return fail('CART_CLOSED', `cart ${id} is changing too often to apply this change; try again`, { field: 'id' });
}

/** A cart can change (and be checked out) while open and before its expiry. */
export function checkOpen(cart: Pick<CartRecord, 'id' | 'status' | 'expiresAt'>, at: Date): Result<true, 'CART_EXPIRED' | 'CART_CLOSED'> {
  if (cart.status !== 'open') return fail('CART_CLOSED', `cart ${cart.id} has been checked out; start a new cart`, { field: 'id' });
  if (cart.expiresAt.getTime() <= at.getTime()) return fail('CART_EXPIRED', `cart ${cart.id} expired at ${cart.expiresAt.toISOString()}; start a new cart`, { field: 'id' });
  return ok(true);
}

function expiry(deps: Pick<CheckoutDeps, 'cartTtlDays'>, at: Date): Date {
  return new Date(at.getTime() + deps.cartTtlDays * 86_400_000);
}

function sellsTo(market: MarketRow, country: string, field: string): Result<true, 'VALIDATION_FAILED'> {
  if (market.countries.includes(country)) return ok(true);
  return fail('VALIDATION_FAILED', `market ${market.id} sells to ${market.countries.join(', ')}, not ${country}; use the market for ${country}`, { field });
}

/**
 * SKUs to variants that can be sold in this market, each line's quantity within what one warehouse
 * serving the market has (a line ships whole from one warehouse). Every bad line is named.
 */
async function resolveLines(deps: CheckoutDeps, market: MarketRow, lines: readonly CartLineInput[], at: string): Promise<Result<Array<{ variantId: string; quantity: number }>, CartFailure>> {
  const found = new Map((await deps.carts.variants({ skus: lines.map((l) => l.sku) })).map((v) => [v.sku, v]));
  const prefix = (i: number) => (at ? `${at}[${i}].` : '');
  const missing: FieldIssue[] = [];
  lines.forEach((l, i) => {
    const v = found.get(l.sku);
    if (!v) missing.push({ field: `${prefix(i)}sku`, message: `no variant has the SKU ${l.sku}` });
    else if (v.productStatus !== 'active') missing.push({ field: `${prefix(i)}sku`, message: `${l.sku} is not for sale (its product is ${v.productStatus})` });
  });
  if (missing.length > 0) return fail('VARIANT_NOT_FOUND', missing.map((m) => `${m.field}: ${m.message}`).join('; '), { field: missing[0]!.field, details: missing });

  const serving = (await deps.warehouses.list()).filter((w) => w.active && w.markets.includes(market.id));
  const stock = await deps.carts.available(lines.map((l) => found.get(l.sku)!.variantId), serving.map((w) => w.id));
  const short: FieldIssue[] = [];
  lines.forEach((l, i) => {
    const v = found.get(l.sku)!;
    const most = Math.max(0, ...stock.filter((s) => s.variantId === v.variantId).map((s) => s.available));
    if (l.quantity > most) short.push({ field: `${prefix(i)}quantity`, message: most === 0 ? `${l.sku} is out of stock for market ${market.id}` : `only ${most} of ${l.sku} can ship together to market ${market.id}; ${l.quantity} asked` });
  });
  if (short.length > 0) return fail('INSUFFICIENT_STOCK', short.map((m) => `${m.field}: ${m.message}`).join('; '), { field: short[0]!.field, details: short });
  return ok(lines.map((l) => ({ variantId: found.get(l.sku)!.variantId, quantity: l.quantity })));
}
