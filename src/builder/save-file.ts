import { slugify } from '../data/row-id.js';

/** Hands a file to the browser's download, under a strict CSP too (an object URL, no data: URL, no inline script). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  // Some browsers read the object URL after click() returns; release it once the download has begun.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A download's name from the headline (`u-s-belarus-relations.png`), or `fallback` when it has no letters. */
export function fileName(headline: string, fallback: string, extension: string): string {
  return `${slugify(headline, 60) || fallback}.${extension}`;
}
