import type { FeedProblem } from '../../../core/channels/feeds/feed-item.js';
import type { FeedRecord } from '../../../core/channels/feeds/feed-record.js';
import type { PriceFx } from '../../markets/market-pricer.js';

/** A channel's validated feed for one market and country, and its files as they were written. */
export type BuiltFeed = {
  /** The sources' fingerprint, the date and the base URL it was built for. */
  stamp: string;
  records: readonly FeedRecord[];
  problems: readonly FeedProblem[];
  locale: string;
  taxIncluded: boolean;
  storeName: string;
  /** The reference rate prices and shipping were converted with, and whether it is older than allowed. */
  fx: PriceFx;
  generatedAt: Date;
  files: Map<string, { body: Buffer; etag: string }>;
};

/**
 * Feeds built by this process, by market, country and channel, with the loads in flight (requests
 * that arrive while a feed is built wait for that build). Only a cache: every request compares the
 * stamp with the database's fingerprint, so a change made anywhere is seen on the next request.
 * At most `maxEntries` feeds are kept, and at most about `maxBytes` of them (their files' bytes plus
 * an estimate for their items): a feed of 100,000 items is a few hundred megabytes with its files.
 * The least recently used go first, never the one just used; a dropped feed is rebuilt on its next request.
 */
export type FeedCache = {
  get(key: string): BuiltFeed | undefined;
  set(key: string, feed: BuiltFeed): void;
  /** Call after adding a file to the feed under `key`: drops others until the cache fits again. */
  fit(key: string): void;
  inflight: Map<string, Promise<unknown>>;
};

/** Bytes an item takes in memory, roughly (its record: strings of a product's attributes). */
const ITEM_BYTES = 1_500;

export function feedBytes(feed: BuiltFeed): number {
  let bytes = feed.records.length * ITEM_BYTES;
  for (const file of feed.files.values()) bytes += file.body.length;
  return bytes;
}

export function createFeedCache(options: { maxEntries?: number; maxBytes?: number } = {}): FeedCache {
  const maxEntries = options.maxEntries ?? 16;
  const maxBytes = options.maxBytes ?? 512 * 1024 * 1024;
  const entries = new Map<string, BuiltFeed>();
  const fit = (keep: string) => {
    let total = 0;
    for (const feed of entries.values()) total += feedBytes(feed);
    for (const [key, feed] of entries) {
      if (entries.size <= maxEntries && total <= maxBytes) break;
      if (key === keep) continue;
      entries.delete(key);
      total -= feedBytes(feed);
    }
  };
  return {
    get(key) {
      const feed = entries.get(key);
      if (feed) {
        // Most recently used last.
        entries.delete(key);
        entries.set(key, feed);
      }
      return feed;
    },
    set(key, feed) {
      entries.delete(key);
      entries.set(key, feed);
      fit(key);
    },
    fit,
    inflight: new Map(),
  };
}
