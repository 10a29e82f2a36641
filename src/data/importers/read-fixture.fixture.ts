import fs from 'node:fs';

/** Text of a hand-written fixture under test/fixtures/data-import/. */
export function fixture(name: string): string {
  return fs.readFileSync(new URL(`../../../test/fixtures/data-import/${name}`, import.meta.url), 'utf8');
}
