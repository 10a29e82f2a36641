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

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `days` since 1970-01-01 as YYYY-MM-DD (civil_from_days). */
function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
