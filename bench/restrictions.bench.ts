import { decideRestrictions, findRestrictions, type GoodsItem } from '../src/core/compliance/restricted-goods.js';
import { normalizeText } from '../src/core/hs/normalize-text.js';
import { DEMO_CATALOG } from '../src/data/demo/catalog.js';
import { checkGoods, RESTRICTIONS } from '../src/services/compliance/restrictions.js';
import { publish } from './lib/harness.js';

/**
 * The restricted-goods check per cart line: one product (its text in every language) against the
 * whole rule set for one destination, as the cart quote runs it for each line. Items: the demo
 * catalog (long descriptions in seven languages) and goods the rules stop (vapes, power banks,
 * wine, replica guns). Baseline in the same run: normalizing the same texts, which the first check
 * of a product does and later checks of the same product reuse.
 */
export async function run(options: { amount: number }): Promise<void> {
  const demo: GoodsItem[] = DEMO_CATALOG.map((p) => ({
    hsCode: p.hsCode,
    texts: Object.values(p.translations).map((t) => [t.title, t.customsDescription, t.description].filter(Boolean).join(' ')),
    material: p.material ?? null,
    categories: p.categories ?? [],
    tags: p.tags ?? [],
  }));
  const stopped: GoodsItem[] = [
    { hsCode: '854340', texts: ['Disposable vape, mint, 20 mg nicotine'] },
    { hsCode: '850760', texts: ['Travel power bank 10,000 mAh with USB-C'] },
    { hsCode: '220421', texts: ['Red wine, Cabernet Sauvignon 2019, 750 ml'] },
    { hsCode: '950390', texts: ['Replica gun toy with sound'] },
  ];
  const items = [...demo, ...stopped];
  const countries = ['US', 'DE', 'GB', 'AU', 'JP', 'SG'];
  const cases = Array.from({ length: options.amount }, (_, i) => ({ item: items[i % items.length]!, country: countries[i % countries.length]! }));
  const measure = (fn: (c: (typeof cases)[number]) => unknown) => {
    for (const c of cases.slice(0, 500)) fn(c);
    const ms: number[] = [];
    for (const c of cases) {
      const t0 = process.hrtime.bigint();
      fn(c);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    ms.sort((a, b) => a - b);
    const at = (p: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]! * 1000) / 1000;
    const total = ms.reduce((a, b) => a + b, 0);
    return { perSecond: Math.round(ms.length / (total / 1000)), p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1) };
  };
  let blocked = 0;
  const checked = measure((c) => {
    if (!checkGoods(c.item, { country: c.country, date: '2026-11-27', locale: 'de' }, []).allowed) blocked++;
  });
  publish({
    name: 'restrictions',
    description: `check ${cases.length.toLocaleString('en-US')} cart lines (${demo.length} demo products in 7 languages and ${stopped.length} goods the rules stop) against ${RESTRICTIONS.rules.length} restricted-goods rules in ${countries.join(', ')}`,
    rows: [
      { label: "normalize the line's texts (baseline: the check does this once)", isBaseline: true, figures: measure((c) => c.item.texts.map((t) => normalizeText(t))) },
      { label: 'first check of a product: normalize, match every rule for the destination, decide', figures: measure((c) => decideRestrictions(findRestrictions(RESTRICTIONS, c.item, { destination: c.country, date: '2026-11-27' }), [], { country: c.country })) },
      { label: 'checkGoods as a cart quote runs it (product text prepared once, kept): match, decide, buyer reason', figures: checked },
    ],
    notes: [`${blocked.toLocaleString('en-US')} of the measured lines blocked`],
  });
}
