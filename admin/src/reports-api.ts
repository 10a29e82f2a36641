/**
 * The admin's calls to the reports API (tax returns, currency exposure, duties reconciliation, the
 * orders behind sales, carrier duty invoices), with the tab's key and the problem+json handling of
 * api.ts, and the answer shapes the report screens read.
 */
import { createCaller } from './api.js';
import type { Money } from './api-types.js';

export const TAX_SCHEMES = ['IOSS', 'UK_VAT', 'AU_GST', 'NZ_GST', 'NO_VOEC'] as const;
export type TaxScheme = (typeof TAX_SCHEMES)[number];
/** IOSS returns are monthly; the others quarterly (docs/reports.md). */
export const MONTHLY: readonly TaxScheme[] = ['IOSS'];

type Subtotal = { lines: number; taxable: Money; tax: Money };
export type TaxReturnFigure = { country: string; rate: string; sales: Subtotal; refunds: Subtotal; taxable: Money; tax: Money; linesUrl: string };
export type TaxReturnCorrection = { period: string; country: string; rate: string; lines: number; taxable: Money; tax: Money; includedInFigures: boolean; linesUrl: string };
export type TaxReturn = {
  scheme: TaxScheme;
  name: string;
  lineScheme: string;
  figuresPer: string;
  returnCurrency: string;
  period: { code: string; granularity: 'month' | 'quarter'; start: string; lastDay: string; dueDate: string; ended: boolean };
  registration: { number: string; validFrom: string; validTo: string | null } | null;
  figures: TaxReturnFigure[];
  totals: { taxable: Money; tax: Money };
  corrections: TaxReturnCorrection[];
  correctionsTotal: { taxable: Money; tax: Money };
  payable: Money;
  declared: { taxable: Money; tax: Money; payable: Money } | null;
  fx: Array<{ from: string; to: string; rate: string; rateDate: string; forPeriod: string; prescribed: boolean }>;
  lineCount: number;
  rules: Record<string, { source: string; note?: string }>;
  complete: boolean;
  warnings: string[];
};
export type TaxReturnLine = { kind: 'sale' | 'refund'; section: 'period' | 'correction'; orderNumber: string; position: number; sku: string; units: number; date: string; salePeriod: string; country: string; rate: string; taxable: Money; tax: Money };
export type TaxReturnLines = { scheme: string; period: string; total: number; items: TaxReturnLine[]; nextCursor: string | null };

export type CurrencyExposureRow = {
  currency: string;
  captured: Money;
  refunded: Money;
  held: Money;
  owed: { schemeTaxes: Money; carriers: Money; pendingRefunds: Money; total: Money };
  net: Money;
  rate: string | null;
  inBase: { held: Money; owed: Money; net: Money } | null;
  ifStronger: Money | null;
  ifWeaker: Money | null;
};
export type CurrencyExposure = {
  from: string;
  to: string;
  valuedOn: string;
  rates: { source: string; base: string; date: string; stale: boolean } | null;
  baseCurrency: string;
  move: string;
  currencies: CurrencyExposureRow[];
  totals: { held: Money; owed: Money; net: Money; ifStronger: Money; ifWeaker: Money };
  schemeTaxes: Array<{ scheme: string; period: string; dueDate: string; amount: Money; estimated: boolean }>;
  warnings: string[];
};

type Parts = { duties: Money; taxes: Money; fees: Money; total: Money };
export type ParcelReconciliation = { orderNumber: string; position: number; market: string; country: string; carrier: string; status: string; shippedDate: string | null; currency: string; quoted: Parts; quotedFrom: string; invoiced: Parts | null; difference: Parts | null; invoices: Array<{ invoiceNumber: string; invoiceDate: string; total: Money }> };
export type DutiesReconciliation = {
  from: string;
  to: string;
  parcels: ParcelReconciliation[];
  summary: Array<{ market: string; currency: string; parcels: number; invoicedParcels: number; quoted: Parts; invoiced: Parts; difference: Parts; awaitingParcels: number; awaitingQuoted: Money }>;
  warnings: string[];
};
export type DutyInvoiceInput = { invoiceNumber: string; invoiceDate: string; currency: string; duties: string; taxes: string; fees?: string; carrier?: string; note?: string };

export type SalesOrder = { number: string; market: string; country: string; currency: string; incoterm: string; status: string; paidAt: string; goods: Money; shipping: Money; duties: Money; taxes: Money; fees: Money; total: Money; refunded: Money; net: Money; salesChannel?: string; channelOrderId?: string | null };
export type SalesOrders = { from: string; to: string; filter: { market: string | null; currency: string | null; country: string | null; channel?: string | null }; items: SalesOrder[]; nextCursor: string | null };

/** A query string of the parameters that have a value. */
export function reportQuery(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

export type ReportsApi = ReturnType<typeof createReportsApi>;

export function createReportsApi(key: string, fetcher: typeof fetch = fetch.bind(globalThis)) {
  const call = createCaller(key, fetcher);
  return {
    taxReturn: (params: { scheme: string; period?: string }) => call<TaxReturn>('GET', `/v1/admin/reports/tax-returns${reportQuery(params)}`),
    /** A figure's own drill-down URL (from the return), or any filter of the lines. */
    taxReturnLines: (url: string) => call<TaxReturnLines>('GET', url),
    currencyExposure: (params: { from?: string; to?: string; move?: string }) => call<CurrencyExposure>('GET', `/v1/admin/reports/currency-exposure${reportQuery(params)}`),
    dutiesReconciliation: (params: { from?: string; to?: string }) => call<DutiesReconciliation>('GET', `/v1/admin/reports/duties-reconciliation${reportQuery(params)}`),
    recordDutyInvoice: (number: string, position: number, body: DutyInvoiceInput) => call<unknown>('POST', `/v1/admin/orders/${encodeURIComponent(number)}/shipments/${position}/duty-invoices`, body),
    salesOrders: (params: { from?: string; to?: string; market?: string; currency?: string; country?: string; channel?: string; cursor?: string | null; limit?: number }) => call<SalesOrders>('GET', `/v1/admin/reports/orders${reportQuery(params)}`),
  };
}

/** The same report as CSV: its URL with format=csv added. */
export function csvUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}format=csv`;
}

/** Where app.tsx keeps the key (or session token) of this browser tab. */
const TAB_KEY = 'landfall.admin.key';

/** The reports client for this tab's key. */
export function reportsApiOfTab(): ReportsApi {
  return createReportsApi(sessionStorage.getItem(TAB_KEY) ?? '');
}
