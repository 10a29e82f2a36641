import type { FeedChannel } from '../../../core/channels/feeds/channel-spec.js';
import { validateFeedItems } from '../../../core/channels/feeds/validate-feed.js';
import type { Market } from '../../../core/markets/market.js';
import { fail, ok, type Result } from '../../../core/result/result.js';
import { CHANNEL_FEED_SPECS } from '../../../data/channels/index.js';
import type { Deps } from '../../deps.js';
import { toMarket } from '../../markets/market-record.js';
import { buildFeedItems, type FeedLinks } from './build-feed-items.js';
import type { BuiltFeed, FeedCache } from './feed-cache.js';
import { feedFingerprint } from './feed-fingerprint.js';

export const FEED_CHANNELS: readonly FeedChannel[] = ['google', 'meta'];

/** A feed: a market, one of its countries, one of its languages (`locale`) and a channel. */
export type FeedTarget = { market: Market; country: string; locale: string; channel: FeedChannel };
export type FeedError = 'VALIDATION_FAILED' | 'MARKET_NOT_FOUND' | 'FX_RATE_MISSING';

/**
 * Check what a feed request names: a stored market (`market`), a channel (`channel`: google or
 * meta), and optionally one of the market's countries (`country`, default its first) and one of its
 * languages (`language`, default its first: channels want one feed per country and language).
 */
export async function resolveFeedTarget(deps: Pick<Deps, 'markets'>, input: { market: unknown; channel: unknown; country?: unknown; language?: unknown }): Promise<Result<FeedTarget & { dutiesIncluded: boolean }, FeedError>> {
  const id = input.market;
  const row = typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,39}$/.test(id) ? await deps.markets.get(id) : undefined;
  if (!row) return fail('MARKET_NOT_FOUND', `no market "${String(id)}"`, { field: 'market' });
  if (typeof input.channel !== 'string' || !FEED_CHANNELS.includes(input.channel as FeedChannel)) {
    return fail('VALIDATION_FAILED', `channel must be one of ${FEED_CHANNELS.join(', ')}`, { field: 'channel' });
  }
  const market = toMarket(row);
  let country = market.countries[0]!;
  if (input.country !== undefined) {
    const c = typeof input.country === 'string' ? input.country.toUpperCase() : '';
    if (!market.countries.includes(c)) return fail('VALIDATION_FAILED', `market ${market.id} sells to ${market.countries.join(', ')}, not ${String(input.country)}`, { field: 'country' });
    country = c;
  }
  let locale = market.locales[0]!;
  if (input.language !== undefined) {
    const wanted = typeof input.language === 'string' ? input.language.toLowerCase() : '';
    const found = market.locales.find((l) => l.toLowerCase() === wanted);
    if (!found) return fail('VALIDATION_FAILED', `market ${market.id} speaks ${market.locales.join(', ')}, not ${String(input.language)}`, { field: 'language' });
    locale = found;
  }
  return ok({ market, country, locale, channel: input.channel as FeedChannel, dutiesIncluded: row.dutiesIncluded });
}

/**
 * A channel's validated feed for a market and country: from this process's cache when the sources'
 * fingerprint (one statement), the date and the base URL are those it was built with, else built
 * again (concurrent requests for the same feed share one build).
 */
export async function loadChannelFeed(
  deps: Deps,
  cache: FeedCache,
  links: FeedLinks,
  target: FeedTarget & { dutiesIncluded: boolean },
  onProgress?: (message: string) => void,
): Promise<Result<BuiltFeed, FeedError>> {
  const key = feedKey(target);
  const date = deps.clock().toISOString().slice(0, 10);
  const stamp = `${await feedFingerprint(deps.database.orm)}|${date}|${links.publicUrl}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return ok(hit);
  const running = cache.inflight.get(`${key}|${stamp}`) as Promise<Result<BuiltFeed, FeedError>> | undefined;
  if (running) return running;
  const build = (async (): Promise<Result<BuiltFeed, FeedError>> => {
    const spec = CHANNEL_FEED_SPECS[target.channel];
    onProgress?.(`reading the catalog for market ${target.market.id} (${target.country})`);
    const built = await buildFeedItems(deps, { market: target.market, dutiesIncluded: target.dutiesIncluded, country: target.country, locale: target.locale, spec, links, date });
    if (!built.ok) return built;
    onProgress?.(`checking ${built.value.items.length} items against ${spec.name}`);
    const validated = validateFeedItems(built.value.items, spec, { country: target.country });
    const feed: BuiltFeed = {
      stamp,
      records: validated.records,
      problems: [...built.value.problems, ...validated.problems],
      locale: built.value.locale,
      taxIncluded: built.value.taxIncluded,
      storeName: built.value.storeName,
      fx: built.value.fx,
      generatedAt: deps.clock(),
      files: new Map(),
    };
    cache.set(key, feed);
    return ok(feed);
  })();
  cache.inflight.set(`${key}|${stamp}`, build);
  try {
    return await build;
  } finally {
    cache.inflight.delete(`${key}|${stamp}`);
  }
}

/** The cache key of a target's feed: one per market, country, language and channel. */
export function feedKey(target: { market: { id: string }; country: string; locale: string; channel: string }): string {
  return `${target.market.id}|${target.country}|${target.locale}|${target.channel}`;
}
