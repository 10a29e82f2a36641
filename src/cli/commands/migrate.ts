import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Apply pending database migrations',
  help: `Usage: landfall migrate [--json]

Applies the checked-in SQL migrations that the configured database lacks, each in a transaction,
under an advisory lock (safe while other Landfall processes start). Exits 5 if an applied
migration was edited since.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    if (!args.ok) return usageError(io, 'migrate', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const applied: string[] = [];
    const opened = await openRuntime(io, {
      onMigration: (tag) => {
        applied.push(tag);
        if (!args.values.json) io.stdout(`migrated: ${tag}\n`);
      },
    });
    if (!opened.ok) return reportFailure(io, opened, args.values.json);
    await opened.value.close();
    if (args.values.json) io.stdout(`${JSON.stringify({ applied })}\n`);
    else io.stdout(applied.length === 0 ? 'database is up to date\n' : `${applied.length} migration(s) applied\n`);
    return EXIT.ok;
  },
};
