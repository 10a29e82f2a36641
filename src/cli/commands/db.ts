import path from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { backupEmbedded, restoreEmbedded } from '../../db/backup.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const dbCommand: Command = {
  name: 'db',
  summary: 'Back up and restore the embedded database',
  help: `Usage: landfall db backup FILE [--json]
       landfall db restore FILE [--force] [--json]

backup   writes the embedded database (LANDFALL_DATA_DIR, default ./.landfall) to FILE, a gzip
         tarball of its data folder, through a temporary file renamed when complete.
restore  checks that FILE is a backup of a Landfall database, then puts it in place. A folder that
         already holds a database needs --force; it is moved aside to pgdata.before-restore-<time>,
         never deleted.

Both need the database to themselves: stop the server first (exit 3 while it runs). With
DATABASE_URL set (a PostgreSQL server) use pg_dump and pg_restore instead (exit 2).
Exit codes: 0 done, 2 bad usage or not a backup, 3 the database is in use, 4 no such file or
database, 5 a database is there and --force was not given.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { force: { type: 'boolean', default: false } }, true);
    if (!args.ok) return usageError(io, 'db', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, file, ...rest] = args.positionals;
    if (action !== 'backup' && action !== 'restore') return usageError(io, 'db', 'say backup or restore');
    if (!file || rest.length > 0) return usageError(io, 'db', `${action} takes one FILE`);
    if (action === 'backup' && args.values.force) return usageError(io, 'db', '--force is for restore');
    const json = args.values.json;
    const config = loadConfig(io.env, io.cwd);
    if (!config.ok) return reportFailure(io, config, json);
    if (config.value.databaseUrl) return reportFailure(io, { code: 'USAGE', message: 'DATABASE_URL names a PostgreSQL server: back it up with pg_dump and restore it with pg_restore', field: 'DATABASE_URL' }, json);
    const target = path.resolve(io.cwd, file);
    if (action === 'backup') {
      const r = await backupEmbedded(config.value.dataDir, target);
      if (!r.ok) return reportFailure(io, r, json);
      io.stdout(json ? `${JSON.stringify(r.value)}\n` : `backed up ${config.value.dataDir} to ${r.value.file} (${r.value.bytes} bytes: ${r.value.orders} orders, ${r.value.products} products, ${r.value.migrations} migrations)\n`);
      return EXIT.ok;
    }
    const r = await restoreEmbedded(config.value.dataDir, target, { force: args.values.force, now: new Date() });
    if (!r.ok) return reportFailure(io, r, json);
    io.stdout(json ? `${JSON.stringify(r.value)}\n` : `restored ${r.value.file} into ${config.value.dataDir} (${r.value.orders} orders, ${r.value.products} products)${r.value.movedAside ? `; the previous database is in ${r.value.movedAside}` : ''}\n`);
    return EXIT.ok;
  },
};
