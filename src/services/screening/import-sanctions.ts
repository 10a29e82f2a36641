import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../../core/result/result.js';
import type { Orm } from '../../db/create-db.js';
import { createScreeningRepository } from '../../db/repositories/screening-repository.js';
import { parseSanctionsList } from '../../data/importers/sanctions/parse-sanctions-list.js';
import type { SanctionsKind, SanctionsRowError } from '../../data/importers/sanctions/sanctions-entry.js';
import type { Deps } from '../deps.js';

export type SanctionsImportSummary = {
  kind: SanctionsKind;
  editionId: string;
  edition: string | null;
  source: string;
  sha256: string;
  entries: number;
  names: number;
  orphans: unknown;
  replaced: string | null;
  durationMs: number;
};

const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** The files of a list: one file, or every file of a folder (the OFAC lists come as several CSVs). */
async function readSource(source: string, cwd: string): Promise<Result<{ location: string; files: { name: string; bytes: Uint8Array }[] }, 'NOT_FOUND' | 'VALIDATION_FAILED'>> {
  const location = path.resolve(cwd, source);
  const info = await stat(location).catch(() => null);
  if (!info) return fail('NOT_FOUND', `no file or folder ${location}`, { field: 'source' });
  const names = info.isDirectory() ? (await readdir(location)).filter((n) => !n.startsWith('.')).sort() : [path.basename(location)];
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const name of names) {
    const file = info.isDirectory() ? path.join(location, name) : location;
    const s = await stat(file);
    if (!s.isFile()) continue;
    if (s.size > MAX_FILE_BYTES) return fail('VALIDATION_FAILED', `${name} is ${s.size} bytes, more than ${MAX_FILE_BYTES}`, { field: 'source' });
    files.push({ name, bytes: new Uint8Array(await readFile(file)) });
  }
  if (files.length === 0) return fail('VALIDATION_FAILED', `${location} holds no file`, { field: 'source' });
  return ok({ location, files });
}

/**
 * Import one denied-party list, atomically: every record is checked first; a file with any bad
 * record is refused (each named with file, line and field) and the previous edition stays active.
 * Otherwise the new edition and all its entries are written and made active in ONE transaction.
 */
export async function importSanctions(deps: Pick<Deps, 'database' | 'clock'>, request: { kind: SanctionsKind; source: string; cwd: string }): Promise<Result<SanctionsImportSummary, 'NOT_FOUND' | 'VALIDATION_FAILED' | 'IMPORT_FAILED'> & { errors?: SanctionsRowError[] }> {
  const started = deps.clock();
  const read = await readSource(request.source, request.cwd);
  if (!read.ok) return read;
  const parsed = parseSanctionsList(request.kind, read.value.files);
  if (!parsed.ok) return parsed;
  const list = parsed.value;
  const errors = list.errors as SanctionsRowError[];
  if (errors.length > 0) {
    const first = errors[0]!;
    return { ...fail('VALIDATION_FAILED', `${errors.length} record${errors.length === 1 ? '' : 's'} rejected; nothing imported, the previous edition stays active (first: line ${first.line}: ${first.message})`, { field: first.field ?? 'file', details: errors.slice(0, 50).map((e) => ({ field: `line ${e.line}`, message: e.message })) }), errors };
  }
  if (list.rows.length === 0) return fail('VALIDATION_FAILED', 'the list has no entries', { field: 'file' });
  const hash = createHash('sha256');
  for (const f of read.value.files) hash.update(f.name).update(f.bytes);
  const sha256 = hash.digest('hex');
  const names = list.rows.reduce((a, e) => a + 1 + e.aliases.length, 0);
  try {
    const before = (await createScreeningRepository(deps.database.orm).activeEditions()).find((e) => e.kind === request.kind);
    const edition = await deps.database.orm.transaction(async (tx) =>
      createScreeningRepository(tx as unknown as Orm).replaceEdition(
        { kind: request.kind, edition: list.edition, source: read.value.location, sha256, names },
        list.rows.map((e) => ({ list: e.list, entryId: e.id, type: e.type, name: e.name, aliases: e.aliases, countries: e.countries, addresses: e.addresses, programs: e.programs, remarks: e.remarks })),
        started,
      ),
    );
    return ok({ kind: request.kind, editionId: edition.id, edition: list.edition, source: read.value.location, sha256, entries: list.rows.length, names, orphans: list.orphans, replaced: before?.id ?? null, durationMs: deps.clock().getTime() - started.getTime() });
  } catch (error) {
    return fail('IMPORT_FAILED', `the import failed and was rolled back; the previous edition stays active: ${(error as Error).message.split('\n')[0]!.slice(0, 300)}`);
  }
}
