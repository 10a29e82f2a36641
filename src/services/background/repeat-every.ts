export type Repeating = { stop(): Promise<void> };

/**
 * Run `task` every `intervalMs` on a timer that does not keep the process alive, never two runs at
 * once (a tick during a run is skipped). A run that throws goes to `onError`; the next tick tries
 * again. `stop` clears the timer and waits for the run in progress; `task` gets `stopped()` to end a
 * long run early.
 */
export function repeatEvery(intervalMs: number, task: (stopped: () => boolean) => Promise<void>, onError: (error: Error) => void = () => undefined): Repeating {
  let stopped = false;
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running || stopped) return;
    running = task(() => stopped)
      .catch((error: Error) => onError(error))
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Run batches while they come back full (at most `rounds`), so a backlog drains without waiting for ticks. */
export async function drainBatches<T extends { attempted: number }>(runBatch: () => Promise<T>, limit: number, stopped: () => boolean, each: (outcome: T) => void, rounds = 20): Promise<void> {
  for (let round = 0; round < rounds && !stopped(); round++) {
    const outcome = await runBatch();
    each(outcome);
    if (outcome.attempted < limit) return;
  }
}
