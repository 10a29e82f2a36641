import { seedDemoStore } from '../../services/seed/seed-demo-store.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Seed the demo store (safe to re-run: applied steps are skipped)',
  help: `Usage: landfall seed [--json]

Applies the demo store's seed steps that have not run on this database. Prints the admin API key
when this run creates it.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    if (!args.ok) return usageError(io, 'seed', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, args.values.json);
    try {
      const outcome = await seedDemoStore(opened.value.deps);
      if (args.values.json) {
        io.stdout(`${JSON.stringify(outcome)}\n`);
      } else {
        io.stdout(outcome.applied.length === 0 ? 'already seeded\n' : `seeded: ${outcome.applied.join(', ')}\n`);
        if (outcome.adminApiKey) io.stdout(`Admin API key (shown once, store it now): ${outcome.adminApiKey}\n`);
      }
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};
