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
  status: 'planned' | 'labelled' | 'shipped' | 'delivered' | 'returned';
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

/** A label bought for a parcel (POST /v1/admin/orders/{number}/shipments/{position}/label). */
export type ShipmentLabel = { carrier: string; service: string; trackingNumber: string; status?: string };
/** What the carrier reported for an order's parcels (GET /v1/admin/orders/{number}/tracking). */
export type OrderTracking = {
  order: string;
  shipments: Array<{
    position: number;
    latest: string | null;
    awaitingPayment: Money | null;
    events: Array<{ status: string; at: string; location: string | null; amountDue: Money | null; description?: string | null; receivedAt?: string }>;
  }>;
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
  risk: { status: string; assessmentId: string | null };
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
  /** The sales channel the figures are limited to, or null. */
  channel?: string | null;
  /** Paid orders per sales channel (storefront, amazon, ebay, b2b) and currency. */
  byChannel?: Array<SalesFigures & { channel: string; currency: string }>;
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

/** Fraud screening (GET /v1/admin/risk/...): decisions from the mildest to the strictest. */
export const RISK_DECISIONS = ['approve', 'challenge', 'review', 'decline'] as const;
export type RiskDecision = (typeof RISK_DECISIONS)[number];
/** One reason behind a score: weight in log-odds (+0.7 about doubles the odds of fraud), points: what it adds to the 0-100 score. */
export type RiskReason = { code: string; message: string; weight: number; points: number; source: 'rule' | 'model' | 'policy'; decisionAtLeast?: RiskDecision };
/** A field the order lacked or that could not be used, and what its absence did to the assessment. */
export type RiskMissingSignal = { field: string; problem: 'missing' | 'invalid'; message: string; effect: string };
/** What Strong Customer Authentication (PSD2 / UK SCA) means for the order. */
export type RiskSca = { applies: boolean; region: 'EEA' | 'UK' | null; basis: string; exemption: { kind: string; basis: string } | null; liabilityShift: boolean; note: string };
export type RiskAssessment = {
  id: string | null;
  /** The caller's own order reference. */
  orderId: string | null;
  /** The store's order number when the assessment came from its checkout. */
  orderNumber: string | null;
  createdAt: string;
  source: string;
  score: number;
  decision: RiskDecision;
  reasons: RiskReason[];
  missingSignals: RiskMissingSignal[];
  sca: RiskSca;
  signals: Record<string, number | boolean | string | null>;
  model: { trainedAt: string; examples: number } | null;
  policyVersion: string;
  fallback: string | null;
  review: { status: 'pending' | 'approved' | 'declined'; by: string | null; at: string | null; note: string | null } | null;
  outcome: { label: string; source: string | null; at: string | null } | null;
};
export type RiskReviewStatus = 'pending' | 'approved' | 'declined';
/** A review queue item: the assessment, the buyer's earlier assessments and the store's order (total in minor units). */
export type RiskReviewItem = RiskAssessment & {
  buyer: {
    email: string | null;
    orders: number;
    fraud: number;
    legitimate: number;
    firstSeen: string | null;
    /** `total` is "USD 40000": the currency and the amount in minor units. */
    recent: Array<{ id: string; createdAt: string; decision: string; score: number; total: string | null; outcome: string | null; orderNumber: string | null }>;
  };
  order: { number: string; status: string; total: { amount: number; currency: string }; riskStatus: string | null } | null;
};
export type RiskReviewList = { items: RiskReviewItem[]; pending: number };
export type RiskModelStatus = {
  trained: boolean;
  model: { version: number; features: string[]; weights: number[]; bias: number; trainedAt: string; examples: number; positives: number; metrics: { logLoss: number; baselineLogLoss: number; auc: number | null } } | null;
  labeled: number;
  note: string;
};
export type RiskReviewDecided = { review: RiskReviewItem; model: RiskModelStatus };
export type RiskFeature = { name: string; kind: 'number' | 'boolean' | 'text'; description: string; needs: string };
export type RiskRuleInput = { description: string; when: unknown; weight: number; action: RiskDecision | null; enabled: boolean; source: string | null };
export type RiskRule = RiskRuleInput & { id: string; position: number; updatedAt: string; updatedBy: string | null };
export type RiskRuleList = { items: RiskRule[]; features: RiskFeature[] };
/** What a rule would have done on the store's past assessments (POST /v1/admin/risk/rules/test); nothing is saved. */
export type RiskRuleTestReport = {
  rule: RiskRuleInput & { id: string };
  replaces: string | null;
  window: { from: string; to: string; orders: number };
  fired: number;
  notChecked: number;
  changedDecisions: Array<{ from: RiskDecision; to: RiskDecision; orders: number }>;
  labeled: { fraud: { orders: number; fired: number }; legitimate: { orders: number; fired: number } };
  examples: Array<{ id: string; orderNumber: string | null; createdAt: string; scoreBefore: number; scoreAfter: number; decisionBefore: string; decisionAfter: RiskDecision; outcome: string | null }>;
};

/** Market selection (/v1/admin/market-selection/...): the store's scoring profile, as saved and as sent to be tried. */
export const MARKET_NORMALIZATIONS = ['min-max', 'z-score', 'rank'] as const;
export const MARKET_MISSING_POLICIES = ['reweight', 'worst'] as const;
export type MarketProfileIndicator = { id: string; weight: number; direction: 'higher' | 'lower'; transform?: 'none' | 'log' };
export type MarketScoringProfile = {
  indicators: MarketProfileIndicator[];
  normalization: (typeof MARKET_NORMALIZATIONS)[number];
  missing: (typeof MARKET_MISSING_POLICIES)[number];
  /** 0..1: the share of the weight a country needs data for to be ranked. */
  minCoverage: number;
};
/** One indicator's part in a country's score: `points` = weight * normalized * 100; `vsAverage` against the average country. */
export type MarketContribution = { id: string; name: string; raw: number | null; year: number | null; source: string | null; normalized: number | null; weight: number; points: number; vsAverage: number };
export type RankedMarket = {
  country: string;
  name: string;
  /** Null: listed, not ranked (`notRanked` says why). */
  rank: number | null;
  /** 0..100. */
  score: number | null;
  /** 0..1: the share of the weight the country has data for. */
  coverage: number;
  contributions: MarketContribution[];
  lifts: string[];
  sinks: string[];
  missing: string[];
  notRanked: string | null;
};
/** An indicator of the ranking: `weight` normalized to sum 1. */
export type MarketIndicatorSummary = { id: string; name: string; weight: number; direction: 'higher' | 'lower'; transform: 'none' | 'log'; countries: number; years: { from: number; to: number } | null };
export type MarketRankMove = { country: string; from: number | null; to: number | null };
/** One weight multiplied by `factor` (the others unchanged, all renormalized) and the countries ranked again. */
export type MarketWeightVariation = {
  factor: number;
  weight: number;
  possible: boolean;
  ranks: Array<{ country: string; rank: number | null }>;
  /** Largest move first. */
  moved: MarketRankMove[];
  spearman: number | null;
  topChanged: boolean;
  entered: string[];
  left: string[];
  summary: string;
};
export type MarketIndicatorSensitivity = { id: string; name: string; weight: number; variations: MarketWeightVariation[]; summary: string };
export type MarketSensitivity = { factors: number[]; top: number; base: Array<{ country: string; rank: number | null }>; indicators: MarketIndicatorSensitivity[] };
/** GET /v1/admin/market-selection/ranking: countries ranked first (by rank), then the unranked ones. */
export type MarketRanking = {
  countries: RankedMarket[];
  indicators: MarketIndicatorSummary[];
  method: { normalization: MarketScoringProfile['normalization']; missing: MarketScoringProfile['missing']; minCoverage: number; weights: Record<string, number>; statement: string };
  profile: MarketScoringProfile;
  /** Indicators of the profile left out because nothing was imported for them. */
  unavailable: Array<{ id: string; reason: string }>;
  evidence: { notes: string[]; catalog: { products: number; typicalParcelG: number | null } };
  /** With ?sensitivity=true. */
  sensitivity: MarketSensitivity | null;
};
/** An imported indicator series (GET /v1/admin/market-selection/indicators). */
export type IndicatorSeriesInfo = { id: string; name: string; unit: string; source: string; countries: number; firstYear: number | null; lastYear: number | null; updatedAt: string };
export const COMPOSITE_METHODS = ['pca-first-component', 'least-squares', 'weighted-mean'] as const;
export type CompositeMethodKind = (typeof COMPOSITE_METHODS)[number];
/** A published composite index recomputed from its components (GET /v1/admin/market-selection/composites/{index}). */
export type CompositeReproduction = {
  index: string;
  published: string;
  /** Series ids of the components, in the order of `method.weights`. */
  components: string[];
  year: number;
  method: { kind: CompositeMethodKind; weights: number[]; statement: string; round: number | null; loadings?: number[]; eigenvalue?: number; varianceShare?: number };
  /** difference = computed - published. */
  agreement: Array<{ country: string; published: number; computed: number; difference: number }>;
  summary: {
    countries: number;
    maxAbsDifference: number | null;
    meanAbsDifference: number | null;
    correlation: number | null;
    within: { tolerance: number; share: number | null };
    rankCorrelation: number | null;
  };
  skipped: Array<{ country: string; reason: string }>;
};

/** A tax or customs registration of the merchant (GET/POST /v1/admin/registrations). */
export type Registration = {
  id: string;
  scheme: string;
  /** Normalized as stored (`GB123456782`, `51824753556`). */
  number: string;
  /** US state for US_SALES_TAX, else null. */
  region: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  /** Only in the answer to an add: a check digit verified, or only the format (null in the list). */
  checked: 'check_digit' | 'format' | null;
};
/** The add form's body: empty optional fields are left out. */
export type RegistrationInput = { scheme: string; number: string; region?: string; validFrom: string; validTo?: string; note?: string };

export const THRESHOLD_STATUSES = ['exceeded', 'approaching', 'register_before_selling', 'below', 'registered'] as const;
export type ThresholdStatusCode = (typeof THRESHOLD_STATUSES)[number];
/** One market's registration threshold against the store's paid orders in its period. */
export type ThresholdRow = {
  id: string;
  scheme: string;
  country: string;
  region: string | null;
  what: string;
  source: string;
  period: { kind: 'rolling-12-months' | 'calendar-year'; from: string; to: string };
  /** Null where the law has no threshold (register before the first sale). */
  threshold: Money | null;
  /** Orders that alone (or, for New York, together with the amount) reach the threshold. */
  transactions: number | null;
  sales: Money;
  orders: number;
  /** Sales over the threshold, 0..1 and above; null without a threshold. */
  share: number | null;
  status: ThresholdStatusCode;
  message: string;
  /** Currencies of sales not counted for want of an exchange rate. */
  unconverted: string[];
};
/** GET /v1/admin/registrations/thresholds: the most urgent first. */
export type ThresholdReport = { date: string; items: ThresholdRow[] };

/** An imported denied-party list edition (GET /v1/admin/screening/lists). */
export type SanctionsEdition = { id: string; kind: string; edition: string | null; source: string; sha256: string; entries: number; names: number; active: boolean; importedAt: string };
export const SCREENING_DECISIONS = ['clear', 'potential_match', 'match'] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];
export type ScreeningMatch = { list: string; id: string; name: string; matchedName: string; score: number; why: string[] };
/** POST /v1/screening: the decision, what matched and why, the editions it ran against; `id` of the recorded screening. */
export type ScreeningAnswer = {
  id: string | null;
  decision: ScreeningDecision;
  matches: ScreeningMatch[];
  editions: Array<{ kind: string; id: string; edition: string | null; importedAt: string }>;
};
export type ScreeningInput = { name: string; country?: string; type?: 'individual' | 'entity' };
