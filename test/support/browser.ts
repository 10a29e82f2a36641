import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Debian's Chromium (`apt-get install -y chromium`); another with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why browser tests are skipped, or false when they run. They run whenever Chromium is there;
 * with LANDFALL_REQUIRE_BROWSER=1 (as CI sets) a missing browser fails them instead.
 */
export function browserSkipReason(): string | false {
  if (fs.existsSync(CHROMIUM_PATH) || process.env.LANDFALL_REQUIRE_BROWSER === '1') return false;
  return `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (apt-get install -y chromium)`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Every file the admin bundle is made of: its own sources and the pure core it imports. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules') return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : [full];
  });
}

/**
 * The admin app built for production into a folder of its own, named by the hash of its sources.
 * Test files run in parallel: each build goes to a temporary folder renamed into place, so no
 * process ever serves a half-written app, and none empties the folder another one serves.
 */
export async function ensureAdminBuild(): Promise<string> {
  const files = [...sourceFiles(path.join(root, 'admin')), ...sourceFiles(path.join(root, 'src', 'core'))].filter((f) => !f.endsWith('.test.ts')).sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(f));
  const out = path.join(os.tmpdir(), `landfall-admin-${hash.digest('hex').slice(0, 16)}`);
  if (fs.existsSync(path.join(out, 'index.html'))) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  const { build } = await import('vite');
  // The test runner sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'admin', 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  try {
    fs.renameSync(tmp, out);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another test file got there first
  }
  return out;
}
