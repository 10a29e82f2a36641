import { parseCommandArgs, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { VERSION } from '../version.js';

export const versionCommand: Command = {
  name: 'version',
  summary: 'Print the version',
  help: 'Usage: landfall version [--json]\n',
  async run(argv, io) {
    const args = parseCommandArgs(argv, {});
    if (!args.ok) return usageError(io, 'version', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    if (args.values.json) io.stdout(`${JSON.stringify({ version: VERSION, node: process.version })}\n`);
    else io.stdout(`landfall ${VERSION} (node ${process.version})\n`);
    return EXIT.ok;
  },
};
