/** What a command may touch of its process, passed in so that tests can run commands in-process. */
export type CliIo = {
  stdout: (text: string) => void;
  /** Bytes to standard output as they are (a PDF with --out -); absent where only text can be written. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** All of standard input as UTF-8 text ('' when stdin is a terminal). */
  readStdin: () => Promise<string>;
  /** Resolves when the process is asked to stop (SIGTERM, SIGINT); used by long-running commands. */
  stopSignal: Promise<string>;
};

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
    cwd: process.cwd(),
    async readStdin() {
      if (process.stdin.isTTY) return '';
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stopSignal: new Promise((resolve) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve(signal));
    }),
  };
}
