import { createApiKey } from '../../services/api-keys/create-api-key.js';
import { listApiKeys } from '../../services/api-keys/list-api-keys.js';
import { revokeApiKey } from '../../services/api-keys/revoke-api-key.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const keysCommand: Command = {
  name: 'keys',
  summary: 'Create, list and revoke API keys',
  help: `Usage:
  landfall keys create --name NAME --scope admin|api [--scope ...] [--json]
  landfall keys list [--json]
  landfall keys revoke ID [--json]

A created key is printed once; only its digest is stored.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { name: { type: 'string' }, scope: { type: 'string', multiple: true } }, true);
    if (!args.ok) return usageError(io, 'keys', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...rest] = args.positionals;
    const json = args.values.json;
    if (action !== 'create' && action !== 'list' && action !== 'revoke') {
      return usageError(io, 'keys', action ? `unknown action "${action}" (create, list, revoke)` : 'missing action (create, list, revoke)');
    }
    if (action === 'create' && args.values.name === undefined) return usageError(io, 'keys', '--name is required');
    if (action === 'revoke' && rest.length !== 1) return usageError(io, 'keys', 'revoke takes exactly one key id');

    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    const { deps, close } = opened.value;
    try {
      if (action === 'create') {
        const r = await createApiKey(deps, { name: args.values.name ?? '', scopes: args.values.scope ?? ['admin'] });
        if (!r.ok) return reportFailure(io, r, json);
        io.stdout(json ? `${JSON.stringify(r.value)}\n` : `${r.value.key}\n`);
        if (!json) io.stderr(`created key ${r.value.apiKey.id} (${r.value.apiKey.scopes.join(', ')}); it is shown only this once\n`);
        return EXIT.ok;
      }
      if (action === 'revoke') {
        const r = await revokeApiKey(deps, rest[0]!);
        if (!r.ok) return reportFailure(io, r, json);
        io.stdout(json ? `${JSON.stringify({ revoked: r.value.id })}\n` : `revoked ${r.value.id}\n`);
        return EXIT.ok;
      }
      const all = [];
      let cursor: string | undefined;
      do {
        const page = await listApiKeys(deps, { limit: 100, ...(cursor ? { cursor } : {}) });
        if (!page.ok) return reportFailure(io, page, json);
        all.push(...page.value.items);
        cursor = page.value.nextCursor ?? undefined;
      } while (cursor);
      if (json) {
        io.stdout(`${JSON.stringify({ items: all })}\n`);
      } else {
        for (const k of all) {
          io.stdout(`${k.id}  lf_${k.prefix}_…  ${k.scopes.join(',').padEnd(9)}  ${k.revokedAt ? 'revoked ' : 'active  '}  ${k.name}\n`);
        }
      }
      return EXIT.ok;
    } finally {
      await close();
    }
  },
};
