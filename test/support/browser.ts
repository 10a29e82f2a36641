import fs from 'node:fs';
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

function newest(dir: string): number {
  let mtime = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    mtime = Math.max(mtime, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return mtime;
}

/** dist/admin, built with Vite first when it is missing or older than the admin app's sources. */
export async function ensureAdminBuild(): Promise<string> {
  const out = path.join(root, 'dist', 'admin');
  const index = path.join(out, 'index.html');
  const sources = Math.max(newest(path.join(root, 'admin', 'src')), fs.statSync(path.join(root, 'admin', 'index.html')).mtimeMs, fs.statSync(path.join(root, 'admin', 'vite.config.ts')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sources) return out;
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'admin', 'vite.config.ts'), logLevel: 'warn' });
  return out;
}
