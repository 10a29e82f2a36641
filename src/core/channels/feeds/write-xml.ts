import type { ChannelFeedSpec } from './channel-spec.js';
import { createPieceWriter, type FeedPieces } from './feed-pieces.js';
import type { FeedGroup, FeedRecord, FeedValue } from './feed-record.js';

/** The namespace of Google's product attributes in an RSS 2.0 feed (also read by Meta). */
export const GOOGLE_NAMESPACE = 'http://base.google.com/ns/1.0';


/**
 * Characters XML 1.0 does not allow at all (section 2.2: C0 controls other than tab, LF and CR,
 * unpaired surrogates, U+FFFE and U+FFFF): they cannot be escaped, so they are dropped.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
/** Anything either replacement would touch: most values have none and are returned as they are. */
const ANY = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Characters that may need dropping (surrogates are usually paired: NOT_XML decides). */
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text as XML character data: the five special characters as entities, characters XML cannot carry dropped.
 * @example xmlText('Tom & Jerry <3') // 'Tom &amp; Jerry &lt;3'
 */
export function xmlText(text: string): string {
  if (!ANY.test(text)) return text;
  const clean = MAYBE_NOT_XML.test(text) ? text.replace(NOT_XML, '') : text;
  return clean.replace(SPECIAL, (c) => ENTITY[c]!);
}

function element(name: string, value: FeedValue, spec: ChannelFeedSpec): string {
  if (typeof value === 'string') return `<g:${name}>${xmlText(value)}</g:${name}>`;
  const sub = spec.attributes.find((a) => a.name === name)?.subAttributes;
  return value
    .map((v) => {
      if (typeof v === 'string') return `<g:${name}>${xmlText(v)}</g:${name}>`;
      const group = v as FeedGroup;
      const parts = (sub ?? Object.keys(group)).filter((k) => group[k] !== undefined && group[k] !== '').map((k) => `<g:${k}>${xmlText(group[k]!)}</g:${k}>`);
      return `<g:${name}>${parts.join('')}</g:${name}>`;
    })
    .join('');
}

/**
 * A feed as RSS 2.0 with the `g:` namespace (Google Merchant Center's XML format): a channel with
 * its title, link and description, and one `<item>` per record with its attributes in the spec's
 * order; a repeated attribute is repeated, a group attribute (shipping) holds its sub-attributes.
 * UTF-8 (the caller encodes), one item per line.
 */
export function writeFeedXml(records: readonly FeedRecord[], spec: ChannelFeedSpec, channel: { title: string; link: string; description: string }): string {
  return writeFeedXmlPieces(records, spec, channel).join('');
}

/** The same feed as pieces (see FeedPieces): what the service encodes into bytes. */
export function writeFeedXmlPieces(records: readonly FeedRecord[], spec: ChannelFeedSpec, channel: { title: string; link: string; description: string }): FeedPieces {
  const out = createPieceWriter();
  out.text(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      `<rss version="2.0" xmlns:g="${GOOGLE_NAMESPACE}">\n<channel>\n` +
      `<title>${xmlText(channel.title)}</title>\n<link>${xmlText(channel.link)}</link>\n<description>${xmlText(channel.description)}</description>\n`,
  );
  const names = spec.attributes.map((a) => a.name);
  // Group values (shipping) are shared by the variants of one weight: written once, kept as one piece.
  const shared = new Map<FeedValue, string>();
  for (const r of records) {
    let line = '<item>';
    for (const name of names) {
      const v = r.values.get(name);
      if (v === undefined) continue;
      if (typeof v === 'string') line += `<g:${name}>${xmlText(v)}</g:${name}>`;
      else if (typeof v[0] === 'string') line += element(name, v, spec);
      else {
        let text = shared.get(v);
        if (text === undefined) {
          text = element(name, v, spec);
          shared.set(v, text);
        }
        out.text(line);
        out.shared(text);
        line = '';
      }
    }
    out.text(`${line}</item>\n`);
  }
  out.text('</channel>\n</rss>\n');
  return out.done();
}
