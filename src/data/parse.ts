/** Text to data: JSON or CSV, chosen by the caller (from content type, extension or content). */
import { parseCsv } from './parse-csv.js';
import { DataError, problem } from './problem.js';

export type DataFormat = 'json' | 'csv';

export function parseJson(text: string): unknown {
  if (!text.trim()) throw new DataError(problem('empty-response', 'The JSON is empty.'));
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // Engines phrase this differently; keep theirs, it usually names the position.
    const detail = error instanceof Error ? error.message : String(error);
    throw new DataError(problem('invalid-json', `The JSON could not be read: ${detail}`, { value: detail }));
  }
}

export function parseText(text: string, format: DataFormat): unknown {
  return format === 'json' ? parseJson(text) : parseCsv(text);
}

/**
 * Decides how to read a response: an explicit content type wins, then the file extension, then
 * the first character. An HTML page (a login wall, a soft 404) is never data.
 */
export function detectFormat(text: string, contentType: string, url: string): DataFormat | undefined {
  const type = contentType.toLowerCase();
  const start = text.trimStart().charAt(0);
  if (type.includes('html') || start === '<') return undefined;
  if (type.includes('json')) return 'json';
  if (type.includes('csv') || type.includes('tab-separated-values')) return 'csv';
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv') || path.endsWith('.tsv')) return 'csv';
  return start === '{' || start === '[' ? 'json' : 'csv';
}
