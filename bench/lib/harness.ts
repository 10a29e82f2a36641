import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** bench/results/ of the working copy (benchmarks run from the repository root, compiled or not). */
export const RESULTS_DIR = path.resolve(process.cwd(), 'bench', 'results');

/** A measured row: a label and its figures. `isBaseline` marks the reference measured in the same run. */
export type BenchRow = { label: string; isBaseline?: boolean; figures: Record<string, number> };
export type BenchReport = { name: string; description: string; rows: BenchRow[]; notes?: string[] };

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/** Print a report as an aligned table and write it as JSON to bench/results/<name>.json. */
export function publish(report: BenchReport): void {
  const keys = [...new Set(report.rows.flatMap((r) => Object.keys(r.figures)))];
  const header = ['', ...keys];
  const lines = report.rows.map((r) => [`${r.label}${r.isBaseline ? ' (baseline)' : ''}`, ...keys.map((k) => format(r.figures[k]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${report.name}: ${report.description}`);
  console.log(row(header));
  for (const l of lines) console.log(row(l));
  for (const n of report.notes ?? []) console.log(`  ${n}`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${report.name}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...report, machine: machine(), at: new Date().toISOString() }, null, 2)}\n`);
  console.log(`  written to ${path.relative(process.cwd(), file)}`);
}

function format(n: number | undefined): string {
  if (n === undefined) return '-';
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
