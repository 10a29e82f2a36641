import { parseDecimal } from '../src/core/decimal/decimal.js';
import { compilePricing, localizeAmount, type CompiledPricing } from '../src/core/pricing/localize-price.js';
import type { PriceRules } from '../src/core/pricing/price-rules.js';
import { publish } from './lib/harness.js';

/**
 * Re-price a catalog of 100,000 variants (USD base prices) into 20 markets: 2 million prices, each
 * converted exactly with a markup, tax-inclusive where the market shows it, rounded to the
 * currency's increment and moved to a charm ending. Baseline in the same run: the same loop with a
 * floating-point multiply and Math.round, no exactness, no rounding rules.
 */
export async function run(options: { amount: number }): Promise<void> {
  const variants = Math.max(10_000, options.amount * 2);
  const prices = new Int32Array(variants);
  let seed = 42;
  for (let i = 0; i < variants; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    prices[i] = 500 + (seed % 50_000); // USD 5.00 to 504.99
  }
  // ECB reference rates of 2025-05-09 (1 EUR = ...), crossed from USD.
  const ecb: Record<string, string> = { USD: '1.1252', EUR: '1', JPY: '163.36', GBP: '0.8477', CHF: '0.9353', NOK: '11.6725', SEK: '10.92', DKK: '7.4604', PLN: '4.2393', CZK: '24.946', AUD: '1.7572', NZD: '1.9095', CAD: '1.5658', SGD: '1.46', KRW: '1575.72', MXN: '21.9473', HUF: '404.9' };
  const d = (s: string) => parseDecimal(s)!;
  const markets: Array<[string, PriceRules]> = [
    ['EUR', { currency: 'EUR', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('19'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'up' } }],
    ['EUR', { currency: 'EUR', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('20'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'nearest' } }],
    ['EUR', { currency: 'EUR', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('21'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 95, direction: 'up' } }],
    ['EUR', { currency: 'EUR', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('22'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 0, direction: 'nearest' } }],
    ['EUR', { currency: 'EUR', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('21'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'up' } }],
    ['GBP', { currency: 'GBP', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('20'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'up' } }],
    ['CHF', { currency: 'CHF', fxMarkupPercent: d('2.5'), inclusiveTaxPercent: d('8.1'), rounding: { increment: 5, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'up' } }],
    ['NOK', { currency: 'NOK', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('25'), rounding: { increment: 100, mode: 'half-up' }, charm: { modulus: 1000, ending: 900, direction: 'up' } }],
    ['SEK', { currency: 'SEK', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('25'), rounding: { increment: 100, mode: 'half-up' } }],
    ['DKK', { currency: 'DKK', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('25'), rounding: { increment: 100, mode: 'half-up' }, charm: { modulus: 1000, ending: 950, direction: 'up' } }],
    ['PLN', { currency: 'PLN', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('23'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'up' } }],
    ['CZK', { currency: 'CZK', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('21'), rounding: { increment: 100, mode: 'half-up' } }],
    ['AUD', { currency: 'AUD', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('10'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 95, direction: 'up' } }],
    ['NZD', { currency: 'NZD', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('15'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'up' } }],
    ['CAD', { currency: 'CAD', fxMarkupPercent: d('2'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'up' } }],
    ['USD', { currency: 'USD', fxMarkupPercent: d('0'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 99, direction: 'nearest' } }],
    ['SGD', { currency: 'SGD', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('9'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 100, ending: 90, direction: 'up' } }],
    ['JPY', { currency: 'JPY', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('10'), rounding: { increment: 1, mode: 'half-up' }, charm: { modulus: 1000, ending: 980, direction: 'up' } }],
    ['KRW', { currency: 'KRW', fxMarkupPercent: d('2'), inclusiveTaxPercent: d('10'), rounding: { increment: 100, mode: 'half-up' }, charm: { modulus: 1000, ending: 900, direction: 'up' } }],
    ['MXN', { currency: 'MXN', fxMarkupPercent: d('3'), inclusiveTaxPercent: d('16'), rounding: { increment: 100, mode: 'half-up' }, charm: { modulus: 1000, ending: 900, direction: 'up' } }],
  ];
  const compiled: CompiledPricing[] = markets.map(([currency, rules]) => {
    const r = compilePricing('USD', { quote: d(ecb[currency]!), base: d(ecb.USD!) }, rules);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  });
  const floats = markets.map(([currency, rules]) => (Number(ecb[currency]) / Number(ecb.USD)) * (1 + Number(rules.fxMarkupPercent.coef) / 10 ** rules.fxMarkupPercent.scale / 100));
  const out = new Float64Array(variants);
  const total = variants * markets.length;

  const naive = () => {
    for (const f of floats) for (let i = 0; i < variants; i++) out[i] = Math.round(prices[i]! * f);
  };
  const exact = () => {
    for (const p of compiled) for (let i = 0; i < variants; i++) out[i] = localizeAmount(prices[i]!, p);
  };
  naive();
  exact();
  const time = (fn: () => void) => {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const start = process.hrtime.bigint();
      fn();
      runs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const best = Math.min(...runs);
    return { totalMs: Math.round(best * 10) / 10, pricesPerSecond: Math.round(total / (best / 1000)), nsPerPrice: Math.round((best * 1e6) / total) };
  };
  publish({
    name: 'pricing',
    description: `localize ${variants.toLocaleString('en-US')} variants into ${markets.length} markets (${total.toLocaleString('en-US')} prices), best of 3`,
    rows: [
      { label: 'float multiply + Math.round, no rules', isBaseline: true, figures: time(naive) },
      { label: 'exact conversion, markup, tax-inclusive, increment, charm', figures: time(exact) },
    ],
    notes: ['target: 100,000 variants x 20 markets under 2 s'],
  });
}
