import { isIsoDate } from '../../core/calendar/iso-date.js';
import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { businessMillisBetween } from '../../core/support/business-hours.js';
import { responseTimes, type MarketTimes } from '../../core/support/response-times.js';
import { createSupportRepository } from '../../db/repositories/support-repository.js';
import type { Deps } from '../deps.js';
import { teamSchedule } from './support-teams.js';

export type SupportReport = { from: string; to: string; unit: 'business minutes'; markets: MarketTimes[]; all: MarketTimes };

/** The longest range the report covers, in days. */
const MAX_DAYS = 366;

/**
 * First-response and resolution times of the conversations started on the UTC days `from` to
 * `to` (both included), per market, in business minutes of each conversation's team (wall-clock
 * minutes for a conversation without a team), with each team's targets.
 */
export async function supportReport(deps: Pick<Deps, 'database' | 'clock'>, query: { from?: unknown; to?: unknown }): Promise<Result<SupportReport, 'VALIDATION_FAILED'>> {
  const issues: FieldIssue[] = [];
  const today = deps.clock().toISOString().slice(0, 10);
  const to = query.to ?? today;
  if (typeof to !== 'string' || !isIsoDate(to)) issues.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  const from = query.from ?? (typeof to === 'string' && isIsoDate(to) ? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10) : today);
  if (typeof from !== 'string' || !isIsoDate(from)) issues.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (issues.length === 0) {
    const days = (Date.parse(`${to as string}T00:00:00Z`) - Date.parse(`${from as string}T00:00:00Z`)) / 86_400_000;
    if (days < 0) issues.push({ field: 'from', message: 'must not be after to' });
    else if (days >= MAX_DAYS) issues.push({ field: 'from', message: `the range may cover at most ${MAX_DAYS} days` });
  }
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((i) => `${i.field} ${i.message}`).join('; '), { field: issues[0]!.field, details: issues });
  const repo = createSupportRepository(deps.database.orm);
  const teams = new Map((await repo.teams()).map((t) => [t.id, t]));
  const rows = await repo.forReport(new Date(`${from as string}T00:00:00Z`), new Date(Date.parse(`${to as string}T00:00:00Z`) + 86_400_000));
  const timings = rows.map((c) => {
    const team = c.teamId ? teams.get(c.teamId) : undefined;
    const schedule = team ? teamSchedule(team) : undefined;
    const minutes = (end: Date | null) => (end === null ? null : Math.floor((schedule ? businessMillisBetween(schedule, c.createdAt, end) : Math.max(0, end.getTime() - c.createdAt.getTime())) / 60_000));
    return { market: c.market, firstResponse: minutes(c.firstRespondedAt), firstResponseTarget: team?.firstResponseMinutes ?? null, resolution: c.status === 'closed' ? minutes(c.closedAt) : null, resolutionTarget: team?.resolutionMinutes ?? null };
  });
  return ok({ from: from as string, to: to as string, unit: 'business minutes', ...responseTimes(timings) });
}
