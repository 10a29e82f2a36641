import type { ChannelFeedSpec, FeedAttributeSpec } from './channel-spec.js';
import type { FeedItem, FeedProblem } from './feed-item.js';
import { toFeedRecord, type FeedRecord, type FeedValue } from './feed-record.js';

export type ValidatedFeed = {
  /** The items that meet every rule of the spec, as the channel's attributes, in input order. */
  readonly records: readonly FeedRecord[];
  /** Every rule an item broke, by product, SKU and attribute; such items are left out. */
  readonly problems: readonly FeedProblem[];
};

/**
 * Apply a channel's spec to items: each becomes its attribute record, and is kept only when every
 * required attribute is there and every value is within its limits (length in characters, number
 * of values, allowed words, pattern), where the channel asks for product identifiers one is
 * there or `identifier_exists` says there are none, and where the channel needs shipping costs for
 * the target country the item has them.
 * @example validateFeedItems([itemWithoutImage], google, { country: 'DE' }).problems
 * // [{ product: 'silk-scarf', sku: 'SCARF-RED', field: 'image_link', message: 'required by Google Merchant Center; missing' }]
 */
export function validateFeedItems(items: readonly FeedItem[], spec: ChannelFeedSpec, target: { country: string }): ValidatedFeed {
  const needsShipping = spec.shippingRequiredIn.includes(target.country);
  const records: FeedRecord[] = [];
  const problems: FeedProblem[] = [];
  const patterns = new Map(spec.attributes.filter((a) => a.pattern !== undefined).map((a) => [a.name, new RegExp(a.pattern!)]));
  for (const item of items) {
    const record = toFeedRecord(item, spec);
    const before = problems.length;
    const report = (field: string, message: string) => problems.push({ product: item.product, sku: item.sku, field, message });
    for (const a of spec.attributes) {
      const value = record.values.get(a.name);
      if (value === undefined) {
        if (a.required) report(a.name, `required by ${spec.name}; missing`);
        continue;
      }
      const issue = checkValue(a, value, patterns.get(a.name));
      if (issue) report(a.name, issue);
    }
    if (needsShipping && !item.shipping.some((s) => s.country === target.country)) {
      report('shipping', `${spec.name} needs the shipping cost to ${target.country}; no rate card in effect ships this variant there`);
    }
    if (spec.identifiers && !spec.identifiers.anyOf.some((n) => record.values.has(n))) {
      const declaredNone = spec.identifiers.unlessIdentifierExistsNo && record.values.get('identifier_exists') === 'no';
      if (!declaredNone) report(spec.identifiers.anyOf[0]!, `${spec.name} needs one of ${spec.identifiers.anyOf.join(', ')}${spec.identifiers.unlessIdentifierExistsNo ? ' (or identifier_exists = no)' : ''}`);
    }
    if (problems.length === before) records.push(record);
  }
  return { records, problems };
}

/** What is wrong with one attribute's value, or undefined. Lengths count characters (code points). */
function checkValue(a: FeedAttributeSpec, value: FeedValue, pattern: RegExp | undefined): string | undefined {
  if (typeof value === 'string') return checkText(a, value, pattern);
  if (a.maxValues !== undefined && value.length > a.maxValues) return `at most ${a.maxValues} values; ${value.length} given`;
  for (const v of value) {
    if (typeof v !== 'string') continue;
    const issue = checkText(a, v, pattern);
    if (issue) return issue;
  }
  return undefined;
}

function checkText(a: FeedAttributeSpec, text: string, pattern: RegExp | undefined): string | undefined {
  // UTF-16 units are never fewer than code points: count the latter only when the former are too many.
  if (a.maxLength !== undefined && text.length > a.maxLength) {
    const length = codePoints(text);
    if (length > a.maxLength) return `at most ${a.maxLength} characters; ${length} given`;
  }
  if (a.allowed !== undefined && !a.allowed.includes(text)) return `must be one of ${a.allowed.join(', ')}; "${text}" given`;
  if (pattern && !pattern.test(text)) return `"${text.length > 60 ? `${text.slice(0, 60)}...` : text}" is not in the form ${a.name} takes`;
  return undefined;
}

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
    else {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}
