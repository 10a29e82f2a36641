import { createHash } from 'node:crypto';
import type { FeedChannel } from '../../../core/channels/feeds/channel-spec.js';
import type { FeedProblem } from '../../../core/channels/feeds/feed-item.js';
import { writeFeedXmlPieces } from '../../../core/channels/feeds/write-xml.js';
import { writeFeedCsvPieces, writeFeedTsvPieces } from '../../../core/channels/feeds/write-delimited.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { CHANNEL_FEED_SPECS } from '../../../data/channels/index.js';
import type { Deps } from '../../deps.js';
import type { FeedLinks } from './build-feed-items.js';
import type { BuiltFeed, FeedCache } from './feed-cache.js';
import { feedKey, loadChannelFeed, resolveFeedTarget, type FeedError } from './load-channel-feed.js';

export type FeedFormat = 'xml' | 'tsv' | 'csv';

/** The formats each channel's feed is written in; the first is the default. */
export const FEED_FORMATS: Readonly<Record<FeedChannel, readonly FeedFormat[]>> = { google: ['xml', 'tsv'], meta: ['csv'] };

export const FEED_CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  xml: 'application/xml; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

export type FeedFile = {
  market: string;
  country: string;
  channel: FeedChannel;
  format: FeedFormat;
  contentType: string;
  /** UTF-8, encoded piece by piece (a feed of 100,000 items is hundreds of megabytes as one JavaScript string). */
  body: Buffer;
  /** Strong validator: the same sources, date and base URL give the same ETag in every process. */
  etag: string;
  generatedAt: Date;
  itemCount: number;
  problems: readonly FeedProblem[];
};

/**
 * A channel's feed file for a market: `{ market, channel, format?, country? }` checked (an unknown
 * market is MARKET_NOT_FOUND naming `market`; a channel other than google or meta, or a format the
 * channel does not take, VALIDATION_FAILED naming the field), then the validated feed (see
 * loadChannelFeed) written as Google's RSS 2.0 XML or TSV, or Meta's CSV, once per build.
 * @example await generateFeed(deps, cache, links, { market: 'eu', channel: 'google', format: 'tsv' })
 * // ok({ contentType: 'text/tab-separated-values; charset=utf-8', body: 'id\ttitle\t...', itemCount: 40, problems: [...] })
 */
export async function generateFeed(
  deps: Deps,
  cache: FeedCache,
  links: FeedLinks,
  input: { market: unknown; channel: unknown; format?: unknown; country?: unknown; language?: unknown },
  onProgress?: (message: string) => void,
): Promise<Result<FeedFile, FeedError>> {
  const target = await resolveFeedTarget(deps, input);
  if (!target.ok) return target;
  const { channel, market, country } = target.value;
  const formats = FEED_FORMATS[channel];
  const format = (input.format ?? formats[0]) as FeedFormat;
  if (!formats.includes(format)) return fail('VALIDATION_FAILED', `the ${channel} feed is written as ${formats.join(' or ')}, not ${String(input.format)}`, { field: 'format' });
  const feed = await loadChannelFeed(deps, cache, links, target.value, onProgress);
  if (!feed.ok) return feed;
  const f = feed.value;
  let file = f.files.get(format);
  if (!file) {
    onProgress?.(`writing ${f.records.length} items as ${format}`);
    const body = write(f, channel, format, { market: market.name, link: links.publicUrl });
    const etag = `"${createHash('sha256').update(`${f.stamp}|${market.id}|${country}|${target.value.locale}|${channel}|${format}`).digest('base64url').slice(0, 27)}"`;
    file = { body, etag };
    f.files.set(format, file);
    cache.fit(feedKey(target.value));
  }
  return ok({ market: market.id, country, channel, format, contentType: FEED_CONTENT_TYPES[format], body: file.body, etag: file.etag, generatedAt: f.generatedAt, itemCount: f.records.length, problems: f.problems });
}

function write(f: BuiltFeed, channel: FeedChannel, format: FeedFormat, about: { market: string; link: string }): Buffer {
  const spec = CHANNEL_FEED_SPECS[channel];
  const pieces =
    format === 'xml'
      ? writeFeedXmlPieces(f.records, spec, { title: `${f.storeName}: ${about.market}`, link: about.link, description: `${f.storeName} products for ${about.market} (${spec.name})` })
      : format === 'tsv'
        ? writeFeedTsvPieces(f.records, spec)
        : writeFeedCsvPieces(f.records, spec);
  return encodePieces(pieces);
}

/** UTF-8 of the pieces; a shared piece (shorter than the gathered ones) is encoded once and its bytes reused. */
function encodePieces(pieces: readonly string[]): Buffer {
  const encoded = new Map<string, Buffer>();
  const parts = pieces.map((p) => {
    if (p.length >= 32_768) return Buffer.from(p, 'utf8');
    let bytes = encoded.get(p);
    if (!bytes) {
      bytes = Buffer.from(p, 'utf8');
      encoded.set(p, bytes);
    }
    return bytes;
  });
  return Buffer.concat(parts);
}
