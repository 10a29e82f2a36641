import type { Command } from './command.js';
import { catalogCommand } from './commands/catalog.js';
import { dataCommand } from './commands/data.js';
import { docsCommand } from './commands/docs.js';
import { fxCommand } from './commands/fx.js';
import { hsCommand } from './commands/hs.js';
import { classifyCommand } from './commands/classify.js';
import { fraudCommand } from './commands/fraud.js';
import { marketsCommand } from './commands/markets.js';
import { feedsCommand } from './commands/feeds.js';
import { ordersCommand } from './commands/orders.js';
import { screenCommand } from './commands/screen.js';
import { keysCommand } from './commands/keys.js';
import { usersCommand } from './commands/users.js';
import { dbCommand } from './commands/db.js';
import { migrateCommand } from './commands/migrate.js';
import { quoteCommand } from './commands/quote.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { stockCommand } from './commands/stock.js';
import { versionCommand } from './commands/version.js';
import { EXIT } from './exit-codes.js';
import { processIo, type CliIo } from './io.js';
import { VERSION } from './version.js';

export const COMMANDS: readonly Command[] = [serveCommand, migrateCommand, dbCommand, seedCommand, dataCommand, catalogCommand, stockCommand, fxCommand, keysCommand, usersCommand, quoteCommand, docsCommand, hsCommand, classifyCommand, fraudCommand, marketsCommand, feedsCommand, ordersCommand, screenCommand, versionCommand];

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Landfall ${VERSION}: cross-border commerce (landed cost, classification, screening, store)

Usage: landfall <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Every command takes --help and --json. Exit codes: 0 ok, 1 failure, 2 bad usage or input,
3 database unreachable, 4 not found, 5 conflict.
Environment: PORT, HOST, DATABASE_URL, LANDFALL_DATA_DIR, LOG_LEVEL, LANDFALL_PUBLIC_URL.
`;
}

/** Run the CLI and return the exit code. Unexpected errors print one line (stack with LANDFALL_DEBUG=1). */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : globalHelp());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') return versionCommand.run([], io);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`landfall: unknown command "${name}"\nRun "landfall --help" for the list of commands.\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`landfall ${name}: ${(error as Error).message}\n`);
    if (io.env.LANDFALL_DEBUG === '1') io.stderr(`${(error as Error).stack}\n`);
    return EXIT.failure;
  }
}
