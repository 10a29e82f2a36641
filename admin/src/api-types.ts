/** Shapes of the Landfall HTTP API answers the admin reads (see /docs for the full contract). */

export type Money = { amount: string; currency: string };
export type Page<T> = { items: T[]; nextCursor: string | null };

export const ORDER_STATUSES = ['pending_payment', 'paid', 'partially_fulfilled', 'fulfilled', 'delivered', 'partially_refunded', 'refunded', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type Address = { name: string; lines: string[]; city: string; postalCode: string | null; region: string | null; country: string; phone: string | null };

export type OrderLine = {
  position: number;
  sku: string;
  title: string;
  quantity: number;
  unitPrice: Money;
  discount: Money;
  goods: Money;
  taxIncluded: Money;
  duties: Money;
  taxes: Money;
  taxScheme: string | null;
  hsCode: string | null;
  originCountry: string | null;
  warehouse: string;
  refundedQuantity: number;
};

export type Shipment = {
  id: string;
  position: number;
  warehouse: string;
  service: string;
  carrier: string;
  channel: string;
  status: 'planned' | 'shipped' | 'delivered';
  trackingNumber: string | null;
  lines: Array<{ sku: string; quantity: number }>;
  shipping: Money;
  duties: Money;
  taxes: Money;
  fees: Money;
  deliveryWindow: { minDays: number; maxDays: number };
  shippedAt: string | null;
  deliveredAt: string | null;
};

export type NotRefunded = { part: string; amount: number; reason: string; rule: string };
export type OrderRefund = { id: string; amount: Money; parts: Record<string, string>; lines: Array<{ sku: string; quantity: number }>; notRefunded: NotRefunded[]; reason: string | null; createdAt: string };

export type Payment = {
  id: string;
  provider: string;
  providerPaymentId: string;
  method: string;
  status: string;
  amount: Money;
  captured: Money;
  refunded: Money;
  refundStatus: 'none' | 'partial' | 'full';
  failure: { code: string; message: string } | null;
  createdAt: string;
};

export type RuleRef = { id: string; version: string; source: string; effectiveFrom: string; effectiveTo?: string };

export type ChargeLine = {
  type: 'duty' | 'tax' | 'fee';
  name: string;
  amount: string;
  currency: string;
  rate: string;
  basis: string;
  baseAmount: Money;
  formula: string;
  program: string;
  agreement?: string;
  payer: 'seller' | 'buyer';
  due: 'checkout' | 'delivery';
  sku: string | null;
  rule: RuleRef;
  note?: string;
};

export type DeMinimisDecision = { appliesTo: 'duty' | 'tax'; threshold: Money | null; valueTested: Money | null; basis: string; outcome: 'below' | 'above' | 'none'; note: string; rule: RuleRef | null };
export type Remittance = { scheme: string; registration: string; number: string | null; amount: string; currency: string; note: string };
export type FxUsed = { from: string; to: string; rate: string; rateDate: string; source: string; stale?: boolean };

/** One parcel of the landed-cost quote frozen into an order at checkout. */
export type QuoteParcel = {
  name?: string;
  warehouse: { code: string; name: string; country: string };
  service: string;
  carrier: string;
  channel: string;
  lines: Array<{ sku: string; quantity: number }>;
  shipping: Money;
  duties: Money;
  taxes: Money;
  fees: Money;
  payableAtCheckout: Money;
  payableOnDelivery: Money;
  charges: ChargeLine[];
  deMinimis: DeMinimisDecision[];
  remittance: Remittance[];
  crossesBorder: boolean;
  complete: boolean;
  deliveryWindow: { minDays: number; maxDays: number; earliest?: string; latest?: string };
  shippingExplanation?: string[];
  warnings: string[];
};

export type FrozenQuote = {
  date?: string;
  rulesVersion?: string;
  incoterm?: string;
  statement?: string;
  fx?: FxUsed[];
  warnings?: string[];
  shipments?: QuoteParcel[];
  routing?: { reason: string; considered: Array<{ summary: string; total: number; maxDays: number; verdict: string }> } | null;
};

export type Order = {
  id: string;
  number: string;
  status: OrderStatus;
  market: string;
  country: string;
  currency: string;
  locale: string | null;
  email: string;
  address: Address;
  incoterm: 'DDP' | 'DAP';
  totals: Record<'goods' | 'discount' | 'shipping' | 'duties' | 'taxes' | 'taxesIncluded' | 'fees' | 'total' | 'dueOnDelivery' | 'captured' | 'refunded', Money>;
  discountCode: string | null;
  paymentMethod: string | null;
  rulesVersion: string;
  stockHold: string | null;
  cancelReason: string | null;
  lines: OrderLine[];
  shipments: Shipment[];
  refunds: OrderRefund[];
  payments?: Payment[];
  quote: FrozenQuote;
  createdAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
};

export type RefundRequest = { lines: Array<{ sku: string; quantity: number }>; shipping: boolean; fees: boolean; reason?: string };

export type SalesFigures = Record<'goods' | 'discount' | 'shipping' | 'duties' | 'taxes' | 'taxesIncluded' | 'fees' | 'total' | 'dueOnDelivery' | 'refunded' | 'net', Money> & { orders: number };
export type Dashboard = {
  from: string;
  to: string;
  days: number;
  timeZone: string;
  currencies: string[];
  counts: { placed: number; paid: number };
  totals: Array<SalesFigures & { currency: string }>;
  sales: Array<SalesFigures & { market: string; currency: string }>;
  ordersPerDay: Array<{ date: string; placed: number; paid: number; sales: Array<{ currency: string; orders: number; total: Money }> }>;
  dutiesAndTaxes: Array<{ market: string; currency: string; orders: number } & Record<'duties' | 'taxes' | 'dutiesRefunded' | 'taxesRefunded' | 'dutiesNet' | 'taxesNet', Money>>;
};

export type Warehouse = { code: string; name: string; country: string; address: { lines: string[]; city: string; postalCode: string; region?: string }; markets: string[]; active: boolean; position: number };
export type StockLevel = { sku: string; variantId: string; warehouse: string; onHand: number; reserved: number; available: number; updatedAt: string };
export type Movement = { id: string; sku: string; warehouse: string; kind: 'receipt' | 'adjustment' | 'sale' | 'return'; quantity: number; onHandAfter: number; reason: string | null; reference: string | null; createdAt: string };
export type MovementInput = { sku: string; warehouse: string; kind: 'receipt' | 'adjustment' | 'return'; quantity: number; reason?: string; reference?: string };

export type WebhookEndpoint = { id: string; url: string; description: string | null; eventTypes: string[]; active: boolean; createdAt: string };
export type WebhookDelivery = {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
};

export type Market = {
  id: string;
  name: string;
  countries: string[];
  currency: string;
  locales: string[];
  incoterm: 'DDP' | 'DAP';
  taxInclusive: boolean;
  dutiesIncluded: boolean;
  paymentMethods: string[];
  pricing: { fxMarkupPercent: string; rounding: { increment: number; mode: string }; charm?: { modulus: number; ending: number; direction: 'up' | 'down' | 'nearest' } };
  isDefault: boolean;
};

export type RulesSummary = { version: string; counts: Record<string, number>; destinations: string[]; importedLinesSkipped: number };
/** A rule as written in the rule set: id, version, source and dates, and its own fields. */
export type RuleData = { id: string; version: string; source: string; effectiveFrom: string; effectiveTo?: string; note?: string; [field: string]: unknown };
export type DestinationRules = {
  country: string;
  date: string;
  rulesVersion: string;
  profile: RuleData;
  taxes: RuleData[];
  deMinimis: RuleData[];
  schemes: RuleData[];
  flatDuties: RuleData[];
  fees: RuleData[];
  tariffLinesInEffect: number;
};

export type QuoteAnswer = {
  currency: string;
  incoterm: string;
  date: string;
  destination: { country: string; customsTerritory: string | null; currency: string | null };
  totals: Record<'items' | 'shipping' | 'insurance' | 'duties' | 'taxes' | 'fees' | 'landedCost', string>;
  payableAtCheckout: string;
  payableOnDelivery: string;
  duties: ChargeLine[];
  taxes: ChargeLine[];
  fees: ChargeLine[];
  deMinimis: DeMinimisDecision[];
  remittance: Remittance[];
  items: Array<{ sku: string; calculable: boolean; reasons: Array<{ code: string; message: string }>; customsValue: Money | null }>;
  fx: Array<{ from: string; to: string; rate: string; rateDate: string; source: string }>;
  rulesVersion: string;
  complete: boolean;
  warnings: string[];
};
