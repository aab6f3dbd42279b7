/**
 * Row ids are stable: taken from the data when given, otherwise derived from the row's content
 * (never its position), so deep links and keyed rendering survive re-sorting and new rows.
 */

/** FNV-1a, 32-bit: tiny, fast and good enough to tell rows apart. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** A readable slug that keeps letters of any script: `Fraudulent 2020 election` -> `fraudulent-2020-election`. */
export function slugify(text: string, maxLength = 48): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/**
 * Hands out ids for a table: explicit ids must be unique (the caller reports a clash), derived
 * ids are made unique by adding a content hash, then a counter for rows that are identical.
 */
export class RowIds {
  private readonly taken = new Set<string>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  claim(id: string): void {
    this.taken.add(id);
  }

  derive(label: string, content: string): string {
    const slug = slugify(label) || `row-${hashText(content)}`;
    let id = this.taken.has(slug) ? `${slug}-${hashText(content)}` : slug;
    for (let n = 2; this.taken.has(id); n++) id = `${slug}-${hashText(content)}-${n}`;
    this.taken.add(id);
    return id;
  }
}
