import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, ok, type Result } from '../../core/result/result.js';

/** A file's bytes with where they came from and their SHA-256, the provenance of an import run. */
export type LoadedSource = {
  /** The absolute path, or the URL as fetched. */
  readonly location: string;
  /** The last path segment (`global-uk-tariff.csv`): some kinds read the release from it. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
};

export type LoadOptions = {
  /** Relative paths are resolved from here. */
  cwd: string;
  /** Give up on a URL after this long (default 60 s). */
  timeoutMs?: number;
  /** Refuse anything larger (default 256 MiB): reference files are tens of MB at most. */
  maxBytes?: number;
};

export type LoadFailureCode = 'NOT_FOUND' | 'SOURCE_UNAVAILABLE' | 'VALIDATION_FAILED';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Read a local file, or fetch an `http://` or `https://` URL with the global fetch (a timeout, and
 * a clear error for a refused connection or a status other than 200), and hash what was read.
 * @example await loadImportSource('../shared/data/fx/eurofxref-hist.csv', { cwd: process.cwd() })
 */
export async function loadImportSource(source: string, options: LoadOptions): Promise<Result<LoadedSource, LoadFailureCode>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (/^https?:\/\//i.test(source)) return fetchSource(source, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes);
  if (/^file:\/\//i.test(source)) return readFileSource(fileURLToPath(source), maxBytes);
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(source)) {
    return fail('VALIDATION_FAILED', `unsupported source ${source}: give a file path or an http:// or https:// URL`, { field: 'source' });
  }
  return readFileSource(path.resolve(options.cwd, source), maxBytes);
}

async function readFileSource(file: string, maxBytes: number): Promise<Result<LoadedSource, LoadFailureCode>> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return fail('VALIDATION_FAILED', `${file} is a folder, not a file`, { field: 'source' });
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('NOT_FOUND', `no such file: ${file}`, { field: 'source' });
    return fail('SOURCE_UNAVAILABLE', `cannot read ${file}: ${(error as Error).message}`, { field: 'source' });
  }
  if (size > maxBytes) return fail('VALIDATION_FAILED', `${file} is ${size} bytes, more than the ${maxBytes}-byte limit`, { field: 'source' });
  try {
    return ok(loaded(file, path.basename(file), new Uint8Array(await fs.readFile(file))));
  } catch (error) {
    return fail('SOURCE_UNAVAILABLE', `cannot read ${file}: ${(error as Error).message}`, { field: 'source' });
  }
}

async function fetchSource(url: string, timeoutMs: number, maxBytes: number): Promise<Result<LoadedSource, LoadFailureCode>> {
  const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: '*/*' } });
  } catch (error) {
    if (signal.aborted) return fail('SOURCE_UNAVAILABLE', `GET ${url}: no response within ${seconds}`, { field: 'source' });
    return fail('SOURCE_UNAVAILABLE', `GET ${url} failed: ${describeFetchError(error)}`, { field: 'source' });
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    const why = `GET ${url} answered ${response.status} ${response.statusText}`.trim();
    return fail(response.status === 404 || response.status === 410 ? 'NOT_FOUND' : 'SOURCE_UNAVAILABLE', why, { field: 'source' });
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return fail('VALIDATION_FAILED', `GET ${url}: ${declared} bytes is more than the ${maxBytes}-byte limit`, { field: 'source' });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return fail('VALIDATION_FAILED', `GET ${url}: the body is more than the ${maxBytes}-byte limit`, { field: 'source' });
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (signal.aborted) return fail('SOURCE_UNAVAILABLE', `GET ${url}: the download did not finish within ${seconds}`, { field: 'source' });
    return fail('SOURCE_UNAVAILABLE', `GET ${url}: the download broke off: ${describeFetchError(error)}`, { field: 'source' });
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const name = lastSegment(new URL(response.url || url).pathname);
  return ok(loaded(url, name, bytes));
}

function loaded(location: string, name: string, bytes: Uint8Array): LoadedSource {
  return { location, name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

function lastSegment(pathname: string): string {
  const segment = pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** undici hides the reason (ECONNREFUSED, ENOTFOUND, a TLS error) in `cause`. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message && !cause.message.includes(cause.code) ? ` (${cause.message})` : ''}`;
  return cause?.message ?? (error as Error).message;
}
