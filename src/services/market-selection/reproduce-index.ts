import { reproduceComposite, type CompositeMethod } from '../../core/market-selection/composite.js';
import { fail, type Result } from '../../core/result/result.js';
import type { MarketDeps } from './rank-markets.js';

/** Published composite indices Landfall knows the inputs of, by the ids the importers give. */
export const KNOWN_INDICES: Readonly<Record<string, { published: string; components: string[]; name: string }>> = {
  lpi: {
    name: 'World Bank Logistics Performance Index (overall score from its six components)',
    published: 'lpi.overall',
    components: ['lpi.customs', 'lpi.infrastructure', 'lpi.international_shipments', 'lpi.logistics_competence', 'lpi.timeliness', 'lpi.tracking_tracing'],
  },
};

export type ReproduceRequest = { index?: unknown; published?: unknown; components?: unknown; year?: unknown; method?: unknown; weights?: unknown; round?: unknown };

/**
 * Recompute a published composite index from its imported components with a stated method (the
 * index's own: weighted mean with its weights, the LPI's first principal component; or weights
 * fitted by least squares), and show the agreement with the published value per country.
 */
export async function reproduceIndex(deps: Pick<MarketDeps, 'indicators'>, request: ReproduceRequest) {
  const known = typeof request.index === 'string' ? KNOWN_INDICES[request.index] : undefined;
  if (request.index !== undefined && !known) return fail('VALIDATION_FAILED', `unknown index "${String(request.index).slice(0, 40)}" (known: ${Object.keys(KNOWN_INDICES).join(', ')}; or give published and components)`, { field: 'index' });
  const published = known?.published ?? request.published;
  const components = known?.components ?? request.components;
  if (typeof published !== 'string' || published === '') return fail('VALIDATION_FAILED', 'published must be the id of the published index series', { field: 'published' });
  if (!Array.isArray(components) || components.length < 2 || components.length > 30 || !components.every((c) => typeof c === 'string')) return fail('VALIDATION_FAILED', 'components must be a list of 2 to 30 series ids', { field: 'components' });
  const year = Number(request.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return fail('VALIDATION_FAILED', 'year must be the edition year, like 2018', { field: 'year' });
  const kind = request.method ?? 'pca-first-component';
  let method: CompositeMethod;
  if (kind === 'weighted-mean') {
    const weights = typeof request.weights === 'string' ? request.weights.split(',').map(Number) : request.weights;
    if (!Array.isArray(weights) || weights.length !== components.length || !weights.every((w) => typeof w === 'number' && Number.isFinite(w) && w >= 0)) return fail('VALIDATION_FAILED', `weights must be ${components.length} numbers, one per component, for a weighted mean`, { field: 'weights' });
    const round = request.round === undefined ? undefined : Number(request.round);
    if (round !== undefined && !(Number.isInteger(round) && round >= 0 && round <= 6)) return fail('VALIDATION_FAILED', 'round must be the number of decimals the publisher rounds to (0 to 6)', { field: 'round' });
    method = { kind: 'weighted-mean', weights: weights as number[], ...(round !== undefined ? { round } : {}) };
  } else if (kind === 'pca-first-component' || kind === 'least-squares') method = { kind };
  else return fail('VALIDATION_FAILED', 'method must be pca-first-component, least-squares or weighted-mean', { field: 'method' });

  const ids = [published, ...(components as string[])];
  const [series, values] = [await deps.indicators.seriesById(ids), await deps.indicators.forYear(ids, year)];
  const missingSeries = ids.filter((id) => !series.some((s) => s.id === id));
  if (missingSeries.length > 0) return fail('VALIDATION_FAILED', `no values imported for ${missingSeries.join(', ')} (landfall data import indicators FILE)`, { field: missingSeries.includes(published) ? 'published' : 'components' });
  const byCountry = new Map<string, Map<string, number>>();
  for (const v of values) {
    let m = byCountry.get(v.country);
    if (!m) byCountry.set(v.country, (m = new Map()));
    m.set(v.seriesId, v.value);
  }
  if (byCountry.size === 0) return fail('VALIDATION_FAILED', `no values for ${year}`, { field: 'year' });
  const rows = [...byCountry].sort(([a], [b]) => a.localeCompare(b)).map(([country, m]) => ({ country, components: (components as string[]).map((c) => m.get(c) ?? null), published: m.get(published) ?? null }));
  const names = (components as string[]).map((c) => series.find((s) => s.id === c)!.name);
  const result = reproduceComposite(rows, names, method);
  if (!result.ok) return result;
  return { ok: true as const, value: { index: known?.name ?? published, published, components, year, ...result.value } } satisfies Result<unknown, never>;
}
