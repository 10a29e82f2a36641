import { MARKETPLACE_IDS } from '../../../data/channels/marketplaces/index.js';

/** The marketplaces whose exports can be imported (their ids are the orders' sales channels). */
export const MARKETPLACE_CHANNELS: readonly string[] = MARKETPLACE_IDS;
