// Keeps the labelled fraud scenarios in test/fraud/scenarios well formed: every case parses, ids are
// unique, histories come before the order they lead up to, money and currencies agree with the
// market, and `accept` follows the rules in the folder's README (a challenge is only ever accepted
// for a card issued in the EEA or UK, never for friendly fraud or card testing).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scenarios');

type Decision = 'approve' | 'challenge' | 'review' | 'decline';
type Item = { sku?: string; category?: string; quantity?: number; unitPrice?: string };
type Place = { name?: string; line1?: string; city?: string; postalCode?: string; country?: string; service?: string };
type Order = {
  id?: string;
  createdAt?: string;
  market?: string;
  currency?: string;
  total?: string;
  items?: Item[];
  customer?: { id?: string; email?: string; name?: string; createdAt?: string };
  billing?: Place;
  shipping?: Place;
  payment?: {
    method?: string;
    card?: { bin?: string; last4?: string; issuerCountry?: string; fingerprint?: string; funding?: string };
    attempt?: number;
    declinedBefore?: number;
    avsResult?: string;
    cvcResult?: string;
  };
  ip?: { address?: string; country?: string; isProxy?: boolean; isHosting?: boolean };
  device?: { id?: string; timezone?: string };
  outcome?: string;
};
type Case = { id: string; label: string; pattern: string; why: string; expected: Decision; accept: Decision[]; history: Order[]; order: Order };

const DECISIONS = ['approve', 'challenge', 'review', 'decline'];
const CURRENCY: Record<string, string> = { eu: 'EUR', uk: 'GBP', us: 'USD', ch: 'CHF', jp: 'JPY', au: 'AUD', ca: 'CAD', no: 'NOK' };
/** EEA members and the UK: where PSD2 strong customer authentication applies to the card issuer. */
const SCA_ISSUERS = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB'.split(' '));
const ISO_UTC = /^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function isCountry(code: unknown): boolean {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined;
}
function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
/** Decimal string in major units to integer minor units (JPY has no minor unit). */
function minorUnits(amount: unknown, currency: string, at: string): number {
  const pattern = currency === 'JPY' ? /^\d+$/ : /^\d+\.\d\d$/;
  assert.ok(typeof amount === 'string' && pattern.test(amount), `${at}: ${JSON.stringify(amount)} is not a ${currency} amount`);
  return Number(amount.replace('.', ''));
}

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const suite: Array<{ file: string; c: Case }> = files.flatMap((file) => {
  const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  assert.ok(Array.isArray(parsed), `${file} holds a JSON array`);
  return (parsed as Case[]).map((c) => ({ file, c }));
});

test('the suite has at least 64 cases, at least 32 of each label', () => {
  const count = (label: string) => suite.filter(({ c }) => c.label === label).length;
  assert.ok(suite.length >= 64, `${suite.length} cases`);
  assert.ok(count('legitimate') >= 32, `${count('legitimate')} legitimate`);
  assert.ok(count('attack') >= 32, `${count('attack')} attacks`);
});

test('case ids are unique across files', () => {
  const seen = new Map<string, string>();
  for (const { file, c } of suite) {
    assert.equal(seen.get(c.id), undefined, `${c.id} in ${file} is also in ${seen.get(c.id)}`);
    seen.set(c.id, file);
  }
});

test('at least six cases leave out customer, card, ip or device, on both labels', () => {
  const sparse = suite.filter(({ c }) => !c.order.customer || !c.order.ip || !c.order.device || (c.order.payment !== undefined && !c.order.payment.card));
  assert.ok(sparse.length >= 6, `${sparse.length} cases with missing parts`);
  assert.ok(sparse.some(({ c }) => c.label === 'legitimate') && sparse.some(({ c }) => c.label === 'attack'));
});

for (const { file, c } of suite) {
  test(`${file}: ${c.id}`, () => {
    assert.match(c.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(c.label === 'legitimate' || c.label === 'attack', `label ${c.label}`);
    assert.ok(file.startsWith(`${c.label}-`), `a ${c.label} case belongs in a ${c.label}-*.json file`);
    assert.ok(typeof c.pattern === 'string' && c.pattern.length > 0, 'pattern');
    assert.ok(typeof c.why === 'string' && c.why.length >= 40, 'why explains the case');

    // Decisions.
    assert.ok(DECISIONS.includes(c.expected), `expected ${c.expected}`);
    assert.ok(Array.isArray(c.accept) && c.accept.every((d) => DECISIONS.includes(d)), `accept ${JSON.stringify(c.accept)}`);
    assert.equal(new Set(c.accept).size, c.accept.length, 'accept has no repeats');
    assert.ok(c.accept.includes(c.expected), `expected ${c.expected} is in accept ${JSON.stringify(c.accept)}`);
    if (c.label === 'legitimate') {
      assert.ok(c.accept.includes('approve'), 'a legitimate order may always be approved');
      assert.ok(c.accept.every((d) => d === 'approve' || d === 'challenge'), 'review and decline are never right for a legitimate order');
    } else {
      assert.ok(!c.accept.includes('approve'), 'approving an attack is never right');
      assert.ok(c.accept.includes('review') && c.accept.includes('decline'), 'review and decline both stop an attack');
    }
    if (c.accept.includes('challenge')) {
      const issuer = c.order.payment?.card?.issuerCountry;
      assert.ok(c.order.payment?.method === 'card' && issuer !== undefined && SCA_ISSUERS.has(issuer), `challenge needs a card issued in the EEA or UK, not ${issuer ?? c.order.payment?.method}`);
      assert.ok(c.pattern !== 'friendly-fraud' && c.pattern !== 'card-testing', `a challenge does not stop ${c.pattern}`);
    }

    // History, then the order.
    assert.ok(Array.isArray(c.history), 'history is an array');
    assert.equal(c.order.outcome, undefined, 'the scored order carries no outcome');
    const orders = [...c.history, c.order];
    const orderIds = new Set<string>();
    let previous = '';
    orders.forEach((o, i) => {
      const at = `${c.id} ${i < c.history.length ? `history[${i}]` : 'order'}`;
      assert.ok(typeof o.id === 'string' && !orderIds.has(o.id), `${at}: order id ${o.id} is unique in the scenario`);
      orderIds.add(o.id);
      assert.ok(typeof o.createdAt === 'string' && ISO_UTC.test(o.createdAt), `${at}: createdAt ${o.createdAt} is a 2026 UTC time`);
      assert.ok(o.createdAt > previous, `${at}: createdAt ${o.createdAt} comes after ${previous}`);
      previous = o.createdAt;
      if (o.outcome !== undefined) assert.ok(o.outcome === 'fraud' || o.outcome === 'legitimate', `${at}: outcome ${o.outcome}`);
      if (o.customer?.createdAt !== undefined) assert.ok(o.customer.createdAt <= o.createdAt, `${at}: the account exists before it orders`);

      // Money.
      const currency = CURRENCY[o.market ?? ''];
      assert.ok(currency !== undefined, `${at}: market ${o.market}`);
      assert.equal(o.currency, currency, `${at}: market ${o.market} sells in ${currency}`);
      assert.ok(Array.isArray(o.items) && o.items.length > 0, `${at}: items`);
      const itemsMinor = o.items.reduce((sum, item) => {
        assert.ok(Number.isInteger(item.quantity) && (item.quantity ?? 0) > 0, `${at}: quantity ${item.quantity}`);
        return sum + (item.quantity ?? 0) * minorUnits(item.unitPrice, currency, at);
      }, 0);
      assert.ok(minorUnits(o.total, currency, at) >= itemsMinor, `${at}: total ${o.total} covers the items`);

      // Places, payment, network.
      for (const place of [o.billing, o.shipping]) if (place) assert.ok(isCountry(place.country), `${at}: country ${place.country}`);
      if (o.shipping) assert.ok(['standard', 'express', 'economy'].includes(o.shipping.service ?? ''), `${at}: service ${o.shipping.service}`);
      if (o.ip) assert.ok(isCountry(o.ip.country), `${at}: ip country ${o.ip.country}`);
      if (o.device) assert.ok(isTimeZone(o.device.timezone), `${at}: time zone ${o.device.timezone}`);
      const pay = o.payment;
      if (pay) {
        assert.ok(['card', 'paypal', 'ideal', 'klarna', 'bank_transfer'].includes(pay.method ?? ''), `${at}: method ${pay.method}`);
        assert.equal(pay.attempt, (pay.declinedBefore ?? 0) + 1, `${at}: attempt follows the declines before it`);
        if (pay.method === 'card') {
          assert.match(pay.card?.bin ?? '', /^\d{6}$/, `${at}: BIN`);
          assert.match(pay.card?.last4 ?? '', /^\d{4}$/, `${at}: last4`);
          assert.ok(isCountry(pay.card?.issuerCountry), `${at}: issuer country`);
          assert.ok(['credit', 'debit', 'prepaid'].includes(pay.card?.funding ?? ''), `${at}: funding`);
          assert.ok(['match', 'partial', 'no_match', 'unavailable'].includes(pay.avsResult ?? ''), `${at}: AVS`);
          assert.ok(['match', 'no_match', 'unavailable'].includes(pay.cvcResult ?? ''), `${at}: CVC`);
        } else {
          assert.equal(pay.card, undefined, `${at}: ${pay.method} carries no card`);
        }
      }
    });
  });
}
