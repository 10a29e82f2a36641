import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/create-db.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/data-import');
/** The shared reference files (never copied into the repository). */
export const REAL_DATA = path.resolve(REPO_ROOT, '../shared/data');
export const REAL_DATA_MISSING = fs.existsSync(REAL_DATA) ? false : `${REAL_DATA} is absent: the real-file imports are skipped`;

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

/** A temporary folder removed by `cleanup()`. */
export function tempDirs() {
  const dirs: string[] = [];
  return {
    make(): string {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-import-'));
      dirs.push(d);
      return d;
    },
    cleanup(): void {
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}

/** The deps the import services need: a database and a clock. */
export function importDeps(db: Database) {
  return { database: db, clock: () => new Date() };
}

/**
 * A local HTTP server on 127.0.0.1, port 0, serving fixtures by name: `/status/404` answers 404,
 * `/hang` never answers. There is no internet here; this is how URL sources are tested.
 */
export async function startFixtureServer(): Promise<{ url: (name: string) => string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.slice(1));
    const status = /^status\/(\d{3})$/.exec(name);
    if (status) return void res.writeHead(Number(status[1])).end('no');
    if (name === 'hang') return; // never answers: the client's timeout must fire
    const file = path.join(FIXTURES, name);
    if (!file.startsWith(FIXTURES + path.sep) || !fs.existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
