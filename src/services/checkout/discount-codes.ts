import { parseDiscountCodeInput, type DiscountCode } from '../../core/checkout/discount.js';
import { formatDecimal, parseDecimal } from '../../core/decimal/decimal.js';
import { formatAmount } from '../../core/money/money.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { DiscountCodeRow } from '../../db/repositories/cart-repository.js';
import type { CheckoutDeps } from './checkout-deps.js';

export type DiscountCodeView = {
  code: string;
  market: string | null;
  kind: 'percentage' | 'fixed';
  percent: string | null;
  amount: { amount: string; currency: string } | null;
  minSubtotal: { amount: string; currency: string } | null;
  validFrom: string;
  validTo: string | null;
  maxRedemptions: number | null;
  redemptions: number;
  active: boolean;
  note: string | null;
};

/** The core's discount code from its stored row. */
export function toDiscountCode(row: DiscountCodeRow): DiscountCode {
  return {
    code: row.code,
    market: row.market,
    kind: row.kind as DiscountCode['kind'],
    percent: row.percent === null ? null : parseDecimal(row.percent) ?? null,
    amount: row.amountMinor === null || row.currency === null ? null : { amount: row.amountMinor, currency: row.currency },
    minSubtotal: row.minSubtotalMinor === null || row.minSubtotalCurrency === null ? null : { amount: row.minSubtotalMinor, currency: row.minSubtotalCurrency },
    validFrom: row.validFrom,
    validTo: row.validTo,
    maxRedemptions: row.maxRedemptions,
    active: row.active,
    note: row.note,
    redemptions: row.redemptions,
  };
}

export function toDiscountCodeView(row: DiscountCodeRow): DiscountCodeView {
  return {
    code: row.code,
    market: row.market,
    kind: row.kind as DiscountCodeView['kind'],
    percent: row.percent,
    amount: row.amountMinor === null || row.currency === null ? null : { amount: formatAmount({ amount: row.amountMinor, currency: row.currency }), currency: row.currency },
    minSubtotal: row.minSubtotalMinor === null || row.minSubtotalCurrency === null ? null : { amount: formatAmount({ amount: row.minSubtotalMinor, currency: row.minSubtotalCurrency }), currency: row.minSubtotalCurrency },
    validFrom: row.validFrom,
    validTo: row.validTo,
    maxRedemptions: row.maxRedemptions,
    redemptions: row.redemptions,
    active: row.active,
    note: row.note,
  };
}

/**
 * Create or replace a discount code (admin). A fixed amount must be in the market's currency when
 * the code is for one market. Redemptions already counted are kept.
 */
export async function putDiscountCode(deps: Pick<CheckoutDeps, 'carts' | 'markets' | 'clock'>, input: unknown): Promise<Result<DiscountCodeView, 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND'>> {
  const at = deps.clock();
  const parsed = parseDiscountCodeInput(input, { today: at.toISOString().slice(0, 10) });
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  if (d.market !== null) {
    const market = await deps.markets.get(d.market);
    if (!market) return fail('MARKET_NOT_FOUND', `no market "${d.market}"`, { field: 'market' });
    if (d.amount && d.amount.currency !== market.currency) return fail('VALIDATION_FAILED', `market ${market.id} sells in ${market.currency}; a fixed amount must be in it`, { field: 'amount.currency' });
  }
  const row = await deps.carts.putDiscountCode(
    {
      code: d.code,
      market: d.market,
      kind: d.kind,
      percent: d.percent ? formatDecimal(d.percent) : null,
      amountMinor: d.amount?.amount ?? null,
      currency: d.amount?.currency ?? null,
      minSubtotalMinor: d.minSubtotal?.amount ?? null,
      minSubtotalCurrency: d.minSubtotal?.currency ?? null,
      validFrom: d.validFrom,
      validTo: d.validTo,
      maxRedemptions: d.maxRedemptions,
      active: d.active,
      note: d.note,
    },
    at,
  );
  return ok(toDiscountCodeView(row));
}

export async function listDiscountCodes(deps: Pick<CheckoutDeps, 'carts'>): Promise<DiscountCodeView[]> {
  return (await deps.carts.listDiscountCodes()).map(toDiscountCodeView);
}
