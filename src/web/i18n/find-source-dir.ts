import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder of shipped non-code files (message catalogs, stylesheets) by its path under `src/`,
 * found from a module's own location. The compilers copy only code into `dist/` and `.bench/`, so
 * from there the folder is looked up in the package's `src/`, which the package ships as well.
 * Walks up from `from` and returns the first `<dir>/<relative>` or `<dir>/src/<relative>` that
 * holds `probe`; throws when none does, since the server cannot run without these files.
 * @example findSourceDir(import.meta.url, 'data/i18n', 'en.json') // '/app/src/data/i18n'
 */
export function findSourceDir(from: string, relative: string, probe: string): string {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    for (const candidate of [path.join(dir, relative), path.join(dir, 'src', relative)]) {
      if (fs.existsSync(path.join(candidate, probe))) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find src/${relative}/${probe} above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
