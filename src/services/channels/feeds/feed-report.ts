import type { FeedChannel } from '../../../core/channels/feeds/channel-spec.js';
import type { FeedProblem } from '../../../core/channels/feeds/feed-item.js';
import { ok, type Result } from '../../../core/result/result.js';
import { CHANNEL_FEED_SPECS } from '../../../data/channels/index.js';
import type { Deps } from '../../deps.js';
import type { FeedLinks } from './build-feed-items.js';
import type { FeedCache } from './feed-cache.js';
import type { PriceFx } from '../../markets/market-pricer.js';
import { FEED_FORMATS } from './generate-feed.js';
import { FEED_CHANNELS, loadChannelFeed, resolveFeedTarget, type FeedError } from './load-channel-feed.js';

/** Most problems listed per channel in the report (all are counted). */
export const REPORT_PROBLEM_LIMIT = 1_000;

export type FeedReport = {
  market: string;
  country: string;
  channels: Array<{
    channel: FeedChannel;
    name: string;
    locale: string;
    currency: string;
    taxIncluded: boolean;
    fx: PriceFx;
    itemCount: number;
    problemCount: number;
    problems: FeedProblem[];
    urls: Array<{ format: string; url: string }>;
    generatedAt: string;
  }>;
};

/**
 * What each channel's feed of a market holds: how many items went in, every problem that kept an
 * item out (the first REPORT_PROBLEM_LIMIT listed), the feed URLs and when the feed was built.
 */
export async function getFeedReport(deps: Deps, cache: FeedCache, links: FeedLinks, input: { market: unknown; country?: unknown; language?: unknown }): Promise<Result<FeedReport, FeedError>> {
  const channels: FeedReport['channels'] = [];
  let country = '';
  for (const channel of FEED_CHANNELS) {
    const target = await resolveFeedTarget(deps, { ...input, channel });
    if (!target.ok) return target;
    country = target.value.country;
    const feed = await loadChannelFeed(deps, cache, links, target.value);
    if (!feed.ok) return feed;
    const f = feed.value;
    const market = target.value.market;
    const params = new URLSearchParams();
    if (input.country !== undefined) params.set('country', country);
    if (input.language !== undefined) params.set('language', target.value.locale);
    const query = params.size > 0 ? `?${params}` : '';
    channels.push({
      channel,
      name: CHANNEL_FEED_SPECS[channel].name,
      locale: f.locale,
      currency: market.currency,
      taxIncluded: f.taxIncluded,
      fx: f.fx,
      itemCount: f.records.length,
      problemCount: f.problems.length,
      problems: f.problems.slice(0, REPORT_PROBLEM_LIMIT),
      urls: FEED_FORMATS[channel].map((format) => ({ format, url: `${links.publicUrl}/feeds/${market.id}/${channel}.${format}${query}` })),
      generatedAt: f.generatedAt.toISOString(),
    });
  }
  return ok({ market: String(input.market), country, channels });
}
