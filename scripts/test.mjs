#!/usr/bin/env node
// Runs every *.test.ts under src/ and test/ with node's test runner (TypeScript through tsx),
// then prints how many tests ran on each database half and a closing "N passed, N failed" line.
// Arguments narrow the run to files whose path contains one of them: `npm test -- http/`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const filters = process.argv.slice(2);

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(full);
    return entry.name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
  });
}

const files = [...findTests(path.join(root, 'src')), ...findTests(path.join(root, 'test'))]
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}

const summaryFile = path.join(os.tmpdir(), `landfall-test-summary-${process.pid}.json`);
const concurrency = Number(process.env.TEST_CONCURRENCY) || Math.max(1, os.availableParallelism());
const args = [
  '--import', 'tsx',
  '--test',
  `--test-concurrency=${concurrency}`,
  '--test-timeout=180000',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  '--test-reporter=./test/support/summary-reporter.mjs', `--test-reporter-destination=${summaryFile}`,
  ...files,
];
const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } });
const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));

let summary;
try {
  summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  fs.rmSync(summaryFile, { force: true });
} catch {
  console.error('test runner left no summary');
  process.exit(code || 1);
}
const half = (name, s) => `${name} ${s.pass} passed, ${s.fail} failed, ${s.skip} skipped`;
console.log('');
console.log(`Integration tests by database: ${half('PGlite', summary.byDb.pglite)}; ${half('PostgreSQL', summary.byDb.postgres)}`);
if (!process.env.TEST_DATABASE_URL) console.log('PostgreSQL half skipped: set TEST_DATABASE_URL (as .ci/run does) to run it.');
if (summary.failures.length > 0) console.log(`Failed:\n${summary.failures.map((f) => `  - ${f}`).join('\n')}`);
let exitCode = code;
if (process.env.LANDFALL_REQUIRE_POSTGRES === '1' && filters.length === 0 && summary.byDb.postgres.pass === 0) {
  console.log('FAILED: LANDFALL_REQUIRE_POSTGRES is set but no test ran on PostgreSQL');
  exitCode = exitCode || 1;
}
console.log(`tests: ${summary.total.pass} passed, ${summary.total.fail} failed, ${summary.total.skip} skipped`);
process.exit(exitCode);
