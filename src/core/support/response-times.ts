/**
 * The support report's arithmetic: per market, how long buyers waited for a first answer and for
 * a resolution, in business minutes of the team's hours, as the median and 90th percentile
 * (nearest rank: a value that occurred, never an interpolation) and the share answered within the
 * team's targets.
 */
export type ConversationTiming = {
  market: string | null;
  /** Business minutes to the first answer, or null while unanswered. */
  firstResponse: number | null;
  firstResponseTarget: number | null;
  /** Business minutes to closing, or null while open. */
  resolution: number | null;
  resolutionTarget: number | null;
};

export type TimingFigures = { count: number; median: number | null; p90: number | null; withinTarget: number; withinTargetPercent: number | null };
export type MarketTimes = { market: string | null; conversations: number; unanswered: number; open: number; firstResponse: TimingFigures; resolution: TimingFigures };

/** The nearest-rank percentile `p` (0-100] of sorted values, or null when there are none. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function figures(pairs: ReadonlyArray<{ value: number | null; target: number | null }>): TimingFigures {
  const done = pairs.filter((p): p is { value: number; target: number | null } => p.value !== null);
  const values = done.map((p) => p.value).sort((a, b) => a - b);
  const within = done.filter((p) => p.target !== null && p.value <= p.target).length;
  const targeted = done.filter((p) => p.target !== null).length;
  return {
    count: values.length,
    median: nearestRank(values, 50),
    p90: nearestRank(values, 90),
    withinTarget: within,
    // A percentage with one decimal, from integers (never a float sum): within * 1000 / targeted, rounded half up.
    withinTargetPercent: targeted === 0 ? null : Math.floor((within * 2000 + targeted) / (2 * targeted)) / 10,
  };
}

/** Figures per market (markets sorted by name, no market last) and for all markets together. */
export function responseTimes(timings: readonly ConversationTiming[]): { markets: MarketTimes[]; all: MarketTimes } {
  const byMarket = new Map<string | null, ConversationTiming[]>();
  for (const t of timings) byMarket.set(t.market, [...(byMarket.get(t.market) ?? []), t]);
  const of = (market: string | null, list: readonly ConversationTiming[]): MarketTimes => ({
    market,
    conversations: list.length,
    unanswered: list.filter((t) => t.firstResponse === null).length,
    open: list.filter((t) => t.resolution === null).length,
    firstResponse: figures(list.map((t) => ({ value: t.firstResponse, target: t.firstResponseTarget }))),
    resolution: figures(list.map((t) => ({ value: t.resolution, target: t.resolutionTarget }))),
  });
  const markets = [...byMarket.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0)).map((m) => of(m, byMarket.get(m)!));
  return { markets, all: of(null, timings) };
}
