import { createAdminUser, listAdminUsers } from '../../services/admin-users/admin-users.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const usersCommand: Command = {
  name: 'users',
  summary: 'Create and list the people who sign in to the admin',
  help: `Usage:
  landfall users create --email EMAIL --name NAME --role owner|operator|read_only [--json] < password
  landfall users list [--json]

The password is read from standard input (its first line), never from the command line, so it does
not end up in the shell history or the process list: for example
  printf '%s\\n' "$PASSWORD" | npx landfall users create --email ops@example.com --name Ops --role owner
It must be 12 to 256 characters; it is stored only as a scrypt hash. The user then signs in at /admin.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'users', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action] = args.positionals;
    const json = args.values.json;
    if (action !== 'create' && action !== 'list') return usageError(io, 'users', action ? `unknown action "${action}" (create, list)` : 'missing action (create, list)');
    let password = '';
    if (action === 'create') {
      for (const flag of ['email', 'name', 'role'] as const) if (args.values[flag] === undefined) return usageError(io, 'users', `--${flag} is required`);
      password = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
    }
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    const { deps, close } = opened.value;
    try {
      if (action === 'create') {
        const r = await createAdminUser(deps, { email: args.values.email, name: args.values.name, role: args.values.role, password });
        if (!r.ok) return reportFailure(io, r, json);
        io.stdout(json ? `${JSON.stringify(r.value)}\n` : `created ${r.value.role} ${r.value.email} (${r.value.id})\n`);
        return EXIT.ok;
      }
      const users = await listAdminUsers(deps);
      if (json) io.stdout(`${JSON.stringify({ items: users })}\n`);
      else for (const u of users) io.stdout(`${u.id}  ${u.role.padEnd(9)}  ${u.locked ? 'locked ' : 'active '}  ${u.email}  ${u.name}\n`);
      return EXIT.ok;
    } finally {
      await close();
    }
  },
};
