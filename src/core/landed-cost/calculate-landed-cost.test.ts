import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseMoney } from '../money/money.js';
import type { LandedCostAnswer } from './answer.js';
import { calculateLandedCost } from './calculate-landed-cost.js';
import { compileRules } from './compile-rules.js';
import { parseLandedCostRequest } from './request.js';
import { TEST_FX, TEST_RULES } from './test-rules.fixture.js';

const compiled = compileRules(TEST_RULES);
if (!compiled.ok) throw new Error(compiled.message);
const rules = compiled.value;

type Json = Record<string, unknown>;
const tee = (price: string, currency: string, quantity = 1, extra: Json = {}) => ({ sku: `tee-${price}`, hsCode: '6109.10', originCountry: 'VN', unitPrice: { amount: price, currency }, quantity, unitWeightKg: 0.2, ...extra });

function quote(request: Json): LandedCostAnswer {
  const parsed = parseLandedCostRequest({ incoterm: 'DDP', channel: 'courier', shipFrom: { country: 'VN' }, ...request });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.message);
  const r = calculateLandedCost(parsed.value, rules, TEST_FX);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.value;
}

test('EU from 2026-07-01: EUR 3 per classification replaces the tariff; VAT at the border on goods + freight + duty', () => {
  const a = quote({ date: '2026-11-27', currency: 'EUR', shipTo: { country: 'DE' }, shipping: { amount: '10.00', currency: 'EUR' }, items: [tee('20.00', 'EUR', 3)] });
  assert.deepEqual(a.totals, { items: '60.00', shipping: '10.00', insurance: '0.00', duties: '3.00', taxes: '13.87', fees: '0.00', landedCost: '86.87' });
  assert.equal(a.duties[0]!.program, 'low-value duty');
  assert.equal(a.taxes[0]!.formula, '19% of EUR 73.00 (goods + freight + duty)');
  assert.equal(a.payableAtCheckout, '86.87');
  assert.equal(a.payableOnDelivery, '0.00');
  assert.match(a.warnings[0]!, /without a IOSS registration the import tax is collected at the border/);
  assert.deepEqual(a.deMinimis.map((d) => [d.appliesTo, d.outcome]), [['tax', 'none']]);
});

test('EU with IOSS: VAT charged at checkout on the sale price and listed for remittance', () => {
  const a = quote({ date: '2026-11-27', currency: 'EUR', shipTo: { country: 'DE' }, shipping: { amount: '10.00', currency: 'EUR' }, seller: { registrations: [{ scheme: 'IOSS', number: 'IM2760000001' }] }, items: [tee('20.00', 'EUR', 3)] });
  assert.equal(a.totals.taxes, '13.30');
  assert.equal(a.totals.landedCost, '86.30');
  assert.equal(a.taxes[0]!.program, 'low-value scheme');
  assert.equal(a.taxes[0]!.due, 'checkout');
  assert.deepEqual(a.remittance, [{ scheme: 'IOSS', registration: 'IOSS', number: 'IM2760000001', amount: '13.30', currency: 'EUR', note: 'the seller remits this tax in its IOSS return for DE' }]);
});

test('EU before 2026-07-01: no duty at or under EUR 150 intrinsic', () => {
  const a = quote({ date: '2026-05-01', currency: 'EUR', shipTo: { country: 'DE' }, shipping: { amount: '10.00', currency: 'EUR' }, items: [tee('20.00', 'EUR', 3)] });
  assert.equal(a.totals.duties, '0.00');
  assert.equal(a.totals.taxes, '13.30');
  const duty = a.deMinimis.find((d) => d.appliesTo === 'duty')!;
  assert.equal(duty.outcome, 'below');
  assert.deepEqual(duty.valueTested, { amount: '60.00', currency: 'EUR' });
});

test('EU over EUR 150: MFN on CIF, VAT on CIF + duty; a claimed EVFTA preference removes the duty', () => {
  const mfn = quote({ date: '2026-11-27', currency: 'EUR', shipTo: { country: 'DE' }, shipping: { amount: '10.00', currency: 'EUR' }, items: [tee('20.00', 'EUR', 10)] });
  assert.equal(mfn.duties[0]!.formula, '12% of EUR 210.00 CIF');
  assert.equal(mfn.totals.duties, '25.20');
  assert.equal(mfn.totals.taxes, '44.69'); // 19% of 235.20 = 44.688
  assert.equal(mfn.totals.landedCost, '279.89');
  assert.match(mfn.duties[0]!.note ?? '', /may qualify for EVFTA/);
  const pref = quote({ date: '2026-11-27', currency: 'EUR', shipTo: { country: 'DE' }, shipping: { amount: '10.00', currency: 'EUR' }, items: [tee('20.00', 'EUR', 10, { claimPreference: true })] });
  assert.equal(pref.duties[0]!.program, 'agreement');
  assert.equal(pref.duties[0]!.agreement, 'EVFTA');
  assert.equal(pref.totals.duties, '0.00');
  assert.equal(pref.totals.taxes, '39.90');
  assert.match(pref.duties[0]!.note ?? '', /MFN \(12%\) would be EUR 25\.20/);
});

test('US after 2025-08-29: no de minimis, MFN and Section 122 on FOB value, MPF; DAP makes it due on delivery', () => {
  const a = quote({ date: '2026-03-01', currency: 'USD', incoterm: 'DAP', shipTo: { country: 'US' }, shipping: { amount: '20.00', currency: 'USD' }, items: [tee('100.00', 'USD')] });
  assert.deepEqual(a.duties.map((d) => [d.name, d.amount]), [['Customs duty', '16.50'], ['Additional duty (Section 122)', '10.00']]);
  assert.equal(a.fees[0]!.amount, '2.69');
  assert.equal(a.totals.landedCost, '149.19');
  assert.equal(a.payableAtCheckout, '120.00');
  assert.equal(a.payableOnDelivery, '29.19');
  assert.ok(a.duties.every((d) => d.payer === 'buyer' && d.due === 'delivery'));
  assert.equal(a.deMinimis[0]!.outcome, 'none');
  const mx = quote({ date: '2026-03-01', currency: 'USD', incoterm: 'DAP', shipTo: { country: 'US' }, items: [tee('100.00', 'USD', 1, { originCountry: 'MX' })] });
  assert.equal(mx.totals.duties, '16.50', 'USMCA origins are outside Section 122');
  const cashews = quote({ date: '2026-03-01', currency: 'USD', shipTo: { country: 'US' }, items: [{ sku: 'cashew', hsCode: '080132', originCountry: 'VN', unitPrice: { amount: '100.00', currency: 'USD' }, quantity: 1, unitWeightKg: 10 }] });
  assert.deepEqual(cashews.duties.map((d) => [d.name, d.amount]), [['Customs duty', '0.15']], 'goods excepted from Section 122 pay only MFN (1.5¢/kg × 10 kg)');
  const after = quote({ date: '2026-08-01', currency: 'USD', shipTo: { country: 'US' }, items: [tee('100.00', 'USD')] });
  assert.equal(after.totals.duties, '16.50', 'Section 122 ended on 2026-07-24');
});

test('US before 2025-08-29: USD 800 de minimis relieves duty, and no MPF is due', () => {
  const a = quote({ date: '2025-06-01', currency: 'USD', shipTo: { country: 'US' }, shipping: { amount: '20.00', currency: 'USD' }, items: [tee('100.00', 'USD')] });
  assert.equal(a.totals.landedCost, '120.00');
  assert.equal(a.deMinimis[0]!.outcome, 'below');
});

test('Switzerland: duty per 100 kg gross; import VAT under CHF 5 is not collected', () => {
  const coffee = (price: string) => ({ sku: 'coffee', hsCode: '090121', originCountry: 'VN', unitPrice: { amount: price, currency: 'CHF' }, quantity: 1, unitWeightKg: '1' });
  const small = quote({ date: '2026-11-27', currency: 'CHF', shipTo: { country: 'CH' }, shipping: { amount: '10.00', currency: 'CHF' }, items: [coffee('30.00')] });
  assert.equal(small.duties[0]!.formula, 'CHF 20/100 kg gross × 1 kg CIF');
  assert.equal(small.totals.duties, '0.20');
  assert.equal(small.totals.taxes, '0.00');
  assert.equal(small.deMinimis[0]!.outcome, 'below');
  const large = quote({ date: '2026-11-27', currency: 'CHF', shipTo: { country: 'CH' }, shipping: { amount: '10.00', currency: 'CHF' }, items: [coffee('300.00')] });
  assert.equal(large.totals.taxes, '8.07'); // 2.6% of 310.20
});

test('Canada: CUSMA courier thresholds by ship-from country; HST in Ontario, GST elsewhere', () => {
  const base = { date: '2026-11-27', currency: 'CAD', shipTo: { country: 'CA', region: 'ON' } };
  const fromUsSmall = quote({ ...base, shipFrom: { country: 'US' }, items: [tee('35.00', 'CAD')] });
  assert.equal(fromUsSmall.totals.landedCost, '35.00');
  const fromUs = quote({ ...base, shipFrom: { country: 'US' }, items: [tee('100.00', 'CAD')] });
  assert.equal(fromUs.totals.duties, '0.00');
  assert.equal(fromUs.taxes[0]!.name, 'Import HST');
  assert.equal(fromUs.totals.taxes, '13.00');
  const fromVn = quote({ ...base, shipTo: { country: 'CA' }, items: [tee('100.00', 'CAD')] });
  assert.equal(fromVn.totals.duties, '18.00');
  assert.equal(fromVn.totals.taxes, '5.90'); // GST 5% of 118.00 (FOB value + duty)
});

test('UK: under GBP 135 no duty, VAT charged at checkout; an unregistered seller is warned', () => {
  const a = quote({ date: '2026-11-27', currency: 'GBP', shipTo: { country: 'GB' }, shipping: { amount: '5.00', currency: 'GBP' }, items: [tee('50.00', 'GBP')] });
  assert.equal(a.totals.duties, '0.00');
  assert.equal(a.totals.taxes, '11.00');
  assert.equal(a.taxes[0]!.due, 'checkout');
  assert.equal(a.remittance[0]!.number, null);
  assert.match(a.warnings.join(' '), /must register/);
});

test('an inclusive tax is grossed up: tax = base x r / (1 - r)', () => {
  const a = quote({ date: '2026-11-27', currency: 'BRL', shipTo: { country: 'BR' }, items: [tee('100.00', 'BRL')] });
  assert.equal(a.totals.taxes, '20.48'); // 100 * 17 / 83 = 20.4819...
  assert.match(a.taxes[0]!.formula, /× 17 \/ \(100 − 17\)/);
  assert.equal(a.items[0]!.reasons[0]!.code, 'TARIFF_NOT_FOUND');
});

test('a scheme that excludes goods leaves them to the border (VOEC and food)', () => {
  const coffee = { sku: 'coffee', hsCode: '090121', originCountry: 'VN', unitPrice: { amount: '100.00', currency: 'NOK' }, quantity: 1 };
  const a = quote({ date: '2026-11-27', currency: 'NOK', shipTo: { country: 'NO' }, seller: { registrations: [{ scheme: 'NO_VOEC', number: 'VOEC2026001' }] }, items: [tee('200.00', 'NOK'), coffee] });
  assert.deepEqual(a.taxes.map((t) => [t.sku, t.program, t.amount, t.due]), [['tee-200.00', 'low-value scheme', '50.00', 'checkout'], ['coffee', 'import tax', '15.00', 'checkout']]);
});

test('de minimis by origin: CN goods lost US relief before everyone else', () => {
  const cn = quote({ date: '2025-06-01', currency: 'USD', shipTo: { country: 'US' }, items: [tee('100.00', 'USD', 1, { originCountry: 'CN' })] });
  assert.equal(cn.totals.duties, '16.50');
  assert.equal(cn.deMinimis[0]!.outcome, 'none');
  const mixed = quote({ date: '2025-06-01', currency: 'USD', shipTo: { country: 'US' }, items: [tee('100.00', 'USD'), tee('50.00', 'USD', 1, { originCountry: 'CN' })] });
  assert.equal(mixed.totals.duties, '24.75');
});

test('specific minimum per pair beats the ad valorem part when higher', () => {
  const sandals = (n: number, price: string) => ({ sku: 'sandal', hsCode: '640419', originCountry: 'VN', unitPrice: { amount: price, currency: 'EUR' }, quantity: n });
  const few = quote({ date: '2026-05-01', currency: 'EUR', shipTo: { country: 'DE' }, items: [sandals(2, '100.00')] });
  assert.equal(few.totals.duties, '12.00');
  const many = quote({ date: '2026-05-01', currency: 'EUR', shipTo: { country: 'DE' }, items: [sandals(20, '10.00')] });
  assert.equal(many.totals.duties, '50.00');
  assert.match(many.duties[0]!.formula, /^minimum EUR 2\.5\/pair × 20 pairs/);
});

test('answers in another currency convert each line once and report the rates used', () => {
  const a = quote({ date: '2026-11-27', currency: 'USD', shipTo: { country: 'DE' }, shipping: { amount: '12.50', currency: 'USD' }, items: [tee('25.00', 'USD', 4)] });
  assert.deepEqual(a.totals, { items: '100.00', shipping: '12.50', insurance: '0.00', duties: '3.75', taxes: '22.09', fees: '0.00', landedCost: '138.34' });
  assert.deepEqual(a.taxes[0]!.local, { amount: '17.67', currency: 'EUR' });
  assert.deepEqual(a.fx.map((f) => `${f.from}>${f.to} ${f.rate} ${f.rateDate}`).sort(), ['EUR>USD 1.25 2026-11-26', 'USD>EUR 0.8 2026-11-26']);
});

test('a partial answer: an item without an HS code says why, the rest is calculated', () => {
  const a = quote({ date: '2026-11-27', currency: 'EUR', shipTo: { country: 'DE' }, items: [tee('20.00', 'EUR', 10), { sku: 'mystery', originCountry: 'VN', unitPrice: { amount: '50.00', currency: 'EUR' }, quantity: 1 }] });
  assert.equal(a.complete, false);
  const mystery = a.items.find((i) => i.sku === 'mystery')!;
  assert.equal(mystery.calculable, false);
  assert.deepEqual(mystery.reasons.map((r) => r.code), ['HS_CODE_MISSING', 'TAX_RATE_ASSUMED']);
  assert.equal(a.duties.length, 1);
  assert.equal(a.taxes.length, 2);
});

test('a destination without rules answers goods only, every item not calculable', () => {
  const a = quote({ date: '2026-11-27', currency: 'EUR', shipTo: { country: 'AQ' }, items: [tee('20.00', 'EUR')] });
  assert.equal(a.complete, false);
  assert.equal(a.items[0]!.reasons[0]!.code, 'NO_RULES_FOR_DESTINATION');
  assert.equal(a.totals.landedCost, '20.00');
});

test('a missing FX rate is an error naming the field', () => {
  const parsed = parseLandedCostRequest({ date: '2026-11-27', currency: 'EUR', shipFrom: { country: 'VN' }, shipTo: { country: 'DE' }, items: [tee('20.00', 'JPY'.replace('JPY', 'SEK'))] });
  assert.ok(parsed.ok);
  const r = calculateLandedCost(parsed.value, rules, TEST_FX);
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.code, 'FX_RATE_MISSING');
    assert.equal(r.field, 'items[0].unitPrice.currency');
  }
  const stale = calculateLandedCost({ ...parsed.value, date: '2027-06-01', items: [{ ...parsed.value.items[0]!, unitPrice: { amount: 2000, currency: 'USD' } }] }, rules, TEST_FX);
  assert.equal(stale.ok ? 'ok' : stale.code, 'FX_RATE_STALE');
});

const arbitraryRequest = fc.record({
  country: fc.constantFrom('DE', 'US', 'CH', 'CA', 'GB'),
  date: fc.constantFrom('2025-06-01', '2026-03-01', '2026-05-01', '2026-11-27'),
  currency: fc.constantFrom('EUR', 'USD', 'GBP', 'CHF', 'CAD'),
  incoterm: fc.constantFrom('DDP', 'DAP'),
  ioss: fc.boolean(),
  shipping: fc.integer({ min: 0, max: 5000 }),
  items: fc.array(
    fc.record({
      hs: fc.constantFrom('610910', '090121', '640419', '080132', undefined),
      origin: fc.constantFrom('VN', 'MX', 'CN'),
      cents: fc.integer({ min: 0, max: 100_000 }),
      quantity: fc.integer({ min: 1, max: 30 }),
      pref: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

test('invariants: totals are the sums of their lines; checkout + delivery = landed cost; same request, same answer', () => {
  fc.assert(
    fc.property(arbitraryRequest, (g) => {
      const json = {
        date: g.date,
        currency: g.currency,
        incoterm: g.incoterm,
        shipFrom: { country: 'VN' },
        shipTo: { country: g.country },
        shipping: { amount: (g.shipping / 100).toFixed(2), currency: 'EUR' },
        seller: { registrations: g.ioss ? [{ scheme: 'IOSS', number: 'IM123' }] : [] },
        items: g.items.map((it, i) => ({ sku: `s${i}`, ...(it.hs ? { hsCode: it.hs } : {}), originCountry: it.origin, unitPrice: { amount: (it.cents / 100).toFixed(2), currency: 'USD' }, quantity: it.quantity, unitWeightKg: 0.3, claimPreference: it.pref })),
      };
      const parsed = parseLandedCostRequest(json);
      if (!parsed.ok) throw new Error(parsed.message);
      const r1 = calculateLandedCost(parsed.value, rules, TEST_FX);
      const r2 = calculateLandedCost(parsed.value, rules, TEST_FX);
      assert.deepEqual(r1, r2);
      if (!r1.ok) return true;
      const a = r1.value;
      const minor = (s: string) => parseMoney(s, a.currency).ok ? (parseMoney(s, a.currency) as { value: { amount: number } }).value.amount : NaN;
      const sum = (lines: Array<{ amount: string }>) => lines.reduce((s, l) => s + minor(l.amount), 0);
      assert.equal(minor(a.totals.duties), sum(a.duties));
      assert.equal(minor(a.totals.taxes), sum(a.taxes));
      assert.equal(minor(a.totals.fees), sum(a.fees));
      const t = a.totals;
      assert.equal(minor(t.landedCost), minor(t.items) + minor(t.shipping) + minor(t.insurance) + minor(t.duties) + minor(t.taxes) + minor(t.fees));
      assert.equal(minor(a.payableAtCheckout) + minor(a.payableOnDelivery), minor(t.landedCost));
      for (const l of [...a.duties, ...a.taxes, ...a.fees]) assert.ok(minor(l.amount) >= 0, `${l.name} is not negative`);
      return true;
    }),
    { numRuns: 300 },
  );
});
