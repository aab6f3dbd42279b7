// Where our render-alone script time goes: a sampled CPU profile (CDP Profiler, 50 µs) of the
// mount, with bundle positions mapped back to source file:line (and name) through the bundle's
// source map. Self time per location, averaged over a few runs. A diagnostic for the render-time
// rows, not a timing of its own (profiling slows the page down).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBenchPage } from './browser.mjs';
import { BUNDLE } from './pages.mjs';
import { decodeMappings } from './vlq.mjs';

function sourceLookup(root, bundleFile) {
  const map = JSON.parse(readFileSync(join(root, `${bundleFile}.map`), 'utf8'));
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    let best;
    for (const segment of lines[line] ?? []) {
      if (segment[0] > column) break;
      best = segment;
    }
    if (!best || best.length < 4) return null;
    const file = map.sources[best[1]].replace(/^(\.\.\/)+/, '');
    // Names only for our sources: the dependencies' published code is already minified.
    const name = best.length > 4 && file.startsWith('src/') ? map.names[best[4]] : '';
    return { file, location: `${file}:${best[2] + 1}${name ? ` (${name})` : ''}` };
  };
}

export async function profileRenderAlone(root, browser, url, { runs = 3, bundleFile = BUNDLE } = {}) {
  const lookup = sourceLookup(root, bundleFile);
  const byLocation = new Map();
  const byFile = new Map();
  let sampledMs = 0;
  for (let run = 0; run < runs; run++) {
    const outcome = await openBenchPage(browser, url, { ready: 'load', keep: true, timeout: 90_000 });
    try {
      const { page, cdp } = outcome;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
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
          location = found?.location ?? 'belarus-widgets.min.js (unmapped)';
          file = found?.file ?? 'belarus-widgets.min.js';
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
  return { runs, sampledMs: sampledMs / runs, locations: top(byLocation, 10), files: top(byFile, 10) };
}
