#!/usr/bin/env node
// Entry point of the `landfall` command. It runs the compiled JavaScript in dist/ when that build
// is at least as new as every source file (`npm run build`; `npm start` builds first), and the
// TypeScript sources through tsx's loader otherwise, so a fresh `npm ci` is all the set-up needed.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}dist/cli/main.js`;

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isBuildFresh() {
  try {
    return fs.statSync(compiled).mtimeMs >= newestMtime(`${root}src`);
  } catch {
    return false;
  }
}

let main;
if (isBuildFresh()) {
  ({ main } = await import(compiled));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
