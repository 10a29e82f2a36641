import fs from 'node:fs';
import path from 'node:path';
import { buildHsIndex } from '../src/core/hs/build-hs-index.js';
import { classify } from '../src/core/hs/classify.js';
import type { HsExample, HsNomenclatureEntry } from '../src/core/hs/types.js';
import { HS_SYNONYMS } from '../src/data/hs/synonyms.js';
import { parseHsExamples } from '../src/data/importers/parse-hs-examples.js';
import { parseHsNomenclature } from '../src/data/importers/parse-hs-nomenclature.js';
import { publish } from './lib/harness.js';

/**
 * HS classification speed on the shared data (../shared/data/hs): index build time, heap growth and
 * JSON size, and milliseconds per classified text over every labeled text, against a baseline of
 * normalizing the same texts (lowercasing and splitting) in the same run. Skipped with a message when
 * the shared data is absent.
 */
export async function run(): Promise<void> {
  const dir = path.resolve(process.cwd(), '..', 'shared', 'data', 'hs');
  if (!fs.existsSync(path.join(dir, 'harmonized-system.csv'))) {
    console.log(`\nhs: skipped, ${dir} is absent`);
    return;
  }
  const parsed = parseHsNomenclature(fs.readFileSync(path.join(dir, 'harmonized-system.csv'), 'utf8'));
  const examples = parseHsExamples(fs.readFileSync(path.join(dir, 'train.jsonl'), 'utf8'));
  if (!parsed.ok || !examples.ok) throw new Error('the shared HS files do not parse');
  const nomenclature: HsNomenclatureEntry[] = parsed.value.rows.map((r) => ({ code: r.code, level: r.level, parent: r.parent, description: r.description }));
  const labeled: HsExample[] = examples.value.rows.map((r) => ({ text: r.text, hs6: r.hs6 }));

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const index = buildHsIndex(nomenclature, labeled, { synonyms: HS_SYNONYMS });
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const jsonMb = JSON.stringify(index).length / 1e6;

  const texts = labeled.map((e) => e.text);
  classify(texts[0]!, index); // warm up
  const time = (fn: (t: string) => unknown) => {
    const start = process.hrtime.bigint();
    for (const t of texts) fn(t);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { msPerItem: Math.round((ms / texts.length) * 1000) / 1000, itemsPerSecond: Math.round(texts.length / (ms / 1000)) };
  };
  publish({
    name: 'hs',
    description: `classify ${texts.length.toLocaleString('en-US')} labeled texts with the index built from the nomenclature and those examples`,
    rows: [
      { label: 'baseline: lowercase and split the same texts', isBaseline: true, figures: time((t) => t.toLowerCase().split(/\W+/)) },
      { label: 'classify (top 5 with confidence)', figures: time((t) => classify(t, index)) },
    ],
    notes: [`index build ${Math.round(buildMs)} ms, heap +${heapMb.toFixed(0)} MB, ${jsonMb.toFixed(1)} MB as JSON; target: at most 5 ms per item`],
  });
}
