/**
 * Evaluate the HS classifier on the shared data (../shared/data/hs, resolved from the repo root):
 * train.jsonl is split 80/20 by a fixed hash of the text; the index is built on the train part
 * plus the nomenclature and measured on the dev part.
 * Run: npm run eval:hs            (figures)
 *      npm run eval:hs -- --tune  (grid-search candidate parameters on an inner split of the train part)
 *      npm run eval:hs -- --weights  (the ranker weights learned from all of train.jsonl)
 *      npm run eval:hs -- --with-extra   (also train on extra/cbp_cross.jsonl)
 *      npm run eval:hs -- --no-synonyms  (without the hand-written synonym table)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHsIndex } from '../src/core/hs/build-hs-index.js';
import { classify } from '../src/core/hs/classify.js';
import { NEUTRAL_HS_RANKER } from '../src/core/hs/default-params.js';
import type { HsExample, HsIndex, HsNomenclatureEntry, HsScoringParams } from '../src/core/hs/types.js';
import { parseHsNomenclature } from '../src/data/importers/parse-hs-nomenclature.js';
import { HS_SYNONYMS } from '../src/data/hs/synonyms.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '..', 'shared', 'data', 'hs');
const nomenclatureFile = path.join(dataDir, 'harmonized-system.csv');
const examplesFile = path.join(dataDir, 'train.jsonl');
const extraFile = path.join(dataDir, 'extra', 'cbp_cross.jsonl');

function readJsonLines(file: string): HsExample[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as HsExample;
      return { text: row.text, hs6: row.hs6 };
    });
}

export function loadHsData(): { nomenclature: HsNomenclatureEntry[]; examples: HsExample[]; extra: HsExample[] } | undefined {
  if (!fs.existsSync(nomenclatureFile) || !fs.existsSync(examplesFile)) return undefined;
  const parsed = parseHsNomenclature(fs.readFileSync(nomenclatureFile, 'utf8'));
  if (!parsed.ok) throw new Error(`${nomenclatureFile}: ${parsed.message}`);
  const extra = fs.existsSync(extraFile) ? readJsonLines(extraFile) : [];
  return { nomenclature: parsed.value.rows, examples: readJsonLines(examplesFile), extra };
}

/** FNV-1a 32-bit: a fixed, platform-independent hash for the split. */
export function hashText(text: string, salt = ''): number {
  let h = 0x811c9dc5;
  for (const ch of salt + text) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function splitExamples(examples: readonly HsExample[], salt = ''): { train: HsExample[]; dev: HsExample[] } {
  const train: HsExample[] = [];
  const dev: HsExample[] = [];
  for (const e of examples) (hashText(e.text, salt) % 5 === 0 ? dev : train).push(e);
  return { train, dev };
}

type Figures = { top1: number[]; top3: number[]; covered: number; coveredRight: number; n: number; ms: number; nll: number; tops: Array<[number, boolean]> };

function evaluate(index: HsIndex, dev: readonly HsExample[], abstainBelow: number): Figures {
  const f: Figures = { top1: [0, 0, 0], top3: [0, 0, 0], covered: 0, coveredRight: 0, n: dev.length, ms: 0, nll: 0, tops: [] };
  const started = performance.now();
  for (const e of dev) {
    const r = classify(e.text, index, { limit: 5, abstainBelow });
    if (!r.ok) throw new Error(`${e.text}: ${r.message}`);
    const c = r.value.candidates;
    [6, 4, 2].forEach((len, k) => {
      const want = e.hs6.slice(0, len);
      if (c[0]?.hs6.slice(0, len) === want) f.top1[k]!++;
      if (c.slice(0, 3).some((x) => x.hs6.slice(0, len) === want)) f.top3[k]!++;
    });
    if (!r.value.abstained) {
      f.covered++;
      if (c[0]?.hs6 === e.hs6) f.coveredRight++;
    }
    f.tops.push([c[0]?.confidence ?? 0, c[0]?.hs6 === e.hs6]);
    const p = c.find((x) => x.hs6 === e.hs6)?.confidence ?? 0;
    f.nll -= Math.log(Math.max(p, 1e-3));
  }
  f.ms = (performance.now() - started) / dev.length;
  return f;
}

const pct = (a: number, n: number) => `${((100 * a) / Math.max(1, n)).toFixed(1)}%`;

function tune(train: readonly HsExample[], nomenclature: readonly HsNomenclatureEntry[]): void {
  const inner = splitExamples(train, 'tune');
  const grid: Array<{ params: Partial<HsScoringParams>; l2: number }> = [];
  for (const neighbours of [10, 20, 40])
    for (const voteExponent of [1, 2, 3])
      for (const l2 of [0.001, 0.01]) grid.push({ params: { neighbours, voteExponent }, l2 });
  const results = grid.map(({ params, l2 }) => {
    const index = buildHsIndex(nomenclature, inner.train, { synonyms: HS_SYNONYMS, params, ranker: { l2, start: NEUTRAL_HS_RANKER, iterations: 600 } });
    const f = evaluate(index, inner.dev, 0.2);
    return { params, l2, top1: f.top1[0]! / f.n, top3: f.top3[0]! / f.n, h4: f.top1[1]! / f.n };
  });
  results.sort((a, b) => b.top1 + 0.5 * b.top3 - (a.top1 + 0.5 * a.top3));
  for (const r of results.slice(0, 8)) console.log(JSON.stringify(r.params), 'l2', r.l2, 'top1', r.top1.toFixed(3), 'top3', r.top3.toFixed(3), 'hs4', r.h4.toFixed(3));
}

function main(): void {
  const data = loadHsData();
  if (!data) {
    console.error(`HS data not found: expected ${nomenclatureFile} and ${examplesFile} (see the shared data's SOURCES.md).`);
    process.exit(1);
  }
  const { train, dev } = splitExamples(data.examples);
  if (process.argv.includes('--tune')) return tune(train, data.nomenclature);
  if (process.argv.includes('--weights')) {
    const { ranker } = buildHsIndex(data.nomenclature, data.examples, { synonyms: HS_SYNONYMS, ranker: { start: NEUTRAL_HS_RANKER, iterations: 600 } });
    console.log(JSON.stringify(Object.fromEntries(ranker.features.map((name, i) => [name, ranker.weights[i]]))), 'none', ranker.none);
    return;
  }
  const abstainBelow = 0.2;
  const withExtra = process.argv.includes('--with-extra');
  const synonyms = process.argv.includes('--no-synonyms') ? {} : HS_SYNONYMS;
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  // the ranker starts from hand-set weights, not the shipped ones (those were learned from all of train.jsonl, dev included)
  const index = buildHsIndex(data.nomenclature, withExtra ? [...train, ...data.extra] : train, { synonyms, ranker: { start: NEUTRAL_HS_RANKER, iterations: 600 } });
  const buildMs = performance.now() - t0;
  const heapAfter = process.memoryUsage().heapUsed;
  const bytes = Buffer.byteLength(JSON.stringify(index));
  classify('warm up', index); // prepares the postings once
  const f = evaluate(index, dev, abstainBelow);
  const devCodes = new Set(dev.map((e) => e.hs6));
  const trainCodes = new Set(train.map((e) => e.hs6));
  const unseen = dev.filter((e) => !trainCodes.has(e.hs6));
  const unseenRight = unseen.filter((e) => {
    const r = classify(e.text, index);
    return r.ok && r.value.candidates[0]?.hs6 === e.hs6;
  }).length;
  console.log(
    `HS classifier evaluation: ${train.length} train${withExtra ? ` + ${data.extra.length} extra (US CBP rulings)` : ''} / ${dev.length} dev examples (fixed hash split of train.jsonl), ${data.nomenclature.length} nomenclature rows`,
  );
  console.log(`dev codes: ${devCodes.size}; dev items whose code has no train example: ${unseen.length} (${pct(unseen.length, dev.length)}), top-1 right on them: ${pct(unseenRight, unseen.length)}`);
  console.log(`top-1 accuracy  HS6 ${pct(f.top1[0]!, f.n)}  HS4 ${pct(f.top1[1]!, f.n)}  HS2 ${pct(f.top1[2]!, f.n)}`);
  console.log(`top-3 accuracy  HS6 ${pct(f.top3[0]!, f.n)}  HS4 ${pct(f.top3[1]!, f.n)}  HS2 ${pct(f.top3[2]!, f.n)}`);
  console.log(`abstain below ${abstainBelow}: coverage ${pct(f.covered, f.n)}, top-1 HS6 accuracy on answered ${pct(f.coveredRight, f.covered)}; mean NLL of the true code ${(f.nll / f.n).toFixed(3)}`);
  const curve = [0.1, 0.3, 0.5, 0.7].map((t) => {
    const answered = f.tops.filter(([conf]) => conf >= t);
    return `>=${t}: coverage ${pct(answered.length, f.n)}, accuracy ${pct(answered.filter(([, right]) => right).length, answered.length)}`;
  });
  console.log(`top-1 confidence threshold ${curve.join('; ')}`);
  if (!withExtra && data.extra.length > 0) {
    const x = evaluate(index, data.extra, abstainBelow);
    console.log(`second check, extra/cbp_cross.jsonl (${x.n} US rulings, other wording, not trained on): top-1 HS6 ${pct(x.top1[0]!, x.n)} HS4 ${pct(x.top1[1]!, x.n)} HS2 ${pct(x.top1[2]!, x.n)}; top-3 HS6 ${pct(x.top3[0]!, x.n)}`);
  }
  console.log(`build ${buildMs.toFixed(0)} ms, heap +${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB, index ${(bytes / 1e6).toFixed(2)} MB JSON (${index.features.length} features), ${f.ms.toFixed(2)} ms per item`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
