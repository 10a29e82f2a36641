import { allocate } from '../money/allocate.js';
import { divRound, mulDivRound } from '../decimal/rounding.js';
import { fail, ok, type FieldIssue, type Result } from '../result/result.js';
import type { CustomsDocumentInput, DocOrderLine } from './document-input.js';

/** One line of a parcel as customs sees it. */
export type CustomsLine = {
  /** The order line's 0-based position. */
  orderLine: number;
  sku: string;
  description: string;
  quantity: number;
  /** The 6-digit HS subheading (the international part every customs administration reads). */
  hs6: string;
  /** The code printed: the destination's national code where the catalog has one, else the HS code of the line. */
  tariffCode: string;
  /** The territory whose national code `tariffCode` is, or null when it is the line's own code. */
  tariffTerritory: string | null;
  originCountry: string;
  /** The line's customs value divided by its quantity, rounded half up (the line value is exact). */
  unitValueMinor: number;
  valueMinor: number;
  netWeightG: number;
  /** Net weight plus the line's share of the packaging (by net weight, largest remainder). */
  grossWeightG: number;
  taxScheme: string | null;
};

export type CustomsLines = {
  lines: CustomsLine[];
  valueMinor: number;
  netWeightG: number;
  grossWeightG: number;
  units: number;
};

const HS = /^\d{6,10}$/;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * The value customs is told for an order line: what the buyer paid for the goods, less the tax the
 * shelf price included as far as that tax was collected at checkout (DDP, or a low-value scheme such
 * as IOSS); a tax-inclusive price whose tax was not collected (it is paid at the border, or not due)
 * is what the buyer paid for the goods, so it stays whole.
 * @example customsValueOf({ goodsMinor: 2990, taxIncludedMinor: 477, taxesMinor: 477, taxScheme: 'IOSS', ... }, 'DAP') // 2513
 */
export function customsValueOf(line: Pick<DocOrderLine, 'goodsMinor' | 'taxIncludedMinor' | 'taxesMinor' | 'taxScheme'>, incoterm: string): number {
  const collectedAtCheckout = incoterm === 'DDP' || line.taxScheme !== null ? line.taxesMinor : 0;
  return line.goodsMinor - Math.min(line.taxIncludedMinor, collectedAtCheckout);
}

/**
 * The parcel's lines with what customs needs of each, checked: a line without an HS code or an
 * origin cannot be declared, and the failure names every such line and field (`lines[2].hsCode`,
 * where 2 is the order line's position). A shipment line for part of an order line gets its share
 * of the value and weight by quantity (rounded half up).
 */
export function customsLines(input: Pick<CustomsDocumentInput, 'order' | 'shipment' | 'products' | 'territories' | 'packagingWeightG'>): Result<CustomsLines, 'CUSTOMS_DATA_MISSING'> {
  const { order, shipment } = input;
  const issues: FieldIssue[] = [];
  const found: Array<{ line: DocOrderLine; quantity: number }> = [];
  shipment.lines.forEach((s, i) => {
    const line = order.lines.find((l) => l.sku === s.sku);
    if (!line) {
      issues.push({ field: `shipment.lines[${i}].sku`, message: `shipment ${shipment.position} carries ${s.sku}, which is not a line of order ${order.number}` });
      return;
    }
    const name = `line ${line.position + 1} (${line.sku}, ${line.title})`;
    if (line.hsCode === null || !HS.test(line.hsCode)) issues.push({ field: `lines[${line.position}].hsCode`, message: `${name} has no HS code${line.hsCode ? ` (${JSON.stringify(line.hsCode)} is not 6 to 10 digits)` : ''}: customs documents need one` });
    if (line.originCountry === null || !COUNTRY.test(line.originCountry)) issues.push({ field: `lines[${line.position}].originCountry`, message: `${name} has no country of origin: customs documents need one` });
    found.push({ line, quantity: s.quantity });
  });
  if (shipment.lines.length === 0) issues.push({ field: 'shipment.lines', message: `shipment ${shipment.position} of ${order.number} carries nothing` });
  if (issues.length > 0) {
    return fail('CUSTOMS_DATA_MISSING', issues.map((i) => i.message).join('; '), { field: issues[0]!.field, details: issues });
  }

  const nets = found.map(({ line, quantity }) => mulDivRound(line.weightG, quantity, line.quantity, 'half-up'));
  const packaging = Math.max(0, Math.trunc(input.packagingWeightG));
  const shares = allocate({ amount: packaging, currency: 'XXX' }, nets).map((m) => m.amount);
  const lines = found.map(({ line, quantity }, i): CustomsLine => {
    const product = input.products.get(line.sku);
    const hsCode = line.hsCode!;
    const national = product?.nationalCodes.find((c) => c.territory === input.territories.destination);
    const valueMinor = mulDivRound(customsValueOf(line, order.incoterm), quantity, line.quantity, 'half-up');
    const description = product?.customsDescription?.trim() || line.title;
    return {
      orderLine: line.position,
      sku: line.sku,
      description,
      quantity,
      hs6: hsCode.slice(0, 6),
      tariffCode: national?.code ?? hsCode,
      tariffTerritory: national ? national.territory : null,
      originCountry: line.originCountry!,
      unitValueMinor: divRound(valueMinor, quantity, 'half-up'),
      valueMinor,
      netWeightG: nets[i]!,
      grossWeightG: nets[i]! + shares[i]!,
      taxScheme: line.taxScheme,
    };
  });
  return ok({
    lines,
    valueMinor: lines.reduce((s, l) => s + l.valueMinor, 0),
    netWeightG: lines.reduce((s, l) => s + l.netWeightG, 0),
    grossWeightG: lines.reduce((s, l) => s + l.grossWeightG, 0),
    units: lines.reduce((s, l) => s + l.quantity, 0),
  });
}
