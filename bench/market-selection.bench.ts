import { parseDecimal } from '../src/core/decimal/decimal.js';
import { buildFxTable } from '../src/core/fx/fx-table.js';
import { compileRules } from '../src/core/landed-cost/compile-rules.js';
import { catalogLandedCostShares, type CatalogProduct } from '../src/core/market-selection/catalog-landed-cost.js';
import { rankCountries } from '../src/core/market-selection/rank.js';
import type { CountryInput, IndicatorSpec } from '../src/core/market-selection/types.js';
import { DEMO_CATALOG } from '../src/data/demo/catalog.js';
import { DEMO_ECB_RATES } from '../src/data/demo/fx-rates.js';
import { STARTER_RULES } from '../src/data/rules/index.js';
import { publish } from './lib/harness.js';

const COUNTRIES =
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW PR'.split(' ');

/**
 * Rank 200 countries with 20 indicators and the landed cost of a 100-product catalog into each
 * (the target: under 1 second). The catalog is the demo store's products repeated with
 * their HS codes, origins and prices to 100; the indicators are seeded random values with some
 * missing. Baseline in the same run: a plain weighted sum of the same raw values (no
 * normalization, no explanations, no landed cost).
 */
export async function run(options: { amount: number; quick: boolean }): Promise<void> {
  const rules = compileRules(STARTER_RULES);
  if (!rules.ok) throw new Error(rules.message);
  const rates = Object.entries(DEMO_ECB_RATES.rates).map(([quote, rate]) => ({ base: 'EUR', quote, date: DEMO_ECB_RATES.date, rate: parseDecimal(rate)!, source: 'ECB' }));
  const fx = buildFxTable('EUR', 'ECB', rates);
  const demo = DEMO_CATALOG.flatMap((p) => p.variants.slice(0, 1).map((v) => ({ sku: v.sku, hsCode: p.hsCode, originCountry: p.originCountry, priceMinor: Math.round(Number(v.price.amount) * 100), currency: v.price.currency, weightG: Math.round(Number(v.weightKg) * 1000) })));
  const currency = demo[0]!.currency;
  const products: CatalogProduct[] = Array.from({ length: 100 }, (_, i) => ({ ...demo.filter((d) => d.currency === currency)[i % demo.length]!, sku: `SKU-${i}` }));
  const countries = COUNTRIES.slice(0, 200);
  let seed = 7;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const specs: IndicatorSpec[] = Array.from({ length: 20 }, (_, i) => ({ id: `ind.${i}`, name: `Indicator ${i}`, weight: 1 + (i % 5), direction: i % 4 === 0 ? 'lower' : 'higher', transform: i % 3 === 0 ? 'log' : 'none' }));
  const base: CountryInput[] = countries.map((country) => ({ country, values: Object.fromEntries(specs.filter(() => random() > 0.08).map((s) => [s.id, { value: 1 + random() * 1000, year: 2023, source: 'bench' }])) }));
  const date = '2025-05-09';

  const whole = () => {
    const { shares } = catalogLandedCostShares(products, 'VN', countries, rules.value, fx, date, 36_500);
    const inputs = base.map((c) => ({ ...c, values: { ...c.values, ...(shares.has(c.country) ? { 'own.landed_cost_share': { value: shares.get(c.country)!, year: 2025, source: 'engine' } } : {}) } }));
    const ranked = rankCountries(inputs, [...specs, { id: 'own.landed_cost_share', name: 'Landed cost', weight: 5, direction: 'lower' }], { normalization: 'min-max', missing: 'reweight', minCoverage: 0.5 });
    if (!ranked.ok) throw new Error(ranked.message);
    return { ranked: ranked.value, covered: shares.size };
  };
  const rankOnly = () => rankCountries(base, specs, { normalization: 'z-score', missing: 'reweight', minCoverage: 0.5 });
  const naive = () => base.map((c) => specs.reduce((a, s) => a + (c.values[s.id]?.value ?? 0) * s.weight, 0)).sort((a, b) => b - a);

  const runs = options.quick ? 3 : 10;
  const time = <T>(fn: () => T) => {
    fn();
    const ms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = process.hrtime.bigint();
      fn();
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    ms.sort((a, b) => a - b);
    return { medianMs: Math.round(ms[Math.floor(ms.length / 2)]! * 100) / 100, maxMs: Math.round(ms[ms.length - 1]! * 100) / 100 };
  };
  const covered = whole().covered;
  publish({
    name: 'market-selection',
    description: `rank ${countries.length} countries with ${specs.length} indicators and the landed cost of a ${products.length}-product catalog into each, ${runs} runs`,
    rows: [
      { label: 'plain weighted sum of raw values, no normalization (baseline)', isBaseline: true, figures: time(naive) },
      { label: 'rank only: z-score, 20 indicators, explanations', figures: time(rankOnly) },
      { label: `whole: landed cost of 100 products into ${countries.length} countries (${covered} quotable) + rank`, figures: time(whole) },
    ],
    notes: ['target: under 1 second for the whole'],
  });
}
