import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Failure } from '../core/result/result.js';
import { exitCodeFor } from './exit-codes.js';
import type { CliIo } from './io.js';

export type Command = {
  name: string;
  summary: string;
  /** Full help text shown by `landfall <name> --help`. */
  help: string;
  run(argv: string[], io: CliIo): Promise<number>;
};

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Options;

/**
 * Parse a command's arguments strictly: an unknown option or a missing value is a usage error
 * (exit 2) with a one-line reason, never a stack trace.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return { ok: true as const, ...parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, strict: true, allowPositionals }) };
  } catch (error) {
    return { ok: false as const, message: (error as Error).message };
  }
}

/** Print an expected failure as one line on stderr (or a JSON object with --json) and return its exit code. */
export function reportFailure(io: CliIo, failure: Pick<Failure, 'code' | 'message' | 'field'>, json: boolean): number {
  if (json) {
    io.stdout(`${JSON.stringify({ error: { code: failure.code, message: failure.message, ...(failure.field ? { field: failure.field } : {}) } })}\n`);
  }
  io.stderr(`landfall: ${failure.message}\n`);
  return exitCodeFor(failure.code);
}

export function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`landfall ${command}: ${message}\nRun "landfall ${command} --help" for usage.\n`);
  return exitCodeFor('USAGE');
}
