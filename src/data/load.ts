/**
 * Fetches a data file with the limits an embed needs on someone else's page: a timeout (fetch
 * has none), cancellation when the element goes away or `src` changes, and a size cap enforced
 * while streaming. Failures become a `DataError` carrying one readable problem; a caller's abort
 * is re-thrown as the `AbortError` it is. Bytes are decoded as spreadsheets save them (see
 * decode.ts); how they were read travels with the parsed data to validation (`notesOf`).
 */
import { decodeBytes } from './decode.js';
import { detectFormat, parseText } from './parse.js';
import { DataError, problem } from './problem.js';
import { addNotes } from './source-notes.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole request, body included. */
  timeout?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** `AbortSignal.any` where available (Baseline 2024), a listener-based merge elsewhere. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if ('any' in AbortSignal) return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/** The origin of `src` when it differs from the page's (so CORS applies); undefined outside a page. */
function crossOrigin(src: string): string | undefined {
  if (typeof location === 'undefined') return undefined;
  try {
    const url = new URL(src, globalThis.document?.baseURI ?? location.href);
    return /^https?:$/.test(url.protocol) && url.origin !== location.origin ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A request that failed without a response. Across origins the browser gives the page the same
 * error whether the host was unreachable or its answer lacked CORS headers, so both are named.
 */
function fetchFailed(src: string, error: unknown): DataError {
  const detail = error instanceof Error ? error.message : String(error);
  const host = error instanceof TypeError ? crossOrigin(src) : undefined;
  if (!host) return new DataError(problem('fetch-failed', `${src} could not be fetched (${detail}).`, { value: src }));
  return new DataError(
    problem(
      'fetch-failed',
      `${src} could not be fetched (${detail}). ${host} may not allow this page to read it: to be read from ${location.origin}, ` +
        `its answer must carry the header "Access-Control-Allow-Origin: ${location.origin}" (or "*"). The browser does not tell ` +
        `a page whether that or a network failure was the cause.`,
      { value: src, details: ['Access-Control-Allow-Origin'] },
    ),
  );
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () => new DataError(problem('too-large', `${url} is larger than the ${Math.round(maxBytes / 1024)} KB limit.`, { value: url }));
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Fetches `src` and returns its parsed content (JSON value or CSV records). */
export async function loadData(src: string, options: LoadOptions = {}): Promise<unknown> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const timer = AbortSignal.timeout(timeout);
  const signal = anySignal(options.signal ? [options.signal, timer] : [timer]);
  try {
    const response = await fetch(src, { signal, credentials: 'same-origin', headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
    if (!response.ok) {
      throw new DataError(
        problem('http-status', `${src} answered ${response.status} ${response.statusText}.`.replace(' .', '.'), {
          value: `${response.status} ${response.statusText}`.trim(),
        }),
      );
    }
    const contentType = response.headers.get('content-type') ?? '';
    const { text, problems } = decodeBytes(await readCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES, src), contentType);
    if (!text.trim()) throw new DataError(problem('empty-response', `${src} returned no data.`, { value: String(response.status) }));
    const format = detectFormat(text, contentType, src);
    if (!format) {
      throw new DataError(
        problem('unsupported-type', `${src} returned a web page, not JSON or CSV.`, {
          value: response.headers.get('content-type') ?? 'text/html',
        }),
      );
    }
    return addNotes(parseText(text, format), { problems });
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    if (timer.aborted) {
      throw new DataError(problem('timeout', `${src} did not answer within ${timeout / 1000} s.`, { value: `${timeout / 1000} s` }));
    }
    throw fetchFailed(src, error);
  }
}
