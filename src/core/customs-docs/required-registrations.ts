import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import type { CustomsDocumentInput } from './document-input.js';

/** A registration number printed on a document, and why it is there. */
export type PrintedRegistration = { scheme: string; label: string; number: string; reason: string };

const LABELS: Readonly<Record<string, string>> = {
  EORI: 'EORI number',
  IOSS: 'IOSS number',
  UK_VAT: 'UK VAT number',
  NO_VOEC: 'VOEC number',
  AU_GST: 'Australian GST registration (ABN or ARN)',
  NZ_GST: 'New Zealand GST number',
  SG_OVR: 'Singapore GST (OVR) number',
  CH_VAT: 'Swiss VAT number',
  EU_OSS: 'OSS VAT number',
};

export function registrationLabel(scheme: string): string {
  return LABELS[scheme] ?? scheme;
}

/**
 * The registration numbers a parcel's documents must carry:
 * - for every low-value scheme that collected a line's tax at checkout, the number that scheme
 *   needs (IOSS on EU parcels up to EUR 150, the UK VAT number on GB parcels up to GBP 135, the VOEC
 *   number on Norwegian items under NOK 3,000, ...): customs releases the goods without charging
 *   the tax again only when it sees it; a missing one is CUSTOMS_DATA_MISSING naming
 *   `registrations.<scheme>`;
 * - the seller's EORI numbers issued in the customs territory the parcel leaves or enters (read
 *   from the number's country prefix: EU or GB), when it has them.
 * `registrations` are the ones valid on the day of the sale (or on the document's date).
 */
export function requiredRegistrations(input: Pick<CustomsDocumentInput, 'registrations' | 'lowValueSchemes' | 'territories' | 'date'> & { taxSchemes: ReadonlyArray<string | null> }): Result<PrintedRegistration[], 'CUSTOMS_DATA_MISSING'> {
  const out: PrintedRegistration[] = [];
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const name of input.taxSchemes) {
    if (name === null || seen.has(name)) continue;
    seen.add(name);
    const scheme = input.lowValueSchemes.find((s) => s.scheme === name);
    if (!scheme) continue; // DOMESTIC and other non-import schemes need no number on a customs document
    const reg = input.registrations.find((r) => r.scheme === scheme.registration);
    if (!reg) {
      issues.push({ field: `registrations.${scheme.registration}`, message: `the tax of lines in this parcel was collected under ${name}, which needs the seller's ${registrationLabel(scheme.registration)}, and none is registered for the day of the sale or the document's date` });
      continue;
    }
    out.push({ scheme: scheme.registration, label: registrationLabel(scheme.registration), number: reg.number, reason: `tax collected at checkout under ${name}` });
  }
  if (issues.length > 0) return fail('CUSTOMS_DATA_MISSING', issues.map((i) => i.message).join('; '), { field: issues[0]!.field, details: issues });
  const wanted = [input.territories.origin, input.territories.destination];
  for (const r of input.registrations) {
    if (r.scheme !== 'EORI') continue;
    const territory = eoriTerritory(r.number);
    if (territory === null || !wanted.includes(territory)) continue;
    out.push({ scheme: 'EORI', label: `${registrationLabel('EORI')} (${territory})`, number: r.number, reason: territory === input.territories.origin ? 'exporter' : 'importer' });
  }
  return ok(out);
}

const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/**
 * The customs territory that issued an EORI, from its country prefix: EU member states issue EU
 * EORIs (Regulation (EU) No 952/2013 art. 9), GB and XI are the United Kingdom's (XI for Northern
 * Ireland). Null for anything else.
 * @example eoriTerritory('NL123456789') // 'EU'
 */
export function eoriTerritory(number: string): string | null {
  const prefix = number.slice(0, 2).toUpperCase();
  if (prefix === 'GB' || prefix === 'XI') return 'GB';
  return EU.has(prefix) ? 'EU' : null;
}
