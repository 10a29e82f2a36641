import { isIsoDate } from '../calendar/iso-date.js';
import { mulDivRound } from '../decimal/rounding.js';
import type { Money } from '../money/money.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';

/**
 * Whether the duties and taxes collected at checkout go back to the buyer with a refund, for the
 * lines a rule applies to. `appliesTo` keys must all match: `scheme` the line's tax scheme (the
 * registration the seller filed the tax under: IOSS, UK_VAT, ...), `territory` the line's customs
 * territory (EU, GB, ...), `incoterm` the order's. When several rules match, the one with a scheme
 * wins over one with a territory, which wins over one with only an incoterm; then the latest
 * `effectiveFrom`. `taxReason`/`dutyReason` are shown when that part is kept back (else `note`).
 */
export type RefundPolicyRule = {
  id: string;
  appliesTo: { scheme?: string; territory?: string; incoterm?: 'DDP' | 'DAP' };
  taxRefundable: boolean;
  dutyRefundable: boolean;
  source: string;
  note: string;
  effectiveFrom: string;
  effectiveTo?: string;
  taxReason?: string;
  dutyReason?: string;
};

/** One line of a paid order as refunds see it; money for the whole line, in the order's currency. */
export type RefundableLine = {
  sku: string;
  quantity: number;
  refundedQuantity: number;
  /** What the buyer paid for the whole line, after discount. */
  goods: Money;
  duties: Money;
  /** Collected at checkout for this line. */
  taxes: Money;
  taxScheme: string | null;
  territory: string;
};

export type RefundableOrder = {
  currency: string;
  incoterm: 'DDP' | 'DAP';
  lines: readonly RefundableLine[];
  shipping: { paid: Money; refunded: Money };
  fees: { paid: Money; refunded: Money };
};

export type RefundRequest = { lines: Array<{ sku: string; quantity: number }>; shipping: boolean; fees: boolean };

export type RefundSplit = {
  goods: Money;
  shipping: Money;
  duties: Money;
  taxes: Money;
  fees: Money;
  total: Money;
  lines: Array<{ sku: string; quantity: number; goods: Money; duties: Money; taxes: Money }>;
  notRefunded: Array<{ part: 'duties' | 'taxes'; amount: Money; reason: string; rule: string }>;
};

/** The rule id reported when no rule covers a line: its duties and taxes are kept back for a person to decide. */
export const NO_RULE = 'none';

/**
 * What a refund of some units (and optionally the shipping and fees) gives back, part by part.
 * Each line's goods, duties and taxes are prorated by units so that refunding units one at a time
 * adds up exactly to the line: k units after r of q already refunded are
 * floor(total x (r + k) / q) - floor(total x r / q), so the last units take the remainder.
 * Duties and taxes are refunded only where the policy says so; otherwise they are listed in
 * `notRefunded` with the reason and rule. Shipping and fees are refunded whole (what is left of them).
 * Checks the request: known SKUs, each once, whole quantities above zero, no more than is left.
 * `date` (YYYY-MM-DD) picks the rules in effect.
 * @example 3 units for EUR 100.00, refund 1 then 2: goods EUR 33.33, then EUR 66.67
 */
export function splitRefund(
  order: RefundableOrder,
  request: RefundRequest,
  policy: readonly RefundPolicyRule[],
  date: string,
): Result<RefundSplit, 'VALIDATION_FAILED' | 'REFUND_EXCEEDS_PAID'> {
  if (!isIsoDate(date)) throw new RangeError(`refund date must be YYYY-MM-DD, got ${date}`);
  const currency = order.currency;
  const m = (amount: number): Money => ({ amount, currency });
  const checked = checkRequest(order, request);
  if (!checked.ok) return checked;

  let goods = 0;
  let duties = 0;
  let taxes = 0;
  const lines: RefundSplit['lines'] = [];
  const kept = new Map<string, { part: 'duties' | 'taxes'; amount: number; reason: string; rule: string }>();
  const keep = (part: 'duties' | 'taxes', amount: number, reason: string, rule: string) => {
    if (amount === 0) return;
    const key = `${part}\u0000${rule}`;
    const entry = kept.get(key);
    if (entry) entry.amount += amount;
    else kept.set(key, { part, amount, reason, rule });
  };

  for (const { line, quantity } of checked.value) {
    for (const part of [line.goods, line.duties, line.taxes]) assertCurrency(part, currency, line.sku);
    const share = (total: Money) => prorate(total.amount, line.quantity, line.refundedQuantity, quantity);
    const lineGoods = share(line.goods);
    const lineDuties = share(line.duties);
    const lineTaxes = share(line.taxes);
    const rule = pickRule(policy, line, order.incoterm, date);
    const dutyBack = rule?.dutyRefundable === true ? lineDuties : 0;
    const taxBack = rule?.taxRefundable === true ? lineTaxes : 0;
    if (rule) {
      keep('duties', lineDuties - dutyBack, rule.dutyReason ?? rule.note, rule.id);
      keep('taxes', lineTaxes - taxBack, rule.taxReason ?? rule.note, rule.id);
    } else {
      const reason = `no refund rule covers ${line.territory} (${line.taxScheme ?? order.incoterm}) on ${date}; decide by hand whether it is due`;
      keep('duties', lineDuties, reason, NO_RULE);
      keep('taxes', lineTaxes, reason, NO_RULE);
    }
    goods += lineGoods;
    duties += dutyBack;
    taxes += taxBack;
    lines.push({ sku: line.sku, quantity, goods: m(lineGoods), duties: m(dutyBack), taxes: m(taxBack) });
  }

  const leftOf = (part: { paid: Money; refunded: Money }, name: string) => {
    assertCurrency(part.paid, currency, name);
    assertCurrency(part.refunded, currency, name);
    return Math.max(0, part.paid.amount - part.refunded.amount);
  };
  const shipping = request.shipping ? leftOf(order.shipping, 'shipping') : 0;
  const fees = request.fees ? leftOf(order.fees, 'fees') : 0;
  const total = goods + shipping + duties + taxes + fees;
  if (!Number.isSafeInteger(total)) throw new RangeError('refund total out of range');
  return ok({
    goods: m(goods),
    shipping: m(shipping),
    duties: m(duties),
    taxes: m(taxes),
    fees: m(fees),
    total: m(total),
    lines,
    notRefunded: [...kept.values()].map((k) => ({ part: k.part, amount: m(k.amount), reason: k.reason, rule: k.rule })),
  });
}

/** The amount for `k` units after `r` of `q` were refunded: floor(total(r+k)/q) - floor(total r/q). */
export function prorate(total: number, q: number, r: number, k: number): number {
  return mulDivRound(total, r + k, q, 'floor') - mulDivRound(total, r, q, 'floor');
}

function checkRequest(
  order: RefundableOrder,
  request: RefundRequest,
): Result<Array<{ line: RefundableLine; quantity: number }>, 'VALIDATION_FAILED' | 'REFUND_EXCEEDS_PAID'> {
  const issues: FieldIssue[] = [];
  const requested = Array.isArray(request.lines) ? request.lines : undefined;
  if (!requested) issues.push({ field: 'lines', message: 'must be a list of { sku, quantity }' });
  if (typeof request.shipping !== 'boolean') issues.push({ field: 'shipping', message: 'must be true or false' });
  if (typeof request.fees !== 'boolean') issues.push({ field: 'fees', message: 'must be true or false' });
  if (requested && requested.length === 0 && request.shipping !== true && request.fees !== true) {
    issues.push({ field: 'lines', message: 'name at least one line to refund, or ask for the shipping or the fees' });
  }
  const bySku = new Map(order.lines.map((l) => [l.sku, l]));
  const seen = new Set<string>();
  const picked: Array<{ line: RefundableLine; quantity: number; at: number }> = [];
  (requested ?? []).forEach((entry, i) => {
    const sku: unknown = entry?.sku;
    const quantity: unknown = entry?.quantity;
    const line = typeof sku === 'string' ? bySku.get(sku) : undefined;
    if (typeof sku !== 'string' || !line) issues.push({ field: `lines[${i}].sku`, message: `no line of this order has the SKU ${shown(sku)}` });
    else if (seen.has(sku)) issues.push({ field: `lines[${i}].sku`, message: `SKU ${sku} is listed twice; give its whole quantity once` });
    if (typeof sku === 'string') seen.add(sku);
    const whole = typeof quantity === 'number' && Number.isSafeInteger(quantity) && quantity > 0;
    if (!whole) issues.push({ field: `lines[${i}].quantity`, message: 'must be a whole number of units above zero' });
    if (line && whole && !picked.some((p) => p.line === line)) picked.push({ line, quantity, at: i });
  });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });

  const over: FieldIssue[] = [];
  for (const { line, quantity, at } of picked) {
    const left = Math.max(0, line.quantity - line.refundedQuantity);
    if (quantity > left) {
      over.push({
        field: `lines[${at}].quantity`,
        message: `only ${left} ${left === 1 ? 'unit' : 'units'} of ${line.sku} ${left === 1 ? 'is' : 'are'} left to refund (${line.quantity} bought, ${line.refundedQuantity} refunded)`,
      });
    }
  }
  if (over.length > 0) return fail('REFUND_EXCEEDS_PAID', over.map((i) => i.message).join('; '), { field: over[0]!.field, details: over });
  return ok(picked.map(({ line, quantity }) => ({ line, quantity })));
}

/** The most specific rule in effect on `date` whose every condition matches the line. */
export function pickRule(policy: readonly RefundPolicyRule[], line: Pick<RefundableLine, 'taxScheme' | 'territory'>, incoterm: 'DDP' | 'DAP', date: string): RefundPolicyRule | undefined {
  let best: RefundPolicyRule | undefined;
  let bestScore = -1;
  for (const rule of policy) {
    const a = rule.appliesTo;
    if (a.scheme !== undefined && a.scheme !== line.taxScheme) continue;
    if (a.territory !== undefined && a.territory !== line.territory) continue;
    if (a.incoterm !== undefined && a.incoterm !== incoterm) continue;
    if (date < rule.effectiveFrom || (rule.effectiveTo !== undefined && date >= rule.effectiveTo)) continue;
    const score = (a.scheme !== undefined ? 4 : 0) + (a.territory !== undefined ? 2 : 0) + (a.incoterm !== undefined ? 1 : 0);
    if (score > bestScore || (score === bestScore && best !== undefined && rule.effectiveFrom > best.effectiveFrom)) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

function assertCurrency(m: Money, currency: string, what: string): void {
  if (m.currency !== currency) throw new TypeError(`${what} is in ${m.currency}, the order in ${currency}`);
}

function shown(value: unknown): string {
  if (typeof value !== 'string') return '(none given)';
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}
