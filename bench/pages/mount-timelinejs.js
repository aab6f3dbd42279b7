// TimelineJS 3 with the same events converted to its JSON format (bench/data/synthetic.mjs).
// Complete: its `ready` event (layout built, slides and time navigation drawn), then two frames.
window.__bench.mount(async () => {
  const bench = window.__bench;
  const stage = bench.stage();
  const timeline = new window.TL.Timeline(stage, window.BENCH_DATA, {
    script_path: new URL('/bench/node_modules/@knight-lab/timelinejs/dist/js/', location.href).href,
    language: 'en',
    hash_bookmark: false,
    ga_measurement_id: null,
  });
  window.__benchTimeline = timeline;
  if (!timeline.ready) await new Promise((resolve) => timeline.on('ready', resolve));
  await bench.finish({ state: 'ready' });
});
