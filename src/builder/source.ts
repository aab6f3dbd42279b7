/**
 * What the producer gave the builder, read into data: a file (picked or dropped), cells pasted
 * from a spreadsheet (tab-separated) or typed JSON, or the address of a published sheet. Each is
 * read by the widgets' own pipeline (decode, detect, parse), so the builder sees the data exactly
 * as an embed will; a source that cannot be read becomes one problem, never an exception.
 */
import { decodeBytes } from '../data/decode.js';
import { DEFAULT_MAX_BYTES, loadData } from '../data/load.js';
import { detectFormat, parseText } from '../data/parse.js';
import { DataError, problem } from '../data/problem.js';
import { addNotes } from '../data/source-notes.js';
import type { Problem } from '../data/types.js';

export const SOURCE_ORIGINS = ['file', 'paste', 'url', 'example'] as const;
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

export interface Source {
  origin: SourceOrigin;
  /** The file's name, "Pasted cells" or the URL, for the status line. `example` is the article's own data. */
  name: string;
  /** The data's address, for embeds that read it by `src` (URL sources only). */
  url?: string;
  /** The parsed content (a JSON value or CSV records); undefined when it could not be read. */
  input?: unknown;
  /** Why it could not be read. */
  failure?: Problem;
}

function failed(origin: SourceOrigin, name: string, error: unknown, url?: string): Source {
  const reason = error instanceof DataError ? error.problem : problem('invalid-csv', String(error instanceof Error ? error.message : error));
  return { origin, name, url, failure: reason };
}

/** Text to data: JSON when it looks like JSON (or the name says so), else CSV/TSV. */
function parse(text: string, contentType: string, name: string): unknown {
  const format = detectFormat(text, contentType, name);
  if (!format) throw new DataError(problem('unsupported-type', `${name} is a web page, not JSON or CSV.`, { value: name }));
  return parseText(text, format);
}

/** Cells pasted from Google Sheets or Excel arrive tab-separated; JSON pasted is read as JSON. */
export function readPasted(text: string): Source {
  const name = 'Pasted cells';
  try {
    return { origin: 'paste', name, input: parse(text, '', '') };
  } catch (error) {
    return failed('paste', name, error);
  }
}

/** A picked or dropped file, with the same encoding rules and size cap as a fetched one. */
export async function readFile(file: File): Promise<Source> {
  try {
    if (file.size > DEFAULT_MAX_BYTES) {
      throw new DataError(problem('too-large', `${file.name} is larger than the ${Math.round(DEFAULT_MAX_BYTES / 1024)} KB limit.`, { value: file.name }));
    }
    const { text, problems } = decodeBytes(new Uint8Array(await file.arrayBuffer()), file.type);
    if (!text.trim()) throw new DataError(problem('empty-response', `${file.name} is empty.`, { value: file.name }));
    return { origin: 'file', name: file.name, input: addNotes(parse(text, file.type, file.name), { problems }) };
  } catch (error) {
    return failed('file', file.name, error);
  }
}

/**
 * The address as given, when it is a whole http(s) URL. A relative one would mean one thing here
 * and another on the article's page, so it is refused.
 */
function absoluteUrl(address: string): string {
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new DataError(problem('fetch-failed', `“${address}” is not a web address: give the whole address, starting with https://.`, { value: address }));
  }
  return address;
}

/** A Google Sheets editing link answers with the editor (a web page), not the data. */
function sheetsHint(source: Source): Source {
  if (source.failure?.code !== 'unsupported-type' || !/^https:\/\/docs\.google\.com\//.test(source.url ?? '')) return source;
  const message = `${source.failure.message} In Google Sheets, use File → Share → Publish to web, choose the sheet and “Comma-separated values (.csv)”, and give that link.`;
  return { ...source, failure: { ...source.failure, message } };
}

/** A published sheet's CSV link (or any JSON/CSV address), fetched as an embed would fetch it. */
export async function readUrl(url: string, signal?: AbortSignal): Promise<Source> {
  const address = url.trim();
  try {
    return { origin: 'url', name: address, url: address, input: await loadData(absoluteUrl(address), { signal }) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return sheetsHint(failed('url', address, error, address));
  }
}
