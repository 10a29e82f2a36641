import { fail, ok, type Result } from '../../../core/result/result.js';
import { decodeUtf8Text } from '../decode-text.js';
import { parseCsl } from './parse-csl.js';
import { parseEu } from './parse-eu.js';
import { OFAC_FILES, parseOfac } from './parse-ofac.js';
import { parseUk } from './parse-uk.js';
import { parseUn } from './parse-un.js';
import type { SanctionsKind, SanctionsParseOutcome } from './sanctions-entry.js';

/** A file as the caller read it: its name (a base name or a path) and its bytes. */
export type SanctionsFile = { readonly name: string; readonly bytes: Uint8Array };

/** Single-file kinds: the publisher's file name (when it has a fixed one) and what the file is. */
const SINGLE: Readonly<Record<'csl' | 'un' | 'eu' | 'uk', { official: string | null; extension: string; label: string }>> = {
  csl: { official: 'consolidated.csv', extension: '.csv', label: 'the US Consolidated Screening List CSV' },
  un: { official: 'consolidated.xml', extension: '.xml', label: 'the UN Security Council consolidated list XML' },
  eu: { official: null, extension: '.xml', label: 'the EU consolidated financial sanctions list XML' },
  uk: { official: 'UK_Sanctions_List.csv', extension: '.csv', label: 'the UK Sanctions List CSV' },
};

/**
 * Parse one denied-party list from the files of `landfall data import sanctions <kind> <file or folder>`.
 * csl, un, eu and uk take one file (from a folder, the one under the publisher's name, or the only
 * .csv/.xml); ofac-sdn and ofac-non-sdn take a folder's files by their official names (sdn.csv or
 * cons_prim.csv required; the alias, address and comments files optional; other files ignored).
 *
 * A file that cannot be used (empty, not text, not this kind, a required file missing, no records,
 * every record rejected) is a VALIDATION_FAILED failure naming the file and what was expected. Bad
 * records are listed in `errors` with their line and field; the caller keeps the previous edition
 * of a list active unless `errors` is empty. Pure: no file system, no clock.
 * @example parseSanctionsList('ofac-sdn', [{ name: 'sdn.csv', bytes }, { name: 'alt.csv', bytes: alt }]) // ok({ rows, errors: [], edition: null, orphans, ... })
 */
export function parseSanctionsList(kind: SanctionsKind, files: readonly SanctionsFile[]): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  if (files.length === 0) return fail('VALIDATION_FAILED', 'no file given', { field: 'file' });
  const parsed = kind === 'ofac-sdn' || kind === 'ofac-non-sdn' ? parseOfacFiles(kind, files) : parseSingle(kind, files);
  if (!parsed.ok) return parsed;
  const { rows, errors, read } = parsed.value;
  if (read === 0) return fail('VALIDATION_FAILED', 'the file has no records', { field: 'file' });
  if (rows.length === 0 && errors.length > 0) {
    const first = errors[0]!;
    return fail('VALIDATION_FAILED', `no usable records: all rejected (first: line ${first.line}: ${first.message})`, {
      field: first.field ?? 'file',
      details: errors.slice(0, 20).map((e) => ({ field: `line ${e.line}`, message: e.message })),
    });
  }
  return parsed;
}

function parseSingle(kind: 'csl' | 'un' | 'eu' | 'uk', files: readonly SanctionsFile[]): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  const spec = SINGLE[kind];
  const file = pickFile(files, spec.official, spec.extension);
  if (!file) {
    const wanted = spec.official ? `${spec.official} (${spec.label})` : `one ${spec.extension} file (${spec.label})`;
    return fail('VALIDATION_FAILED', `expected ${wanted}; got ${files.length} files: ${files.map((f) => baseName(f.name)).join(', ')}`, { field: 'file' });
  }
  const name = baseName(file.name);
  const text = decodeUtf8Text(file.bytes);
  if (!text.ok) return fail('VALIDATION_FAILED', `${name}: ${text.message}`, { field: 'file' });
  const parse = { csl: parseCsl, un: parseUn, eu: parseEu, uk: parseUk }[kind];
  const parsed = parse(text.value);
  if (!parsed.ok) {
    const other = guessKind(text.value);
    const hint =
      other === 'ofac'
        ? '; it looks like a file of the OFAC legacy CSV: try "landfall data import sanctions ofac-sdn <folder>" (or ofac-non-sdn)'
        : other && other !== kind
          ? `; it looks like the ${other} list: try "landfall data import sanctions ${other} ..."`
          : '';
    const expected = parsed.message.startsWith('not ') ? '' : ` (expected ${spec.label})`;
    return fail('VALIDATION_FAILED', `${name}: ${parsed.message}${expected}${hint}`, parsed.field ? { field: parsed.field } : {});
  }
  if (parsed.value.read === 0) return fail('VALIDATION_FAILED', `${name}: no records (${spec.label} with a header or root element only)`, { field: 'file' });
  return parsed;
}

function parseOfacFiles(kind: 'ofac-sdn' | 'ofac-non-sdn', files: readonly SanctionsFile[]): Result<SanctionsParseOutcome, 'VALIDATION_FAILED'> {
  const names = OFAC_FILES[kind];
  const byName = (official: string) => files.find((f) => baseName(f.name).toLowerCase() === official);
  const main = byName(names.main);
  if (!main) {
    const other = kind === 'ofac-sdn' ? 'ofac-non-sdn' : 'ofac-sdn';
    const hint = byName(OFAC_FILES[other].main) ? `; it holds ${OFAC_FILES[other].main}: try "landfall data import sanctions ${other} ..."` : '';
    return fail(
      'VALIDATION_FAILED',
      `no ${names.main} (the main file of the OFAC ${kind === 'ofac-sdn' ? 'SDN' : 'non-SDN'} list) among ${files.map((f) => baseName(f.name)).join(', ')}${hint}`,
      { field: names.main },
    );
  }
  const named = (f: SanctionsFile | undefined) => (f ? { name: baseName(f.name), bytes: f.bytes } : undefined);
  return parseOfac(kind, { main: named(main)!, alt: named(byName(names.alt)), add: named(byName(names.add)), comments: named(byName(names.comments)) });
}

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** The only file; else the one under the official name; else the only one with the extension. */
function pickFile(files: readonly SanctionsFile[], official: string | null, extension: string): SanctionsFile | undefined {
  if (files.length === 1) return files[0];
  const exact = official === null ? undefined : files.find((f) => baseName(f.name).toLowerCase() === official.toLowerCase());
  if (exact) return exact;
  const candidates = files.filter((f) => baseName(f.name).toLowerCase().endsWith(extension));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** Which single-file list a text looks like, from its start, for a hint in the message. */
function guessKind(text: string): 'csl' | 'un' | 'eu' | 'uk' | 'ofac' | undefined {
  const start = text.slice(0, 4000);
  if (start.includes('<CONSOLIDATED_LIST')) return 'un';
  if (start.includes('sanctionEntity') || /<(\w+:)?export[\s>]/.test(start)) return 'eu';
  if (/^\s*"?_id"?,"?source"?,/.test(start)) return 'csl';
  if (/^\d+,"[^"]*",/.test(start)) return 'ofac';
  if (/^\s*"?Report Date/i.test(start) || (start.includes('Unique ID') && start.includes('Name 6'))) return 'uk';
  return undefined;
}
