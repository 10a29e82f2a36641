import { listStockLevels } from '../../services/inventory/list-stock-levels.js';
import type { StockLevelView } from '../../services/inventory/inventory-views.js';
import { recordMovement } from '../../services/inventory/record-movement.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const stockCommand: Command = {
  name: 'stock',
  summary: 'Receive stock into a warehouse and list stock levels',
  help: `Usage:
  landfall stock receive --sku SKU --warehouse CODE --quantity N [--reason TEXT] [--reference TEXT] [--json]
  landfall stock list [--sku SKU] [--warehouse CODE] [--json]

receive  records a receipt of N units (a whole number from 1 to 1,000,000) of a SKU in a warehouse
         and prints the new level. The reason (up to 500 characters) and the reference (a purchase
         order, up to 100) are kept in the stock ledger.
list     prints on hand, reserved (held by checkouts) and available units per SKU and warehouse.

Exit codes: 2 bad input (the field is named), 4 unknown SKU or warehouse.
`,
  async run(argv, io) {
    const args = parseCommandArgs(
      argv,
      { sku: { type: 'string' }, warehouse: { type: 'string' }, quantity: { type: 'string' }, reason: { type: 'string' }, reference: { type: 'string' } },
      true,
    );
    if (!args.ok) return usageError(io, 'stock', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, ...rest] = args.positionals;
    const { json, sku, warehouse, quantity, reason, reference } = args.values;
    if (action !== 'receive' && action !== 'list') return usageError(io, 'stock', action ? `unknown action "${action}" (receive, list)` : 'missing action (receive, list)');
    if (rest.length > 0) return usageError(io, 'stock', `unexpected argument "${rest[0]}"`);
    if (action === 'receive') {
      const missing = (['sku', 'warehouse', 'quantity'] as const).filter((k) => args.values[k] === undefined);
      if (missing.length > 0) return usageError(io, 'stock', `receive needs ${missing.map((m) => `--${m}`).join(', ')}`);
    } else if (quantity !== undefined || reason !== undefined || reference !== undefined) {
      return usageError(io, 'stock', 'list takes only --sku, --warehouse and --json');
    }

    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    const { deps, close } = opened.value;
    try {
      if (action === 'receive') {
        // A whole number goes to the service as a number; anything else as text, refused by name.
        const units = /^\d{1,9}$/.test(quantity!.trim()) ? Number(quantity) : quantity;
        const r = await recordMovement(deps, { sku, warehouse, kind: 'receipt', quantity: units, ...(reason !== undefined ? { reason } : {}), ...(reference !== undefined ? { reference } : {}) });
        if (!r.ok) return reportFailure(io, r, json);
        const { level } = r.value;
        io.stdout(json ? `${JSON.stringify(r.value)}\n` : `received ${r.value.movement.quantity} of ${level.sku} in ${level.warehouse}: ${level.onHand} on hand, ${level.reserved} reserved, ${level.available} available\n`);
        return EXIT.ok;
      }
      const items: StockLevelView[] = [];
      let cursor: string | undefined;
      do {
        const page = await listStockLevels(deps, { limit: 100, ...(sku !== undefined ? { sku } : {}), ...(warehouse !== undefined ? { warehouse } : {}), ...(cursor ? { cursor } : {}) });
        if (!page.ok) return reportFailure(io, page, json);
        items.push(...page.value.items);
        cursor = page.value.nextCursor ?? undefined;
      } while (cursor);
      io.stdout(json ? `${JSON.stringify({ items })}\n` : formatLevels(items));
      return EXIT.ok;
    } finally {
      await close();
    }
  },
};

function formatLevels(items: readonly StockLevelView[]): string {
  if (items.length === 0) return 'no stock recorded\n';
  const rows = [['SKU', 'WAREHOUSE', 'ON HAND', 'RESERVED', 'AVAILABLE'], ...items.map((l) => [l.sku, l.warehouse, String(l.onHand), String(l.reserved), String(l.available)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return `${rows.map((r) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n')}\n`;
}
