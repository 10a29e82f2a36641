import { fail, ok, type Result } from '../result/result.js';
import { choosePostalForm, type PostalForm, type PostalFormChoice, type SdrRate } from './choose-postal-form.js';
import type { PostalFormRule } from './customs-rules.js';
import { customsLines, type CustomsLine } from './customs-lines.js';
import type { CustomsDocumentInput, Party } from './document-input.js';
import { buyerParty, checkOrderForDocument, sellerParty } from './parties.js';
import { requiredRegistrations, type PrintedRegistration } from './required-registrations.js';

/** The boxes of a CN 22 or CN 23 as the UPU form numbers them. */
export type PostalDeclaration = {
  form: PostalForm;
  choice: PostalFormChoice;
  /** The designated postal operator (the carrier). */
  operator: string;
  sender: Party;
  /** "Sender's customs reference (if any)": the registrations printed for the sender. */
  senderReferences: PrintedRegistration[];
  addressee: Party;
  /** "Importer's reference (if any)": the buyer's, which Landfall does not hold. */
  importerReference: string | null;
  importerContact: string | null;
  /** "No. of item (barcode, if any)": the tracking number, once the parcel has one. */
  itemNumber: string | null;
  /** Box "Category of item": Landfall's parcels are sales. */
  category: 'Sale of goods';
  /** (1) description, (2) quantity, (3) net weight, (5) value, (7) HS tariff number, (8) country of origin. */
  lines: CustomsLine[];
  /** (4) total gross weight. */
  totalGrossWeightG: number;
  totalNetWeightG: number;
  /** (6) total value. */
  totalValueMinor: number;
  currency: string;
  /** (9) postal charges/fees: what the buyer paid for the delivery. */
  postalChargesMinor: number;
  /** (12) licences, (13) certificates, (14) invoice. */
  licences: string[];
  certificates: string[];
  invoiceNumber: string;
  /** (11) comments. */
  comments: string | null;
  /** The UPU declaration text the sender signs. */
  declaration: string;
  date: string;
  signatureName: string;
  /** Office of origin / date of posting: where it leaves from. */
  officeOfOrigin: string;
};

/** The UPU declaration as printed on the CN 22 and the CN 23. */
export const CN22_DECLARATION =
  'I, the undersigned, whose name and address are given on the item, certify that the particulars given in this declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations.';
export const CN23_DECLARATION =
  'I certify that the particulars given in this customs declaration are correct and that this item does not contain any dangerous article or articles prohibited by legislation or by postal or customs regulations. I have met all applicable export filing requirements under the applicable export regulations.';

/**
 * The CN 22 or CN 23 of a postal parcel. The form is chosen by choosePostalForm (channel, weight,
 * value in SDR); asking for the other one is CUSTOMS_FORM_NOT_APPLICABLE with the rule that chose,
 * and so is a parcel that crosses no customs border (origin and destination in one territory).
 */
export function buildPostalDeclaration(
  input: CustomsDocumentInput,
  requested: PostalForm,
  rule: PostalFormRule,
  rate: SdrRate,
): Result<PostalDeclaration, 'CUSTOMS_DATA_MISSING' | 'ORDER_STATE_CONFLICT' | 'CUSTOMS_FORM_NOT_APPLICABLE' | 'VALIDATION_FAILED'> {
  const allowed = checkOrderForDocument(input.order, requested === 'CN22' ? 'cn22' : 'cn23');
  if (!allowed.ok) return allowed;
  const { origin, destination } = input.territories;
  if (origin === destination) {
    return fail('CUSTOMS_FORM_NOT_APPLICABLE', `shipment ${input.shipment.position} of ${input.order.number} stays inside one customs territory (${origin}): no customs declaration`, { field: 'shipment' });
  }
  const parcel = customsLines(input);
  if (!parcel.ok) return parcel;
  const choice = choosePostalForm({ channel: input.shipment.channel, valueMinor: parcel.value.valueMinor, currency: input.order.currency, grossWeightG: parcel.value.grossWeightG }, rule, rate);
  if (!choice.ok) return choice;
  if (choice.value.form !== requested) {
    return fail('CUSTOMS_FORM_NOT_APPLICABLE', `shipment ${input.shipment.position} of ${input.order.number} needs a ${spaced(choice.value.form)}, not a ${spaced(requested)}: ${choice.value.reason} (rule ${choice.value.rule})`, { field: 'form' });
  }
  const regs = requiredRegistrations({ ...input, taxSchemes: parcel.value.lines.map((l) => l.taxScheme) });
  if (!regs.ok) return regs;
  const buyer = buyerParty(input);
  return ok({
    form: requested,
    choice: choice.value,
    operator: input.shipment.carrier,
    sender: sellerParty(input),
    senderReferences: regs.value,
    addressee: buyer,
    importerReference: null,
    importerContact: [buyer.phone, buyer.email].filter((x): x is string => !!x).join(', ') || null,
    itemNumber: input.shipment.trackingNumber,
    category: 'Sale of goods',
    lines: parcel.value.lines,
    totalGrossWeightG: parcel.value.grossWeightG,
    totalNetWeightG: parcel.value.netWeightG,
    totalValueMinor: parcel.value.valueMinor,
    currency: input.order.currency,
    postalChargesMinor: input.shipment.shippingMinor,
    licences: [],
    certificates: [],
    invoiceNumber: `${input.order.number}-${input.shipment.position + 1}`,
    comments: null,
    declaration: requested === 'CN22' ? CN22_DECLARATION : CN23_DECLARATION,
    date: input.date,
    signatureName: input.store.name,
    officeOfOrigin: `${input.warehouse.address.city}, ${input.warehouse.country}`,
  });
}

function spaced(form: PostalForm): string {
  return form === 'CN22' ? 'CN 22' : 'CN 23';
}
