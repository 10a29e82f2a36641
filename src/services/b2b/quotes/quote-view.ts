import { effectiveQuoteStatus, isQuoteStatus, type QuoteStatus } from '../../../core/b2b/quote-status.js';
import type { QuoteRow } from '../../../db/repositories/quote-repository.js';

/** A quote as the admin API shows it. Amounts are integer minor units of `currency`. */
export type QuoteView = {
  id: string;
  number: string;
  /** As it reads today: a draft or sent quote past validUntil is `expired`. */
  status: QuoteStatus;
  company: { id: string; name: string | null; country: string | null };
  buyerId: string | null;
  incoterm: string;
  transportMode: string;
  namedPlace: string;
  currency: string;
  warehouse: string;
  lines: Array<Record<string, unknown>>;
  goodsMinor: number;
  /** The seller's price under the rule: what the distributor pays the seller. */
  totalMinor: number;
  calculation: Record<string, unknown>;
  validUntil: string;
  proForma: { number: string; issuedAt: string; url: string } | null;
  /** When the distributor was last sent its link; who accepted (`operator`, or the buyer's email). */
  buyerLinkSentAt: string | null;
  acceptedBy: string | null;
  order: { id: string; number: string | null } | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
};

export function toQuoteView(row: QuoteRow, today: string, extra: { company?: { name: string; country: string } | undefined; orderNumber?: string | null } = {}): QuoteView {
  const stored = isQuoteStatus(row.status) ? row.status : 'draft';
  return {
    id: row.id,
    number: row.number,
    status: effectiveQuoteStatus(stored, row.validUntil, today),
    company: { id: row.companyId, name: extra.company?.name ?? null, country: extra.company?.country ?? null },
    buyerId: row.buyerId,
    incoterm: row.incoterm,
    transportMode: row.transportMode,
    namedPlace: row.namedPlace,
    currency: row.currency,
    warehouse: row.warehouse,
    lines: row.lines,
    goodsMinor: row.goodsMinor,
    totalMinor: row.totalMinor,
    calculation: row.calculation,
    validUntil: row.validUntil,
    proForma: row.proFormaNumber && row.proFormaIssuedAt ? { number: row.proFormaNumber, issuedAt: row.proFormaIssuedAt.toISOString(), url: `/v1/admin/quotes/${row.number}/pro-forma` } : null,
    buyerLinkSentAt: row.buyerLinkSentAt?.toISOString() ?? null,
    acceptedBy: row.acceptedBy,
    order: row.orderId ? { id: row.orderId, number: extra.orderNumber ?? null } : null,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
