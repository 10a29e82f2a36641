import { buildInvoice, type InvoiceData } from '../../../core/customs-docs/build-invoice.js';
import type { CustomsDocumentInput } from '../../../core/customs-docs/document-input.js';
import type { IncotermCode } from '../../../core/b2b/incoterms.js';
import type { QuoteCalculation } from '../../../core/b2b/quote-calculation.js';
import { inEffect } from '../../../core/landed-cost/compile-rules.js';
import { formatAmount } from '../../../core/money/money.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { createDocumentRepository } from '../../../db/repositories/document-repository.js';
import type { PayTo } from './accept-quote.js';
import { findQuote } from './get-quote.js';
import type { QuoteLine } from './price-quote.js';
import type { QuoteServiceDeps } from './quote-deps.js';

const TERMS_TEXT: Readonly<Record<string, string>> = {
  prepayment: 'Prepayment: payable by bank transfer before the goods are dispatched',
  net_30: 'Net 30: payable by bank transfer within 30 days of the invoice date',
  net_60: 'Net 60: payable by bank transfer within 60 days of the invoice date',
};

/**
 * The pro forma invoice of an accepted quote, built by the customs documents' invoice builder (the
 * same seller, buyer, lines with HS codes and origins, weights, registrations and declaration as an
 * order's) and then set to the quote's terms: its number (PF-Q-1001), the Incoterms 2020 rule with
 * its named place, the importer of record the rule implies, freight and insurance as far as the
 * seller bears them, the seller's price under the rule as the total, the payment terms and the
 * account to pay into. A quote not accepted yet has none (QUOTE_STATE_CONFLICT naming `status`).
 */
export async function quoteProForma(deps: QuoteServiceDeps, number: string): Promise<Result<InvoiceData, 'QUOTE_NOT_FOUND' | 'QUOTE_STATE_CONFLICT' | 'COMPANY_NOT_FOUND' | 'VALIDATION_FAILED' | 'CUSTOMS_DATA_MISSING' | 'ORDER_STATE_CONFLICT'>> {
  const found = await findQuote(deps, number);
  if (!found.ok) return found;
  const quote = found.value;
  if (!quote.proFormaNumber || !quote.proFormaIssuedAt) return fail('QUOTE_STATE_CONFLICT', `quote ${quote.number} is ${quote.status}: its pro forma invoice is issued when it is accepted`, { field: 'status' });
  if (quote.status === 'cancelled') return fail('QUOTE_STATE_CONFLICT', `quote ${quote.number} is cancelled: its pro forma invoice is void`, { field: 'status' });
  const calc = quote.calculation as unknown as QuoteCalculation & { paymentTerms?: string; payTo?: PayTo };
  const lines = quote.lines as unknown as QuoteLine[];
  const date = quote.proFormaIssuedAt.toISOString().slice(0, 10);
  const [company, store, warehouse, registrations, rules, facts] = await Promise.all([
    deps.companies.get(quote.companyId),
    deps.store.get(),
    deps.warehouses.getByCode(quote.warehouse),
    deps.registrations.validOn(date),
    deps.quotes.rules.get(),
    createDocumentRepository(deps.database.orm).customsFacts(lines.map((l) => l.sku), 'en'),
  ]);
  if (!company) return fail('COMPANY_NOT_FOUND', `the company of quote ${quote.number} no longer exists`, { field: 'companyId' });
  if (!store) return fail('VALIDATION_FAILED', 'the store is not set up (no store settings)', { field: 'store' });
  if (!warehouse) return fail('VALIDATION_FAILED', `warehouse ${quote.warehouse} of quote ${quote.number} no longer exists`, { field: 'warehouse' });
  const territory = (country: string) => inEffect(rules.profiles.get(country), date)[0]?.territory ?? country;
  const seller = (items: readonly string[]) => calc.costs.filter((c) => items.includes(c.item) && c.party === 'seller').reduce((s, c) => s + c.amountMinor, 0);
  const ddp = quote.incoterm === 'DDP';
  const a = company.address;
  const input: CustomsDocumentInput = {
    order: {
      number: quote.number,
      status: 'pending_payment',
      currency: quote.currency,
      country: company.country,
      incoterm: quote.incoterm as IncotermCode,
      namedPlace: quote.namedPlace,
      email: company.email,
      address: { name: company.name, lines: a.lines, city: a.city, postalCode: a.postalCode ?? null, region: a.region ?? null, country: a.country, phone: a.phone ?? null },
      placedOn: date,
      paidOn: null,
      cancelled: false,
      lines: lines.map((l, position) => ({ position, sku: l.sku, title: l.title, quantity: l.quantity, goodsMinor: l.lineMinor, taxIncludedMinor: 0, taxesMinor: 0, taxScheme: null, hsCode: l.hsCode, originCountry: l.originCountry, weightG: l.unitWeightG * l.quantity })),
    },
    shipment: { id: quote.id, position: 0, warehouse: quote.warehouse, service: `freight by ${quote.transportMode.replace('_', ' ')}`, carrier: 'Forwarder', channel: 'freight', status: 'planned', trackingNumber: null, lines: lines.map((l) => ({ sku: l.sku, quantity: l.quantity })), shippingMinor: 0, dutiesMinor: 0, taxesMinor: 0, feesMinor: 0 },
    store: { name: store.name, baseCurrency: store.baseCurrency },
    warehouse: { code: warehouse.code, name: warehouse.name, country: warehouse.country, address: warehouse.address },
    registrations: registrations.map((r) => ({ scheme: r.scheme, number: r.number })),
    products: facts,
    territories: { origin: territory(warehouse.country), destination: territory(company.country) },
    lowValueSchemes: [],
    date,
    packagingWeightG: 0,
  };
  const built = buildInvoice(input, 'proforma');
  if (!built.ok) return built;
  const inv = built.value;
  const c = quote.currency;
  const m = (minor: number) => `${c} ${formatAmount({ amount: minor, currency: c })}`;
  const freightMinor = seller(['loading', 'exportClearance', 'mainCarriage', 'unloading', 'importClearance']);
  const insuranceMinor = seller(['insurance']);
  const dutiesMinor = seller(['duties', 'importTaxes']);
  const buyerDutiesMinor = calc.costs.filter((x) => (x.item === 'duties' || x.item === 'importTaxes') && x.party === 'buyer').reduce((s, x) => s + x.amountMinor, 0);
  const terms = TERMS_TEXT[calc.paymentTerms ?? 'prepayment'] ?? TERMS_TEXT.prepayment!;
  const notes = [
    `Pro forma invoice for quote ${quote.number}, valid until ${quote.validUntil}: the seller's price under ${calc.incoterm.text} is ${m(quote.totalMinor)}.`,
    `${calc.incoterm.risk}`,
    `Payment terms: ${terms}.`,
    calc.payTo ? `Pay to: ${calc.payTo.accountHolder}, IBAN ${calc.payTo.ibanPrinted}, BIC ${calc.payTo.bic}; reference ${quote.proFormaNumber}.` : `Pay to: the seller's account as agreed; reference ${quote.proFormaNumber}.`,
    calc.insurance ? `Insurance: ${insuranceMinor > 0 ? 'by the seller' : 'by the buyer, if it insures'}; minimum cover ${m(calc.insurance.minimumCoverMinor)} (110 % of the CIF value ${m(calc.insurance.cifValueMinor)})${calc.incoterm.insuranceCover ? `, ${calc.incoterm.insuranceCover}` : ''}.` : 'Insurance: not included.',
    ...inv.notes.filter((n) => n.startsWith('Tariff codes') || n.startsWith("Seller's address")),
  ];
  return ok({
    ...inv,
    number: quote.proFormaNumber,
    orderNumber: quote.number,
    importerOfRecord: ddp
      ? { party: 'seller', name: inv.seller.name, explanation: 'DDP: the seller clears the goods for import and pays the duties and import taxes' }
      : { party: 'buyer', name: company.name, explanation: `${quote.incoterm}: the buyer clears the goods for import and pays the duties and import taxes` },
    incoterm: { code: inv.incoterm.code, place: quote.namedPlace, text: calc.incoterm.text },
    reasonForExport: 'Sale of goods (distributor order)',
    totals: { ...inv.totals, freightMinor, insuranceMinor, totalMinor: quote.totalMinor },
    dutiesAndTaxes: ddp
      ? { minor: dutiesMinor, paidBy: 'seller', text: 'Duties and import taxes: paid by the seller (DDP), included in the invoice total' }
      : { minor: buyerDutiesMinor, paidBy: 'buyer', text: `Duties and import taxes: payable by the buyer at import (${quote.incoterm}); estimated at` },
    notes,
    requestsPayment: (calc.paymentTerms ?? 'prepayment') === 'prepayment',
  });
}
