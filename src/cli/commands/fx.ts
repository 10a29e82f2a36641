import { parseCommandArgs, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { dataCommand } from './data.js';

/** The ECB's own feed of the last 90 days of euro reference rates (XML). */
export const ECB_RATES_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml';

export const fxCommand: Command = {
  name: 'fx',
  summary: 'Refresh ECB reference exchange rates from a URL or a file',
  help: `Usage: landfall fx refresh [FILE or URL] [--json]

Imports the European Central Bank's euro reference rates (daily, 90-day or history file, XML or
CSV) from FILE or URL, by default LANDFALL_FX_URL or ${ECB_RATES_URL}.
Safe to re-run: rates already stored are left unchanged. Same exit codes as "landfall data import".
"landfall serve" refreshes on its own every LANDFALL_FX_REFRESH_HOURS hours when that is set.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, {}, true);
    if (!args.ok) return usageError(io, 'fx', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, source, ...extra] = args.positionals;
    if (action !== 'refresh') return usageError(io, 'fx', action ? `unknown action "${action}" (refresh)` : 'missing action (refresh)');
    if (extra.length > 0) return usageError(io, 'fx', `unexpected argument "${extra[0]}"`);
    const from = source ?? io.env.LANDFALL_FX_URL ?? ECB_RATES_URL;
    return dataCommand.run(['import', 'ecb', from, ...(args.values.json ? ['--json'] : [])], io);
  },
};
