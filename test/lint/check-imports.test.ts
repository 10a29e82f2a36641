import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkFile, checkTree } from '../../scripts/check-imports.js';

const src = '/repo/src';
const check = (rel: string, text: string) => checkFile(src, path.join(src, rel), text).map((v) => `${v.line}: ${v.message}`);

test('the tree as it stands has no violations', () => {
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
  assert.deepEqual(checkTree(srcRoot), []);
});

test('imports down the layers pass', () => {
  assert.deepEqual(check('services/a.ts', "import { x } from '../core/money/x.js';\nimport type { Db } from '../db/create-db.js';"), []);
  assert.deepEqual(check('http/a.ts', "import { s } from '../services/s.js';"), []);
  assert.deepEqual(check('cli/a.ts', "import { buildApp } from '../http/build-app.js';"), []);
});

test('imports up the layers fail, naming the file line', () => {
  assert.deepEqual(check('core/money/a.ts', "\nimport { q } from '../../services/quote.js';"), ['2: core must not import services (../../services/quote.js); allowed: nothing']);
  assert.equal(check('db/a.ts', "export { h } from '../http/x.js';").length, 1);
  assert.equal(check('services/a.ts', "const m = await import('../cli/main.js');").length, 1);
  assert.equal(check('http/a.ts', "import { createDb } from '../db/create-db.js';").length, 1);
  assert.equal(check('web/a.ts', "import type { Deps } from '../services/deps.js';").length, 1);
});

test('core may not import Node or packages, nor read the clock, randomness or environment', () => {
  assert.equal(check('core/a.ts', "import fs from 'node:fs';").length, 1);
  assert.equal(check('core/a.ts', "import pg from 'pg';").length, 1);
  assert.equal(check('core/a.ts', 'const t = Date.now();').length, 1);
  assert.equal(check('core/a.ts', 'const t = new Date();').length, 1);
  assert.equal(check('core/a.ts', 'const r = Math.random();').length, 1);
  assert.equal(check('core/a.ts', 'const u = process.env.X;').length, 1);
  assert.equal(check('core/a.ts', "const b = Buffer.from('x');").length, 1);
  assert.deepEqual(check('core/a.ts', 'const d = new Date(iso); // Date.now() is banned here'), []);
});

test('core tests may use the test runner and assertions', () => {
  assert.deepEqual(check('core/a.test.ts', "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nconst b = Buffer.from('x');"), []);
});
