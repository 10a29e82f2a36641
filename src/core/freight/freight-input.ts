import { TRANSPORT_MODES, type TransportMode } from '../b2b/incoterms.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import { asObject, collect, intAt, optionalText, textAt, unknownFields, type Add } from './check-text.js';
import { documentKindFor, FREIGHT_DOCUMENT_KINDS, isFreightDocumentKind, type FreightDocumentKind } from './document-kinds.js';
import { containerNumbersIn, parseAwbNumber, parseContainerNumber, parseIataAirport, parseLocode } from './freight-codes.js';
import { checkFreightParty, type FreightPartyData } from './freight-party.js';
import { checkGrossWeight, MAX_SHIPMENT_WEIGHT_G } from './gross-weight.js';

/**
 * One line of packages: how many, of which kind (a UN/ECE Recommendation 21 code), their marks and
 * description, and the gross weight (grams) and volume (cm³) of all `count` of them together.
 */
export type FreightPackageData = { count: number; kind: string; marks: string; description: string; grossWeightG: number; volumeCm3: number | null; hsCode: string | null };

/** A freight shipment as asked for; shipper and consignee are absent when the defaults are to be used. */
export type FreightShipmentInput = {
  mode: TransportMode;
  documentKind: FreightDocumentKind;
  documentNumber: string | null;
  carrier: string | null;
  voyage: string | null;
  shipper: FreightPartyData | undefined;
  consignee: FreightPartyData | undefined;
  notifyParty: FreightPartyData | null;
  placeOfReceipt: string | null;
  portOfLoading: string;
  portOfDischarge: string;
  placeOfDelivery: string | null;
  packages: FreightPackageData[];
  grossWeightG: number;
  marks: string | null;
};

/** The tables a shipment is checked against (src/data/freight): package kind codes and their names. */
export type FreightTables = { packageKinds: ReadonlyMap<string, string> };

/** The package kind whose marks must carry an ISO 6346 container number (Rec. 21 "CN": container). */
export const CONTAINER_KIND = 'CN';
export const MAX_PACKAGE_LINES = 99;

const FIELDS = ['mode', 'documentKind', 'documentNumber', 'carrier', 'voyage', 'shipper', 'consignee', 'notifyParty', 'placeOfReceipt', 'portOfLoading', 'portOfDischarge', 'placeOfDelivery', 'packages', 'grossWeightG', 'marks'] as const;

function failed(issues: readonly FieldIssue[]): Result<never, 'VALIDATION_FAILED'> {
  return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
}

/**
 * Check the body of `POST .../freight-shipments` and say everything wrong at once, each problem
 * under its path (`packages[1].grossWeightG`, `consignee.address.country`):
 * - mode one of sea, inland_waterway, air, road, rail, multimodal; documentKind fitting it
 *   (document-kinds.ts), the mode's usual one when absent;
 * - documentNumber: for an air waybill the IATA number with its check digit, else 1 to 35 letters,
 *   digits, spaces, dots, slashes and dashes (UN/EDIFACT an..35);
 * - ports: IATA airport codes by air, UN/LOCODEs otherwise (shape and country only), not the same;
 * - packages: 1 to 99 lines, kinds from `tables.packageKinds`, container numbers in marks with a
 *   correct ISO 6346 check digit (and one required for kind CN);
 * - grossWeightG: the packages' total when absent; when given, equal to it within rounding
 *   (gross-weight.ts).
 * The Incoterm is checked against the mode by the caller, which knows the order.
 */
export function parseFreightShipment(input: unknown, tables: FreightTables): Result<FreightShipmentInput, 'VALIDATION_FAILED'> {
  const body = asObject(input);
  if (!body) return fail('VALIDATION_FAILED', 'the body must be a JSON object', { field: '' });
  const { issues, add } = collect();
  unknownFields(body, FIELDS, '', add);

  const mode = (TRANSPORT_MODES as readonly unknown[]).includes(body.mode) ? (body.mode as TransportMode) : undefined;
  if (!mode) add('mode', `must be one of ${TRANSPORT_MODES.join(', ')}`);
  let documentKind: FreightDocumentKind | undefined;
  if (body.documentKind !== undefined && body.documentKind !== null && !isFreightDocumentKind(body.documentKind)) add('documentKind', `must be one of ${FREIGHT_DOCUMENT_KINDS.join(', ')}`);
  else if (mode) {
    const kind = documentKindFor(mode, (body.documentKind ?? undefined) as FreightDocumentKind | undefined);
    if (kind.ok) documentKind = kind.value;
    else add('documentKind', kind.message);
  }
  const documentNumber = checkDocumentNumber(body.documentNumber, documentKind, add);
  const carrier = optionalText(body.carrier, 'carrier', 1, 100, add);
  const voyage = checkVoyage(body.voyage, mode, add);

  const party = (key: 'shipper' | 'consignee' | 'notifyParty') => (body[key] === undefined || body[key] === null ? undefined : checkFreightParty(body[key], key, add));
  const shipper = party('shipper');
  const consignee = party('consignee');
  const notifyParty = party('notifyParty') ?? null;

  const placeOfReceipt = optionalText(body.placeOfReceipt, 'placeOfReceipt', 1, 100, add);
  const placeOfDelivery = optionalText(body.placeOfDelivery, 'placeOfDelivery', 1, 100, add);
  const portOfLoading = checkPort(body.portOfLoading, 'portOfLoading', mode, add);
  const portOfDischarge = checkPort(body.portOfDischarge, 'portOfDischarge', mode, add);
  if (portOfLoading && portOfLoading === portOfDischarge) add('portOfDischarge', `must differ from the port of loading (${portOfLoading})`);

  const packages = checkPackages(body.packages, tables, add);
  const marks = optionalText(body.marks, 'marks', 1, 500, add, true);
  if (marks) checkContainerMarks(marks, 'marks', add);
  let grossWeightG: number | undefined;
  if (packages) {
    const declared = body.grossWeightG === undefined || body.grossWeightG === null ? undefined : intAt(body.grossWeightG, 'grossWeightG', 1, MAX_SHIPMENT_WEIGHT_G, add, 'grams');
    if (body.grossWeightG === undefined || body.grossWeightG === null || declared !== undefined) {
      const weight = checkGrossWeight(packages, declared);
      if (weight.ok) grossWeightG = weight.value;
      else add(weight.field ?? 'grossWeightG', weight.message);
    }
  }

  if (issues.length > 0) return failed(issues);
  return ok({ mode: mode!, documentKind: documentKind!, documentNumber, carrier, voyage, shipper, consignee, notifyParty, placeOfReceipt, portOfLoading: portOfLoading!, portOfDischarge: portOfDischarge!, placeOfDelivery, packages: packages!, grossWeightG: grossWeightG!, marks });
}

/** A document number as the document's rules want it: an air waybill's check digit, else an..35. */
export function checkDocumentNumber(value: unknown, kind: FreightDocumentKind | undefined, add: Add): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    add('documentNumber', 'must be text');
    return null;
  }
  if (kind === 'air_waybill') {
    const awb = parseAwbNumber(value);
    if (awb.ok) return awb.value.number;
    add('documentNumber', awb.message);
    return null;
  }
  const text = value.trim();
  if (!/^[A-Za-z0-9][A-Za-z0-9 ./-]{0,34}$/.test(text)) {
    add('documentNumber', 'must be 1 to 35 letters, digits, spaces, dots, slashes and dashes');
    return null;
  }
  return text.toUpperCase();
}

/** Vessel and voyage ("MAERSK ESSEN 245W") by water, road or rail; a flight number ("VN 31", "LH400/28NOV") by air. */
export function checkVoyage(value: unknown, mode: TransportMode | undefined, add: Add): string | null {
  const text = optionalText(value, 'voyage', 1, 60, add);
  if (text && mode === 'air' && !/^(?=[A-Z0-9]{0,1}[A-Z])[A-Z0-9]{2}\s?\d{1,4}[A-Z]?(\s?\/\s?[A-Z0-9 ]{1,12})?$/i.test(text)) {
    add('voyage', 'by air must be a flight number: the airline\'s 2-character designator and 1 to 4 digits, like VN 31 or LH400/28NOV');
    return null;
  }
  return text;
}

function checkPort(value: unknown, field: string, mode: TransportMode | undefined, add: Add): string | undefined {
  if (typeof value !== 'string') {
    add(field, mode === 'air' ? 'must be an IATA airport code like SGN' : 'must be a UN/LOCODE like VNSGN');
    return undefined;
  }
  const parsed = mode === 'air' ? parseIataAirport(value) : parseLocode(value);
  if (parsed.ok) return parsed.value;
  add(field, mode === 'air' ? `${parsed.message} (by air the ports are airports)` : parsed.message);
  return undefined;
}

function checkContainerMarks(marks: string, field: string, add: Add): string[] {
  const found: string[] = [];
  for (const token of containerNumbersIn(marks)) {
    const parsed = parseContainerNumber(token);
    if (parsed.ok) found.push(parsed.value);
    else add(field, parsed.message);
  }
  return found;
}

function checkPackages(value: unknown, tables: FreightTables, add: Add): FreightPackageData[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > MAX_PACKAGE_LINES) {
    add('packages', `must be 1 to ${MAX_PACKAGE_LINES} lines of packages`);
    return undefined;
  }
  let bad = false;
  const note: Add = (f, m) => {
    bad = true;
    add(f, m);
  };
  const out: FreightPackageData[] = [];
  value.forEach((raw, i) => {
    const at = `packages[${i}]`;
    const p = asObject(raw);
    if (!p) return note(at, 'must be an object with count, kind, marks, description and grossWeightG');
    unknownFields(p, ['count', 'kind', 'marks', 'description', 'grossWeightG', 'volumeCm3', 'hsCode'], at, note);
    const count = intAt(p.count, `${at}.count`, 1, 100_000, note, 'packages');
    const kind = typeof p.kind === 'string' ? p.kind.trim().toUpperCase() : '';
    if (!tables.packageKinds.has(kind)) note(`${at}.kind`, 'must be a UN/ECE Recommendation 21 package code like CT (carton), PX (pallet) or CS (case)');
    const marks = textAt(p.marks, `${at}.marks`, 1, 500, note, true);
    const containers = marks ? checkContainerMarks(marks, `${at}.marks`, note) : [];
    if (marks && kind === CONTAINER_KIND && containers.length === 0 && containerNumbersIn(marks).length === 0) note(`${at}.marks`, 'a container (kind CN) is marked with its ISO 6346 number, like CSQU3054383');
    const description = textAt(p.description, `${at}.description`, 1, 500, note, true);
    const grossWeightG = intAt(p.grossWeightG, `${at}.grossWeightG`, 1, MAX_SHIPMENT_WEIGHT_G, note, 'grams for all the line\'s packages');
    const volumeCm3 = p.volumeCm3 === undefined || p.volumeCm3 === null ? null : (intAt(p.volumeCm3, `${at}.volumeCm3`, 1, 2_000_000_000, note, 'cm³') ?? null);
    let hsCode: string | null = null;
    if (p.hsCode !== undefined && p.hsCode !== null) {
      const digits = typeof p.hsCode === 'string' ? p.hsCode.replace(/[.\s]/g, '') : '';
      if (!/^\d{6}(\d{2}){0,2}$/.test(digits)) note(`${at}.hsCode`, 'must be an HS code of 6, 8 or 10 digits');
      else hsCode = digits;
    }
    if (count !== undefined && marks && description && grossWeightG !== undefined) out.push({ count, kind, marks, description, grossWeightG, volumeCm3, hsCode });
  });
  return bad ? undefined : out;
}
