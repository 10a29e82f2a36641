import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/create-db.js';

/**
 * A store's fraud history for the fraud benchmark: `rows` past orders in risk_assessments, written
 * by set-based SQL (one INSERT ... SELECT over generate_series), and orders to score whose keys are
 * built the same way, so that half of them meet that history.
 *
 * Every past order belongs to a customer (0.3 x rows of them; the first 0.3 x rows orders give
 * each one an order, the rest go to customers drawn as floor(customers x u^1.5), so low-numbered
 * customers buy often). A customer orders with their card, email, device and shipping address;
 * the first tenth have a second card and the first twentieth a second email, used in 30% of their
 * orders. Customers share IP addresses (0.25 x rows of them). Five devices and ten IP addresses
 * are heavy (0.15% and 0.5% of the orders; the devices' orders all in the last 7 days, 30% of them
 * fraud). At one million orders: about 400k cards, 350k emails, 300k devices, 250k IPs, 300k
 * addresses, 300k customers; ~1% fraud, ~20% legitimate; 90% approved.
 */
export const HISTORY_SHAPE = { customers: 0.3, secondCards: 0.1, secondEmails: 0.05, ips: 0.25, skew: 1.5, heavyDevices: 5, heavyDeviceShare: 0.0015, heavyIps: 10, heavyIpShare: 0.005 } as const;

/** Keys as PostgreSQL writes them: md5 of "<kind>:<number>", cut to a length. */
const hex = (kind: string, n: number, length: number) => createHash('md5').update(`${kind}:${n}`).digest('hex').slice(0, length);

function shape(rows: number) {
  const s = HISTORY_SHAPE;
  return { customers: Math.round(rows * s.customers), secondCards: Math.round(rows * s.secondCards), secondEmails: Math.round(rows * s.secondEmails), ips: Math.round(rows * s.ips) };
}

export type FillTimings = { insertSeconds: number; indexSeconds: number; vacuumAnalyzeSeconds: number; checkpointSeconds: number | null; totalSeconds: number; indexes: number };

/**
 * Fill risk_assessments with `rows` past orders spread over the 90 days before `now`, and
 * risk_store_values from them. The table's secondary indexes are dropped first and created again
 * from their own definitions (pg_indexes) after the insert, as a bulk load does; then VACUUM
 * (ANALYZE), so that autovacuum does not start in the middle of the measurements, and a CHECKPOINT
 * (when the role may), so that the load's dirty pages are not written out during them.
 */
export async function fillRiskHistory(db: Database, rows: number, now: Date): Promise<FillTimings> {
  const { customers, secondCards, secondEmails, ips } = shape(rows);
  const s = HISTORY_SHAPE;
  const at = `'${now.toISOString()}'::timestamptz`;
  return db.withSession(async (session) => {
    const started = performance.now();
    const indexes = await session.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes where schemaname = current_schema() and tablename = 'risk_assessments'
         and indexname not in (select conname from pg_constraint where conrelid = 'risk_assessments'::regclass)`,
    );
    for (const index of indexes) await session.exec(`drop index "${index.name}"`);
    // The store values are summed once below, not row by row by the trigger.
    await session.exec('alter table risk_assessments disable trigger risk_store_value_count');
    await session.query('select setseed(0.42)');
    await session.exec(`
      insert into risk_assessments (created_at, recorded_at, source, order_ref, market, currency, total_minor, card_key, email_key, device_key, ip_key, address_key, customer_key,
        score, logit, decision, reasons, missing_signals, sca, features, input, policy_version, review_status, outcome, outcome_source, outcome_at)
      select created_at, created_at, 'checkout', 'history-' || i,
        case when c % 10 < 6 then 'eu' when c % 10 < 9 then 'us' else 'uk' end,
        case when c % 10 < 6 then 'EUR' when c % 10 < 9 then 'USD' else 'GBP' end,
        round(exp(7.3 + r_total * 3.2))::bigint,
        'fp_' || left(md5('card:' || (case when c < ${secondCards} and r_card < 0.3 then ${customers} + c else c end)), 24),
        'u' || left(md5('email:' || (case when c < ${secondEmails} and r_email < 0.3 then ${customers} + c else c end)), 12) || '@example.com',
        case when heavy_device then 'dev_heavy_' || floor(r_pick * ${s.heavyDevices})::int else 'dev_' || left(md5('device:' || c), 20) end,
        case when heavy_ip then '198.51.100.' || (1 + floor(r_pick * ${s.heavyIps})::int)
          else '10.' || ((c % ${ips}) >> 16) || '.' || (((c % ${ips}) >> 8) & 255) || '.' || ((c % ${ips}) & 255) end,
        (case when c % 10 < 6 then 'DE' when c % 10 < 9 then 'US' else 'GB' end) || '|' || lpad((c % 100000)::text, 5, '0') || '|' || left(md5('address:' || c), 10) || 'str1',
        'id:cus_' || left(md5('customer:' || c), 16),
        score, ln((score + 0.5) / (100.5 - score)), decision, '[]', '[]', '{}', '{}', '{}', 'history',
        case when decision = 'review' then 'approved' end,
        outcome,
        case outcome when 'fraud' then 'chargeback' when 'legitimate' then 'delivered' end,
        case when outcome is not null then least(created_at + interval '30 days', ${at}) end
      from (
        select *,
          case decision when 'approve' then floor(r_score * 30) when 'challenge' then 30 + floor(r_score * 30) when 'review' then 60 + floor(r_score * 25) else 85 + floor(r_score * 16) end::int as score,
          case when heavy_device and r_outcome < 0.3 then 'fraud' when not heavy_device and r_outcome < 0.009 then 'fraud' when not heavy_device and r_outcome < 0.209 then 'legitimate' end as outcome,
          ${at} - r_when * (case when heavy_device then interval '7 days' else interval '90 days' end) as created_at
        from (
          select i,
            case when i <= ${customers} then i - 1 else floor(${customers} * power(random(), ${s.skew}))::int end as c,
            random() < ${s.heavyDeviceShare} as heavy_device, random() < ${s.heavyIpShare} as heavy_ip,
            case when random() < 0.90 then 'approve' when random() < 0.5 then 'challenge' when random() < 0.6 then 'review' else 'decline' end as decision,
            random() as r_card, random() as r_email, random() as r_pick, random() as r_total, random() as r_score, random() as r_outcome, random() as r_when
          from generate_series(1, ${rows}) as i
          offset 0
        ) drawn
        offset 0
      ) o`);
    const inserted = performance.now();
    await session.exec(`set maintenance_work_mem = '512MB'`);
    for (const index of indexes) await session.exec(index.definition);
    await session.exec(`
      insert into risk_store_values (currency, slot, count, sum_log, sum_log_sq)
      select currency, 0, count(*), sum(ln(total_minor)), sum(ln(total_minor) ^ 2) from risk_assessments where decision <> 'decline' and total_minor > 0 group by currency
      on conflict (currency, slot) do update set count = excluded.count, sum_log = excluded.sum_log, sum_log_sq = excluded.sum_log_sq`);
    await session.exec('alter table risk_assessments enable trigger risk_store_value_count');
    await session.exec('reset maintenance_work_mem');
    const indexed = performance.now();
    await session.exec('vacuum (analyze) risk_assessments');
    await session.exec('analyze risk_store_values');
    const analyzed = performance.now();
    const checkpointed = await session.exec('checkpoint').then(
      () => true,
      () => false, // needs superuser or pg_checkpoint: without it the server writes the pages out on its own schedule
    );
    const done = performance.now();
    return {
      insertSeconds: (inserted - started) / 1000,
      indexSeconds: (indexed - inserted) / 1000,
      vacuumAnalyzeSeconds: (analyzed - indexed) / 1000,
      checkpointSeconds: checkpointed ? (done - analyzed) / 1000 : null,
      totalSeconds: (done - started) / 1000,
      indexes: indexes.length,
    };
  });
}

/** What the filled history holds: distinct keys, outcomes, the busiest keys. Counted exactly, after the fill. */
export async function describeRiskHistory(db: Database): Promise<string> {
  return db.withSession(async (session) => {
    const [d] = await session.query<Record<string, string>>(`select count(*)::text as orders, count(distinct card_key)::text as cards, count(distinct email_key)::text as emails,
      count(distinct device_key)::text as devices, count(distinct ip_key)::text as ips, count(distinct address_key)::text as addresses, count(distinct customer_key)::text as customers,
      (count(*) filter (where outcome = 'fraud'))::text as fraud, (count(*) filter (where outcome = 'legitimate'))::text as legitimate, (count(*) filter (where decision = 'approve'))::text as approved
      from risk_assessments`);
    const busiest = async (column: string) => (await session.query<{ n: string }>(`select count(*)::text as n from risk_assessments group by ${column} order by count(*) desc limit 1`))[0]?.n ?? '0';
    const n = (v: string | undefined) => Number(v ?? 0).toLocaleString('en-US');
    const share = (v: string | undefined) => `${((Number(v) * 100) / Number(d!.orders)).toFixed(1)}%`;
    return `history: ${n(d!.orders)} orders; distinct cards ${n(d!.cards)}, emails ${n(d!.emails)}, devices ${n(d!.devices)}, IPs ${n(d!.ips)}, addresses ${n(d!.addresses)}, customers ${n(d!.customers)}; fraud ${share(d!.fraud)}, legitimate ${share(d!.legitimate)}, approved ${share(d!.approved)}; busiest device ${n(await busiest('device_key'))} orders, IP ${n(await busiest('ip_key'))}, customer ${n(await busiest('customer_key'))}`;
  });
}

export type BenchOrderKind = 'new' | 'existing' | 'heavy';

/**
 * The j-th order to score: even j a buyer never seen (new keys throughout); j ending in 1 a heavy
 * one (one of the busiest customers, on a heavy device and IP); other odd j an existing customer
 * drawn with the history's skew, with their card, email, device, IP and address.
 */
export function benchOrder(j: number, rows: number, random: () => number): { kind: BenchOrderKind; order: Record<string, unknown> } {
  const { customers, secondCards, secondEmails, ips } = shape(rows);
  const kind: BenchOrderKind = j % 2 === 0 ? 'new' : j % 10 === 1 ? 'heavy' : 'existing';
  const c = kind === 'new' ? 10_000_000 + j : kind === 'heavy' ? Math.floor(random() * 20) : Math.floor(customers * random() ** HISTORY_SHAPE.skew);
  const [market, currency, country] = c % 10 < 6 ? ['eu', 'EUR', 'DE'] : c % 10 < 9 ? ['us', 'USD', 'US'] : ['uk', 'GBP', 'GB'];
  const card = c < secondCards && random() < 0.3 ? customers + c : c;
  const email = c < secondEmails && random() < 0.3 ? customers + c : c;
  const slot = Math.floor(j / 10);
  const ipIndex = c % ips;
  const ip = kind === 'new' ? `100.64.${(j >> 8) & 255}.${j & 255}` : kind === 'heavy' ? `198.51.100.${1 + (slot % HISTORY_SHAPE.heavyIps)}` : `10.${ipIndex >> 16}.${(ipIndex >> 8) & 255}.${ipIndex & 255}`;
  const device = kind === 'heavy' ? `dev_heavy_${slot % HISTORY_SHAPE.heavyDevices}` : `dev_${hex('device', c, 20)}`;
  const address = { name: 'Bench Buyer', line1: `${hex('address', c, 10)} Str. 1`, city: 'Berlin', postalCode: String(c % 100_000).padStart(5, '0'), country };
  const total = (Math.round(Math.exp(7.3 + random() * 3.2)) / 100).toFixed(2);
  return {
    kind,
    order: {
      id: `bench-${j}`,
      market,
      currency,
      total,
      items: [{ sku: 'TEE-LAN-M', title: 'Linen shirt', category: 'apparel', quantity: 1, unitPrice: total }],
      customer: { id: `cus_${hex('customer', c, 16)}`, email: `u${hex('email', email, 12)}@example.com`, name: 'Bench Buyer', createdAt: '2025-01-10T09:00:00Z' },
      billing: address,
      shipping: { ...address, service: 'standard' },
      payment: { method: 'card', card: { bin: '415231', last4: '4242', issuerCountry: country, fingerprint: `fp_${hex('card', card, 24)}`, funding: 'credit' }, attempt: 1, declinedBefore: 0, avsResult: 'match', cvcResult: 'match' },
      ip: { address: ip, country, isProxy: false, isHosting: false },
      device: { id: device, language: 'en-US', timezone: 'Europe/Berlin', userAgent: 'Mozilla/5.0' },
      session: { secondsOnSite: 300, pagesViewed: 7 },
    },
  };
}

