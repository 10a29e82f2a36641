import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { rankMarkets } from '../../services/market-selection/rank-markets.js';
import { KNOWN_INDICES, reproduceIndex } from '../../services/market-selection/reproduce-index.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const marketsCommand: Command = {
  name: 'markets',
  summary: 'Rank countries to sell to next, with evidence; reproduce a published index',
  help: `Usage: landfall markets rank [--json] [--top N] [--sensitivity] [--profile FILE.json]
       landfall markets reproduce lpi --year YYYY [--method pca-first-component|least-squares|weighted-mean]
                                     [--weights w1,w2,...] [--round N] [--json]

rank       Every country with imported indicators, ranked by the store's scoring profile (the admin's
           Market selection page edits it; --profile reads one from a file instead): the latest value
           of each indicator and the store's own evidence (the landed cost of its catalog, shipping
           from its rate cards, its sales), normalized and weighted as the method says. --json prints
           {"method", "indicators", "countries": [{country, name, rank, score, coverage,
           contributions, lifts, sinks, missing}], "unavailable", "evidence", "sensitivity"}.
           Without --json: the top N (default 20) with their score and what lifts and sinks them.
reproduce  Recompute a published composite index from its imported components for one edition year
           and show the agreement per country (${Object.keys(KNOWN_INDICES).join(', ')}).

Exit codes: 0 ok, 2 bad usage or profile, 3 database unreachable.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { top: { type: 'string' }, sensitivity: { type: 'boolean', default: false }, profile: { type: 'string' }, year: { type: 'string' }, method: { type: 'string' }, weights: { type: 'string' }, round: { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'markets', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...rest] = args.positionals;
    const json = args.values.json;
    const top = args.values.top === undefined ? 20 : Number(args.values.top);
    if (!Number.isInteger(top) || top < 1 || top > 300) return usageError(io, 'markets', '--top must be a whole number from 1 to 300');
    if (action === 'rank') {
      if (rest.length > 0) return usageError(io, 'markets', `unexpected argument "${rest[0]}"`);
      let profile: unknown;
      if (args.values.profile !== undefined) {
        try {
          profile = JSON.parse(await readFile(path.resolve(io.cwd, args.values.profile), 'utf8')) as unknown;
        } catch (error) {
          return usageError(io, 'markets', `--profile ${args.values.profile}: ${(error as Error).message}`);
        }
      }
      const opened = await openRuntime(io);
      if (!opened.ok) return reportFailure(io, opened, json);
      try {
        const r = await rankMarkets(opened.value.deps, { ...(profile !== undefined ? { profile } : {}), sensitivity: args.values.sensitivity, top: Math.min(top, 50) });
        if (!r.ok) {
          const code = reportFailure(io, r, json);
          for (const d of r.details ?? []) io.stderr(`  ${d.field}: ${d.message}\n`);
          return code;
        }
        if (json) io.stdout(`${JSON.stringify(r.value)}\n`);
        else {
          io.stdout(`${r.value.method.statement}\n\n`);
          for (const c of r.value.countries.filter((x) => x.rank !== null).slice(0, top)) {
            io.stdout(`${String(c.rank).padStart(3)}. ${c.country} ${c.name.padEnd(28).slice(0, 28)} ${c.score?.toFixed(1).padStart(5)}  coverage ${Math.round(c.coverage * 100)}%\n`);
            for (const l of c.lifts.slice(0, 2)) io.stdout(`       + ${l}\n`);
            for (const s of c.sinks.slice(0, 2)) io.stdout(`       - ${s}\n`);
          }
          for (const u of r.value.unavailable) io.stdout(`not used: ${u.id}: ${u.reason}\n`);
          for (const n of r.value.evidence.notes) io.stdout(`${n}\n`);
        }
        return EXIT.ok;
      } finally {
        await opened.value.close();
      }
    }
    if (action === 'reproduce') {
      const [index, ...more] = rest;
      if (index === undefined) return usageError(io, 'markets', `reproduce needs an index (${Object.keys(KNOWN_INDICES).join(', ')})`);
      if (more.length > 0) return usageError(io, 'markets', `unexpected argument "${more[0]}"`);
      const opened = await openRuntime(io);
      if (!opened.ok) return reportFailure(io, opened, json);
      try {
        const r = await reproduceIndex(opened.value.deps, { index, year: args.values.year, method: args.values.method, ...(args.values.weights ? { weights: args.values.weights } : {}), ...(args.values.round ? { round: args.values.round } : {}) });
        if (!r.ok) return reportFailure(io, r, json);
        const v = r.value;
        if (json) io.stdout(`${JSON.stringify(v)}\n`);
        else {
          io.stdout(`${v.index}, ${v.year}\n${v.method.statement}\n`);
          io.stdout(`weights: ${v.method.weights.map((w: number) => w.toFixed(4)).join(', ')}\n`);
          const s = v.summary;
          const f = (v: number | null, d: number) => (v === null ? 'n/a' : v.toFixed(d));
          io.stdout(`${s.countries} countries: mean |difference| ${f(s.meanAbsDifference, 4)}, max ${f(s.maxAbsDifference, 4)}, correlation ${f(s.correlation, 5)}, ${s.within.share === null ? 'n/a' : `${Math.round(s.within.share * 100)}%`} within ${s.within.tolerance}\n`);
          for (const a of [...v.agreement].sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference)).slice(0, 10)) io.stdout(`  ${a.country} published ${a.published} computed ${a.computed.toFixed(3)} (${a.difference >= 0 ? '+' : ''}${a.difference.toFixed(3)})\n`);
          for (const k of v.skipped) io.stdout(`  skipped ${k.country}: ${k.reason}\n`);
        }
        return EXIT.ok;
      } finally {
        await opened.value.close();
      }
    }
    return usageError(io, 'markets', action ? `unknown action "${action}" (rank, reproduce)` : 'missing action (rank, reproduce)');
  },
};
