import { fail, ok, type FieldIssue, type Result } from '../../core/result/result.js';
import { addBusinessMillis, parseSupportSchedule, scheduleToInput, type SupportSchedule, type SupportScheduleInput } from '../../core/support/business-hours.js';
import { createSupportRepository, type SupportTeamRow } from '../../db/repositories/support-repository.js';
import type { Deps } from '../deps.js';

type TeamDeps = Pick<Deps, 'database' | 'clock' | 'markets'>;

export type SupportTeamView = { id: string; name: string; schedule: SupportScheduleInput; markets: string[]; firstResponseMinutes: number; resolutionMinutes: number; createdAt: string; updatedAt: string };

/** The longest SLA target accepted: 30 days of business minutes. */
const MAX_TARGET_MINUTES = 30 * 24 * 60;

export function toTeamView(row: SupportTeamRow): SupportTeamView {
  return {
    id: row.id,
    name: row.name,
    schedule: scheduleOf(row) ? scheduleToInput(scheduleOf(row)!) : (row.schedule as SupportScheduleInput),
    markets: row.markets,
    firstResponseMinutes: row.firstResponseMinutes,
    resolutionMinutes: row.resolutionMinutes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function scheduleOf(team: SupportTeamRow): SupportSchedule | undefined {
  const parsed = parseSupportSchedule(team.schedule);
  return parsed.ok ? parsed.value : undefined;
}

/** The team that answers a market: the first (by name) that lists it, else the first that lists no market. */
export function teamFor(teams: readonly SupportTeamRow[], market: string | null | undefined): SupportTeamRow | undefined {
  return (market ? teams.find((t) => t.markets.includes(market)) : undefined) ?? teams.find((t) => t.markets.length === 0);
}

/** When the first answer and the resolution are due for a conversation that starts (or opens again) at `at`. */
export function slaDueTimes(team: SupportTeamRow, at: Date): { firstResponse: Date | null; resolution: Date | null } | undefined {
  const schedule = scheduleOf(team);
  if (!schedule) return undefined;
  return { firstResponse: addBusinessMillis(schedule, at, team.firstResponseMinutes * 60_000) ?? null, resolution: addBusinessMillis(schedule, at, team.resolutionMinutes * 60_000) ?? null };
}

/** The schedule a team keeps, or undefined when its stored form no longer parses. */
export function teamSchedule(team: SupportTeamRow): SupportSchedule | undefined {
  return scheduleOf(team);
}

type TeamInput = { name?: unknown; schedule?: unknown; markets?: unknown; firstResponseMinutes?: unknown; resolutionMinutes?: unknown };

async function checkTeam(deps: TeamDeps, input: unknown, partial: SupportTeamRow | undefined): Promise<Result<{ name: string; schedule: SupportScheduleInput; markets: string[]; firstResponseMinutes: number; resolutionMinutes: number }, 'VALIDATION_FAILED'>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('VALIDATION_FAILED', 'the body must be a JSON object', { field: '' });
  const i = input as TeamInput & Record<string, unknown>;
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(i)) if (!['name', 'schedule', 'markets', 'firstResponseMinutes', 'resolutionMinutes'].includes(key)) issues.push({ field: key, message: 'is not a field of a support team' });
  const name = i.name ?? partial?.name;
  if (typeof name !== 'string' || name.trim().length < 1 || name.trim().length > 100) issues.push({ field: 'name', message: 'must be 1 to 100 characters' });
  let schedule: SupportScheduleInput | undefined;
  const scheduleRaw = i.schedule ?? partial?.schedule;
  const parsed = parseSupportSchedule(scheduleRaw);
  if (!parsed.ok) for (const d of parsed.details ?? [{ field: parsed.field ?? '', message: parsed.message }]) issues.push({ field: d.field ? `schedule.${d.field}` : 'schedule', message: d.message });
  else schedule = scheduleToInput(parsed.value);
  const markets = i.markets ?? partial?.markets ?? [];
  const known = new Set((await deps.markets.list()).map((m) => m.id));
  if (!Array.isArray(markets) || markets.length > 100) issues.push({ field: 'markets', message: 'must be a list of market ids (empty: every market)' });
  else markets.forEach((m, n) => !(typeof m === 'string' && known.has(m)) && issues.push({ field: `markets[${n}]`, message: `is not a market of this store` }));
  const minutes = (field: 'firstResponseMinutes' | 'resolutionMinutes') => {
    const v = i[field] ?? partial?.[field];
    if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > MAX_TARGET_MINUTES) issues.push({ field, message: `must be a whole number of business minutes from 1 to ${MAX_TARGET_MINUTES}` });
    return v as number;
  };
  const first = minutes('firstResponseMinutes');
  const resolution = minutes('resolutionMinutes');
  if (issues.length === 0 && resolution < first) issues.push({ field: 'resolutionMinutes', message: 'must not be shorter than firstResponseMinutes' });
  if (issues.length > 0) return fail('VALIDATION_FAILED', issues.map((x) => `${x.field} ${x.message}`).join('; '), { field: issues[0]!.field, details: issues });
  return ok({ name: (name as string).trim(), schedule: schedule!, markets: [...new Set(markets as string[])], firstResponseMinutes: first, resolutionMinutes: resolution });
}

export async function listTeams(deps: Pick<Deps, 'database'>): Promise<SupportTeamView[]> {
  return (await createSupportRepository(deps.database.orm).teams()).map(toTeamView);
}

export async function createTeam(deps: TeamDeps, input: unknown): Promise<Result<SupportTeamView, 'VALIDATION_FAILED' | 'CONFLICT'>> {
  const checked = await checkTeam(deps, input, undefined);
  if (!checked.ok) return checked;
  const at = deps.clock();
  const saved = await createSupportRepository(deps.database.orm).insertTeam({ ...checked.value, createdAt: at, updatedAt: at });
  if (!saved) return fail('CONFLICT', `a support team named ${checked.value.name} exists`, { field: 'name' });
  return ok(toTeamView(saved));
}

/** Change a team (the fields given); conversations already open keep their due times. */
export async function updateTeam(deps: TeamDeps, id: string, input: unknown): Promise<Result<SupportTeamView, 'VALIDATION_FAILED' | 'TEAM_NOT_FOUND' | 'CONFLICT'>> {
  const repo = createSupportRepository(deps.database.orm);
  const team = await repo.team(id);
  if (!team) return fail('TEAM_NOT_FOUND', `no support team ${id}`, { field: 'id' });
  const checked = await checkTeam(deps, input, team);
  if (!checked.ok) return checked;
  if (checked.value.name !== team.name && (await repo.teams()).some((t) => t.name === checked.value.name)) return fail('CONFLICT', `a support team named ${checked.value.name} exists`, { field: 'name' });
  const saved = await repo.updateTeam(id, { ...checked.value, updatedAt: deps.clock() });
  return ok(toTeamView(saved!));
}

export async function deleteTeam(deps: Pick<Deps, 'database'>, id: string): Promise<Result<true, 'TEAM_NOT_FOUND'>> {
  return (await createSupportRepository(deps.database.orm).deleteTeam(id)) ? ok(true) : fail('TEAM_NOT_FOUND', `no support team ${id}`, { field: 'id' });
}
