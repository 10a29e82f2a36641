import { buildHsIndex } from '../../core/hs/build-hs-index.js';
import type { HsNomenclatureEntry } from '../../core/hs/types.js';
import { fail, ok, type Result } from '../../core/result/result.js';
import { HS_SYNONYMS } from '../../data/hs/synonyms.js';
import { parseHsExamples } from '../../data/importers/parse-hs-examples.js';
import { parseHsNomenclature } from '../../data/importers/parse-hs-nomenclature.js';
import type { RowError } from '../../data/importers/types.js';
import { createHsModelRepository } from '../../db/repositories/hs-model-repository.js';
import { loadImportSource, type LoadOptions } from '../data-import/load-import-source.js';
import type { Deps } from '../deps.js';

export type TrainOutcome = {
  modelId: string;
  codes: number;
  examples: number;
  rejected: { nomenclature: RowError[]; examples: RowError[] };
  buildMs: number;
  modelBytes: number;
};

/**
 * Build the HS classifier from a nomenclature CSV and labeled examples (JSON lines), files or URLs,
 * and store it as the active model. Bad rows are listed by line and left out; a file with nothing
 * usable is refused. Merchant confirmations are kept apart and applied on top of any model.
 */
export async function trainHsModel(
  deps: Pick<Deps, 'database' | 'clock'>,
  input: { nomenclature: string; examples?: string; load: LoadOptions },
): Promise<Result<TrainOutcome, string>> {
  const nomenclatureFile = await loadImportSource(input.nomenclature, input.load);
  if (!nomenclatureFile.ok) return nomenclatureFile;
  const nomenclature = parseHsNomenclature(new TextDecoder().decode(nomenclatureFile.value.bytes));
  if (!nomenclature.ok) return fail(nomenclature.code, `nomenclature: ${nomenclature.message}`, { field: 'nomenclature' });
  const entries: HsNomenclatureEntry[] = nomenclature.value.rows.map((r) => ({ code: r.code, level: r.level, parent: r.parent, description: r.description }));
  if (!entries.some((e) => e.level === 6)) return fail('VALIDATION_FAILED', 'nomenclature: no 6-digit subheading in the file', { field: 'nomenclature' });

  let examples: Array<{ text: string; hs6: string }> = [];
  let exampleErrors: RowError[] = [];
  let examplesFile: { location: string; sha256: string } | undefined;
  if (input.examples) {
    const file = await loadImportSource(input.examples, input.load);
    if (!file.ok) return file;
    const parsed = parseHsExamples(new TextDecoder().decode(file.value.bytes));
    if (!parsed.ok) return fail(parsed.code, `examples: ${parsed.message}`, { field: 'examples' });
    const known = new Set(entries.filter((e) => e.level === 6).map((e) => e.code));
    examples = [];
    exampleErrors = [...parsed.value.errors];
    for (const row of parsed.value.rows) {
      if (known.has(row.hs6)) examples.push({ text: row.text, hs6: row.hs6 });
      else exampleErrors.push({ line: row.line, field: 'hs6', message: `hs6 ${row.hs6} is not a subheading of this nomenclature` });
    }
    examplesFile = { location: file.value.location, sha256: file.value.sha256 };
  }

  const started = performance.now();
  const index = buildHsIndex(entries, examples, { synonyms: HS_SYNONYMS });
  const buildMs = Math.round(performance.now() - started);
  const json = JSON.stringify(index);
  const modelId = await createHsModelRepository(deps.database.orm).saveActive(
    {
      version: `hs2022-${deps.clock().toISOString().slice(0, 10)}`,
      nomenclatureSource: nomenclatureFile.value.location,
      nomenclatureSha256: nomenclatureFile.value.sha256,
      examplesSource: examplesFile?.location ?? null,
      examplesSha256: examplesFile?.sha256 ?? null,
      codes: entries.filter((e) => e.level === 6).length,
      examples: examples.length,
      model: index,
    },
    deps.clock(),
  );
  return ok({ modelId, codes: entries.filter((e) => e.level === 6).length, examples: examples.length, rejected: { nomenclature: nomenclature.value.errors, examples: exampleErrors }, buildMs, modelBytes: json.length });
}
