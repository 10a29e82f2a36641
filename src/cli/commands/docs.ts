import fs from 'node:fs';
import path from 'node:path';
import type { BuiltDocument } from '../../core/customs-docs/customs-document.js';
import type { Result } from '../../core/result/result.js';
import { buildOrderInvoices, buildShipmentDocument, buildWarehousePickList, resolveShipment } from '../../services/documents/build-documents.js';
import { renderDocument } from '../../web/documents/render-document.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { openRuntime } from '../runtime.js';

const KINDS = ['invoice', 'proforma', 'cn22', 'cn23', 'ics2', 'packing-slip', 'pick-list'] as const;
type Kind = (typeof KINDS)[number];

export const docsCommand: Command = {
  name: 'docs',
  summary: 'Customs documents, packing slips and pick lists as PDF (ICS2 data as JSON)',
  help: `Usage:
  landfall docs invoice ORDER_NUMBER --out FILE.pdf [--shipment N] [--packaging-g G]
  landfall docs proforma ORDER_NUMBER --out FILE.pdf [--shipment N] [--packaging-g G]
  landfall docs cn22 SHIPMENT --out FILE.pdf [--packaging-g G]
  landfall docs cn23 SHIPMENT --out FILE.pdf [--packaging-g G]
  landfall docs ics2 SHIPMENT [--out FILE.json] [--packaging-g G]
  landfall docs packing-slip SHIPMENT --out FILE.pdf
  landfall docs pick-list WAREHOUSE --out FILE.pdf

invoice       the commercial invoice of a paid order, one page group per parcel (--shipment N:
              only parcel N, counted from 1): seller, buyer, importer of record (seller under
              DDP, buyer under DAP), Incoterm, currency, per line the customs description, HS or
              national code, origin, quantity, unit and total value, net and gross weight, freight,
              insurance, the IOSS / UK VAT / VOEC / EORI numbers the parcel needs, the declaration.
proforma      the same as a pro forma invoice (also for orders not paid yet).
cn22, cn23    the UPU postal customs declaration of a postal parcel. CN 22 up to 300 SDR and 2 kg,
              CN 23 above; asking for the other one says which rule chose.
ics2          the house-level data an ICS2 entry summary needs (parcels entering the EU, Norway or
              Switzerland): 6-digit HS codes, descriptions, seller, consignee, value, weights.
              Printed on standard output unless --out is given.
packing-slip  what is in one parcel, for the buyer, without prices.
pick-list     a warehouse's planned parcels of paid orders, summed per SKU, and those held.

SHIPMENT is a shipment id (the UUID the order shows) or ORDER_NUMBER/PARCEL, the parcel counted
from 1 (LF-100420/1). --out - writes the file to standard output. --packaging-g is the weight of
the outer packaging in grams, added to the goods for the gross weight (default 0).

Exit codes: 0 written; 2 bad usage, or the order lacks customs data (the line and field are named)
or the form does not apply to the parcel; 3 database unreachable; 4 unknown order, shipment or
warehouse; 5 the order is cancelled (or, for an invoice, not paid yet).
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, { out: { type: 'string', short: 'o' }, shipment: { type: 'string' }, 'packaging-g': { type: 'string' } }, true);
    if (!args.ok) return usageError(io, 'docs', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const { json, out, shipment } = args.values;
    const packagingG = args.values['packaging-g'];
    const [kind, subject, ...rest] = args.positionals;
    if (!kind || !(KINDS as readonly string[]).includes(kind)) return usageError(io, 'docs', kind ? `unknown document "${kind}" (${KINDS.join(', ')})` : `missing document (${KINDS.join(', ')})`);
    if (!subject) return usageError(io, 'docs', `${kind} needs ${kind === 'pick-list' ? 'a WAREHOUSE code' : kind === 'invoice' || kind === 'proforma' ? 'an ORDER_NUMBER' : 'a SHIPMENT (id or ORDER_NUMBER/PARCEL)'}`);
    if (rest.length > 0) return usageError(io, 'docs', `unexpected argument "${rest[0]}"`);
    if (out === undefined && kind !== 'ics2') return usageError(io, 'docs', `${kind} writes a PDF: give --out FILE.pdf (or --out - for standard output)`);
    if (shipment !== undefined && kind !== 'invoice' && kind !== 'proforma') return usageError(io, 'docs', '--shipment is for invoice and proforma; the other documents name their SHIPMENT');
    if (packagingG !== undefined && kind === 'pick-list') return usageError(io, 'docs', '--packaging-g does not apply to a pick list');
    let parcel: string | undefined;
    if (shipment !== undefined) {
      if (!/^\d{1,2}$/.test(shipment) || Number(shipment) < 1) return usageError(io, 'docs', '--shipment is a parcel number counted from 1');
      parcel = String(Number(shipment) - 1);
    }

    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, json);
    const { deps, close } = opened.value;
    try {
      const options = { ...(packagingG !== undefined ? { packagingG } : {}), ...(parcel !== undefined ? { shipment: parcel } : {}) };
      const built = await build(deps, kind as Kind, subject, options);
      if (!built.ok) return reportFailure(io, built, json);
      const doc = await renderDocument(built.value, deps.clock());
      return write(io, doc, out, json);
    } finally {
      await close();
    }
  },
};

async function build(deps: Parameters<typeof buildOrderInvoices>[0], kind: Kind, subject: string, options: { packagingG?: string; shipment?: string }): Promise<Result<BuiltDocument>> {
  if (kind === 'invoice' || kind === 'proforma') return buildOrderInvoices(deps, subject, kind === 'invoice' ? 'commercial' : 'proforma', options);
  if (kind === 'pick-list') return buildWarehousePickList(deps, subject);
  const ref = await resolveShipment(deps, subject);
  if (!ref.ok) return ref;
  return buildShipmentDocument(deps, ref.value.number, ref.value.position, kind, options);
}

function write(io: CliIo, doc: Awaited<ReturnType<typeof renderDocument>>, out: string | undefined, json: boolean): number {
  const isJson = doc.contentType.startsWith('application/json');
  if (out === undefined || out === '-') {
    if (isJson) io.stdout(new TextDecoder().decode(doc.bytes));
    else if (io.stdoutBytes) io.stdoutBytes(doc.bytes);
    else {
      io.stderr('landfall docs: standard output cannot take binary data here; give --out FILE.pdf\n');
      return EXIT.failure;
    }
    return EXIT.ok;
  }
  const file = path.resolve(io.cwd, out);
  fs.writeFileSync(file, doc.bytes);
  io.stdout(json ? `${JSON.stringify({ file, bytes: doc.bytes.byteLength, contentType: doc.contentType.split(';')[0] })}\n` : `wrote ${doc.filename.replace(/\.(pdf|json)$/, '')} (${doc.bytes.byteLength} bytes) to ${out}\n`);
  return EXIT.ok;
}
