import { amountOf, canConvert, convertMinor, crossRateText, parseMinor, type Amount, type BaseRates } from './amounts.js';

/**
 * A parcel as the reconciliation reads it: the duties, import taxes and fees the checkout quote
 * expected a carrier to pay at the border for the seller (DDP), summed per kind in the order's
 * currency and in the destination's (the quote works them out there; `local*` equal the order's
 * when the two currencies are the same).
 */
export type ParcelRow = {
  orderNumber: string;
  market: string;
  country: string;
  incoterm: string;
  orderCurrency: string;
  position: number;
  carrier: string;
  status: string;
  shippedDate: string | null;
  quoted: { duties: string; taxes: string; fees: string };
  localCurrency: string;
  local: { duties: string; taxes: string; fees: string };
};

/** A recorded carrier invoice for a parcel's import charges. */
export type InvoiceRow = { orderNumber: string; position: number; carrier: string; invoiceNumber: string; invoiceDate: string; currency: string; duties: bigint; taxes: bigint; fees: bigint };

type Parts = { duties: Amount; taxes: Amount; fees: Amount; total: Amount };

export type ParcelReconciliation = {
  orderNumber: string;
  position: number;
  market: string;
  country: string;
  carrier: string;
  status: string;
  shippedDate: string | null;
  /** The currency quoted and invoiced are compared in: the invoices', or the order's while none is recorded. */
  currency: string;
  quoted: Parts;
  /** Where the quoted amounts in `currency` come from: the order's own amounts, the quote's amounts in the destination's currency, or the order's converted with an ECB rate. */
  quotedFrom: 'order' | 'destination' | 'converted' | 'unconverted';
  fx: { rate: string; rateDate: string; source: 'ECB' } | null;
  invoiced: Parts | null;
  /** invoiced - quoted: above zero, the carrier billed more than the checkout collected. */
  difference: Parts | null;
  invoices: Array<{ carrier: string; invoiceNumber: string; invoiceDate: string; total: Amount }>;
};

export type MarketReconciliation = {
  market: string;
  currency: string;
  parcels: number;
  invoicedParcels: number;
  /** Quoted, of the invoiced parcels only, so that it compares with `invoiced`. */
  quoted: Parts;
  invoiced: Parts;
  difference: Parts;
  awaitingParcels: number;
  /** Quoted for the parcels with no invoice yet. */
  awaitingQuoted: Amount;
};

export type DutiesReconciliation = { parcels: ParcelReconciliation[]; summary: MarketReconciliation[]; warnings: string[] };

type Sums = { duties: bigint; taxes: bigint; fees: bigint };
const KINDS = ['duties', 'taxes', 'fees'] as const;

function parts(s: Sums, currency: string): Parts {
  return { duties: amountOf(s.duties, currency), taxes: amountOf(s.taxes, currency), fees: amountOf(s.fees, currency), total: amountOf(s.duties + s.taxes + s.fees, currency) };
}

function read(text: { duties: string; taxes: string; fees: string }, currency: string): Sums {
  const v = (t: string) => parseMinor(t, currency) ?? 0n;
  return { duties: v(text.duties), taxes: v(text.taxes), fees: v(text.fees) };
}

/**
 * Set each parcel's quoted border charges against what its carrier invoiced, in the invoices'
 * currency: the quote's own amounts when the invoice is in the order's or the destination's
 * currency, else the order's amounts converted with the ECB rate of the latest invoice's date
 * (`ratesOn`, half-up per kind). Parcels without an invoice are compared later; they are counted as
 * awaiting, in the order's currency (a parcel with no border charges quoted and no invoice expects no
 * bill and is left out). Summed per market and currency; never across currencies.
 */
export function reconcileDuties(parcels: readonly ParcelRow[], invoices: readonly InvoiceRow[], ratesOn: (date: string) => { date: string; rates: BaseRates } | null): DutiesReconciliation {
  const warnings: string[] = [];
  const invoicesOf = new Map<string, InvoiceRow[]>();
  for (const i of invoices) {
    const key = `${i.orderNumber}#${i.position}`;
    invoicesOf.set(key, [...(invoicesOf.get(key) ?? []), i]);
  }
  const rows: ParcelReconciliation[] = [];
  const groups = new Map<string, { market: string; currency: string; parcels: number; invoicedParcels: number; quoted: Sums; invoiced: Sums; awaitingParcels: number; awaiting: bigint }>();
  const group = (market: string, currency: string) => {
    const key = `${market}|${currency}`;
    let g = groups.get(key);
    if (!g) {
      g = { market, currency, parcels: 0, invoicedParcels: 0, quoted: { duties: 0n, taxes: 0n, fees: 0n }, invoiced: { duties: 0n, taxes: 0n, fees: 0n }, awaitingParcels: 0, awaiting: 0n };
      groups.set(key, g);
    }
    return g;
  };

  for (const p of parcels) {
    const own = read(p.quoted, p.orderCurrency);
    const list = (invoicesOf.get(`${p.orderNumber}#${p.position}`) ?? []).sort((a, b) => (a.invoiceDate < b.invoiceDate ? -1 : a.invoiceDate > b.invoiceDate ? 1 : a.invoiceNumber < b.invoiceNumber ? -1 : 1));
    const base = { orderNumber: p.orderNumber, position: p.position, market: p.market, country: p.country, carrier: p.carrier, status: p.status, shippedDate: p.shippedDate };
    if (list.length === 0) {
      // Nothing quoted for the carrier to pay and nothing invoiced: no bill is expected for this parcel.
      if (own.duties + own.taxes + own.fees === 0n) continue;
      rows.push({ ...base, currency: p.orderCurrency, quoted: parts(own, p.orderCurrency), quotedFrom: 'order', fx: null, invoiced: null, difference: null, invoices: [] });
      const g = group(p.market, p.orderCurrency);
      g.parcels++;
      g.awaitingParcels++;
      g.awaiting += own.duties + own.taxes + own.fees;
      continue;
    }
    const currency = list[0]!.currency;
    const invoiced: Sums = { duties: 0n, taxes: 0n, fees: 0n };
    for (const i of list) for (const k of KINDS) invoiced[k] += i[k];
    let quoted = own;
    let quotedFrom: ParcelReconciliation['quotedFrom'] = 'order';
    let fx: ParcelReconciliation['fx'] = null;
    if (currency !== p.orderCurrency) {
      if (currency === p.localCurrency) {
        quoted = read(p.local, p.localCurrency);
        quotedFrom = 'destination';
      } else {
        const latest = list[list.length - 1]!.invoiceDate;
        const r = ratesOn(latest);
        if (r && canConvert(r.rates, p.orderCurrency, currency)) {
          quoted = { duties: convertMinor(own.duties, p.orderCurrency, currency, r.rates), taxes: convertMinor(own.taxes, p.orderCurrency, currency, r.rates), fees: convertMinor(own.fees, p.orderCurrency, currency, r.rates) };
          quotedFrom = 'converted';
          fx = { rate: crossRateText(r.rates, p.orderCurrency, currency), rateDate: r.date, source: 'ECB' };
        } else {
          quoted = { duties: 0n, taxes: 0n, fees: 0n };
          quotedFrom = 'unconverted';
          warnings.push(`${p.orderNumber} parcel ${p.position}: no ECB rate from ${p.orderCurrency} to ${currency} on or before ${latest}; its quoted amounts are left at zero in ${currency}`);
        }
      }
    }
    const difference = { duties: invoiced.duties - quoted.duties, taxes: invoiced.taxes - quoted.taxes, fees: invoiced.fees - quoted.fees };
    rows.push({
      ...base,
      currency,
      quoted: parts(quoted, currency),
      quotedFrom,
      fx,
      invoiced: parts(invoiced, currency),
      difference: parts(difference, currency),
      invoices: list.map((i) => ({ carrier: i.carrier, invoiceNumber: i.invoiceNumber, invoiceDate: i.invoiceDate, total: amountOf(i.duties + i.taxes + i.fees, currency) })),
    });
    const g = group(p.market, currency);
    g.parcels++;
    g.invoicedParcels++;
    for (const k of KINDS) {
      g.quoted[k] += quoted[k];
      g.invoiced[k] += invoiced[k];
    }
  }

  const summary = [...groups.values()]
    .sort((a, b) => (a.market !== b.market ? (a.market < b.market ? -1 : 1) : a.currency < b.currency ? -1 : 1))
    .map((g) => ({
      market: g.market,
      currency: g.currency,
      parcels: g.parcels,
      invoicedParcels: g.invoicedParcels,
      quoted: parts(g.quoted, g.currency),
      invoiced: parts(g.invoiced, g.currency),
      difference: parts({ duties: g.invoiced.duties - g.quoted.duties, taxes: g.invoiced.taxes - g.quoted.taxes, fees: g.invoiced.fees - g.quoted.fees }, g.currency),
      awaitingParcels: g.awaitingParcels,
      awaitingQuoted: amountOf(g.awaiting, g.currency),
    }));
  return { parcels: rows, summary, warnings };
}
