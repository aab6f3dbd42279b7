// Where our render-alone script time goes: a sampled CPU profile (CDP Profiler, 50 µs) of the
// mount, with bundle positions mapped back to source file:line (and name) through the bundle's
// source map. Self time per location, averaged over a few runs. A diagnostic for the render-time
// rows, not a timing of its own (profiling slows the page down).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBenchPage } from './browser.mjs';
import { describeLocation, sourceLookup } from './sourcemap.mjs';

/** `bundleFile`'s positions to `{ file, location }` through its source map (plain or index map). */
function locator(root, bundleFile) {
  const lookup = sourceLookup(JSON.parse(readFileSync(join(root, `${bundleFile}.map`), 'utf8')));
  return (line, column) => {
    const found = lookup(line, column);
    return found && { file: found.file, location: describeLocation(found) };
  };
}

/**
 * `bundleFile`: the script of ours the page loads (its map beside it). `groupOf(file)`, if given,
 * also sums the self time by the group it names for each source file (or engine entry).
 * `intervalUs`: the sampling interval (a long mount profiles with less overhead at a coarser one).
 */
export async function profileRenderAlone(root, browser, url, { runs = 3, bundleFile, groupOf, intervalUs = 50 }) {
  const lookup = locator(root, bundleFile);
  const scriptName = bundleFile.split('/').pop();
  const byLocation = new Map();
  const byFile = new Map();
  let sampledMs = 0;
  for (let run = 0; run < runs; run++) {
    const outcome = await openBenchPage(browser, url, { ready: 'load', keep: true, timeout: 90_000 });
    try {
      const { page, cdp } = outcome;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.__benchMount());
      const { profile } = await cdp.send('Profiler.stop');
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      profile.samples.forEach((id, index) => {
        const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
        const frame = nodes.get(id).callFrame;
        let location;
        let file;
        if (frame.url.endsWith(bundleFile)) {
          const found = lookup(frame.lineNumber, frame.columnNumber);
          location = found?.location ?? `${scriptName} (unmapped)`;
          file = found?.file ?? scriptName;
        } else if (frame.url.includes('/bench/')) {
          location = file = '(benchmark harness)';
        } else {
          // (program) is the engine's own work: style, layout, compiling, parsing; (idle) is waiting.
          location = file = frame.url ? `${frame.functionName || '(anonymous)'} in ${frame.url.split('/').pop()}` : frame.functionName || '(anonymous)';
        }
        if (location === '(idle)') return;
        sampledMs += ms;
        byLocation.set(location, (byLocation.get(location) ?? 0) + ms);
        byFile.set(file, (byFile.get(file) ?? 0) + ms);
      });
    } finally {
      await outcome.close();
    }
  }
  const top = (map, count) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({ name, ms: ms / runs }));
  const groups = new Map();
  if (groupOf) for (const [file, ms] of byFile) groups.set(groupOf(file), (groups.get(groupOf(file)) ?? 0) + ms);
  return { runs, sampledMs: sampledMs / runs, locations: top(byLocation, 10), files: top(byFile, 10), groups: groupOf ? top(groups, groups.size) : undefined };
}
