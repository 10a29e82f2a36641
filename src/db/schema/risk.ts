import { sql } from 'drizzle-orm';
import { bigint, char, check, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * Every risk assessment: the order's keys (for velocity and links: indexed per key and time), the
 * score, decision and reasons, the features (to replay a rule in test mode and to train the model),
 * the order as given, the review and the outcome the store learned later (a chargeback, a fraud
 * refund, an approved review). Assessments are the fraud history: nothing else is scanned.
 */
export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** When the order was placed (the time velocity is counted at). */
    createdAt: at('created_at').notNull(),
    recordedAt: at('recorded_at').notNull().defaultNow(),
    source: text('source').notNull(),
    /** The caller's order id (API, CLI), or the Landfall order's id. */
    orderRef: text('order_ref'),
    orderId: uuid('order_id'),
    orderNumber: text('order_number'),
    market: text('market'),
    currency: char('currency', { length: 3 }),
    totalMinor: bigint('total_minor', { mode: 'number' }),
    cardKey: text('card_key'),
    emailKey: text('email_key'),
    deviceKey: text('device_key'),
    ipKey: text('ip_key'),
    addressKey: text('address_key'),
    customerKey: text('customer_key'),
    score: integer('score').notNull(),
    logit: doublePrecision('logit').notNull(),
    decision: text('decision').notNull(),
    reasons: jsonb('reasons').$type<unknown[]>().notNull(),
    missingSignals: jsonb('missing_signals').$type<unknown[]>().notNull(),
    sca: jsonb('sca').$type<Record<string, unknown>>().notNull(),
    features: jsonb('features').$type<Record<string, unknown>>().notNull(),
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    /** Set when the scorer failed and the fallback policy decided (the reason). */
    fallback: text('fallback'),
    policyVersion: text('policy_version').notNull(),
    reviewStatus: text('review_status'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: at('reviewed_at'),
    reviewNote: text('review_note'),
    outcome: text('outcome'),
    outcomeSource: text('outcome_source'),
    outcomeAt: at('outcome_at'),
  },
  (t) => [
    check('risk_assessments_decision', sql`${t.decision} in ('approve', 'challenge', 'review', 'decline')`),
    check('risk_assessments_score', sql`${t.score} between 0 and 100`),
    check('risk_assessments_review', sql`${t.reviewStatus} is null or ${t.reviewStatus} in ('pending', 'approved', 'declined')`),
    check('risk_assessments_outcome', sql`${t.outcome} is null or ${t.outcome} in ('fraud', 'legitimate')`),
    check('risk_assessments_source', sql`${t.source} in ('checkout', 'api')`),
    index('risk_card_idx').on(t.cardKey, t.createdAt).where(sql`${t.cardKey} is not null`),
    index('risk_email_idx').on(t.emailKey, t.createdAt).where(sql`${t.emailKey} is not null`),
    index('risk_device_idx').on(t.deviceKey, t.createdAt).where(sql`${t.deviceKey} is not null`),
    index('risk_ip_idx').on(t.ipKey, t.createdAt).where(sql`${t.ipKey} is not null`),
    index('risk_address_idx').on(t.addressKey, t.createdAt).where(sql`${t.addressKey} is not null`),
    // Links to fraud: the few assessments labeled fraud, per key, so a link is found without reading a key's whole history.
    index('risk_card_fraud_idx').on(t.cardKey).where(sql`${t.outcome} = 'fraud'`),
    index('risk_email_fraud_idx').on(t.emailKey).where(sql`${t.outcome} = 'fraud'`),
    index('risk_device_fraud_idx').on(t.deviceKey).where(sql`${t.outcome} = 'fraud'`),
    index('risk_ip_fraud_idx').on(t.ipKey).where(sql`${t.outcome} = 'fraud'`),
    index('risk_address_fraud_idx').on(t.addressKey).where(sql`${t.outcome} = 'fraud'`),
    index('risk_customer_idx').on(t.customerKey, t.createdAt).where(sql`${t.customerKey} is not null`),
    index('risk_review_idx').on(t.createdAt).where(sql`${t.reviewStatus} = 'pending'`),
    index('risk_labeled_idx').on(t.outcomeAt).where(sql`${t.outcome} is not null`),
    index('risk_recent_idx').on(t.createdAt),
    index('risk_order_idx').on(t.orderId),
  ],
);

/**
 * The store's order values per currency, kept incrementally by a trigger on risk_assessments
 * (migration 0013): count, sum and sum of squares of ln(total minor). Each currency is spread over
 * eight slots picked at random, so concurrent checkouts do not queue on one row; readers add the slots.
 */
export const riskStoreValues = pgTable(
  'risk_store_values',
  {
    currency: char('currency', { length: 3 }).notNull(),
    slot: integer('slot').notNull().default(0),
    count: bigint('count', { mode: 'number' }).notNull(),
    sumLog: doublePrecision('sum_log').notNull(),
    sumLogSq: doublePrecision('sum_log_sq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.slot] })],
);

/** The store's risk rules (seeded from src/data/fraud/default-rules.ts), in evaluation order. */
export const riskRules = pgTable(
  'risk_rules',
  {
    id: text('id').primaryKey(),
    description: text('description').notNull(),
    when: jsonb('when').$type<unknown>().notNull(),
    weight: doublePrecision('weight').notNull(),
    action: text('action'),
    enabled: integer('enabled').notNull().default(1),
    source: text('source'),
    position: integer('position').notNull(),
    updatedBy: text('updated_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [check('risk_rules_action', sql`${t.action} is null or ${t.action} in ('approve', 'challenge', 'review', 'decline')`)],
);

/** Risk settings as named JSON values: `rules_seeded` (the defaults were written once), `model` (the trained model). */
export const riskSettings = pgTable('risk_settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<unknown>().notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
