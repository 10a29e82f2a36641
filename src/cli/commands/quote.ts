import type { LandedCostAnswer } from '../../core/landed-cost/answer.js';
import { quoteLandedCost } from '../../services/landed-cost/quote-landed-cost.js';
import { parseCommandArgs, reportFailure, usageError, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { openRuntime } from '../runtime.js';

export const quoteCommand: Command = {
  name: 'quote',
  summary: 'Quote a landed cost: a JSON request on stdin (--json), or flags',
  help: `Usage:
  landfall quote --json < request.json        read a request on stdin, print the answer as JSON
  landfall quote --from VN --to DE --currency EUR --item "sku=tee,hs=6109.10,price=20.00 EUR,qty=3,kg=0.2" [options]

Options:
  --from CC              ship-from country (ISO 3166 alpha-2)
  --to CC                destination country
  --region R             destination region (e.g. ON for Ontario)
  --currency CUR         currency of the answer (default: the first item's)
  --date YYYY-MM-DD      the rules and rates of this date (default: today, UTC)
  --incoterm DDP|DAP     default DDP
  --channel courier|postal  default courier
  --shipping "10.00 EUR" --insurance "1.00 EUR"
  --registration SCHEME:NUMBER   a seller registration (IOSS:IM2760000001, UK_VAT:GB123456789), repeatable
  --item "k=v,..."       repeatable; keys: sku, hs, origin (default --from), price ("20.00 EUR"), qty,
                         kg (unit weight), litres, pref (yes to claim preference), rate (a declared duty rate),
                         desc
  --json                 machine output (with no other flags: read the request from stdin)

The request and the answer are those of POST /v1/landed-cost/quotes. Exit codes: 0 ok, 2 the request
is invalid (each bad field is named), 4 an exchange rate is missing or stale, 3 the database is unreachable.
`,
  async run(argv, io) {
    const args = parseCommandArgs(argv, {
      from: { type: 'string' },
      to: { type: 'string' },
      region: { type: 'string' },
      currency: { type: 'string' },
      date: { type: 'string' },
      incoterm: { type: 'string' },
      channel: { type: 'string' },
      shipping: { type: 'string' },
      insurance: { type: 'string' },
      registration: { type: 'string', multiple: true },
      item: { type: 'string', multiple: true },
    });
    if (!args.ok) return usageError(io, 'quote', args.message);
    if (args.values.help) return io.stdout(this.help), EXIT.ok;
    const v = args.values;
    const usesFlags = v.from !== undefined || v.to !== undefined || (v.item?.length ?? 0) > 0;

    let input: unknown;
    if (usesFlags) {
      const built = requestFromFlags(v, new Date().toISOString().slice(0, 10));
      if (typeof built === 'string') return usageError(io, 'quote', built);
      input = built;
    } else {
      if (!v.json) return usageError(io, 'quote', 'give --json and a request on stdin, or --from, --to and --item');
      const text = await io.readStdin();
      if (text.trim() === '') return usageError(io, 'quote', 'no request on stdin');
      try {
        input = JSON.parse(text);
      } catch (error) {
        return reportFailure(io, { code: 'VALIDATION_FAILED', message: `stdin is not valid JSON: ${(error as Error).message}` }, true);
      }
    }

    const opened = await openRuntime(io);
    if (!opened.ok) return reportFailure(io, opened, v.json);
    try {
      const result = await quoteLandedCost(opened.value.deps.quotes, input);
      if (!result.ok) {
        if (v.json) io.stdout(`${JSON.stringify({ error: { code: result.code, message: result.message, errors: result.details ?? (result.field ? [{ field: result.field, message: result.message }] : []) } })}\n`);
        io.stderr(`landfall quote: ${result.message}\n`);
        return result.code === 'VALIDATION_FAILED' ? EXIT.usage : EXIT.notFound;
      }
      io.stdout(v.json ? `${JSON.stringify(result.value, null, 2)}\n` : renderAnswer(result.value));
      return EXIT.ok;
    } finally {
      await opened.value.close();
    }
  },
};

type Flags = Partial<Record<'from' | 'to' | 'region' | 'currency' | 'date' | 'incoterm' | 'channel' | 'shipping' | 'insurance', string>> & { registration?: string[]; item?: string[] };

/** Build the JSON request from flags; a string is a usage error. Values are checked by the core. */
export function requestFromFlags(v: Flags, today: string): Record<string, unknown> | string {
  if (!v.from || !v.to) return '--from and --to are required with flags';
  if (!v.item || v.item.length === 0) return 'give at least one --item';
  const money = (text: string, flag: string) => {
    const m = /^\s*(\S+)\s+([A-Za-z]{3})\s*$/.exec(text);
    return m ? { amount: m[1], currency: m[2]!.toUpperCase() } : `${flag} must look like "10.00 EUR"`;
  };
  const items = [];
  for (const [i, spec] of v.item.entries()) {
    const fields = new Map<string, string>();
    for (const part of spec.split(',')) {
      const eq = part.indexOf('=');
      if (eq < 1) return `--item ${i + 1}: "${part}" is not key=value`;
      fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const unknown = [...fields.keys()].filter((k) => !['sku', 'hs', 'origin', 'price', 'qty', 'kg', 'litres', 'pref', 'rate', 'desc'].includes(k));
    if (unknown.length > 0) return `--item ${i + 1}: unknown key(s) ${unknown.join(', ')}`;
    const price = money(fields.get('price') ?? '', `--item ${i + 1} price`);
    if (typeof price === 'string') return price;
    const qty = fields.get('qty') ?? '1';
    items.push({
      sku: fields.get('sku') ?? `item-${i + 1}`,
      ...(fields.has('desc') ? { description: fields.get('desc') } : {}),
      ...(fields.has('hs') ? { hsCode: fields.get('hs') } : {}),
      originCountry: (fields.get('origin') ?? v.from).toUpperCase(),
      unitPrice: price,
      quantity: /^\d+$/.test(qty) ? Number(qty) : qty,
      ...(fields.has('kg') ? { unitWeightKg: fields.get('kg') } : {}),
      ...(fields.has('litres') ? { unitVolumeLitres: fields.get('litres') } : {}),
      ...(fields.has('pref') ? { claimPreference: /^(yes|true|1)$/i.test(fields.get('pref')!) } : {}),
      ...(fields.has('rate') ? { dutyRate: fields.get('rate') } : {}),
    });
  }
  const registrations = [];
  for (const r of v.registration ?? []) {
    const [scheme, number] = r.split(':');
    if (!scheme || !number) return `--registration must be SCHEME:NUMBER, got "${r}"`;
    registrations.push({ scheme: scheme.toUpperCase(), number });
  }
  const shipping = v.shipping ? money(v.shipping, '--shipping') : undefined;
  if (typeof shipping === 'string') return shipping;
  const insurance = v.insurance ? money(v.insurance, '--insurance') : undefined;
  if (typeof insurance === 'string') return insurance;
  return {
    date: v.date ?? today,
    currency: (v.currency ?? (items[0]!.unitPrice as { currency: string }).currency).toUpperCase(),
    incoterm: (v.incoterm ?? 'DDP').toUpperCase(),
    channel: (v.channel ?? 'courier').toLowerCase(),
    shipFrom: { country: v.from.toUpperCase() },
    shipTo: { country: v.to.toUpperCase(), ...(v.region ? { region: v.region } : {}) },
    ...(shipping ? { shipping } : {}),
    ...(insurance ? { insurance } : {}),
    ...(registrations.length > 0 ? { seller: { registrations } } : {}),
    items,
  };
}

/** A plain-text answer: every line with its formula, then the totals and who pays when. */
export function renderAnswer(a: LandedCostAnswer): string {
  const out: string[] = [];
  const c = a.currency;
  out.push(`Landed cost to ${a.destination.country} on ${a.date} (${a.incoterm}), in ${c}`);
  for (const line of [...a.duties, ...a.taxes, ...a.fees]) {
    out.push(`  ${line.type.padEnd(4)} ${line.amount.padStart(12)}  ${line.name}${line.sku ? ` [${line.sku}]` : ''}: ${line.formula} (${line.due === 'checkout' ? 'at checkout' : 'on delivery'}; ${line.rule.id})`);
  }
  for (const d of a.deMinimis) out.push(`  de minimis (${d.appliesTo}): ${d.note}`);
  const t = a.totals;
  out.push(`  items ${t.items}  shipping ${t.shipping}  insurance ${t.insurance}  duties ${t.duties}  taxes ${t.taxes}  fees ${t.fees}`);
  out.push(`  landed cost ${c} ${t.landedCost}: ${c} ${a.payableAtCheckout} at checkout, ${c} ${a.payableOnDelivery} on delivery`);
  for (const item of a.items.filter((i) => !i.calculable)) out.push(`  not calculable: ${item.sku}: ${item.reasons.map((r) => r.message).join('; ')}`);
  for (const w of a.warnings) out.push(`  note: ${w}`);
  for (const f of a.fx) out.push(`  fx: 1 ${f.from} = ${f.rate} ${f.to} (${f.source} ${f.rateDate})`);
  out.push(`  rules ${a.rulesVersion}`);
  return `${out.join('\n')}\n`;
}
