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
 * Derives ids for the rows that have none. A slug is used as it is only when exactly one row
 * has it and no explicit id took it; rows sharing a slug all get a content hash added, so an id
 * never depends on which of them came first. Identical rows (indistinguishable anyway) are
 * numbered.
 */
export function deriveIds(rows: ReadonlyArray<{ label: string; content: string }>, taken: ReadonlySet<string>): string[] {
  const slugs = rows.map(({ label, content }) => slugify(label) || `row-${hashText(content)}`);
  const counts = new Map<string, number>();
  for (const slug of slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const used = new Set(taken);
  return rows.map(({ content }, i) => {
    const slug = slugs[i];
    const base = counts.get(slug) === 1 && !used.has(slug) ? slug : `${slug}-${hashText(content)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}
