import type { ChargeLine } from '../landed-cost/answer.js';
import { inEffect, type RuleSet } from '../landed-cost/compile-rules.js';
import { pickTaxRule } from '../landed-cost/pick-tax-rule.js';
import { percentOf } from '../decimal/percent-of.js';
import { allocate } from '../money/allocate.js';
import { formatAmount, type Money } from '../money/money.js';

/**
 * Whether a parcel from `from` to `to` crosses no customs border: the same country, or two countries
 * of one customs territory (the Dutch warehouse to a German buyer inside the EU customs union).
 * A country the rules hold no profile for is treated as foreign.
 */
export function isDomesticSale(rules: RuleSet, from: string, to: string, date: string): boolean {
  if (from === to) return true;
  const a = inEffect(rules.profiles.get(from), date)[0];
  const b = inEffect(rules.profiles.get(to), date)[0];
  return a !== undefined && b !== undefined && a.territory === b.territory;
}

export type DomesticItem = { sku: string; net: Money; hsCode: string | undefined };

/**
 * The tax on a sale that crosses no customs border: no duty and no import fees, and the
 * destination's VAT or GST on the goods and on the delivery (the EU charges VAT where the goods
 * arrive on distance sales once a seller is past the EUR 10,000 union-wide threshold: Council
 * Directive 2006/112/EC Article 33, as amended by Directive (EU) 2017/2455). Delivery is ancillary
 * to the goods and takes their rate, shared across the goods by value when their rates differ.
 * Each item gives a line for its goods and one for its share of the delivery.
 * The rates are the destination's import-tax rules, which are its domestic rates. A destination
 * with no such rule (the United States, whose sales taxes are set by each state) gets no line and a
 * note saying so.
 */
export function domesticCharges(
  rules: RuleSet,
  input: { date: string; country: string; region: string | undefined; items: readonly DomesticItem[]; shipping: Money },
): { taxes: ChargeLine[]; notes: string[] } {
  const pool = inEffect(rules.taxes.get(input.country), input.date);
  const currency = input.shipping.currency;
  const shares = input.items.length > 0 ? allocate(input.shipping, input.items.map((i) => i.net.amount)) : [];
  const taxes: ChargeLine[] = [];
  const notes: string[] = [];
  const rounding = profileRounding(rules, input.country, input.date);
  input.items.forEach((item, i) => {
    const rule = pickTaxRule(pool, input.region, item.hsCode);
    if (!rule) return;
    // The goods' tax belongs to the line; the delivery's share is a line of its own (sku null), so a
    // refund of the goods gives back their tax and a refund of the delivery gives back its tax.
    const parts: Array<{ base: Money; sku: string | null; basis: string; what: string }> = [{ base: item.net, sku: item.sku, basis: 'sale price', what: `goods ${item.sku}` }];
    if (shares[i]!.amount > 0) parts.push({ base: shares[i]!, sku: null, basis: 'delivery', what: `delivery, the share of ${item.sku}` });
    for (const part of parts) {
      const amount = { amount: percentOf(part.base.amount, rule.percent, rounding), currency };
      const baseText = { amount: formatAmount(part.base), currency };
      taxes.push({
        type: 'tax',
        name: rule.name,
        amount: formatAmount(amount),
        currency,
        rate: rule.rateText,
        basis: part.basis,
        baseAmount: baseText,
        formula: `${rule.rateText} of ${currency} ${baseText.amount} (${part.what})`,
        program: 'domestic tax',
        payer: 'seller',
        due: 'checkout',
        sku: part.sku,
        rule: rule.meta,
        note: 'no customs border on this parcel: no duty or import fees, the destination tax on the sale',
      });
    }
  });
  if (pool.length === 0) notes.push(`no VAT or GST rule for ${input.country}: taxes on this domestic parcel are not calculated (for the United States, state sales taxes are outside Landfall's rules)`);
  return { taxes, notes };
}

function profileRounding(rules: RuleSet, country: string, date: string) {
  return inEffect(rules.profiles.get(country), date)[0]?.rounding ?? 'half-up';
}
