// Reproduces the World Bank Logistics Performance Index 2018 overall score from its six component
// scores with the pure composite core, on the shared file ../shared/data/markets/lpi_2018.csv when it
// is present (skipped with a message otherwise; the data is never copied into the repository).
// The file is read with a small CSV split here on purpose: the real importer lives elsewhere.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { reproduceComposite, type CompositeRow } from '../../src/core/market-selection/composite.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILE = path.resolve(REPO_ROOT, '../shared/data/markets/lpi_2018.csv');
const skip = fs.existsSync(FILE) ? false : `${FILE} is absent: the LPI 2018 reproduction is skipped`;

/** Component score columns as published (the Infrastructure header has a leading space in the file). */
const COMPONENTS = [
  'Customs score',
  ' Infrastructure score',
  'International shipments score',
  'Logistics quality and competence score',
  'Tracking and tracing score',
  'Timeliness score',
];
const NAMES = COMPONENTS.map((c) => c.trim().replace(/ score$/, ''));

/** One CSV line into cells; a quoted cell may hold commas ("Korea, Rep.") and doubled quotes. */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function loadRows(): CompositeRow[] {
  const lines = fs.readFileSync(FILE, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = splitCsvLine(lines[0]!);
  const col = (name: string) => {
    const i = header.indexOf(name);
    assert.ok(i >= 0, `column "${name}" not found in ${FILE}`);
    return i;
  };
  const code = col('Code');
  const score = col('LPI Score');
  const parts = COMPONENTS.map(col);
  const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));
  return lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    assert.equal(cells.length, header.length, `unexpected cells in: ${line.slice(0, 60)}`);
    return { country: cells[code]!, components: parts.map((i) => num(cells[i])), published: num(cells[score]) };
  });
}

const fmt = (xs: number[]) => xs.map((x) => x.toFixed(4)).join(', ');

test('LPI 2018: the overall score from the six components by least squares and by the first principal component', { skip }, () => {
  const rows = loadRows();
  assert.equal(rows.length, 160);

  const ls = reproduceComposite(rows, NAMES, { kind: 'least-squares' });
  assert.ok(ls.ok, ls.ok ? '' : ls.message);
  const pca = reproduceComposite(rows, NAMES, { kind: 'pca-first-component' });
  assert.ok(pca.ok, pca.ok ? '' : pca.message);
  const pcaRaw = reproduceComposite(rows, NAMES, { kind: 'pca-first-component', weightsOn: 'raw' });
  assert.ok(pcaRaw.ok, pcaRaw.ok ? '' : pcaRaw.message);

  for (const [label, r] of [['least squares', ls.value], ['PCA, loadings on standardized components', pca.value], ['PCA, loadings on raw components', pcaRaw.value]] as const) {
    const s = r.summary;
    console.log(
      `LPI 2018 ${label}: weights ${fmt(r.method.weights)}; ${s.countries} countries, mean |diff| ${s.meanAbsDifference!.toExponential(2)}, ` +
        `max |diff| ${s.maxAbsDifference!.toExponential(2)}, within 0.01: ${(100 * s.within.share!).toFixed(1)} %, r ${s.correlation!.toFixed(6)}, rank r ${s.rankCorrelation!.toFixed(6)}`,
    );
  }
  console.log(`PCA loadings ${fmt(pca.value.method.loadings!)}; eigenvalue ${pca.value.method.eigenvalue!.toFixed(4)}`);

  // Every row is complete in the 2018 sheet.
  assert.equal(ls.value.skipped.length, 0);
  assert.equal(ls.value.summary.countries, 160);

  // Least squares: the published score is a fixed weighted sum of the components (six-decimal rounding only).
  assert.ok(ls.value.summary.meanAbsDifference! < 1e-5, `least squares mean |diff| ${ls.value.summary.meanAbsDifference}`);
  assert.ok(ls.value.summary.maxAbsDifference! < 1e-5);
  assert.equal(ls.value.summary.within.share, 1);

  // PCA as the LPI documents it (loadings on standardized components, turned into weights on the 1-5 scale)
  // gives the same weights as the free fit, so it reproduces the published score just as closely.
  assert.ok(pca.value.summary.meanAbsDifference! < 1e-5, `PCA mean |diff| ${pca.value.summary.meanAbsDifference}`);
  pca.value.method.weights.forEach((w, i) => assert.ok(Math.abs(w - ls.value.method.weights[i]!) < 1e-4, `${NAMES[i]}: PCA ${w} vs least squares ${ls.value.method.weights[i]}`));
  // The loadings themselves are nearly equal (about 0.16-0.17 each once normalized), as the technical notes say.
  const normalizedLoadings = pcaRaw.value.method.weights;
  assert.ok(normalizedLoadings.every((w) => w > 0.16 && w < 0.175), fmt(normalizedLoadings));
  // Applying those normalized loadings straight to the raw scores is close but measurably off.
  assert.ok(pcaRaw.value.summary.meanAbsDifference! > 1e-3 && pcaRaw.value.summary.meanAbsDifference! < 0.02);
  assert.ok(pca.value.summary.rankCorrelation! > 0.9999);
});
