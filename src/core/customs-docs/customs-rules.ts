/**
 * The shapes the customs-document rules are written in (the facts themselves, dated and with their
 * sources, live in src/data/customs). Dates are ISO "YYYY-MM-DD": `effectiveFrom` inclusive,
 * `effectiveTo` exclusive.
 */

/** When a postal item travels with a CN 22 and when with a CN 23 (Universal Postal Union). */
export type PostalFormRule = {
  id: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  /** The value of the contents up to which (inclusive) a CN 22 is enough, in SDR ("300"). */
  cn22MaxSdr: string;
  /** The heaviest letter-post item (small packet): anything heavier is a postal parcel and carries a CN 23. */
  letterPostMaxWeightG: number;
  source: string;
  note?: string;
};

/**
 * Special Drawing Rights per one unit of each currency on one day, as the IMF publishes them
 * ("SDRs per currency unit"). The UPU states its thresholds in SDR.
 */
export type SdrRateTable = {
  date: string;
  /** ISO 4217 code -> SDR per one unit, as a decimal string ("0.859533"). */
  perUnit: Readonly<Record<string, string>>;
  /** The currency other currencies are crossed through when they are not in `perUnit` (USD). */
  crossVia: string;
  source: string;
};

/**
 * Where an electronic pre-declaration (ICS2 entry summary data) is needed for postal and express
 * consignments: goods entering the security area of `destinations` from outside it.
 */
export type Ics2Scope = {
  id: string;
  version: string;
  effectiveFrom: string;
  effectiveTo?: string;
  /** ISO 3166 alpha-2 codes of the countries inside the area. */
  destinations: readonly string[];
  /** The number of HS digits the goods item must carry. */
  hsDigits: number;
  source: string;
  note?: string;
};

/** The record in effect on `date` among dated records (the latest one starting on or before it). */
export function ruleOn<T extends { effectiveFrom: string; effectiveTo?: string }>(rules: readonly T[], date: string): T | undefined {
  let found: T | undefined;
  for (const r of rules) {
    if (r.effectiveFrom <= date && (r.effectiveTo === undefined || date < r.effectiveTo) && (!found || r.effectiveFrom > found.effectiveFrom)) found = r;
  }
  return found;
}

/** The SDR table published on or before `date` (the latest), or the earliest one when all are later. */
export function sdrTableOn(tables: readonly SdrRateTable[], date: string): SdrRateTable | undefined {
  const sorted = [...tables].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return sorted.filter((t) => t.date <= date).at(-1) ?? sorted[0];
}
