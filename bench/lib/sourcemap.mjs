// Source maps of the shipped scripts, read back to source file:line. The classic scripts are
// joined from separately built parts, so their maps are index maps (`sections`, one map per
// part); a single Rollup build has a plain map. Both become one list of decoded lines.
import { decodeMappings } from './vlq.mjs';

/**
 * A plain or index source map as `{ sources, names, lines }`: `lines[generatedLine]` holds
 * segments [generatedColumn, sourceIndex, sourceLine, sourceColumn, nameIndex?] with indices into
 * the merged `sources` and `names`. A section's first line is shifted by its column offset.
 */
export function flattenSourceMap(map) {
  if (!map.sections) return { sources: map.sources, names: map.names ?? [], lines: decodeMappings(map.mappings) };
  const sources = [];
  const names = [];
  const lines = [];
  for (const { offset, map: part } of map.sections) {
    const flat = flattenSourceMap(part);
    const sourceBase = sources.length;
    const nameBase = names.length;
    sources.push(...flat.sources);
    names.push(...flat.names);
    flat.lines.forEach((segments, index) => {
      const line = offset.line + index;
      const shift = index === 0 ? offset.column : 0;
      const moved = segments.map(([column, source, sourceLine, sourceColumn, name]) => {
        const segment = [column + shift];
        if (source !== undefined) segment.push(source + sourceBase, sourceLine, sourceColumn);
        if (name !== undefined) segment.push(name + nameBase);
        return segment;
      });
      lines[line] = [...(lines[line] ?? []), ...moved];
    });
  }
  for (let line = 0; line < lines.length; line++) lines[line] = (lines[line] ?? []).sort((a, b) => a[0] - b[0]);
  return { sources, names, lines };
}

/**
 * A source path as the report names it: `src/...` for ours, `node_modules/<package>/...` for a
 * dependency, whatever `../` (or a linked node_modules elsewhere) the map's path starts with.
 */
export function sourceName(path) {
  const modules = path.lastIndexOf('node_modules/');
  if (modules > -1) return path.slice(modules);
  if (path.startsWith('src/')) return path;
  const src = path.indexOf('/src/');
  return src > -1 ? path.slice(src + 1) : path.replace(/^(\.\.\/)+/, '');
}

/**
 * (line, column), both 0-based as V8 reports them, to `{ file, line, name }` (line 1-based; `name`
 * only for our own sources, the dependencies' published code being minified already), or null.
 */
export function sourceLookup(map) {
  const { sources, names, lines } = flattenSourceMap(map);
  return (line, column) => {
    let best;
    for (const segment of lines[line] ?? []) {
      if (segment[0] > column) break;
      best = segment;
    }
    if (!best || best.length < 4) return null;
    const file = sourceName(sources[best[1]]);
    const name = best.length > 4 && file.startsWith('src/') ? names[best[4]] : '';
    return { file, line: best[2] + 1, name };
  };
}

/** `src/timeline/timeline.ts:326 (measure)`. */
export const describeLocation = ({ file, line, name }) => `${file}:${line}${name ? ` (${name})` : ''}`;
