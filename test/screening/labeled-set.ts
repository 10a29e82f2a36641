import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabeledQuery } from '../../src/core/screening/evaluate.js';
import type { ListEntry } from '../../src/core/screening/types.js';

const DIR = path.dirname(fileURLToPath(import.meta.url));

/** The fixture list (test/screening/fixture-list.json). */
export function fixtureEntries(): ListEntry[] {
  return (JSON.parse(fs.readFileSync(path.join(DIR, 'fixture-list.json'), 'utf8')) as { entries: ListEntry[] }).entries;
}

/** The labeled queries (test/screening/labeled-names.json). */
export function labeledQueries(): LabeledQuery[] {
  return (JSON.parse(fs.readFileSync(path.join(DIR, 'labeled-names.json'), 'utf8')) as { queries: LabeledQuery[] }).queries;
}
