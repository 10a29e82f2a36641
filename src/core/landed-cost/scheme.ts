import { formatMoney } from '../money/money.js';
import type { LowValueScheme } from './compile-rules.js';
import { convertInQuote, type FxFailure, type QuoteContext, type ValuedItem } from './context.js';

/** How an item's import tax is handled: at checkout by the seller, at the border, or not at all. */
export type TaxMode = 'border' | 'point-of-sale' | 'relief';

export type SchemeScope = {
  rule: LowValueScheme;
  registration: { scheme: string; number: string } | undefined;
  /** Items inside the scheme, with how their tax is handled. Items not listed are taxed at the border. */
  modes: ReadonlyMap<number, TaxMode>;
};

/**
 * Which items a low-value scheme covers and what happens to their tax: a registered seller
 * charges it at checkout; otherwise the scheme says (border, relief, or the seller must register).
 * Relief for an unregistered seller holds only while the whole consignment is within the ceiling,
 * since above it the goods are entered at the border like any other (Australia's AUD 1,000).
 * Runs before duties, because some schemes also relieve duty (Norway's VOEC).
 */
export function resolveScheme(ctx: QuoteContext): FxFailure | undefined {
  const scheme = ctx.dest.schemes[0];
  if (!scheme) return undefined;
  const ceiling = convertInQuote(ctx, scheme.ceiling, ctx.local, `scheme.${scheme.meta.id}`);
  if (!ceiling.ok) return ceiling;
  const registration = ctx.request.registrations.find((r) => r.scheme === scheme.registration);
  const within = (v: number) => (scheme.comparison === 'lte' ? v <= ceiling.money.amount : v < ceiling.money.amount);
  const covered = (vi: ValuedItem) => !(vi.item.hsCode && (scheme.excludedHsPrefixes ?? []).some((p) => vi.item.hsCode!.startsWith(p)));
  const inScope = ctx.items.filter((vi) => covered(vi) && (scheme.valueTested === 'per-item' ? within(Math.round(vi.value.amount / vi.item.quantity)) : within(ctx.intrinsic.amount)));
  let mode: TaxMode = registration ? 'point-of-sale' : scheme.unregistered === 'border' ? 'border' : scheme.unregistered === 'relief' ? 'relief' : 'point-of-sale';
  if (mode === 'relief' && !within(ctx.intrinsic.amount)) mode = 'border';
  const modes = new Map(inScope.map((vi) => [vi.index, mode] as const));
  ctx.scheme = { rule: scheme, registration, modes };
  if (inScope.length > 0) noteScheme(ctx, scheme, mode, registration !== undefined, inScope.length);
  return undefined;
}

/** True when the item is sold under a scheme that also frees it from duty. */
export function isDutyRelievedByScheme(ctx: QuoteContext, vi: ValuedItem): boolean {
  const s = ctx.scheme;
  return !!s && s.rule.relievesDuty === true && s.registration !== undefined && s.modes.get(vi.index) === 'point-of-sale';
}

function noteScheme(ctx: QuoteContext, scheme: LowValueScheme, mode: TaxMode, registered: boolean, count: number): void {
  const where = `${count} item line(s) within ${scheme.scheme} (${formatMoney(scheme.ceiling)} ${scheme.valueTested === 'per-item' ? 'per item' : 'per consignment'})`;
  if (mode === 'point-of-sale' && !registered) {
    ctx.warnings.push(`${where}: the seller has no ${scheme.registration} registration but must register to sell these goods; the tax is shown as charged at checkout`);
  } else if (mode === 'border') {
    ctx.warnings.push(`${where}: without a ${scheme.registration} registration the import tax is collected at the border`);
  } else if (mode === 'relief') {
    ctx.warnings.push(`${where}: the seller is not registered for ${scheme.registration}, so no tax is collected on these goods${scheme.note ? ` (${scheme.note})` : ''}`);
  }
}
