import { sql } from 'drizzle-orm';
import type { Orm } from '../create-db.js';
import { rows } from './inventory-records.js';

/** The rates one publisher published for one day against its base: 1 base = rate quote. */
export type PublishedRates = { source: string; base: string; date: string; rates: Record<string, string> };

/** Reference rates as reports need them: the day a rule names, or the publication next to it. */
export function createReportFxRepository(orm: Orm) {
  const ofDay = async (source: string, base: string, date: string): Promise<PublishedRates> => {
    const found = await rows<{ quote: string; rate: string }>(orm, sql`select quote, rate from fx_rates where source = ${source} and base = ${base} and rate_date = ${date}`);
    return { source, base, date, rates: Object.fromEntries(found.map((r) => [r.quote, r.rate])) };
  };
  return {
    /**
     * The rates of the first day on or after `date` (and before `before`) on which the publisher
     * published: the ECB publishes on TARGET working days, so a period ending on a Sunday takes the
     * next Monday's rates. Undefined when none is stored yet.
     */
    async firstOnOrAfter(source: string, base: string, date: string, before: string): Promise<PublishedRates | undefined> {
      const [day] = await rows<{ date: string }>(orm, sql`select min(rate_date)::text as date from fx_rates where source = ${source} and base = ${base} and rate_date >= ${date} and rate_date < ${before}`);
      return day?.date ? ofDay(source, base, day.date) : undefined;
    },

    /** The latest rate of each currency published on or before `date` (each with its own date; the oldest is the answer's date). */
    async latestOnOrBefore(source: string, base: string, date: string): Promise<PublishedRates | undefined> {
      const found = await rows<{ quote: string; rate: string; date: string }>(
        orm,
        sql`select distinct on (quote) quote, rate, rate_date::text as date from fx_rates where source = ${source} and base = ${base} and rate_date <= ${date} order by quote, rate_date desc`,
      );
      if (found.length === 0) return undefined;
      const oldest = found.reduce((d, r) => (r.date < d ? r.date : d), found[0]!.date);
      return { source, base, date: oldest, rates: Object.fromEntries(found.map((r) => [r.quote, r.rate])) };
    },
  };
}
