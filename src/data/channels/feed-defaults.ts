/**
 * The store's dispatch promise written into feeds' shipping entries: orders paid on a business day
 * leave the warehouse the same or the next business day. The storefront's delivery windows count
 * transit only (rate cards); the channels add handling to transit to show a delivery date.
 */
export const FEED_HANDLING_DAYS = { min: 0, max: 1 } as const;
