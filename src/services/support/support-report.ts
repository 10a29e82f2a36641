import { ok, type Result } from '../../core/result/result.js';
import { businessMillisBetween } from '../../core/support/business-hours.js';
import { responseTimes, type MarketTimes } from '../../core/support/response-times.js';
import { createSupportRepository } from '../../db/repositories/support-repository.js';
import type { Deps } from '../deps.js';
import { addDays, readDashboardRange } from '../reports/dashboard-range.js';
import { teamSchedule } from './support-teams.js';

export type SupportReport = { from: string; to: string; unit: 'business minutes'; markets: MarketTimes[]; all: MarketTimes };

/**
 * First-response and resolution times of the conversations started on the UTC days `from` to
 * `to` (both included; the dashboard's range: at most 366 days, the last 30 by default), per market, in business minutes of each conversation's team (wall-clock
 * minutes for a conversation without a team), with each team's targets.
 */
export async function supportReport(deps: Pick<Deps, 'database' | 'clock'>, query: { from?: unknown; to?: unknown }): Promise<Result<SupportReport, 'VALIDATION_FAILED'>> {
  const range = readDashboardRange(query, deps.clock().toISOString().slice(0, 10));
  if (!range.ok) return range;
  const { from, to } = range.value;
  const repo = createSupportRepository(deps.database.orm);
  const teams = new Map((await repo.teams()).map((t) => [t.id, t]));
  const rows = await repo.forReport(new Date(`${from}T00:00:00Z`), new Date(`${addDays(to, 1)}T00:00:00Z`));
  const timings = rows.map((c) => {
    const team = c.teamId ? teams.get(c.teamId) : undefined;
    const schedule = team ? teamSchedule(team) : undefined;
    const minutes = (end: Date | null) => (end === null ? null : Math.floor((schedule ? businessMillisBetween(schedule, c.createdAt, end) : Math.max(0, end.getTime() - c.createdAt.getTime())) / 60_000));
    return { market: c.market, firstResponse: minutes(c.firstRespondedAt), firstResponseTarget: team?.firstResponseMinutes ?? null, resolution: c.status === 'closed' ? minutes(c.closedAt) : null, resolutionTarget: team?.resolutionMinutes ?? null };
  });
  return ok({ from, to, unit: 'business minutes', ...responseTimes(timings) });
}
