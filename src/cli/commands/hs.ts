import { trainHsModel } from '../../services/hs/train-hs-model.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const hsCommand: Command = {
  name: 'hs',
  summary: 'Train the HS classifier from a nomenclature and labeled examples',
  help: `Usage: landfall hs train --nomenclature FILE_OR_URL [--examples FILE_OR_URL] [--json]

Builds the HS classification model from the HS nomenclature CSV (section,hscode,description,parent,level)
and labeled examples as JSON lines ({"text": "...", "hs6": "610910"} per line), files or URLs, and
stores it in the configured database as the active model. Bad lines are listed and left out.
The merchant's confirmed codes are kept apart and apply on top of every model.
Exit codes: 0 trained, 2 unusable file, 3 database unreachable, 4 file or URL not found.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { nomenclature: { type: 'string' }, examples: { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'hs', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...extra] = args.positionals;
    if (action !== 'train') return usageError(io, 'hs', action ? `unknown action "${action}" (train)` : 'missing action (train)');
    if (extra.length > 0) return usageError(io, 'hs', `unexpected argument "${extra[0]}"`);
    if (!args.values.nomenclature) return usageError(io, 'hs', '--nomenclature is required');
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, args.values.json);
    try {
      io.stderr('hs: reading and building the model...\n');
      const r = await trainHsModel(opened.value.deps, {
        nomenclature: args.values.nomenclature,
        ...(args.values.examples ? { examples: args.values.examples } : {}),
        load: { cwd: io.cwd },
      });
      if (!r.ok) return reportFailure(io, r, args.values.json);
      const v = r.value;
      if (args.values.json) io.stdout(`${JSON.stringify(v)}\n`);
      else {
        io.stdout(`model ${v.modelId}: ${v.codes} subheadings, ${v.examples} examples, built in ${v.buildMs} ms, ${(v.modelBytes / 1e6).toFixed(1)} MB\n`);
        const rejected = [...v.rejected.nomenclature.map((e) => ['nomenclature', e] as const), ...v.rejected.examples.map((e) => ['examples', e] as const)];
        if (rejected.length > 0) io.stdout(`${rejected.length} line(s) left out:\n${rejected.slice(0, 20).map(([f, e]) => `  ${f} line ${e.line}: ${e.message}`).join('\n')}\n`);
      }
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};
