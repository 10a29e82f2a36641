/**
 * What a channel requires of a product feed, as data (see src/data/channels): its attributes in the
 * order written, which are required, their limits, and its price rules. The core applies a spec;
 * it knows no channel by heart.
 */
export type FeedChannel = 'google' | 'meta';

export type FeedAttributeSpec = {
  /** The channel's attribute name (`image_link`), also the TSV/CSV column and the XML element. */
  readonly name: string;
  readonly required: boolean;
  /** Most characters of the value (of each value, for repeated attributes). */
  readonly maxLength?: number;
  /** Most values of a repeated attribute. */
  readonly maxValues?: number;
  /** The only values accepted. */
  readonly allowed?: readonly string[];
  /** A regular expression (source) the value must match. */
  readonly pattern?: string;
  /** Sub-attributes of a group attribute (shipping), in the order the delimited formats join them. */
  readonly subAttributes?: readonly string[];
};

export type ChannelFeedSpec = {
  readonly channel: FeedChannel;
  readonly name: string;
  readonly attributes: readonly FeedAttributeSpec[];
  /**
   * Whether prices must include the buyer country's tax: `market` keeps the market's own display;
   * `include` includes it except in `excludeIn` (countries where prices must exclude it).
   */
  readonly taxInclusion: { readonly rule: 'market' } | { readonly rule: 'include'; readonly excludeIn: readonly string[] };
  /** At least one of these attributes, unless `identifier_exists` is `no` (products without identifiers). */
  readonly identifiers?: { readonly anyOf: readonly string[]; readonly unlessIdentifierExistsNo: boolean };
  /** Availability words the channel uses. */
  readonly availability: { readonly inStock: string; readonly outOfStock: string };
  /** Countries whose items must carry shipping costs (or a shipping setting in the channel's account). */
  readonly shippingRequiredIn: readonly string[];
  /** Where each fact comes from. */
  readonly source: string;
};

/**
 * Whether a channel wants tax-inclusive prices for buyers in `country`.
 * @example pricesIncludeTax(google, 'DE', false) // true; pricesIncludeTax(google, 'US', true) // false
 */
export function pricesIncludeTax(spec: Pick<ChannelFeedSpec, 'taxInclusion'>, country: string, marketTaxInclusive: boolean): boolean {
  const t = spec.taxInclusion;
  if (t.rule === 'market') return marketTaxInclusive;
  return !t.excludeIn.includes(country);
}
