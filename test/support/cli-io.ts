import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that records output; `stop()` plays the part of SIGTERM. */
export function recordingIo(env: Record<string, string | undefined>, cwd: string, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env,
    cwd,
    readStdin: async () => stdin,
    stopSignal: new Promise((resolve) => {
      stop = resolve;
    }),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), stop: (signal = 'SIGTERM') => stop(signal) };
}
