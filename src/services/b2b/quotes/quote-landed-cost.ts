import type { ChargeLine } from '../../../core/landed-cost/answer.js';
import { calculateLandedCost } from '../../../core/landed-cost/calculate-landed-cost.js';
import { inEffect } from '../../../core/landed-cost/compile-rules.js';
import type { LandedCostRequest } from '../../../core/landed-cost/request.js';
import type { FxUsed } from '../../../core/fx/convert.js';
import type { EngineCharges } from '../../../core/b2b/quote-calculation.js';
import type { Party } from '../../../core/b2b/incoterms.js';
import type { QuoteCostField } from '../../../core/b2b/quote-input.js';
import { parseMoney } from '../../../core/money/money.js';
import { daysBetween } from '../../../core/calendar/iso-date.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import type { CompanyRow } from '../../../db/repositories/company-repository.js';
import { ANY_FX_AGE_DAYS, latestFxTable } from '../../checkout/latest-fx.js';
import type { QuoteServiceDeps } from './quote-deps.js';

/** What a quote keeps of the engine's answer: every duty, tax and fee line with its rate, basis, formula and rule, the rates used, the rules version. */
export type EngineSummary = {
  date: string;
  destination: { country: string; customsTerritory: string | null; currency: string | null };
  crossesBorder: boolean;
  /** The customs value the destination uses, per item, in its currency (CIF in the EU and UK, FOB in the US, Canada and Australia). */
  customsValues: Array<{ sku: string; amount: string; currency: string } | { sku: string; amount: null; currency: null }>;
  duties: ChargeLine[];
  taxes: ChargeLine[];
  fees: ChargeLine[];
  fx: Array<FxUsed & { stale: boolean }>;
  rulesVersion: string;
  complete: boolean;
  warnings: string[];
};

/**
 * Duties and import taxes at the company's door from the landed-cost engine, in the quote currency.
 * The engine values the goods as each destination's customs does (its country profile's duty
 * basis): freight and insurance are added for a CIF country and left out for an FOB one, so the
 * quote passes the costs of carriage to the border as `shipping` (loading, export clearance and the
 * main carriage) and the premium as `insurance`, the same under every rule. Customs fees the engine
 * knows (the US merchandise processing fee) are counted with the duties. Rates are the latest ECB
 * rates on or before the quote date, stated with their date and flagged when older than the limit.
 * Goods that stay in one customs territory (an EU warehouse to an EU distributor) cross no border:
 * no duties or import taxes (domestic or intra-EU VAT rules apply instead).
 */
export async function landedCostForQuote(
  deps: QuoteServiceDeps,
  q: { date: string; currency: string; company: CompanyRow; parties: { duties: Party; importTaxes: Party }; warehouseCountry: string; lines: ReadonlyArray<{ sku: string; title: string; hsCode: string; originCountry: string; unitPriceMinor: number; quantity: number; unitWeightG: number }>; costs: Partial<Record<QuoteCostField, number>> },
): Promise<Result<{ charges: EngineCharges; summary: EngineSummary }, 'FX_RATE_MISSING' | 'FX_RATE_STALE'>> {
  const rules = await deps.quotes.rules.get();
  const territory = (country: string) => inEffect(rules.profiles.get(country), q.date)[0]?.territory ?? country;
  const base = { date: q.date, rulesVersion: rules.version };
  if (territory(q.warehouseCountry) === territory(q.company.country)) {
    const note = `${q.warehouseCountry} and ${q.company.country} are in one customs territory: no import duties or import taxes (domestic VAT, or the intra-EU reverse charge between businesses, applies instead)`;
    return ok({
      charges: { dutiesMinor: 0, importTaxesMinor: 0 },
      summary: { ...base, destination: { country: q.company.country, customsTerritory: territory(q.company.country), currency: null }, crossesBorder: false, customsValues: [], duties: [], taxes: [], fees: [], fx: [], complete: true, warnings: [note] },
    });
  }
  const money = (amount: number) => ({ amount, currency: q.currency });
  const request: LandedCostRequest = {
    date: q.date,
    currency: q.currency,
    // The engine's payer and due date are not used: the Incoterms rule decides who bears duties and taxes.
    incoterm: 'DAP',
    shipFrom: { country: q.warehouseCountry },
    shipTo: { country: q.company.country, region: q.company.address.region ?? undefined, postalCode: q.company.address.postalCode ?? undefined },
    channel: 'courier',
    shipping: money((q.costs.loading ?? 0) + (q.costs.exportClearance ?? 0) + (q.costs.mainCarriage ?? 0)),
    insurance: money(q.costs.insurance ?? 0),
    registrations: [],
    items: q.lines.map((l) => ({
      sku: l.sku,
      description: l.title,
      hsCode: l.hsCode,
      originCountry: l.originCountry,
      unitPrice: money(l.unitPriceMinor),
      quantity: l.quantity,
      unitWeightKg: { coef: l.unitWeightG, scale: 3 },
      unitVolumeLitres: undefined,
      // A preference needs the distributor's proof of origin at import: quoted at the MFN rate.
      claimPreference: false,
      dutyRate: undefined,
    })),
  };
  const fx = await latestFxTable(deps, q.date);
  const answer = calculateLandedCost(request, rules, fx, { maxFxAgeDays: ANY_FX_AGE_DAYS });
  if (!answer.ok) return fail(answer.code, answer.message, { field: 'currency' });
  const a = answer.value;
  const minor = (text: string) => {
    const parsed = parseMoney(text, q.currency);
    if (!parsed.ok) throw new Error(`landed-cost answer amount ${text} ${q.currency}: ${parsed.message}`);
    return parsed.value.amount;
  };
  const maxAge = deps.quotes.maxFxAgeDays;
  const fxUsed = a.fx.map((f) => ({ ...f, stale: daysBetween(f.rateDate, q.date) > maxAge }));
  const warnings = [
    ...a.warnings,
    ...a.items.flatMap((i) => i.reasons.map((r) => `${i.sku}: ${r.message}`)),
    ...fxUsed.filter((f) => f.stale).map((f) => `the ${f.source} rate ${f.from}/${f.to} used is from ${f.rateDate}, more than ${maxAge} days before ${q.date}; refresh the rates (landfall fx refresh)`),
  ];
  return ok({
    charges: { dutiesMinor: minor(a.totals.duties) + minor(a.totals.fees), importTaxesMinor: minor(a.totals.taxes) },
    summary: {
      ...base,
      rulesVersion: a.rulesVersion,
      destination: a.destination,
      crossesBorder: true,
      customsValues: a.items.map((i) => (i.customsValue ? { sku: i.sku, ...i.customsValue } : { sku: i.sku, amount: null, currency: null })),
      // The engine is asked as for DAP; who pays is the Incoterms rule's answer.
      duties: a.duties.map((l) => ({ ...l, payer: q.parties.duties })),
      taxes: a.taxes.map((l) => ({ ...l, payer: q.parties.importTaxes })),
      fees: a.fees.map((l) => ({ ...l, payer: q.parties.duties })),
      fx: fxUsed,
      complete: a.complete,
      warnings,
    },
  });
}
