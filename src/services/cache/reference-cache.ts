/**
 * Reference data that changes rarely and is read on every cart view (store settings, markets,
 * warehouses, the rate cards in effect, the latest exchange rates), kept for `ttlMs`. A write made
 * through a service of this process clears it at once (`clear`); another process sees the change
 * within `ttlMs` (LANDFALL_REFERENCE_CACHE_MS, 5 s by default when serving). With `ttlMs` 0 nothing is
 * kept: every read goes to the database.
 *
 * Concurrent reads of one key share one load; a load that fails is not kept.
 */
export type ReferenceCache = {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
  readonly ttlMs: number;
};

export function createReferenceCache(options: { ttlMs: number; now?: () => number; maxEntries?: number }): ReferenceCache {
  const now = options.now ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 500;
  const entries = new Map<string, { at: number; value: Promise<unknown> }>();
  let generation = 0;
  return {
    ttlMs: options.ttlMs,
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (options.ttlMs <= 0) return load();
      const hit = entries.get(key);
      if (hit && now() - hit.at < options.ttlMs) return hit.value as Promise<T>;
      const started = generation;
      const value = load();
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { at: now(), value });
      // A failed load is forgotten; so is one that started before a clear (it may hold old data).
      value.then(
        () => {
          if (generation !== started && entries.get(key)?.value === value) entries.delete(key);
        },
        () => {
          if (entries.get(key)?.value === value) entries.delete(key);
        },
      );
      return value;
    },
    clear() {
      generation++;
      entries.clear();
    },
  };
}
