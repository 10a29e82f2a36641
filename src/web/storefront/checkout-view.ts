import type { Amount, PaymentMethodView } from './view.js';

/**
 * What the cart, checkout, payment and confirmation templates are given. The HTTP layer fills these
 * from the checkout services' answers (the cart answer and the order are supersets of these shapes),
 * so the templates depend on no service.
 */

/** One duty, tax or fee with the rule it comes from: the "why" of an amount. */
export type ChargeView = {
  readonly type: 'duty' | 'tax' | 'fee';
  /** The engine's own name of the charge ("Customs duty", "VAT (IOSS)"), in English. */
  readonly name: string;
  readonly amount: string;
  readonly currency: string;
  readonly rate: string;
  readonly basis: string;
  readonly baseAmount: Amount;
  readonly formula: string;
  readonly due: 'checkout' | 'delivery';
  readonly sku: string | null;
  readonly rule: { readonly id: string; readonly source: string; readonly effectiveFrom: string };
  readonly note?: string | undefined;
};

/** Whether a value was under a duty-free or tax-free threshold, or the destination has none. */
export type DeMinimisView = {
  readonly appliesTo: 'duty' | 'tax';
  readonly threshold: Amount | null;
  readonly outcome: 'below' | 'above' | 'none';
  readonly note: string;
  readonly rule: { readonly id: string; readonly source: string } | null;
};

export type WindowView = { readonly minDays: number; readonly maxDays: number; readonly earliest?: string | undefined; readonly latest?: string | undefined };

/** One parcel of a delivery option: where from, by whom, and what it is charged. */
export type ParcelView = {
  readonly warehouse: { readonly code: string; readonly name: string; readonly country: string };
  readonly carrier: string;
  readonly name: string;
  readonly crossesBorder: boolean;
  readonly shipping: Amount;
  readonly duties: Amount;
  readonly taxes: Amount;
  readonly fees: Amount;
  readonly deliveryWindow: WindowView;
  readonly charges: readonly ChargeView[];
  readonly deMinimis: readonly DeMinimisView[];
};

export type DeliveryOptionView = {
  readonly id: string;
  readonly chosen: boolean;
  readonly shipments: readonly ParcelView[];
  readonly totals: { readonly shipping: Amount; readonly duties: Amount; readonly taxes: Amount; readonly fees: Amount };
  readonly deliveryWindow: WindowView;
};

/** The sums, as the cart answer and the order give them. */
export type TotalsView = {
  readonly goods: Amount;
  readonly discount: Amount;
  readonly shipping: Amount;
  readonly duties: Amount;
  readonly taxes: Amount;
  /** The part of `taxes` already in the item prices (tax-inclusive markets). */
  readonly taxesIncluded: Amount;
  readonly fees: Amount;
  readonly total: Amount;
  readonly payableAtCheckout: Amount;
  readonly payableOnDelivery: Amount;
};

export type CartLineView = {
  readonly sku: string;
  readonly title: string;
  readonly options: Readonly<Record<string, string>>;
  readonly quantity: number;
  readonly unitPrice: Amount;
  readonly lineTotal: Amount;
  readonly taxIncluded: { readonly name: string; readonly rate: string; readonly amount: Amount } | null;
  /** Restricted goods: `reason` in the buyer's language when the line cannot go, or cannot go by post. */
  readonly restrictions?: { readonly allowed: boolean; readonly reason: string | null };
};

/** Something that stops a checkout, as the cart answer names it (code and field; `reason` already in the buyer's language). */
export type CartProblemView = { readonly code: string; readonly field: string; readonly reason?: string };

/** A priced cart (the cart answer's fields the pages show). */
export type PricedCartView = {
  readonly currency: string;
  readonly incoterm: 'DDP' | 'DAP';
  readonly lines: readonly CartLineView[];
  readonly deliveryOptions: readonly DeliveryOptionView[];
  readonly totals: TotalsView | null;
  readonly paymentMethods: readonly PaymentMethodView[];
  readonly problems: readonly CartProblemView[];
};

/**
 * Field errors of a form: the form field's name to a message key of the UI catalog. The HTTP layer
 * maps the services' field names (`address.postalCode`, `lines[0].quantity`) to these.
 */
export type FieldErrors = Readonly<Record<string, string>>;

/** What the buyer typed into the checkout form, shown back (escaped) when it is refused. */
export type CheckoutForm = {
  readonly email: string;
  readonly name: string;
  readonly line1: string;
  readonly line2: string;
  readonly city: string;
  readonly postalCode: string;
  readonly region: string;
  readonly phone: string;
  readonly deliveryOption: string;
  readonly paymentMethod: string;
};
