import { importMarketplaceOrders, type MarketplaceImportAnswer } from '../../services/channels/marketplace-orders/import-marketplace-orders.js';
import { MARKETPLACE_CHANNELS } from '../../services/channels/marketplace-orders/marketplace-channels.js';
import { loadImportSource } from '../../services/data-import/load-import-source.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';

const OPTIONS = { channel: { type: 'string' } } as const;

/** A marketplace export is a few MB at most. */
const MAX_FILE_BYTES = 64 * 1_048_576;

export const ordersCommand: Command = {
  name: 'orders',
  summary: "Import a marketplace's orders (Amazon JSON, eBay CSV) into the order pipeline",
  help: `Usage:
  landfall orders import --channel amazon|ebay <file|-> [--json]

Imports the orders of a marketplace export ("-" reads standard input):
  amazon  JSON: Selling Partner API getOrders' payload.Orders[], each order with the OrderItems[]
          of getOrderItems (SellerSKU, QuantityOrdered, ItemPrice, ItemTax, ShippingPrice, ...).
  ebay    CSV: the Seller Hub Orders report as downloaded (Order Number, Sale Date, Ship To ...,
          Custom Label (the SKU), Quantity, Sold For, Shipping And Handling, eBay Collected Tax,
          Total Price).

Every order becomes a paid order of that sales channel, in its own transaction: its SKUs matched
to variants, its market found from the ship-to country, its stock taken from the warehouse the
checkout's routing picks, its parcels planned (labels and customs documents work as for any
order), order.created and order.paid written for webhooks. No email goes to the buyer: the
marketplace talks to its buyers. Amounts are the marketplace's, converted exactly to minor units;
tax the marketplace collected as the deemed supplier is kept out of the store's tax returns.

An order imported before (same channel and marketplace order id) is skipped, so running the same
file again changes nothing. A bad order (unknown SKU, not enough stock, no market for its country,
a malformed amount, a total that does not add up) is refused with its line, id and field, and the
other orders are imported.

Options:
  --channel amazon|ebay   the marketplace the export comes from
  --json                  print the answer as JSON: { imported, skipped, refused: [...], ... }

Exit codes: 0 read (refused orders are listed; see the summary), 2 bad usage or an unreadable file,
3 database unreachable, 4 file not found.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, OPTIONS, true);
    if (!args.ok) return usageError(io, 'orders', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const [action, file, ...extra] = args.positionals;
    if (action !== 'import') return usageError(io, 'orders', action ? `unknown action "${action}" (import)` : 'missing action (import)');
    const channel = args.values.channel;
    if (channel === undefined || !MARKETPLACE_CHANNELS.includes(channel)) return usageError(io, 'orders', `--channel must be one of ${MARKETPLACE_CHANNELS.join(', ')}`);
    if (file === undefined) return usageError(io, 'orders', 'missing the file to import ("-" for standard input)');
    if (extra.length > 0) return usageError(io, 'orders', `unexpected argument "${extra[0]}"`);
    const json = args.values.json;

    // The file is read before the database is opened: a missing file is refused even without one.
    let bytes: Uint8Array;
    if (file === '-') bytes = new TextEncoder().encode(await io.readStdin());
    else {
      const loaded = await loadImportSource(file, { cwd: io.cwd, maxBytes: MAX_FILE_BYTES });
      if (!loaded.ok) return reportFailure(io, loaded, json);
      bytes = loaded.value.bytes;
    }
    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    try {
      const done = await importMarketplaceOrders(opened.value.deps, { channel, bytes });
      if (!done.ok) return reportFailure(io, done, json);
      printAnswer(io, done.value, json);
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};

function printAnswer(io: CliIo, a: MarketplaceImportAnswer, json: boolean): void {
  if (json) return io.stdout(`${JSON.stringify(a)}\n`);
  const out = [`orders: ${a.channel}: ${a.imported} imported, ${a.skipped} skipped (imported before), ${a.refused.length} refused${a.ignored > 0 ? `, ${a.ignored} records ignored` : ''}`];
  for (const o of a.orders) out.push(`  ${o.outcome === 'imported' ? 'imported' : 'skipped '} ${o.channelOrderId} -> ${o.number}`);
  for (const r of a.refused) out.push(`  refused  line ${r.line}${r.orderId ? ` ${r.orderId}` : ''}: ${r.field}: ${r.code}: ${r.message}`);
  io.stdout(`${out.join('\n')}\n`);
}
