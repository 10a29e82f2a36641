import { compileRules, type RuleSet } from '../../core/landed-cost/compile-rules.js';
import type { RuleSetData, TariffLineData } from '../../core/landed-cost/rule-data.js';
import { parseDutyRate } from '../../core/tariff/parse-duty-rate.js';
import type { ImportedTariffLine, LandedCostDataRepository } from '../../db/repositories/landed-cost-data-repository.js';

export type RuleSource = {
  /** The compiled rules: the starter facts plus imported national tariffs. */
  get(): Promise<RuleSet>;
  /** Forget the cache (after an import in this process). */
  invalidate(): void;
  /** Imported lines left out because their rate is not one the engine reads (e.g. per proof litre). */
  skipped(): number;
};

/**
 * Rules for quotes: the starter data shipped with Landfall merged with tariff lines imported from
 * official files (UK Global Tariff, USITC HTS). Compiled once and kept in memory; every
 * `checkEveryMs` the import marker is read, and the rules are rebuilt when an import has finished
 * since (in this process or another one).
 */
export function createRuleSource(deps: { landedCostData: LandedCostDataRepository; starter: RuleSetData; now?: () => number; checkEveryMs?: number }): RuleSource {
  const now = deps.now ?? (() => performance.now());
  const checkEveryMs = deps.checkEveryMs ?? 30_000;
  let cached: { rules: RuleSet; marker: string; checkedAt: number; skipped: number } | undefined;
  let building: Promise<RuleSet> | undefined;

  async function build(marker: string): Promise<RuleSet> {
    const imported = marker === 'none' ? [] : await deps.landedCostData.listTariffLines();
    const { lines, skipped } = toTariffData(imported);
    const data: RuleSetData = { ...deps.starter, version: `${deps.starter.version}+${marker === 'none' ? 'no-imports' : `import:${marker.slice(0, 8)}`}`, tariffs: [...deps.starter.tariffs, ...lines] };
    const compiled = compileRules(data);
    if (!compiled.ok) throw new Error(`the landed-cost rules do not compile: ${compiled.message}`);
    cached = { rules: compiled.value, marker, checkedAt: now(), skipped };
    return compiled.value;
  }

  return {
    async get() {
      if (cached && now() - cached.checkedAt < checkEveryMs) return cached.rules;
      if (building) return building;
      building = (async () => {
        try {
          const marker = await deps.landedCostData.tariffImportMarker();
          if (cached && cached.marker === marker) {
            cached.checkedAt = now();
            return cached.rules;
          }
          return await build(marker);
        } finally {
          building = undefined;
        }
      })();
      return building;
    },
    invalidate() {
      cached = undefined;
    },
    skipped: () => cached?.skipped ?? 0,
  };
}

/** Imported MFN lines as rule data; rates the engine cannot read are left out and counted. */
export function toTariffData(rows: readonly ImportedTariffLine[]): { lines: TariffLineData[]; skipped: number } {
  const lines: TariffLineData[] = [];
  let skipped = 0;
  for (const r of rows) {
    const code = r.code.slice(0, 10);
    if (!/^\d{2,10}$/.test(code) || !parseDutyRate(r.mfnRate).ok) {
      skipped++;
      continue;
    }
    lines.push({
      id: `import.${r.territory}.${r.code}.${r.effectiveFrom}`,
      version: '1',
      source: r.source,
      effectiveFrom: r.effectiveFrom,
      ...(r.effectiveTo ? { effectiveTo: r.effectiveTo } : {}),
      territory: r.territory,
      hsPrefix: code,
      program: 'MFN',
      rate: r.mfnRate,
      description: r.description,
    });
  }
  return { lines, skipped };
}
