import { baseRates, type BaseRates } from '../../core/reports/amounts.js';
import { reconcileDuties, type DutiesReconciliation } from '../../core/reports/duties-reconciliation.js';
import type { Result } from '../../core/result/result.js';
import { createDutyInvoiceRepository } from '../../db/repositories/duty-invoice-repository.js';
import { createReportFxRepository } from '../../db/repositories/report-fx-repository.js';
import type { Deps } from '../deps.js';
import { addDays, readDashboardRange } from './dashboard-range.js';

export type DutiesReconciliationAnswer = DutiesReconciliation & {
  from: string;
  to: string;
  timeZone: 'UTC';
  parcels: Array<DutiesReconciliation['parcels'][number] & { orderUrl: string; invoicesUrl: string }>;
};

/**
 * Duties quoted at checkout against duties invoiced by carriers, for the DDP parcels shipped from
 * `from` to `to` (UTC days, both included; default the last 30 days) and any parcel with an invoice
 * dated in the range: per parcel the duties, import taxes and fees the quote put on the seller and
 * what the carrier invoiced, the difference (invoiced - quoted), and the parcels still waiting for
 * an invoice; summed per market and currency.
 *
 * @example getDutiesReconciliation(deps, { from: '2026-11-01', to: '2026-11-30' })
 */
export async function getDutiesReconciliation(deps: Pick<Deps, 'database' | 'clock'>, query: { from?: unknown; to?: unknown }): Promise<Result<DutiesReconciliationAnswer, 'VALIDATION_FAILED'>> {
  const range = readDashboardRange(query, deps.clock().toISOString().slice(0, 10));
  if (!range.ok) return range;
  const end = addDays(range.value.to, 1);
  const found = await createDutyInvoiceRepository(deps.database.orm).parcelsToReconcile({
    start: new Date(`${range.value.from}T00:00:00.000Z`),
    end: new Date(`${end}T00:00:00.000Z`),
    startDate: range.value.from,
    endDate: end,
  });
  // Rates only for parcels invoiced in a third currency (neither the order's nor the destination's), by their latest invoice's date.
  const fx = createReportFxRepository(deps.database.orm);
  const rates = new Map<string, { date: string; rates: BaseRates } | null>();
  const invoicesOf = new Map<string, typeof found.invoices>();
  for (const i of found.invoices) invoicesOf.set(`${i.orderNumber}#${i.position}`, [...(invoicesOf.get(`${i.orderNumber}#${i.position}`) ?? []), i]);
  for (const p of found.parcels) {
    const list = invoicesOf.get(`${p.orderNumber}#${p.position}`) ?? [];
    const latest = list.map((i) => i.invoiceDate).sort().at(-1);
    if (!latest || rates.has(latest) || list[0]!.currency === p.orderCurrency || list[0]!.currency === p.localCurrency) continue;
    const published = await fx.latestOnOrBefore('ECB', 'EUR', latest);
    rates.set(latest, published ? { date: published.date, rates: baseRates('EUR', published.rates) } : null);
  }
  const r = reconcileDuties(found.parcels, found.invoices, (date) => rates.get(date) ?? null);
  return {
    ok: true,
    value: {
      from: range.value.from,
      to: range.value.to,
      timeZone: 'UTC',
      ...r,
      parcels: r.parcels.map((p) => ({ ...p, orderUrl: `/v1/admin/orders/${p.orderNumber}`, invoicesUrl: `/v1/admin/orders/${p.orderNumber}/shipments/${p.position}/duty-invoices` })),
    },
  };
}
