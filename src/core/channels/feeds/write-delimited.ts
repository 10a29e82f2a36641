import { csvField } from '../../reports/csv.js';
import type { ChannelFeedSpec } from './channel-spec.js';
import type { FeedGroup, FeedRecord, FeedValue } from './feed-record.js';
import { createPieceWriter, type FeedPieces } from './feed-pieces.js';

/**
 * One delimited cell's text. Repeated values are joined by commas and a group's sub-attributes by
 * colons in the spec's order (Google's `US::Standard:4.95 USD:1:2:3:5`, Meta's
 * `US::Standard:4.95 USD`); so a comma inside a URL is percent-encoded (%2C, the same URL) and a
 * comma or colon inside a group's free text becomes a space.
 */
function cellText(name: string, value: FeedValue, spec: ChannelFeedSpec): string {
  if (typeof value === 'string') return value;
  const sub = spec.attributes.find((a) => a.name === name)?.subAttributes;
  return value
    .map((v) => {
      if (typeof v === 'string') return v.replace(/,/g, '%2C');
      const group = v as FeedGroup;
      return (sub ?? Object.keys(group)).map((k) => (group[k] ?? '').replace(/[,:]/g, ' ')).join(':');
    })
    .join(',');
}

const TSV_BREAK = /[\t\r\n\u000B\u000C\u0085\u2028\u2029]+/g;
/** Control characters no text feed needs (C0 but tab, LF and CR; DEL): dropped from TSV and CSV cells. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
const HAS_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
const dropControls = (text: string): string => (HAS_CONTROL.test(text) ? text.replace(CONTROLS, '') : text);

/**
 * A cell of a tab-separated feed as Google reads it: no quoting, so a tab or line break inside a
 * value would end the cell or the row; each run of them becomes one space (other control
 * characters are dropped).
 * @example tsvCell('Line 1\nLine 2\tend') // 'Line 1 Line 2 end'
 */
export function tsvCell(text: string): string {
  return dropControls(text).replace(TSV_BREAK, ' ');
}

/**
 * A feed as tab-separated text (Google Merchant Center's TSV): a header row of the spec's attribute
 * names, then one row per record, each ended by LF; absent values are empty cells.
 */
export function writeFeedTsv(records: readonly FeedRecord[], spec: ChannelFeedSpec): string {
  return writeFeedTsvPieces(records, spec).join('');
}

/** The same TSV as pieces (see FeedPieces). */
export function writeFeedTsvPieces(records: readonly FeedRecord[], spec: ChannelFeedSpec): FeedPieces {
  return writeDelimited(records, spec, '\t', '\n', (t) => t, tsvCell);
}

/**
 * A feed as CSV (Meta's catalog CSV): RFC 4180 (fields with a comma, quote or line break quoted,
 * quotes doubled, CRLF after every record) and formula-safe as the reports are (a cell starting with
 * =, +, -, @, tab or CR gets a leading apostrophe; see core/reports/csv.ts), header row first;
 * control characters other than tab, CR and LF are dropped.
 */
export function writeFeedCsv(records: readonly FeedRecord[], spec: ChannelFeedSpec): string {
  return writeFeedCsvPieces(records, spec).join('');
}

/** The same CSV as pieces (see FeedPieces). */
export function writeFeedCsvPieces(records: readonly FeedRecord[], spec: ChannelFeedSpec): FeedPieces {
  return writeDelimited(records, spec, ',', '\r\n', csvField, (t) => csvField(dropControls(t)));
}

function writeDelimited(records: readonly FeedRecord[], spec: ChannelFeedSpec, separator: string, end: string, head: (name: string) => string, cell: (text: string) => string): FeedPieces {
  const names = spec.attributes.map((a) => a.name);
  const out = createPieceWriter();
  out.text(`${names.map(head).join(separator)}${end}`);
  // Group values (shipping) are shared by the variants of one weight: written once, kept as one piece.
  const shared = new Map<FeedValue, string>();
  for (const r of records) {
    let line = '';
    for (let i = 0; i < names.length; i++) {
      if (i > 0) line += separator;
      const v = r.values.get(names[i]!);
      if (v === undefined) continue;
      if (typeof v === 'string') line += cell(v);
      else if (typeof v[0] === 'string') line += cell(cellText(names[i]!, v, spec));
      else {
        let text = shared.get(v);
        if (text === undefined) {
          text = cell(cellText(names[i]!, v, spec));
          shared.set(v, text);
        }
        out.text(line);
        out.shared(text);
        line = '';
      }
    }
    out.text(`${line}${end}`);
  }
  return out.done();
}
