import { fail, ok, type Failure, type Result } from '../../../core/result/result.js';
import { quoteValue } from '../types.js';

/** An element of a record, with namespace prefixes dropped from its name and its attributes' names. */
export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Line of its start tag (1-based). */
  readonly line: number;
  readonly children: XmlElement[];
  /** Its own text (entities and CDATA decoded), without that of its children. */
  text: string;
};

export type XmlRecordScan = {
  /** What the file should be, for messages: "the UN Security Council consolidated list XML". */
  readonly expected: string;
  /** Local name the root element must have. */
  readonly root: string;
  /** Whether the element at `path` (local names below the root, itself last) is a record to collect whole. */
  isRecord(path: readonly string[]): boolean;
  /** Called with each record when its end tag has been read. */
  record(element: XmlElement): void;
};

/**
 * Read an XML file as a stream of records: `scan.record` gets each element that `scan.isRecord`
 * picks, with its subtree; everything else is only checked for well-formed nesting, so memory
 * stays at one record however large the file. A hand-written tokenizer (no XML package is a
 * dependency, and messages must name the line): elements, attributes in either quote, comments,
 * processing instructions, CDATA, a DOCTYPE, and the five named and numeric character references.
 * Malformed markup (a stray "<", an unclosed or mismatched tag) makes the file unusable: the records
 * after it cannot be trusted. Returns the root element, its children left out.
 * @example scanXmlRecords('<a x="1"><r>t</r></a>', { expected: 'a test', root: 'a', isRecord: (p) => p.length === 1, record }) // record({ name: 'r', text: 't', line: 1, ... })
 */
export function scanXmlRecords(text: string, scan: XmlRecordScan): Result<XmlElement, 'VALIDATION_FAILED'> {
  const stack: Array<{ qname: string; element: XmlElement | undefined }> = [];
  const path: string[] = [];
  let root: XmlElement | undefined;
  let recordDepth = -1;
  let closedRoot = false;
  let pos = 0;
  let line = 1;
  let counted = 0;
  const advance = (to: number) => {
    for (let i = counted; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    counted = to;
  };
  const malformed = (why: string): Failure<'VALIDATION_FAILED'> => fail('VALIDATION_FAILED', `line ${line}: malformed XML: ${why}`, { field: 'file' });
  const notExpected = (why: string): Failure<'VALIDATION_FAILED'> => fail('VALIDATION_FAILED', `not ${scan.expected}: ${why}`, { field: 'file' });
  const current = () => (recordDepth === -1 ? undefined : stack[stack.length - 1]?.element);

  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const end = lt === -1 ? text.length : lt;
    if (end > pos) {
      const chunk = text.slice(pos, end);
      const open = current();
      if (open) open.text += decodeEntities(chunk);
      else if (stack.length === 0 && !isBlank(chunk)) {
        advance(pos);
        if (root === undefined) return notExpected(`it starts with text, not an XML element: ${quoteValue(chunk.trim(), 30)}`);
        return malformed('text after the end of the root element');
      }
    }
    if (lt === -1) break;
    advance(lt);

    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close === -1) return malformed('a comment is never closed');
      pos = close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close === -1) return malformed('a CDATA section is never closed');
      const open = current();
      if (open) open.text += text.slice(lt + 9, close);
      pos = close + 3;
      continue;
    }
    if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2);
      if (close === -1) return malformed('a processing instruction is never closed');
      pos = close + 2;
      continue;
    }
    if (text.startsWith('<!', lt)) {
      // <!DOCTYPE name [ internal subset ]>
      const bracket = text.indexOf('[', lt);
      const gt = text.indexOf('>', lt);
      if (gt === -1) return malformed('a declaration is never closed');
      const close = bracket !== -1 && bracket < gt ? text.indexOf(']', bracket) : gt;
      const after = close === -1 ? -1 : text.indexOf('>', close);
      if (after === -1) return malformed('a declaration is never closed');
      pos = after + 1;
      continue;
    }
    if (text.charCodeAt(lt + 1) === 47 /* / */) {
      const gt = text.indexOf('>', lt);
      if (gt === -1) return malformed('an end tag is never closed');
      const qname = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.qname !== qname) return malformed(`</${qname}> closes ${open ? `<${open.qname}>` : 'nothing'}`);
      path.pop();
      if (stack.length === recordDepth) {
        scan.record(open.element!);
        recordDepth = -1;
      }
      if (stack.length === 0) closedRoot = true;
      pos = gt + 1;
      continue;
    }

    // A start tag: name, attributes, then ">" or "/>".
    let i = lt + 1;
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    const qname = text.slice(lt + 1, i);
    if (qname === '' || !isNameStart(qname.charCodeAt(0))) return malformed('a "<" that starts no valid tag');
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) return malformed(`<${qname}> is never closed`);
      if (text.charCodeAt(i) === 62 /* > */) {
        i++;
        break;
      }
      if (text.startsWith('/>', i)) {
        i += 2;
        selfClosing = true;
        break;
      }
      const nameStart = i;
      while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
      const attribute = text.slice(nameStart, i);
      if (attribute === '') return malformed(`unexpected ${quoteValue(text.charAt(i))} in <${qname}>`);
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== 61 /* = */) return malformed(`attribute ${attribute} of <${qname}> has no value`);
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const quote = text.charAt(i);
      if (quote !== '"' && quote !== "'") return malformed(`the value of attribute ${attribute} of <${qname}> is not in quotes`);
      const close = text.indexOf(quote, i + 1);
      if (close === -1) return malformed(`the value of attribute ${attribute} of <${qname}> is never closed`);
      const value = text.slice(i + 1, close);
      if (value.includes('<')) return malformed(`a "<" inside the value of attribute ${attribute} of <${qname}>`);
      attributes[localName(attribute)] = decodeEntities(value);
      i = close + 1;
    }

    const name = localName(qname);
    const element: XmlElement = { name, attributes, line, children: [], text: '' };
    if (stack.length === 0) {
      if (closedRoot || root !== undefined) return malformed(`a second root element <${qname}>`);
      if (name !== scan.root) return notExpected(`the root element is <${qname}>, expected <${scan.root}>`);
      root = element;
    } else {
      path.push(name);
      const parent = current();
      if (parent) parent.children.push(element);
      else if (scan.isRecord(path)) recordDepth = stack.length;
    }
    const collecting = recordDepth !== -1;
    if (selfClosing) {
      if (stack.length === 0) closedRoot = true;
      else path.pop();
      if (collecting && recordDepth === stack.length) {
        scan.record(element);
        recordDepth = -1;
      }
    } else {
      stack.push({ qname, element: collecting ? element : undefined });
    }
    pos = i;
  }
  advance(text.length);
  if (root === undefined) return notExpected('no XML elements found');
  if (stack.length > 0) return malformed(`<${stack[stack.length - 1]!.qname}> is never closed`);
  return ok(root);
}

/** The first child named `name`, if any. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Trimmed text of the first child named `name`; '' when there is none. */
export function childText(element: XmlElement, name: string): string {
  return child(element, name)?.text.trim() ?? '';
}

function localName(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 0xfeff) return false;
  return true;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0x80;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? whole;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}
