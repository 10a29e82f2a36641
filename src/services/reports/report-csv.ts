/**
 * The reports as CSV (src/core/reports/csv.ts: RFC 4180, formula-injection safe): one record per
 * figure, amounts as decimal strings in their currency's exponent (the currency in its own column),
 * never summed across currencies except where a column says it is in the base currency.
 */
import { toCsv, type CsvValue } from '../../core/reports/csv.js';
import type { CurrencyExposureAnswer } from './currency-exposure.js';
import type { Dashboard } from './dashboard.js';
import type { DutiesReconciliationAnswer } from './duties-reconciliation.js';
import type { SalesOrdersPage } from './sales-orders.js';
import type { TaxReturnAnswer, TaxReturnLinesPage } from './tax-return.js';

const a = (m: { amount: string } | null | undefined): CsvValue => m?.amount ?? null;

/** Sales by market and currency of the dashboard, with the duties and taxes refunded. */
export function dashboardCsv(d: Dashboard): string {
  return toCsv(
    ['from', 'to', 'market', 'currency', 'orders', 'goods', 'discount', 'shipping', 'duties', 'taxes', 'taxes_included', 'fees', 'total', 'due_on_delivery', 'refunded', 'net', 'duties_refunded', 'taxes_refunded'],
    d.sales.map((s) => {
      const back = d.dutiesAndTaxes.find((x) => x.market === s.market && x.currency === s.currency);
      return [d.from, d.to, s.market, s.currency, s.orders, a(s.goods), a(s.discount), a(s.shipping), a(s.duties), a(s.taxes), a(s.taxesIncluded), a(s.fees), a(s.total), a(s.dueOnDelivery), a(s.refunded), a(s.net), a(back?.dutiesRefunded), a(back?.taxesRefunded)];
    }),
  );
}

/** Sales per sales channel and currency (the dashboard's `byChannel`). */
export function salesByChannelCsv(d: Dashboard): string {
  return toCsv(
    ['from', 'to', 'channel', 'currency', 'orders', 'goods', 'discount', 'shipping', 'duties', 'taxes', 'taxes_included', 'fees', 'total', 'due_on_delivery', 'refunded', 'net'],
    d.byChannel.map((s) => [d.from, d.to, s.channel, s.currency, s.orders, a(s.goods), a(s.discount), a(s.shipping), a(s.duties), a(s.taxes), a(s.taxesIncluded), a(s.fees), a(s.total), a(s.dueOnDelivery), a(s.refunded), a(s.net)]),
  );
}

/** A tax return: its figures, its corrections, then the totals and what is payable, in the return currency. */
export function taxReturnCsv(r: TaxReturnAnswer): string {
  const header = ['record', 'scheme', 'period', 'corrects_period', 'country', 'rate_percent', 'currency', 'sale_lines', 'sales_taxable', 'sales_tax', 'refund_lines', 'refunds_taxable', 'refunds_tax', 'taxable', 'tax', 'included_in_figures', 'registration'];
  const reg = r.registration?.number ?? null;
  const c = r.returnCurrency;
  return toCsv(header, [
    ...r.figures.map((f) => ['figure', r.scheme, r.period.code, null, f.country, f.rate, c, f.sales.lines, a(f.sales.taxable), a(f.sales.tax), f.refunds.lines, a(f.refunds.taxable), a(f.refunds.tax), a(f.taxable), a(f.tax), true, reg]),
    ...r.corrections.map((x) => ['correction', r.scheme, r.period.code, x.period, x.country, x.rate, c, 0, null, null, x.lines, a(x.taxable), a(x.tax), a(x.taxable), a(x.tax), x.includedInFigures, reg]),
    ['total', r.scheme, r.period.code, null, null, null, c, null, null, null, null, null, null, a(r.totals.taxable), a(r.totals.tax), true, reg],
    ['payable', r.scheme, r.period.code, null, null, null, c, null, null, null, null, null, null, null, a(r.payable), null, reg],
  ]);
}

/** The order lines behind a return: one record per line and rate, in the order's currency. */
export function taxReturnLinesCsv(p: TaxReturnLinesPage): string {
  return toCsv(
    ['scheme', 'period', 'kind', 'section', 'sale_period', 'order', 'line', 'sku', 'units', 'date', 'country', 'rate_percent', 'currency', 'taxable', 'tax', 'refund', 'taxable_from'],
    p.items.map((l) => [p.scheme, p.period, l.kind, l.section, l.salePeriod, l.orderNumber, l.position, l.sku, l.units, l.date, l.country, l.rate, l.taxable.currency, a(l.taxable), a(l.tax), l.refundId, l.taxableFrom]),
  );
}

/** Currency exposure: one record per currency, then the totals in the base currency. */
export function currencyExposureCsv(e: CurrencyExposureAnswer): string {
  const header = ['from', 'to', 'currency', 'captured', 'refunded', 'held', 'owed_scheme_taxes', 'owed_carriers', 'owed_pending_refunds', 'owed', 'net', 'base_currency', 'rate_to_base', 'rate_date', 'held_in_base', 'owed_in_base', 'net_in_base', 'move_percent', 'if_stronger_in_base', 'if_weaker_in_base'];
  return toCsv(header, [
    ...e.currencies.map((x) => [e.from, e.to, x.currency, a(x.captured), a(x.refunded), a(x.held), a(x.owed.schemeTaxes), a(x.owed.carriers), a(x.owed.pendingRefunds), a(x.owed.total), a(x.net), e.baseCurrency, x.rate, e.rates?.date ?? null, a(x.inBase?.held), a(x.inBase?.owed), a(x.inBase?.net), e.move, a(x.ifStronger), a(x.ifWeaker)]),
    [e.from, e.to, 'total', null, null, null, null, null, null, null, null, e.baseCurrency, null, e.rates?.date ?? null, a(e.totals.held), a(e.totals.owed), a(e.totals.net), e.move, a(e.totals.ifStronger), a(e.totals.ifWeaker)],
  ]);
}

/** Duties reconciliation: one record per parcel, then one per market and currency. */
export function dutiesReconciliationCsv(r: DutiesReconciliationAnswer): string {
  const header = ['record', 'market', 'currency', 'order', 'shipment', 'country', 'carrier', 'status', 'shipped', 'parcels', 'invoiced_parcels', 'quoted_duties', 'quoted_taxes', 'quoted_fees', 'quoted', 'invoiced_duties', 'invoiced_taxes', 'invoiced_fees', 'invoiced', 'difference', 'awaiting_parcels', 'awaiting_quoted', 'quoted_from', 'invoices'];
  return toCsv(header, [
    ...r.parcels.map((p) => ['parcel', p.market, p.currency, p.orderNumber, p.position, p.country, p.carrier, p.status, p.shippedDate, 1, p.invoiced ? 1 : 0, a(p.quoted.duties), a(p.quoted.taxes), a(p.quoted.fees), a(p.quoted.total), a(p.invoiced?.duties), a(p.invoiced?.taxes), a(p.invoiced?.fees), a(p.invoiced?.total), a(p.difference?.total), p.invoiced ? 0 : 1, p.invoiced ? null : a(p.quoted.total), p.quotedFrom, p.invoices.map((i) => i.invoiceNumber).join(' ')]),
    ...r.summary.map((s) => ['market', s.market, s.currency, null, null, null, null, null, null, s.parcels, s.invoicedParcels, a(s.quoted.duties), a(s.quoted.taxes), a(s.quoted.fees), a(s.quoted.total), a(s.invoiced.duties), a(s.invoiced.taxes), a(s.invoiced.fees), a(s.invoiced.total), a(s.difference.total), s.awaitingParcels, a(s.awaitingQuoted), null, null]),
  ]);
}

/** The paid orders behind a sales figure. */
export function salesOrdersCsv(p: SalesOrdersPage): string {
  return toCsv(
    ['order', 'paid_at', 'market', 'country', 'currency', 'incoterm', 'status', 'goods', 'discount', 'shipping', 'duties', 'taxes', 'fees', 'total', 'refunded', 'net', 'sales_channel', 'channel_order_id'],
    p.items.map((o) => [o.number, o.paidAt, o.market, o.country, o.currency, o.incoterm, o.status, a(o.goods), a(o.discount), a(o.shipping), a(o.duties), a(o.taxes), a(o.fees), a(o.total), a(o.refunded), a(o.net), o.salesChannel, o.channelOrderId]),
  );
}
