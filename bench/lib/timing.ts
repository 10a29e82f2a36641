/**
 * Timing loops shared by the in-process benchmarks: a synchronous function timed in 25 batches
 * after a JIT warm-up (median and slowest batch per call), and an async one timed call by call.
 */
export function timeBatches(fn: () => unknown, total: number, minPerBatch = 20): { perSecond: number; medianMicros: number; p99Micros: number } {
  const batches = 25;
  const perBatch = Math.max(minPerBatch, Math.round(total / batches));
  for (let i = 0; i < perBatch * 3; i++) fn(); // warm up the JIT
  const micros: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < perBatch; i++) fn();
    micros.push(Number(process.hrtime.bigint() - start) / 1000 / perBatch);
  }
  micros.sort((a, x) => a - x);
  const median = micros[Math.floor(batches / 2)]!;
  return { perSecond: Math.round(1e6 / median), medianMicros: Math.round(median * 1000) / 1000, p99Micros: Math.round(micros[batches - 1]! * 1000) / 1000 };
}

export async function timeEach(fn: () => Promise<unknown>, count: number): Promise<{ perSecond: number; medianMicros: number; p99Micros: number }> {
  for (let i = 0; i < Math.min(50, count); i++) await fn();
  const micros: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await fn();
    micros.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  micros.sort((a, x) => a - x);
  const median = micros[Math.floor(count / 2)]!;
  return { perSecond: Math.round(1e6 / median), medianMicros: Math.round(median), p99Micros: Math.round(micros[Math.floor(count * 0.99)]!) };
}
