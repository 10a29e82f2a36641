/**
 * Reference data for risk features: continents (countries-list, MIT), time zones and their
 * countries (countries-and-timezones, MIT, from the IANA tz database), disposable email domains
 * (disposable-email-domains, MIT, community list), freight forwarder markers and the categories
 * resellers target (below, with sources). A store adds its own forwarder addresses and categories.
 */
import { createRequire } from 'node:module';
import { countries as COUNTRY_LIST } from 'countries-list';
import ct from 'countries-and-timezones';
import type { RiskReferences } from '../../core/fraud/features.js';
import type { RiskAddress } from '../../core/fraud/risk-order.js';

const require = createRequire(import.meta.url);

/**
 * Freight forwarders and reshippers: services that give a buyer abroad an address in the seller's
 * country and forward the parcel. Legitimate buyers use them too, so a match is a weight, not a
 * block. Names from the forwarders' own sites (MyUS, Shipito, Planet Express, Stackry, Borderlinx,
 * Bongo, Forward2Me, Parcel Monkey's reshipping, Viabox, Comgateway, Ship7, Reship, Opas) as
 * commonly listed; depots in US sales-tax-free or forwarding hubs (postal code prefixes of
 * Sarasota FL 342, Miami/Doral FL 331/33122/33166, Portland OR 972, Wilmington/New Castle DE
 * 197/198, Torrance CA 905) are weaker markers, counted only with a suite number in the line.
 */
export const FORWARDER_NAMES = ['myus', 'shipito', 'planet express', 'planetexpress', 'stackry', 'borderlinx', 'bongo', 'forward2me', 'viabox', 'comgateway', 'ship7', 'reship', 'opas', 'usgobuy', 'shopandship', 'aramex shop', 'fishisfast', 'eshopworld'];
const HUB_POSTCODES = /^(342|331|972|197|198|905)/;
const SUITE_ID = /\b(suite|ste|unit|#)\s*[#-]?\s*[a-z]{0,4}[- ]?\d{3,}[- ]?[a-z]{0,4}\d*\b/i;

/** Categories resellers buy with stolen cards because they resell fast (card schemes' and fraud teams' common lists). */
export const RESELLER_CATEGORIES = ['electronics', 'phones', 'smartphones', 'laptops', 'gaming', 'consoles', 'sneakers', 'gift_cards', 'gift-cards', 'giftcards', 'luxury', 'luxury_handbags', 'handbags', 'watches', 'jewelry', 'jewellery', 'fragrance', 'perfume', 'cosmetics', 'designer'];

/**
 * Catalog lines carry an HS code rather than a shop category: these HS headings are the goods
 * resellers target (phones 8517, computers 8471, consoles 9504, cameras 8525, audio 8518,
 * perfume 3303, handbags 4202, jewellery 7113, watches 9101/9102, footwear 6403/6404 for sneakers).
 */
const RESELLER_HS: readonly [string, string][] = [
  ['8517', 'phones'],
  ['8471', 'electronics'],
  ['8525', 'electronics'],
  ['8518', 'electronics'],
  ['8528', 'electronics'],
  ['9504', 'gaming'],
  ['3303', 'fragrance'],
  ['4202', 'handbags'],
  ['7113', 'jewelry'],
  ['9101', 'watches'],
  ['9102', 'watches'],
  ['6403', 'sneakers'],
  ['6404', 'sneakers'],
];

/** The category a risk order gives a catalog line: a reseller category by HS heading, else "hs-" and the chapter. */
export function riskCategoryForHs(hsCode: string): string {
  return RESELLER_HS.find(([prefix]) => hsCode.startsWith(prefix))?.[1] ?? `hs-${hsCode.slice(0, 2)}`;
}

let disposable: ReadonlySet<string> | undefined;
function disposableDomains(): ReadonlySet<string> {
  disposable ??= new Set(require('disposable-email-domains') as string[]);
  return disposable;
}

const offsetsByCountry = new Map<string, number[]>();

export function riskReferences(extra: { forwarderNames?: readonly string[]; resellerCategories?: readonly string[]; disposableDomains?: readonly string[] } = {}): RiskReferences {
  const names = [...FORWARDER_NAMES, ...(extra.forwarderNames ?? [])].map((n) => n.toLowerCase());
  const extraDomains = new Set((extra.disposableDomains ?? []).map((d) => d.toLowerCase()));
  return {
    continentOf: (c) => (COUNTRY_LIST as Record<string, { continent: string }>)[c]?.continent ?? null,
    timezoneCountries: (tz) => {
      const zone = ct.getTimezone(tz);
      if (!zone) return null;
      const canonical = zone.aliasOf ? ct.getTimezone(zone.aliasOf) : zone;
      return [...new Set([...(zone.countries ?? []), ...(canonical?.countries ?? [])])];
    },
    timezoneOffset: (tz) => ct.getTimezone(tz)?.utcOffset ?? null,
    countryOffsets: (c) => {
      let list = offsetsByCountry.get(c);
      if (!list) {
        list = [...new Set((ct.getCountry(c)?.timezones ?? []).map((z) => ct.getTimezone(z)?.utcOffset).filter((o): o is number => o !== undefined))];
        offsetsByCountry.set(c, list);
      }
      return list;
    },
    isDisposableDomain: (d) => {
      const domain = d.toLowerCase();
      return disposableDomains().has(domain) || extraDomains.has(domain);
    },
    forwarder: (a: RiskAddress) => {
      const text = `${a.name ?? ''} ${a.line1 ?? ''}`.toLowerCase();
      const named = names.find((n) => text.includes(n));
      if (named) return named;
      if (a.country === 'US' && a.postalCode && HUB_POSTCODES.test(a.postalCode) && SUITE_ID.test(a.line1 ?? '')) return `forwarding hub ${a.postalCode} with a suite number`;
      if (/\bc\/o\b/i.test(text) && SUITE_ID.test(a.line1 ?? '')) return 'care-of with a customer suite number';
      return null;
    },
    resellerCategories: new Set([...RESELLER_CATEGORIES, ...(extra.resellerCategories ?? [])].map((c) => c.toLowerCase())),
  };
}
