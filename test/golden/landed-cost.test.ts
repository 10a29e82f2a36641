// Golden cases: each file under test/golden/landed-cost/cases holds a request, the answer expected
// (only the parts the case is about) and the source of that expectation (a customs authority's
// worked example or official guidance). They run against the starter rules shipped in the
// repository and the reference rates in fx-rates.json (ECB figures, copied by hand).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseDecimal } from '../../src/core/decimal/decimal.js';
import { buildFxTable } from '../../src/core/fx/fx-table.js';
import { calculateLandedCost } from '../../src/core/landed-cost/calculate-landed-cost.js';
import { compileRules } from '../../src/core/landed-cost/compile-rules.js';
import { parseLandedCostRequest } from '../../src/core/landed-cost/request.js';
import { STARTER_RULES } from '../../src/data/rules/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const casesDir = path.join(here, 'landed-cost', 'cases');

type FxFile = { source: string; rates: Array<{ date: string; quote: string; rate: string }> };
const fxFile = JSON.parse(fs.readFileSync(path.join(here, 'landed-cost', 'fx-rates.json'), 'utf8')) as FxFile;
const fx = buildFxTable('EUR', 'ECB', fxFile.rates.map((r) => ({ base: 'EUR', quote: r.quote, date: r.date, rate: parseDecimal(r.rate)!, source: 'ECB' })));

const compiled = compileRules(STARTER_RULES);
test('the starter rules compile', () => {
  assert.ok(compiled.ok, compiled.ok ? '' : `${compiled.message}\n${JSON.stringify(compiled.details?.slice(0, 20), null, 1)}`);
});

type GoldenCase = { name: string; source: { authority: string; reference: string; what: string }; request: unknown; expect: Record<string, unknown>; expectError?: { code: string; field?: string }; knownEngineGap?: string };

/** Every key of `expected` must match in `actual`; arrays must have the same length and match item by item. */
function assertSubset(actual: unknown, expected: unknown, at: string): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${at}: expected an array`);
    assert.equal(actual.length, expected.length, `${at}: length (${JSON.stringify(actual, null, 1)})`);
    expected.forEach((e, i) => assertSubset(actual[i], e, `${at}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${at}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [k, v] of Object.entries(expected)) assertSubset((actual as Record<string, unknown>)[k], v, `${at}.${k}`);
  } else {
    assert.deepEqual(actual, expected, `${at}`);
  }
}

const files = fs.existsSync(casesDir) ? fs.readdirSync(casesDir).filter((f) => f.endsWith('.json')).sort() : [];
test('there are golden cases', () => assert.ok(files.length > 0));

for (const file of files) {
  const golden = JSON.parse(fs.readFileSync(path.join(casesDir, file), 'utf8')) as GoldenCase;
  test(`golden ${file}: ${golden.name}`, { skip: golden.knownEngineGap ?? false }, () => {
    assert.ok(golden.source?.authority && golden.source.reference, 'the case names the source of its expectation');
    assert.ok(compiled.ok);
    const request = parseLandedCostRequest(golden.request);
    if (golden.expectError && !request.ok) {
      assert.equal(request.code, golden.expectError.code);
      if (golden.expectError.field) assert.ok(request.details?.some((d) => d.field === golden.expectError!.field), JSON.stringify(request.details));
      return;
    }
    assert.ok(request.ok, request.ok ? '' : request.message);
    const answer = calculateLandedCost(request.value, compiled.value, fx);
    if (golden.expectError) {
      assert.equal(answer.ok, false);
      if (!answer.ok) assert.equal(answer.code, golden.expectError.code);
      return;
    }
    assert.ok(answer.ok, answer.ok ? '' : answer.message);
    try {
      assertSubset(answer.value, golden.expect, 'answer');
    } catch (error) {
      (error as Error).message += `\nfull answer: ${JSON.stringify({ totals: answer.value.totals, duties: answer.value.duties.map((d) => [d.name, d.amount, d.formula]), taxes: answer.value.taxes.map((d) => [d.name, d.amount, d.formula]), fees: answer.value.fees.map((d) => [d.name, d.amount]), deMinimis: answer.value.deMinimis, items: answer.value.items, warnings: answer.value.warnings })}`;
      throw error;
    }
  });
}
