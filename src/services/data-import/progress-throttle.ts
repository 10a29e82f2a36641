/**
 * Decide when a long import reports progress: a line at most every `intervalMs` AND every
 * `stepPercent` of the work (so at most ten lines however long it runs, and none for an import
 * that is over in half a second), closed by a 100% line once a series was started. Pure: the
 * caller passes the time, so it is tested without waiting.
 * @example const due = createProgressThrottle(); if (due(done, total, Date.now())) print(...)
 */
export function createProgressThrottle(options: { intervalMs?: number; stepPercent?: number } = {}) {
  const intervalMs = options.intervalMs ?? 500;
  const step = options.stepPercent ?? 10;
  let startedAt: number | undefined;
  let lastAt: number | undefined;
  let lastPercent = 0;
  return (done: number, total: number, now: number): boolean => {
    startedAt ??= now;
    if (done >= total) return lastAt !== undefined;
    const percent = (done / total) * 100;
    if (now - (lastAt ?? startedAt) < intervalMs || percent - lastPercent < step) return false;
    lastAt = now;
    lastPercent = percent;
    return true;
  };
}
