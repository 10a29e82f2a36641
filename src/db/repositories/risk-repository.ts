import { and, asc, desc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { HistorySnapshot, RiskKeys, Velocity } from '../../core/fraud/history.js';
import { GOOD_AFTER_DAYS, RISK_KEY_KINDS } from '../../core/fraud/history.js';
import type { Orm } from '../create-db.js';
import { riskAssessments, riskRules, riskSettings } from '../schema/risk.js';
import { rows, ts } from './inventory-records.js';

export type RiskAssessmentRecord = typeof riskAssessments.$inferSelect;
export type NewRiskAssessment = typeof riskAssessments.$inferInsert;
export type RiskRuleRecord = typeof riskRules.$inferSelect;

const COLUMN: Record<(typeof RISK_KEY_KINDS)[number] | 'customer', string> = { card: 'card_key', email: 'email_key', device: 'device_key', ip: 'ip_key', address: 'address_key', customer: 'customer_key' };

type VelocityRow = { m10: number; h1: number; d1: number; d7: number; fraud: boolean };
type DistinctRow = { d1: number; d7: number; own_d1: boolean | null; own_d7: boolean | null };
type CustomerRow = { orders: number; good: number; fraud: number; mean: string | null; card: boolean | null; device: boolean | null; address: boolean | null };

/**
 * The fraud history, read and written. `snapshot` answers everything the scorer needs about the
 * orders before one moment in ONE statement of index range scans (per key and time; the buyer's
 * orders by customer key), never a table scan: it stays fast with millions of assessments.
 */
export function createRiskRepository(orm: Orm) {
  const sqlKey = (kind: keyof typeof COLUMN) => sql.raw(COLUMN[kind]);
  return {
    async snapshot(keys: RiskKeys, currency: string | null, at: Date): Promise<HistorySnapshot> {
      const t = ts(at);
      const week = sql`${t} - interval '7 days'`;
      const velocity = (kind: (typeof RISK_KEY_KINDS)[number]) =>
        keys[kind] === null
          ? sql`null::json`
          : sql`(select json_build_object(
              'm10', count(*) filter (where created_at >= ${t} - interval '10 minutes'),
              'h1', count(*) filter (where created_at >= ${t} - interval '1 hour'),
              'd1', count(*) filter (where created_at >= ${t} - interval '24 hours'),
              'd7', count(*),
              'fraud', exists (select 1 from risk_assessments where ${sqlKey(kind)} = ${keys[kind]} and outcome = 'fraud' and created_at < ${t}))
            from risk_assessments where ${sqlKey(kind)} = ${keys[kind]} and created_at < ${t} and created_at >= ${week})`;
      const distinct = (by: 'device' | 'card', of: 'card' | 'email' | 'address') =>
        keys[by] === null
          ? sql`null::json`
          : sql`(select json_build_object(
              'd1', count(distinct ${sqlKey(of)}) filter (where created_at >= ${t} - interval '24 hours'),
              'd7', count(distinct ${sqlKey(of)}),
              'own_d1', bool_or(${sqlKey(of)} = ${keys[of]}) filter (where created_at >= ${t} - interval '24 hours'),
              'own_d7', bool_or(${sqlKey(of)} = ${keys[of]}))
            from risk_assessments where ${sqlKey(by)} = ${keys[by]} and created_at < ${t} and created_at >= ${week})`;
      const customer =
        keys.customer === null
          ? sql`null::json`
          : sql`(select json_build_object(
              'orders', count(*),
              'good', count(*) filter (where outcome = 'legitimate' or (outcome is null and created_at <= ${t} - ${sql.raw(`interval '${GOOD_AFTER_DAYS} days'`)})),
              'fraud', count(*) filter (where outcome = 'fraud'),
              'mean', round(avg(total_minor) filter (where currency = ${currency}))::text,
              'card', bool_or(card_key = ${keys.card}),
              'device', bool_or(device_key = ${keys.device}),
              'address', bool_or(address_key = ${keys.address}))
            from risk_assessments where customer_key = ${keys.customer} and created_at < ${t} and decision <> 'decline')`;
      const [row] = await rows<Record<string, unknown>>(
        orm,
        sql`select ${velocity('card')} as card, ${velocity('email')} as email, ${velocity('device')} as device, ${velocity('ip')} as ip, ${velocity('address')} as address,
          ${distinct('device', 'card')} as cards_on_device, ${distinct('card', 'email')} as emails_on_card, ${distinct('card', 'address')} as addresses_on_card,
          ${customer} as customer,
          ${currency === null ? sql`null::json` : sql`(select json_build_object('count', sum(count), 'sum', sum(sum_log), 'sq', sum(sum_log_sq)) from risk_store_values where currency = ${currency})`} as store`,
      );
      const r = row!;
      const json = <T>(v: unknown): T | null => (v === null || v === undefined ? null : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
      const snapshotVelocity = {} as HistorySnapshot['velocity'];
      const fraudLinks: HistorySnapshot['fraudLinks'] = [];
      for (const kind of RISK_KEY_KINDS) {
        const v = json<VelocityRow>(r[kind]);
        snapshotVelocity[kind] = v === null ? null : ({ '10m': Number(v.m10), '1h': Number(v.h1), '24h': Number(v.d1), '7d': Number(v.d7) } satisfies Velocity);
        if (v?.fraud) fraudLinks.push(kind);
      }
      const withOwn = (d: DistinctRow | null, own: string | null) => (d === null ? null : { '24h': Number(d.d1) + (own !== null && !d.own_d1 ? 1 : 0), '7d': Number(d.d7) + (own !== null && !d.own_d7 ? 1 : 0) });
      const c = json<CustomerRow>(r.customer);
      const s = json<{ count: number | null; sum: number | null; sq: number | null }>(r.store);
      return {
        velocity: snapshotVelocity,
        cardsOnDevice: withOwn(json<DistinctRow>(r.cards_on_device), keys.card),
        emailsOnCard7d: withOwn(json<DistinctRow>(r.emails_on_card), keys.email)?.['7d'] ?? null,
        addressesOnCard7d: withOwn(json<DistinctRow>(r.addresses_on_card), keys.address)?.['7d'] ?? null,
        customer:
          c === null
            ? null
            : { orders: Number(c.orders), goodOrders: Number(c.good), fraudOrders: Number(c.fraud), meanTotalMinor: c.mean === null ? null : Number(c.mean), knownCard: c.card === true, knownDevice: c.device === true, knownAddress: c.address === true },
        fraudLinks,
        storeValue: s && Number(s.count) > 0 ? { count: Number(s.count), meanLog: Number(s.sum) / Number(s.count), varLog: Math.max(0, Number(s.sq) / Number(s.count) - (Number(s.sum) / Number(s.count)) ** 2) } : null,
      };
    },

    /** Record an assessment (one statement: a trigger counts an order that was not declined in the store's normal values). */
    async insert(row: NewRiskAssessment): Promise<RiskAssessmentRecord> {
      const [inserted] = await orm.insert(riskAssessments).values(row).returning();
      return inserted!;
    },

    async byId(id: string): Promise<RiskAssessmentRecord | undefined> {
      const [row] = await orm.select().from(riskAssessments).where(eq(riskAssessments.id, id));
      return row;
    },

    async byOrder(orderId: string): Promise<RiskAssessmentRecord | undefined> {
      const [row] = await orm.select().from(riskAssessments).where(eq(riskAssessments.orderId, orderId)).orderBy(desc(riskAssessments.createdAt)).limit(1);
      return row;
    },

    /** Assessments waiting for review, oldest first (or decided ones, newest first). */
    async reviews(status: 'pending' | 'approved' | 'declined', limit: number, before?: Date): Promise<RiskAssessmentRecord[]> {
      const where = and(eq(riskAssessments.reviewStatus, status), before ? lt(riskAssessments.createdAt, before) : undefined);
      return orm
        .select()
        .from(riskAssessments)
        .where(where)
        .orderBy(status === 'pending' ? asc(riskAssessments.createdAt) : desc(riskAssessments.createdAt))
        .limit(limit);
    },

    async pendingCount(): Promise<number> {
      const [row] = await rows<{ n: number }>(orm, sql`select count(*)::int as n from risk_assessments where review_status = 'pending'`);
      return row!.n;
    },

    /** The buyer's assessments (by customer key, else email), newest first. */
    async buyerHistory(customerKey: string | null, emailKey: string | null, limit: number): Promise<RiskAssessmentRecord[]> {
      if (customerKey === null && emailKey === null) return [];
      const where = customerKey !== null ? eq(riskAssessments.customerKey, customerKey) : eq(riskAssessments.emailKey, emailKey!);
      return orm.select().from(riskAssessments).where(where).orderBy(desc(riskAssessments.createdAt)).limit(limit);
    },

    /** Decide a pending review (only a pending one: false when it was not pending any more). */
    async decideReview(id: string, change: { status: 'approved' | 'declined'; by: string; at: Date; note: string | null }): Promise<RiskAssessmentRecord | undefined> {
      const [row] = await orm
        .update(riskAssessments)
        .set({ reviewStatus: change.status, reviewedBy: change.by, reviewedAt: change.at, reviewNote: change.note, outcome: change.status === 'approved' ? 'legitimate' : 'fraud', outcomeSource: change.status === 'approved' ? 'review_approved' : 'review_declined', outcomeAt: change.at })
        .where(and(eq(riskAssessments.id, id), eq(riskAssessments.reviewStatus, 'pending')))
        .returning();
      return row;
    },

    /** Hold an assessed order for review for a reason found outside scoring (a denied-party potential match). */
    async holdForReview(id: string, reason: Record<string, unknown>): Promise<void> {
      await orm
        .update(riskAssessments)
        .set({ decision: 'review', reviewStatus: 'pending', reasons: sql`jsonb_build_array(${JSON.stringify(reason)}::jsonb) || ${riskAssessments.reasons}` })
        .where(eq(riskAssessments.id, id));
    },

    async linkOrder(id: string, order: { id: string; number: string }): Promise<void> {
      await orm.update(riskAssessments).set({ orderId: order.id, orderNumber: order.number }).where(eq(riskAssessments.id, id));
    },

    async setOutcome(id: string, outcome: 'fraud' | 'legitimate', source: string, at: Date): Promise<RiskAssessmentRecord | undefined> {
      const [row] = await orm.update(riskAssessments).set({ outcome, outcomeSource: source, outcomeAt: at }).where(eq(riskAssessments.id, id)).returning();
      return row;
    },

    /** Labeled assessments for training, newest first. */
    async labeled(limit: number): Promise<{ features: Record<string, unknown>; logit: number; score: number; outcome: string; fired: string[] }[]> {
      const list = await orm
        .select({ features: riskAssessments.features, logit: riskAssessments.logit, score: riskAssessments.score, outcome: riskAssessments.outcome, reasons: riskAssessments.reasons })
        .from(riskAssessments)
        .where(isNotNull(riskAssessments.outcome))
        .orderBy(desc(riskAssessments.outcomeAt))
        .limit(limit);
      return list.map((r) => ({ features: r.features, logit: r.logit, score: r.score, outcome: r.outcome!, fired: (r.reasons as { code: string; source: string }[]).filter((x) => x.source === 'rule').map((x) => x.code) }));
    },

    /** Recent assessments for a rule's test mode, newest first. */
    async recent(limit: number, since: Date): Promise<RiskAssessmentRecord[]> {
      return orm
        .select()
        .from(riskAssessments)
        .where(sql`${riskAssessments.createdAt} >= ${ts(since)}`)
        .orderBy(desc(riskAssessments.createdAt))
        .limit(limit);
    },

    async rules(): Promise<RiskRuleRecord[]> {
      return orm.select().from(riskRules).orderBy(asc(riskRules.position), asc(riskRules.id));
    },

    async ruleById(id: string): Promise<RiskRuleRecord | undefined> {
      const [row] = await orm.select().from(riskRules).where(eq(riskRules.id, id));
      return row;
    },

    async upsertRule(rule: Omit<typeof riskRules.$inferInsert, 'position'> & { position?: number }, at: Date): Promise<{ record: RiskRuleRecord; created: boolean }> {
      const existing = await this.ruleById(rule.id);
      if (existing) {
        const [row] = await orm
          .update(riskRules)
          .set({ description: rule.description, when: rule.when, weight: rule.weight, action: rule.action ?? null, enabled: rule.enabled ?? 1, source: rule.source ?? null, updatedBy: rule.updatedBy ?? null, updatedAt: at, ...(rule.position !== undefined ? { position: rule.position } : {}) })
          .where(eq(riskRules.id, rule.id))
          .returning();
        return { record: row!, created: false };
      }
      const [max] = await rows<{ p: number | null }>(orm, sql`select max(position) as p from risk_rules`);
      const [row] = await orm
        .insert(riskRules)
        .values({ ...rule, position: rule.position ?? (max?.p ?? -1) + 1, createdAt: at, updatedAt: at })
        .returning();
      return { record: row!, created: true };
    },

    async deleteRule(id: string): Promise<boolean> {
      const deleted = await orm.delete(riskRules).where(eq(riskRules.id, id)).returning({ id: riskRules.id });
      return deleted.length > 0;
    },

    async setting<T>(key: string): Promise<T | undefined> {
      const [row] = await orm.select().from(riskSettings).where(eq(riskSettings.key, key));
      return row?.value as T | undefined;
    },

    async putSetting(key: string, value: unknown, at: Date): Promise<void> {
      await orm.insert(riskSettings).values({ key, value, updatedAt: at }).onConflictDoUpdate({ target: riskSettings.key, set: { value, updatedAt: at } });
    },

    /** Write the default rules once (a store that deleted them all keeps none). True when written now. */
    async seedRules(defaults: readonly Omit<typeof riskRules.$inferInsert, 'position'>[], at: Date): Promise<boolean> {
      return orm.transaction(async (tx) => {
        const inserted = await tx.insert(riskSettings).values({ key: 'rules_seeded', value: true, updatedAt: at }).onConflictDoNothing().returning({ key: riskSettings.key });
        if (inserted.length === 0) return false;
        if (defaults.length > 0) await tx.insert(riskRules).values(defaults.map((r, position) => ({ ...r, position, createdAt: at, updatedAt: at }))).onConflictDoNothing();
        return true;
      });
    },
  };
}

export type RiskRepository = ReturnType<typeof createRiskRepository>;
