/**
 * The import-direction lint: core <- data/config <- db <- services <- web <- http, cli.
 * Every import in src/ is checked against the layer it goes to, and src/core is held to purity:
 * no Node builtins, no packages, no clock, randomness or environment.
 * Run: npm run lint:imports. Exits 1 listing each violation as file:line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Layer = 'core' | 'config' | 'data' | 'db' | 'services' | 'web' | 'http' | 'cli';

/** Which layers each layer may import (besides itself). */
export const ALLOWED: Readonly<Record<Layer, readonly Layer[]>> = {
  core: [],
  config: ['core'],
  data: ['core'],
  db: ['core', 'data'],
  services: ['core', 'config', 'data', 'db'],
  web: ['core'],
  http: ['core', 'config', 'services', 'web'],
  cli: ['core', 'config', 'data', 'db', 'services', 'web', 'http'],
};

/** Packages that pure core code may use (none yet: core is plain TypeScript). */
const CORE_PACKAGES: readonly string[] = [];
/** What core tests may use besides core. */
const CORE_TEST_IMPORTS = ['node:test', 'node:assert', 'node:assert/strict', 'fast-check'];

const IMPURE: ReadonlyArray<[RegExp, string]> = [
  [/\bprocess\.(env|argv|cwd|exit|hrtime|stdout|stderr)\b/, 'reads the process'],
  [/\bDate\.now\s*\(/, 'reads the clock (take the date as input)'],
  [/\bnew Date\(\s*\)/, 'reads the clock (take the date as input)'],
  [/\bperformance\.now\s*\(/, 'reads the clock'],
  [/\bMath\.random\s*\(/, 'uses randomness (take it as input)'],
  [/\bBuffer\./, "uses Node's Buffer (not available in browsers)"],
  [/\brequire\s*\(/, 'uses require'],
];

export type Violation = { file: string; line: number; message: string };

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

export function layerOf(srcRoot: string, file: string): Layer | undefined {
  const first = path.relative(srcRoot, file).split(path.sep)[0];
  return first && first in ALLOWED ? (first as Layer) : undefined;
}

/** Check one file's text. `file` is absolute; `srcRoot` is the absolute src/ folder. */
export function checkFile(srcRoot: string, file: string, text: string): Violation[] {
  const from = layerOf(srcRoot, file);
  if (!from) return [];
  const isTest = file.endsWith('.test.ts');
  const violations: Violation[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;

  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    const line = lineAt((m.index ?? 0) + Math.max(0, m[0].search(/\S/)));
    if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(srcRoot + path.sep)) {
        if (!isTest) violations.push({ file, line, message: `imports ${spec}, outside src/` });
        continue;
      }
      const to = layerOf(srcRoot, target);
      if (to && to !== from && !ALLOWED[from].includes(to)) {
        violations.push({ file, line, message: `${from} must not import ${to} (${spec}); allowed: ${ALLOWED[from].join(', ') || 'nothing'}` });
      }
    } else if (from === 'core') {
      const allowed = isTest ? [...CORE_PACKAGES, ...CORE_TEST_IMPORTS] : CORE_PACKAGES;
      if (!allowed.includes(spec)) violations.push({ file, line, message: `core must stay pure: imports "${spec}"` });
    }
  }
  if (from === 'core' && !isTest) {
    withoutComments(text).split('\n').forEach((code, i) => {
      for (const [pattern, why] of IMPURE) {
        if (pattern.test(code)) violations.push({ file, line: i + 1, message: `core must stay pure: ${why}` });
      }
    });
  }
  return violations;
}

/** Blank out comments, keeping line numbers, so a comment that mentions Date.now() is not flagged. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/\/\/.*$/gm, '');
}

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listTs(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

export function checkTree(srcRoot: string): Violation[] {
  return listTs(srcRoot).flatMap((f) => checkFile(srcRoot, f, fs.readFileSync(f, 'utf8')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');
  const violations = checkTree(srcRoot);
  for (const v of violations) console.error(`${path.relative(process.cwd(), v.file)}:${v.line}: ${v.message}`);
  if (violations.length > 0) {
    console.error(`import-direction lint: ${violations.length} violation(s)`);
    process.exit(1);
  }
  console.log(`import-direction lint: ${listTs(srcRoot).length} files, no violations`);
}
