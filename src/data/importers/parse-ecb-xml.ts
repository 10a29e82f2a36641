import { fail, ok, type Result } from '../../core/result/result.js';
import { checkIsoDate, checkPositiveDecimal, createDuplicateCheck } from './check-fields.js';
import { CURRENCY_CODE, type EcbRateRow } from './fx-rate-row.js';
import { quoteValue, type ParseOutcome, type Problem, type RowError } from './types.js';

// Markup the ECB files can hold: elements, comments, the XML declaration, CDATA, a doctype.
const MARKUP = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>/g;
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * Parse the ECB XML files (eurofxref-daily.xml, eurofxref-hist-90d.xml, eurofxref-hist.xml):
 * `gesmes:Envelope > Cube > Cube time="YYYY-MM-DD" > Cube currency="USD" rate="1.1252"`.
 * A small hand parser rather than a generic XML library, because errors must name the line of
 * the element at fault and the format is this one fixed shape. Malformed markup (a stray `<`,
 * unbalanced tags) makes the file unusable; a bad date, currency or rate rejects that element.
 * @example parseEcbXml(daily).value.rows[0] // { line: 9, quote: 'USD', date: '2025-05-09', rate: '1.1252' }
 */
export function parseEcbXml(text: string): Result<ParseOutcome<EcbRateRow>, 'VALIDATION_FAILED'> {
  const rows: EcbRateRow[] = [];
  const errors: RowError[] = [];
  const duplicate = createDuplicateCheck((key) => `rate for ${key.replace('|', ' on ')}`);
  const stack: Array<{ name: string; day?: { date: string | undefined } }> = [];
  let root: string | undefined;
  let days = 0;
  let line = 1;
  let position = 0;
  const advance = (to: number) => {
    for (let i = position; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    position = to;
  };
  const malformed = (why: string) => fail('VALIDATION_FAILED', `line ${line}: malformed XML: ${why}`, { field: 'file' });

  let previousEnd = 0;
  for (const m of text.matchAll(MARKUP)) {
    const stray = text.slice(previousEnd, m.index).indexOf('<');
    if (stray !== -1) {
      advance(previousEnd + stray);
      return malformed('a "<" that starts no valid tag');
    }
    advance(m.index);
    previousEnd = m.index + m[0].length;
    const [, closing, name, attributeText, selfClosing] = m;
    if (name === undefined) continue; // comment, declaration, CDATA, doctype
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) return malformed(`</${name}> closes ${open ? `<${open.name}>` : 'nothing'}`);
      continue;
    }
    if (root === undefined) {
      root = name;
      if (localName(name) !== 'Envelope') {
        return fail('VALIDATION_FAILED', `not the ECB euro reference rates XML: the root element is <${name}>, expected <gesmes:Envelope>`, { field: 'file' });
      }
    } else if (stack.length === 0) {
      return malformed(`a second root element <${name}>`);
    }
    const entry: { name: string; day?: { date: string | undefined } } = { name };
    if (localName(name) === 'Cube') {
      const attributes = readAttributes(attributeText ?? '');
      if (attributes.time !== undefined) {
        days++;
        const problem = checkIsoDate(attributes.time, 'time');
        if (problem) errors.push({ line, field: 'time', message: problem });
        entry.day = { date: problem ? undefined : attributes.time };
      } else if (attributes.currency !== undefined || attributes.rate !== undefined) {
        const day = [...stack].reverse().find((e) => e.day)?.day;
        // A day whose date was bad is reported once, on its own line; its rates are left out.
        if (!day || day.date !== undefined) {
          const error = rateProblem(attributes, day?.date);
          const again = error ? undefined : duplicate(`${attributes.currency}|${day!.date}`, line);
          if (error) errors.push({ line, ...error });
          else if (again) errors.push({ line, field: 'currency', message: again });
          else rows.push({ line, quote: attributes.currency!, date: day!.date!, rate: attributes.rate! });
        }
      }
    }
    if (!selfClosing) stack.push(entry);
  }
  const rest = text.slice(previousEnd);
  if (rest.includes('<')) {
    advance(previousEnd + rest.indexOf('<'));
    return malformed('a "<" that starts no valid tag');
  }
  advance(text.length);
  if (root === undefined) return fail('VALIDATION_FAILED', 'not the ECB euro reference rates XML: no XML elements found', { field: 'file' });
  if (stack.length > 0) return malformed(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (days === 0) return fail('VALIDATION_FAILED', 'not the ECB euro reference rates XML: no <Cube time="..."> elements', { field: 'Cube' });
  errors.sort((a, b) => a.line - b.line);
  return ok({ rows, errors, read: days, skipped: 0, format: 'xml' });
}

function rateProblem(a: Record<string, string>, date: string | undefined): Problem | undefined {
  if (date === undefined) return { field: 'Cube', message: `the Cube with currency ${quoteValue(a.currency ?? '')} is not inside a Cube with a time` };
  if (a.currency === undefined || a.currency === '') return { field: 'currency', message: 'currency is missing' };
  if (!CURRENCY_CODE.test(a.currency)) return { field: 'currency', message: `currency is not a currency code (three capital letters): ${quoteValue(a.currency)}` };
  if (a.rate === undefined) return { field: 'rate', message: `rate is missing for ${a.currency}` };
  const wrong = checkPositiveDecimal(a.rate.trim(), `${a.currency} rate`);
  return wrong ? { field: 'rate', message: wrong } : undefined;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) attributes[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attributes;
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()] ?? '';
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}
