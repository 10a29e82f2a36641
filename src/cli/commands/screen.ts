import { screenParty } from '../../services/screening/screen-party.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const screenCommand: Command = {
  name: 'screen',
  summary: 'Screen names against the imported denied-party lists (JSON lines on stdin, one answer each)',
  help: `Usage: landfall screen --json < queries.jsonl
       landfall screen "Igor Rotenberg" [--country RU] [--type individual|entity]

Reads one JSON object per line: {"name": "...", "country": "RU" or "Russia", "type": "individual" | "entity"}
(country and type optional; country as an ISO 3166 alpha-2 code or an English country name) and prints
one JSON line per query, in order:
  {"decision": "clear" | "potential_match" | "match",
   "matches": [{"list": "ofac-sdn", "id": "24183", "name": "ROTENBERG, Igor Arkadyevich",
                "score": 0.97, "matchedName": "...", "why": ["all 3 name parts match in another order", ...]}]}
potential_match means hold for review; match means block. Names are matched across word order,
transliteration variants, diacritics, company suffixes and typos, against every active list
(landfall data import sanctions <kind> <file or folder>). A bad line (not JSON, an empty or huge
name, an unknown type or country) prints {"error": {"code", "line", "field", "message"}} in its place;
the run goes on and exits 2 at the end.

Exit codes: 0 every line screened; 2 a line was refused, or bad usage; 3 database unreachable;
4 no list has been imported.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { country: { type: 'string' }, type: { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'screen', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const json = args.values.json;
    let lines: { line: number; text: string }[];
    if (args.positionals.length > 0) lines = [{ line: 1, text: JSON.stringify({ name: args.positionals.join(' '), ...(args.values.country ? { country: args.values.country } : {}), ...(args.values.type ? { type: args.values.type } : {}) }) }];
    else {
      if (!json) return usageError(io, 'screen', 'give a name, or --json with JSON lines on stdin');
      lines = (await io.readStdin()).split(/\r?\n/).map((text, i) => ({ line: i + 1, text })).filter((l) => l.text.trim() !== '');
    }
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    try {
      let refused = 0;
      const out: string[] = [];
      for (const { line, text } of lines) {
        let query: unknown;
        try {
          query = JSON.parse(text) as unknown;
        } catch {
          refused++;
          out.push(JSON.stringify({ error: { code: 'VALIDATION_FAILED', line, field: null, message: 'the line is not JSON' } }));
          continue;
        }
        const r = await screenParty(opened.value.deps, query, { record: false, source: 'cli' });
        if (!r.ok) {
          if (r.code === 'NO_LISTS') return reportFailure(io, { ...r, code: 'NOT_FOUND' }, json);
          refused++;
          out.push(JSON.stringify({ error: { code: r.code, line, field: r.field ?? null, message: r.message } }));
          continue;
        }
        if (json) out.push(JSON.stringify({ decision: r.value.decision, matches: r.value.matches.map((m) => ({ list: m.list, id: m.id, name: m.name, score: m.score, matchedName: m.matchedName, why: m.why })) }));
        else out.push(`${r.value.decision}${r.value.matches.map((m) => `\n  ${m.score.toFixed(3)} ${m.list} ${m.id} ${m.name}${m.matchedName !== m.name ? ` (as ${m.matchedName})` : ''}: ${m.why.join('; ')}`).join('')}`);
        if (out.length >= 500) io.stdout(`${out.splice(0).join('\n')}\n`);
      }
      if (out.length > 0) io.stdout(`${out.join('\n')}\n`);
      if (refused > 0) io.stderr(`landfall screen: ${refused} line${refused === 1 ? '' : 's'} refused\n`);
      return refused > 0 ? EXIT.usage : EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};
