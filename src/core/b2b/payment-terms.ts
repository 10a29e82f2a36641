import { civilFromDays, daysFromCivil } from '../calendar/iso-date.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { fail, ok, type Result } from '../result/result.js';

/**
 * The terms a distributor pays on: in advance (`prepayment`, goods leave once paid), or net 30 / net 60
 * (the invoice is due that many calendar days after its date, the usual meaning of "net n"; the EU Late
 * Payment Directive 2011/7/EU art. 3 counts its 30/60 days the same way, from the invoice).
 */
export const PAYMENT_TERMS = ['prepayment', 'net_30', 'net_60'] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

const NET_DAYS: Readonly<Record<PaymentTerms, number | null>> = { prepayment: null, net_30: 30, net_60: 60 };

export function isPaymentTerms(value: unknown): value is PaymentTerms {
  return typeof value === 'string' && (PAYMENT_TERMS as readonly string[]).includes(value);
}

/** Check payment terms as given, naming `field` and the accepted values when refused. */
export function parsePaymentTerms(input: unknown, field = 'paymentTerms'): Result<PaymentTerms, 'VALIDATION_FAILED'> {
  if (isPaymentTerms(input)) return ok(input);
  return fail('VALIDATION_FAILED', `payment terms are one of ${PAYMENT_TERMS.join(', ')}`, { field });
}


/** `date` plus `days` calendar days, both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return civilFromDays(daysFromCivil(y, m, d) + days);
}

/**
 * The date an invoice on these terms falls due: the invoice date plus the net days, across month and
 * year ends and leap days (`net_30` on 2028-01-31 is 2028-03-01; on 2027-01-31, 2027-03-02); null for
 * `prepayment`, which is paid before the goods leave. Throws on a date that is not YYYY-MM-DD (a bug:
 * callers pass checked dates).
 */
export function paymentDueOn(terms: PaymentTerms, invoiceDate: string): string | null {
  if (!isIsoDate(invoiceDate)) throw new Error(`paymentDueOn: ${invoiceDate} is not a YYYY-MM-DD date`);
  const days = NET_DAYS[terms];
  if (days === undefined) throw new Error(`paymentDueOn: unknown payment terms ${String(terms)}`);
  return days === null ? null : addDays(invoiceDate, days);
}
