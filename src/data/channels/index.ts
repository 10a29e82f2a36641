import type { ChannelFeedSpec, FeedChannel } from '../../core/channels/feeds/channel-spec.js';
import { GOOGLE_MERCHANT_SPEC } from './google-merchant.js';
import { META_CATALOG_SPEC } from './meta-catalog.js';

export { FEED_HANDLING_DAYS } from './feed-defaults.js';

/** Each channel's feed specification, by channel id. */
export const CHANNEL_FEED_SPECS: Readonly<Record<FeedChannel, ChannelFeedSpec>> = { google: GOOGLE_MERCHANT_SPEC, meta: META_CATALOG_SPEC };
