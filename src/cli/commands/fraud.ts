import fs from 'node:fs/promises';
import path from 'node:path';
import { evaluateSuite, parseScenarioCases, type ScenarioCase, type SuiteReport } from '../../core/fraud/evaluate-suite.js';
import { createStreamScorer } from '../../core/fraud/score-stream.js';
import type { AssessConfig } from '../../core/fraud/assess.js';
import type { FxTable } from '../../core/fx/fx-table.js';
import { latestFxTable, minorConverter } from '../../services/checkout/latest-fx.js';
import { defaultRiskConfig, loadRiskConfig } from '../../services/risk/risk-config.js';
import type { Deps } from '../../services/deps.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';

export const fraudCommand: Command = {
  name: 'fraud',
  summary: 'Score orders for fraud (JSON lines on stdin) and run a labeled scenario suite',
  help: `Usage: landfall fraud score --json < orders.jsonl
       landfall fraud score < orders.jsonl
       landfall fraud evaluate DIR_OR_FILE [--json]
Options: --rules store (default: the store's rules and learned model, from the database) or
         --rules default (the rules Landfall ships, without a model: reproducible across stores)

score     Reads one order per line (a JSON object), in time order, and scores each with the store's
          rules and learned model. Each order sees the ones before it on the stream: velocity,
          cards on a device, a buyer's earlier orders, links to orders labeled fraud.
          Every field may be missing. Amounts are decimal MAJOR units of the currency
          (129.90 or "129.90"), read exactly:
            id, createdAt (ISO 8601; without it, just after the line before), market,
            currency (ISO 4217), total,
            items: [{sku, title, category, quantity, unitPrice}],
            customer: {id, email, name, createdAt, phone},
            billing: {name, line1, city, postalCode, country},
            shipping: {name, line1, city, postalCode, country, service},
            payment: {method, card: {bin, last4, issuerCountry, fingerprint,
                      funding: credit|debit|prepaid|unknown},
                      attempt, declinedBefore, avsResult: match|partial|no_match|unavailable,
                      cvcResult: match|no_match|unavailable},
            ip: {address, country, isProxy, isHosting},
            device: {id, language, timezone, userAgent},
            session: {secondsOnSite, pagesViewed},
            outcome: "fraud" | "legitimate"
          "outcome" labels that order (a chargeback, a confirmed good order) for the lines after it.
          What cannot be valued refuses the line with the field named (a negative total, an unknown
          currency, a quantity that is not a count); any other field that is absent or unusable
          (a malformed IP address or BIN, an unknown country) is left out and listed in
          missingSignals. Other currencies are converted with the store's latest ECB rates.

          With --json, one line per input line, in order:
            {"id": "o-1" or null, "score": 0-100, "decision": "approve|challenge|review|decline",
             "reasons": [{code, message, weight, points, source}], "missingSignals": [...], "sca": {...}}
          A line that is not JSON or is refused prints, in its place,
            {"error": {"code": "VALIDATION_FAILED", "line": N, "field": "total", "message": "..."}}
          and scoring goes on. Blank lines are skipped (they still count in N).
          Without --json, one line per order: id, score, decision, the reason that weighed most.

evaluate  Runs a labeled scenario suite: a .json file, or every .json file of a folder (see
          test/fraud/scenarios/README.md) holding an array of cases {id, label: "legitimate" |
          "attack", pattern, why, expected, accept, history, order}. Each case is scored on a fresh
          history: the history orders in order (with their outcomes), then the case's order; it
          passes when the decision is in "accept", and is an exact hit when it equals "expected".
          Prints each case (label, expected, got, pass, score, top reasons) and a summary:
          legitimate orders approved and acceptable, attacks caught (not approved) and
          acceptable, per pattern. --json prints one document {"summary": ..., "cases": [...]}.

Exit codes: 0 every line scored, or the suite ran (whatever it found); 1 a scenario file is
malformed (the file and case are named); 2 a line was refused, or bad usage; 3 database
unreachable; 4 the suite file or folder does not exist.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { rules: { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'fraud', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...rest] = args.positionals;
    const rules = args.values.rules ?? 'store';
    if (rules !== 'store' && rules !== 'default') return usageError(io, 'fraud', '--rules must be store (the rules and model in the database) or default (the rules Landfall ships, no model)');
    const pick = (deps: Deps) => (rules === 'default' ? Promise.resolve(defaultRiskConfig()) : loadRiskConfig(deps));
    if (action === 'score') {
      if (rest.length > 0) return usageError(io, 'fraud', `unexpected argument "${rest[0]}" (score reads orders on stdin)`);
      return scoreStdin(io, args.values.json, pick);
    }
    if (action === 'evaluate') {
      if (rest.length !== 1) return usageError(io, 'fraud', rest.length === 0 ? 'evaluate needs a scenario file or folder' : `unexpected argument "${rest[1]}"`);
      return evaluate(io, rest[0]!, args.values.json, pick);
    }
    return usageError(io, 'fraud', action ? `unknown action "${action}" (score, evaluate)` : 'missing action (score, evaluate)');
  },
};

/** Conversions with one rate table for the whole run (the latest ECB rates on or before `date`, however old). */
function converters(table: FxTable, date: string) {
  const toCurrencyMinor = minorConverter(table, date);
  return { toCurrencyMinor, toEurMinor: (currency: string, minor: number) => toCurrencyMinor(currency, minor, 'EUR') };
}

/** The date of the rates: the first order's createdAt when it has one, else today. */
function rateDate(text: string, today: Date): string {
  const first = text.split('\n', 50).find((l) => l.trim() !== '');
  try {
    const at = (JSON.parse(first ?? '') as { createdAt?: unknown }).createdAt;
    if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}/.test(at) && !Number.isNaN(Date.parse(at))) return new Date(at).toISOString().slice(0, 10);
  } catch {
    // not JSON: the line is reported when its turn comes
  }
  return today.toISOString().slice(0, 10);
}

type ErrorLine = { code: string; line: number; field: string | null; message: string };

async function scoreStdin(io: CliIo, json: boolean, pick: (deps: Deps) => Promise<AssessConfig>): Promise<number> {
  const text = await io.readStdin();
  if (text.trim() === '') {
    io.stderr('landfall fraud: no orders on stdin (one JSON object per line; see "landfall fraud --help")\n');
    return EXIT.ok;
  }
  const opened = await openRuntime(io);
  if (!opened.ok) return reportFailure(io, opened, json);
  const { deps, close } = opened.value;
  try {
    const config = await pick(deps);
    const date = rateDate(text, deps.clock());
    const scorer = createStreamScorer(config, { now: deps.clock, ...converters(await latestFxTable(deps, date), date) });
    let refused = 0;
    let scored = 0;
    let out: string[] = [];
    const flush = () => {
      if (out.length > 0) io.stdout(out.join(''));
      out = [];
    };
    const report = (e: ErrorLine) => {
      refused++;
      if (json) out.push(`${JSON.stringify({ error: e })}\n`);
      else io.stderr(`line ${e.line}: ${e.message}\n`);
    };
    // Walk the text line by line without splitting it all at once (stdin may be large).
    for (let start = 0, n = 1; start < text.length; n++) {
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end === -1 ? text.length : end).trim();
      start = end === -1 ? text.length : end + 1;
      if (line === '') continue;
      let input: unknown;
      try {
        input = JSON.parse(line);
      } catch (error) {
        report({ code: 'VALIDATION_FAILED', line: n, field: null, message: `the line is not JSON (${(error as Error).message})` });
        continue;
      }
      const r = scorer.score(input);
      if (!r.ok) {
        report({ code: r.code, line: n, field: r.field ?? null, message: r.message });
        continue;
      }
      scored++;
      const a = r.value.assessment;
      if (json) out.push(`${JSON.stringify({ id: r.value.id, score: a.score, decision: a.decision, reasons: a.reasons, missingSignals: a.missingSignals, sca: a.sca })}\n`);
      else out.push(`${r.value.id ?? '-'}  ${a.score} ${a.decision}  ${a.reasons[0]?.message ?? 'no risk signal'}\n`);
      if (out.length >= 500) flush();
    }
    flush();
    if (refused > 0) {
      io.stderr(`landfall fraud: ${refused} line(s) refused, ${scored} scored\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  } finally {
    await close();
  }
}

type LoadedCase = ScenarioCase & { file: string };

/** The suite's cases, from a file or every .json file of a folder; a message naming file and case when one is malformed. */
async function loadSuite(target: string): Promise<{ ok: true; cases: LoadedCase[] } | { ok: false; exit: number; message: string }> {
  let files: string[];
  try {
    const stat = await fs.stat(target);
    files = stat.isDirectory() ? (await fs.readdir(target)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(target, f)) : [target];
  } catch {
    return { ok: false, exit: EXIT.notFound, message: `no such file or folder: ${target}` };
  }
  if (files.length === 0) return { ok: false, exit: EXIT.failure, message: `no .json scenario file in ${target}` };
  const cases: LoadedCase[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file);
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      return { ok: false, exit: EXIT.failure, message: `${name}: not a JSON file (${(error as Error).message})` };
    }
    const parsed = parseScenarioCases(json);
    if (!parsed.ok) return { ok: false, exit: EXIT.failure, message: `${name}: ${parsed.message}${parsed.field ? ` (at ${parsed.field})` : ''}` };
    for (const c of parsed.value) {
      const earlier = seen.get(c.id);
      if (earlier !== undefined) return { ok: false, exit: EXIT.failure, message: `${name}: case ${c.id}: the id is already used in ${earlier}` };
      seen.set(c.id, name);
      cases.push({ ...c, file: name });
    }
  }
  return { ok: true, cases };
}

async function evaluate(io: CliIo, target: string, json: boolean, pick: (deps: Deps) => Promise<AssessConfig>): Promise<number> {
  const loaded = await loadSuite(path.resolve(io.cwd, target));
  if (!loaded.ok) {
    io.stderr(`landfall fraud: ${loaded.message}\n`);
    return loaded.exit;
  }
  const opened = await openRuntime(io);
  if (!opened.ok) return reportFailure(io, opened, json);
  const { deps, close } = opened.value;
  try {
    const report = await runSuite(deps, loaded.cases, await pick(deps));
    const files = loaded.cases.map((c) => c.file);
    const cases = report.cases.map((c, i) => ({ ...c, file: files[i]! }));
    if (json) io.stdout(`${JSON.stringify({ summary: report.summary, cases })}\n`);
    else io.stdout(formatReport({ summary: report.summary, cases }));
    return EXIT.ok;
  } finally {
    await close();
  }
}

async function runSuite(deps: Deps, cases: readonly ScenarioCase[], config: AssessConfig): Promise<SuiteReport> {
  const date = deps.clock().toISOString().slice(0, 10);
  return evaluateSuite(cases, config, { now: deps.clock, ...converters(await latestFxTable(deps, date), date) });
}

const percent = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);

function formatReport(report: SuiteReport): string {
  const { summary: s, cases } = report;
  const idWidth = Math.max(4, ...cases.map((c) => c.id.length));
  const row = (cells: string[]) => `${cells[0]!.padEnd(idWidth)}  ${cells[1]!.padEnd(10)}  ${cells[2]!.padEnd(9)}  ${cells[3]!.padEnd(9)}  ${cells[4]!.padEnd(4)}  ${cells[5]!.padStart(5)}  ${cells[6]}`;
  const lines = [row(['case', 'label', 'expected', 'got', 'pass', 'score', 'top reasons'])];
  for (const c of cases) lines.push(row([c.id, c.label, c.expected, c.got, c.pass ? 'yes' : 'NO', String(c.score), c.topReasons.join(', ') || '-']));
  const patternWidth = Math.max(7, ...s.patterns.map((p) => p.pattern.length));
  lines.push(
    '',
    `Cases: ${s.cases}, passed ${s.passed}, failed ${s.failed}, exact hits (decision = expected) ${s.exact}`,
    `Legitimate: ${s.legitimate.count} cases, approved ${s.legitimate.approved} (${percent(s.legitimate.approvalRate)}), acceptable ${s.legitimate.passed} (${percent(s.legitimate.passRate)})`,
    `Attacks: ${s.attack.count} cases, caught ${s.attack.caught} (${percent(s.attack.catchRate)}), acceptable ${s.attack.passed} (${percent(s.attack.passRate)})`,
    'By pattern:',
    ...s.patterns.map((p) => `  ${p.pattern.padEnd(patternWidth)}  ${p.label.padEnd(10)}  ${p.passed} of ${p.count} passed (${percent(p.passRate)}), ${p.approved} approved`),
  );
  return `${lines.join('\n')}\n`;
}
